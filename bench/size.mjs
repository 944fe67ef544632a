// What a page must download, gzip -9 (and brotli, for reference): cityweave's CDN build against the
// alternatives' own npm dist files. Run after `npm run build`; the alternatives are pinned
// devDependencies (vis-timeline 8.5.4, leaflet 1.9.4, @knight-lab/timelinejs 3.9.11), so `npm ci`
// installs them.
//
//   node bench/size.mjs            the table (npm run bench:size)
//   node bench/size.mjs --modules  also what the static chunk is made of (from its source map)
//
// Prints sizes only; it asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bytesPerSource, groupOf, parseSourceMap } from './sourcemap.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'dist/cdn');
const nm = join(root, 'node_modules');
const require = createRequire(join(root, 'package.json'));

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;
const kb = (n) => (n / 1024).toFixed(1);

/** Relative module specifiers a minified ES module imports statically, and those it imports dynamically. */
function importsOf(code) {
  const stat = new Set();
  const dyn = new Set();
  // `import{a}from"./x.js"`, `export{a}from"./x.js"`, `import"./x.js"`, `import*as a from"./x.js"`.
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"']+)\1/g)) stat.add(m[2]);
  for (const m of code.matchAll(/\bimport\(\s*(["'])(\.{1,2}\/[^"']+)\1\s*\)/g)) dyn.add(m[2]);
  return { stat: [...stat], dyn: [...dyn] };
}

/** The entry and every chunk it reaches through static imports, plus the chunks it may load lazily. */
function chunkGraph(entry) {
  const staticFiles = [];
  const lazy = new Set();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticFiles.push(file);
    const { stat, dyn } = importsOf(readFileSync(file, 'utf8'));
    for (const s of stat) visit(resolve(dirname(file), s));
    // The entry asks for its core chunk at once, by `import()` (scripts/rollup-early-entry.mjs): loaded
    // with it, as a static import would be. Its other imports name chunks by index, not literally.
    for (const d of dyn) (file === entry ? visit : (f) => lazy.add(f))(resolve(dirname(file), d));
  };
  visit(entry);
  // What the lazy chunks pull in, statically or lazily, outside the static set.
  const lazyAll = new Set();
  const visitLazy = (file) => {
    if (seen.has(file) || lazyAll.has(file)) return;
    lazyAll.add(file);
    const { stat, dyn } = importsOf(readFileSync(file, 'utf8'));
    for (const s of [...stat, ...dyn]) visitLazy(resolve(dirname(file), s));
  };
  for (const f of lazy) visitLazy(f);
  return { staticFiles, lazy: [...lazyAll] };
}

function measure(files) {
  let raw = 0;
  let g = 0;
  let b = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    g += gz(buf);
    b += br(buf);
  }
  return { raw, gz: g, br: b };
}

const pkgVersion = (name) => {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return undefined;
  }
};

const rows = [];
const notes = [];
const add = (group, label, files, note) => {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    rows.push({ group, label, missing: missing.map((f) => relative(root, f)) });
    return;
  }
  rows.push({ group, label, files: files.map((f) => relative(root, f)), ...measure(files), note });
};

// ── cityweave ───────────────────────────────────────────────────────────────────────────────
const entry = join(cdn, 'cityweave.js');
if (!existsSync(entry)) {
  console.error('dist/cdn/cityweave.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { staticFiles, lazy } = chunkGraph(entry);
const inEntry = new Set(staticFiles);

/** A chunk and the chunks it imports statically, transitively, less those the entry already loaded. */
function closure(file) {
  const out = [];
  const visit = (f) => {
    if (inEntry.has(f) || out.includes(f)) return;
    out.push(f);
    for (const s of importsOf(readFileSync(f, 'utf8')).stat) visit(resolve(dirname(f), s));
  };
  visit(file);
  return out;
}

// What each lazy chunk is: from the module that starts it (its facade) in dist/cdn-manifest.json,
// which the CDN build writes; from the chunk's file name where there is no manifest.
const manifestFile = join(root, 'dist/cdn-manifest.json');
const facadeOf = new Map();
if (existsSync(manifestFile)) {
  const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
  for (const c of m.chunks ?? []) if (c.facade) facadeOf.set(resolve(root, m.dir ?? 'dist/cdn', c.file), c.facade);
}
const ROLES = [
  ['map', /city-map\/define\.ts$/, /^define-/],
  ['timeline', /roadmap-timeline\/define\.ts$/, /^$/],
  // What fetches and reads a \`src\` document (components/base/url-load.ts, atlas-response.ts).
  ['src', /^components\/base\/(url-load|atlas-response)\.ts$/, /^(url-load|atlas-response)-/],
  // The validator of valid documents, without zod (src/parse-planned.ts, loaded by parse-document.ts),
  // and zod with the validator's wording of issues, loaded only for a malformed document.
  ['validator', /^components\/base\/parse-document\.ts$/, /^parse-document-/],
  ['zod', /^src\/parse-steps\.ts$/, /^parse-steps-/],
  ['basemap', /^data\/basemap\.json$/, /^basemap-/],
  // The bundled dataset ships as one view per language (data/views/): a French page loads the French one.
  ['dataset', /^(src\/default-atlas\.ts|data\/views\/atlas\.fr\.json)$/, /^(default-atlas|atlas\.fr)-/],
  ['dataset-other', /^data\/views\/atlas\.[a-z-]+\.json$/, /^atlas\.(en|ar)-/],
  // Each language's messages and SDG short titles are one chunk (manualChunks), named after it.
  ['messages-fr', /^components\/messages\/fr\.ts$/, /^messages-fr-/],
  ['messages-other', /^components\/messages\/[a-z-]+\.ts$/, /^messages-(en|ar)-/],
  ['json-ld', /json-ld\.ts$/, /^json-ld-/],
  ['sdg-fr', /^data\/sdg\/titles\/fr\.json$/, /^fr-/],
  ['sdg-other', /^data\/sdg\/titles\/[a-z-]+\.json$/, /^(en|ar)-/],
];
const roleOf = (f) => {
  const facade = facadeOf.get(f);
  const name = relative(join(cdn, 'chunks'), f);
  return ROLES.find(([, byFacade, byName]) => (facade ? byFacade.test(facade) : byName.test(name)))?.[0];
};
const starts = (role) => lazy.filter((f) => roleOf(f) === role);
const withDeps = (role) => [...new Set(starts(role).flatMap(closure))];
const R = Object.fromEntries(ROLES.map(([role]) => [role, withDeps(role)]));
const classified = new Set(Object.values(R).flat());
const unknownLazy = lazy.filter((f) => !classified.has(f));
const union = (...sets) => [...new Set(sets.flat())];
const addIf = (label, files) => files.length && add('cityweave', label, files);

add('cityweave', 'CDN entry + its static chunks (every element but the map, Lit)', staticFiles);
addIf('<cw-city-map> chunks (lazy: the component, d3-geo; + the shared atlas chunk)', R.map);
addIf('<cw-roadmap-timeline> chunks (lazy: the component, its windowed list)', R.timeline);
addIf('map basemap chunk (lazy, <cw-city-map> only)', R.basemap);
addIf('src reading and validator chunks (lazy, for data by `src` or JSON; + the shared atlas chunk)', union(R.src, R.validator));
addIf('zod and the issues\' wording (lazy, only for a malformed document)', R.zod.filter((f) => !R.validator.includes(f)));
addIf('UI messages, French (lazy; one chunk per language)', R['messages-fr']);
addIf('JSON-LD writer (lazy; only with `structured-data`)', R['json-ld']);
addIf('SDG titles, French (lazy; one chunk per language, for SDG badges)', R['sdg-fr']);
addIf('bundled dataset, French view (lazy; only without `src`/`atlas`; one view per language)', R.dataset);
add('cityweave', '= timeline page in French, data by `src` (entry + timeline + src reading and validator + messages)', union(staticFiles, R.timeline, R.src, R.validator, R['messages-fr']));
add('cityweave', '= map page in French, data by `src` (entry + map + basemap + src reading and validator + messages)', union(staticFiles, R.map, R.basemap, R.src, R.validator, R['messages-fr']));
add('cityweave', '= map page in French, bundled dataset (entry + map + basemap + dataset + messages)', union(staticFiles, R.map, R.basemap, R.dataset, R['messages-fr']));
if (!facadeOf.size) notes.push('dist/cdn-manifest.json is missing: lazy chunks were classified by file name.');
if (unknownLazy.length) notes.push(`Unclassified lazy chunks (not in any row): ${unknownLazy.map((f) => relative(root, f)).join(', ')}`);
notes.push('cityweave: the "= … page" rows should match what bench/render.mjs\'s pages fetch (its "code KiB gz" column; it lists the requests at the smallest N); a page with SDG badges also loads the titles of its language.');

// ── vis-timeline ────────────────────────────────────────────────────────────────────────────
const vis = join(nm, 'vis-timeline');
const visEsm = join(vis, 'standalone/esm/vis-timeline-graph2d.min.js');
const visUmd = join(vis, 'standalone/umd/vis-timeline-graph2d.min.js');
const visCss = join(vis, 'styles/vis-timeline-graph2d.min.css');
add(`vis-timeline ${pkgVersion('vis-timeline') ?? '(not installed)'}`, 'standalone ESM, minified (its CSS is injected by the bundle)', [visEsm]);
add(`vis-timeline ${pkgVersion('vis-timeline') ?? '(not installed)'}`, 'standalone UMD, minified', [visUmd]);
add(`vis-timeline ${pkgVersion('vis-timeline') ?? '(not installed)'}`, '= standalone ESM + styles/…min.css (as its README example links it)', [visEsm, visCss]);
if (existsSync(visEsm) && readFileSync(visEsm, 'utf8').includes('.vis-item.vis-range{')) {
  notes.push('vis-timeline: the standalone bundles carry the stylesheet and inject it at load; a page that also links styles/vis-timeline-graph2d.min.css downloads it twice. Both bundles include Graph2d: the package has no timeline-only build.');
}

// ── Leaflet ─────────────────────────────────────────────────────────────────────────────────
const lf = join(nm, 'leaflet/dist');
add(`leaflet ${pkgVersion('leaflet') ?? '(not installed)'}`, 'dist/leaflet.js + dist/leaflet.css (circleMarker needs no images; no tiles)', [join(lf, 'leaflet.js'), join(lf, 'leaflet.css')]);

// ── TimelineJS ──────────────────────────────────────────────────────────────────────────────
const tl = join(nm, '@knight-lab/timelinejs/dist');
add(`@knight-lab/timelinejs ${pkgVersion('@knight-lab/timelinejs') ?? '(not installed)'}`, 'dist/js/timeline.js + dist/css/timeline.css', [join(tl, 'js/timeline.js'), join(tl, 'css/timeline.css')]);
add(
  `@knight-lab/timelinejs ${pkgVersion('@knight-lab/timelinejs') ?? '(not installed)'}`,
  '= + css/fonts/font.default.css (default `font`) and js/locale/fr.json (`language: "fr"`)',
  [join(tl, 'js/timeline.js'), join(tl, 'css/timeline.css'), join(tl, 'css/fonts/font.default.css'), join(tl, 'js/locale/fr.json')],
);
notes.push('TimelineJS: font.default.css in turn loads four PT Sans/PT Serif font files from fonts.gstatic.com (not counted; a third-party request); the icon font css/icons/tl-icons.ttf is fetched when the navigation shows (not counted). English is built in; other languages fetch js/locale/<lang>.json.');
notes.push('Leaflet: no tiles are counted; a real Leaflet map also downloads a tile layer (often from a third-party server), while <cw-city-map> draws its land from the basemap chunk.');

// ── Output ──────────────────────────────────────────────────────────────────────────────────
const w = Math.max(...rows.map((r) => r.label.length));
let group;
console.log(`Sizes a page downloads (KiB; gzip -9 is the figure to compare; brotli q11 for reference)\n`);
console.log(`${''.padEnd(w + 2)}${'raw'.padStart(9)}${'gzip -9'.padStart(10)}${'brotli'.padStart(9)}`);
for (const r of rows) {
  if (r.group !== group) {
    group = r.group;
    console.log(`\n${group}`);
  }
  if (r.missing) {
    console.log(`  ${r.label.padEnd(w)}  missing: ${r.missing.join(', ')}`);
    continue;
  }
  console.log(`  ${r.label.padEnd(w)}${kb(r.raw).padStart(9)}${kb(r.gz).padStart(10)}${kb(r.br).padStart(9)}`);
}
console.log('\nFiles counted:');
const listed = new Set();
for (const r of rows) {
  if (!r.files || r.label.startsWith('=')) continue;
  for (const f of r.files) {
    if (listed.has(f)) continue;
    listed.add(f);
    const buf = readFileSync(join(root, f));
    console.log(`  ${f}  (${kb(buf.length)} KiB raw, ${kb(gz(buf))} KiB gzip -9)`);
  }
}
if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);

// ── What the static chunk is made of ────────────────────────────────────────────────────────
if (process.argv.includes('--modules')) {
  const totals = new Map();
  let all = 0;
  let allGz = 0;
  for (const f of staticFiles) {
    const mapFile = `${f}.map`;
    const code = readFileSync(f, 'utf8');
    allGz += gz(Buffer.from(code));
    if (!existsSync(mapFile)) continue;
    const parsed = parseSourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
    for (const [src, bytes] of bytesPerSource(parsed, code)) {
      const name = src < 0 ? '(unmapped)' : groupOf(parsed.sources[src]);
      totals.set(name, (totals.get(name) ?? 0) + bytes);
      all += bytes;
    }
  }
  console.log(`\nThe static chunks by origin (share of the minified code, from the source maps; gzip share estimated pro rata of ${kb(allGz)} KiB):`);
  for (const [name, bytes] of [...totals].sort((a, b) => b[1] - a[1])) {
    if (bytes / all < 0.005) continue;
    console.log(`  ${name.padEnd(34)}${((100 * bytes) / all).toFixed(1).padStart(5)} %  ~${kb((allGz * bytes) / all).padStart(6)} KiB gz`);
  }
}

