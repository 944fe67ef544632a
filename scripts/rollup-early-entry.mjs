// A rollup plugin for the CDN build (rollup.cdn.config.mjs): the entry, dist/cdn/cityweave.js, asks
// for what the page's elements will load at the same time as the core chunk, instead of once the
// core chunk has arrived and run.
//
// Rollup writes the entry as a facade, `export{…}from"./chunks/core-….js"`: a static import, so the
// browser runs nothing of it until the core chunk (Lit and the eager elements, 33 KB gzip) has
// arrived, and only then does the core chunk's watch (`lazyElement`, `startLoadsFor`) find a
// `<cw-city-map>` and ask for the map's chunk, the basemap, the messages of its language and the
// validator: one more wave of requests, after the largest download. This plugin rewrites the entry:
// it asks for the core chunk first (a dynamic `import()`), then, from the page's elements, for the
// chunks each will need (the lazy elements' own chunks with the chunks they import, the messages of
// each element's language, a `src` document with what reads and validates it, the view of the
// bundled dataset otherwise),
// then awaits the core chunk and exports the same names. Every `import()` goes through the module
// map, so each module still runs once, in the same order; a chunk asked for here that the page
// turns out not to need is only downloaded. An element added later is found by the core chunk's
// watch, as before. bench/waterfall.mjs measured it (bench/README.md, "The entry asks early").
import { posix } from 'node:path';

/**
 * `elements`: every element's tag, with `data: true` for those that show data and, for a lazy one,
 * `modules`, what its importer loads (its `define.ts`, the basemap); `src`: the modules that read
 * and validate a `src` document; `views` and `messages`: the modules of each interface language;
 * `fetchesKey`: where the downloads of `src` documents started here wait for the core chunk
 * (`EARLY_FETCHES_KEY` in components/base/data-source.ts, which takes them over).
 * test/node/cdn.test.mjs checks the lazy tags against the `lazyElement` calls of components/.
 */
export function earlyEntry({ elements, src, views, messages, fetchesKey }) {
  return {
    name: 'cityweave-early-entry',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const facade = /^export\s*\{([^}]*)\}\s*from\s*"(\.\/chunks\/core-[^"]+\.js)";?\s*(\/\/# sourceMappingURL=\S+\s*)?$/.exec(entry.code);
      if (!facade || entry.imports.length !== 1) throw new Error(`early-entry: ${entry.fileName} is not a facade over the core chunk; see scripts/rollup-early-entry.mjs`);
      const core = entry.imports[0];
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (file, seen = new Set()) => {
        if (!seen.has(file)) {
          seen.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) closure(dep, seen);
        }
        return seen;
      };
      const loadedWithCore = closure(core);
      const fileOf = (module) => {
        const c = chunks.find((ch) => Object.keys(ch.modules).some((id) => id.replace(/\\/g, '/').endsWith(`/${module}`)));
        if (!c) throw new Error(`early-entry: no chunk holds ${module}`);
        return c.fileName;
      };
      // Each chunk named once, in `f` (without its folder and extension); the lists hold indexes into it.
      const names = [];
      const indexOf = (file) => {
        const name = posix.relative('chunks', file).replace(/\.js$/, '');
        if (name.startsWith('.') || name.includes('/')) throw new Error(`early-entry: ${file} is not in chunks/`);
        if (!names.includes(name)) names.push(name);
        return names.indexOf(name);
      };
      /** The chunks of `modules` and what they import, without what comes with the core chunk. */
      const files = (modules) => {
        const out = new Set();
        for (const m of modules) for (const f of closure(fileOf(m))) if (!loadedWithCore.has(f)) out.add(indexOf(f));
        return [...out];
      };
      const perLanguage = (table) => Object.fromEntries(Object.entries(table).map(([lang, modules]) => [lang, files([].concat(modules))]));
      const tags = Object.keys(elements);
      const plan = {
        f: names,
        e: Object.fromEntries(tags.filter((t) => elements[t].modules).map((t) => [t, files(elements[t].modules)])),
        a: tags.join(','),
        d: tags.filter((t) => elements[t].data).join(','),
        s: files(src),
        v: perLanguage(views),
        m: perLanguage(messages),
      };
      const exports = facade[1]
        .split(',')
        .map((part) => part.trim().split(/\s+as\s+/))
        .map(([local, exported]) => `${exported ?? local}=m.${local}`);
      // Written small by hand: this runs before anything else of cityweave. A language is read as the
      // elements read it (`resolveLocale`): the nearest `lang` that is not empty, else the browser's
      // language; then its base language if the interface has it (`uiLanguage`, `defaultAtlasView`:
      // fr, ar, else en). A guess that differs (a malformed `lang`) only downloads a chunk for nothing.
      entry.code =
        `const c=import("./${core}");` +
        `try{const p=${JSON.stringify(plan)},d=document,w=new Set,F=globalThis[Symbol.for(${JSON.stringify(fetchesKey)})]??=new Map,` +
        `g=f=>{for(const x of f)w.has(x)||(w.add(x),import("./chunks/"+p.f[x]+".js").catch(()=>{}))},` +
        `l=e=>{const b=((e.closest("[lang]:not([lang=''])")||{}).lang||navigator.language||"").split("-")[0].toLowerCase();return b==="fr"||b==="ar"?b:"en"};` +
        `for(const t in p.e)d.querySelector(t)&&g(p.e[t]);` +
        `for(const e of d.querySelectorAll(p.a)){const x=l(e);g(p.m[x]);` +
        `if(!e.matches(p.d)||e.hasAttribute("extends"))continue;const s=(e.getAttribute("src")||"").trim();` +
        `if(!s){g(p.v[x]);continue}g(p.s);` +
        // The document itself, as data-source.ts \`startFetch\` would ask for it once the core chunk has run.
        `try{const u=new URL(s,d.baseURI).href;if(!F.has(u)){const a=new AbortController,r=fetch(u,{signal:a.signal});r.catch(()=>{});F.set(u,{response:r,controller:a})}}catch{}}` +
        `}catch{}` +
        `const m=await c;export const ${exports.join(',')};\n`;
      entry.map = null;
      delete bundle[`${entry.fileName}.map`];
    },
  };
}
