// A rollup plugin for the CDN build (rollup.cdn.config.mjs): a dynamic import also asks, at once,
// for the chunks its target imports statically. Without it the browser learns of those chunks only
// once the target has arrived and been parsed: one more round trip for every lazy element (the
// timeline's `windowed-list` and `guard` chunks came after the timeline chunk, and the map's
// basemap, requested when the map connects, after them; bench/waterfall.mjs). Vite does the same
// with `<link rel="modulepreload">`; a parallel `import()` needs no DOM and no CSP allowance, and the
// module map runs each module once, in the same order as before.
import { dirname, posix } from 'node:path';
import MagicString from 'magic-string';

/** Every chunk `file` imports statically, directly or through others (not `file` itself). */
function staticClosure(file, chunks) {
  const seen = new Set();
  const visit = (f) => {
    for (const dep of chunks[f]?.imports ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        visit(dep);
      }
    }
  };
  visit(file);
  return seen;
}

/** `to` as a specifier relative to the chunk `from` (`./chunks/x.js`, `./x.js`, `../x.js`). */
function specifier(from, to) {
  const rel = posix.relative(dirname(from), to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export function parallelImports() {
  return {
    name: 'cityweave-parallel-imports',
    renderChunk(code, chunk, _options, meta) {
      if (chunk.dynamicImports.length === 0) return null;
      // What the importing chunk already has loaded when its code runs: nothing to ask for again.
      const loaded = staticClosure(chunk.fileName, meta.chunks);
      loaded.add(chunk.fileName);
      const s = new MagicString(code);
      const call = /\bimport\((["'])(\.{1,2}\/[^"']+)\1\)/g;
      for (let m; (m = call.exec(code)); ) {
        const target = posix.join(dirname(chunk.fileName), m[2]);
        if (!meta.chunks[target]) continue;
        const extra = [...staticClosure(target, meta.chunks)].filter((f) => !loaded.has(f));
        if (extra.length === 0) continue;
        // The target's value is the first: `import(x)` stays a promise of x's namespace.
        const all = [m[0], ...extra.map((f) => `import(${JSON.stringify(specifier(chunk.fileName, f))})`)];
        s.overwrite(m.index, m.index + m[0].length, `Promise.all([${all.join(',')}]).then((m)=>m[0])`);
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
