// `npm run size`: the gzip -9 size of every file of the CDN build (dist/cdn/, after `npm run build`)
// against its budget. Exits 1 when one is over, or when the build is missing.
//
// What is counted, from the chunk graph the build writes (dist/cdn-manifest.json):
// - the entry: dist/cdn/cityweave.js and every chunk it imports statically, transitively: Lit and
//   every element but the map (what a page downloads before anything shows, with the messages of its
//   language, a lazy chunk of its own);
// - the map: the chunk `<cw-city-map>` is imported from, and the chunks it imports that neither the
//   entry nor the validator does (the component and d3-geo). A map shows data, and data always comes
//   through the validator (from a `src`, or the default dataset), whose chunk holds the Atlas query
//   API (src/atlas.ts): a chunk the map shares with the validator (src/roles.ts, the order of roles)
//   is downloaded by every page that shows data, with or without a map, so it is not the map's;
// - the basemap: the chunk of its JSON file;
// - the default dataset: the chunk of each of its per-language views (data/views/atlas.<lang>.json,
//   scripts/build-atlas-views.mjs), each against the budget, since a page loads its language's only.
//   The whole dataset (data/atlas.json) must be in no chunk: when one holds it, that is an error;
// - the validator of valid documents (src/parse-planned.ts), which must hold no zod;
// - every other chunk (zod and the validator's messages, the Atlas query API, the messages of each language with
//   its SDG short titles, the SDG full titles of each language, the JSON-LD writer, …) is listed,
//   without a budget.
// 1 KB = 1000 bytes. Options: --json prints the figures as JSON.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const MANIFEST = 'dist/cdn-manifest.json';
const KB = 1000;

if (!existsSync(MANIFEST)) {
  console.error(`${MANIFEST} is missing: run npm run build first.`);
  process.exit(1);
}
const { dir, chunks } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const byFile = new Map(chunks.map((c) => [c.file, c]));
const sizes = new Map(
  chunks.map((c) => {
    const bytes = readFileSync(join(dir, c.file));
    return [c.file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
  }),
);

/** A chunk and the chunks it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of byFile.get(file)?.imports ?? []) closure(f, seen);
  return seen;
}
const holding = (module) => chunks.filter((c) => c.modules.includes(module)).map((c) => c.file);

const entry = chunks.find((c) => c.isEntry);
const entryFiles = closure(entry.file);
const validatorChunk = holding('src/parse.ts')[0];
const dataPath = validatorChunk ? closure(validatorChunk) : new Set();
const mapChunk = holding('components/city-map/define.ts')[0];
const mapFiles = mapChunk ? [...closure(mapChunk)].filter((f) => !entryFiles.has(f) && !dataPath.has(f)) : [];

/** A lazy element: its chunk and what it imports that neither the entry nor the validator brings (shared chunks count for each element that needs them). */
const lazyElementFiles = (define) => {
  const chunk = holding(define)[0];
  return chunk ? [...closure(chunk)].filter((f) => !entryFiles.has(f) && !dataPath.has(f)) : [];
};

const groups = [
  // 37 KB since the language work (fallback order, translation note, renderText), the hardening (property checks, Trusted Types guard) and the server-rendered content hand-over: about 1.3 KB in all.
  // 38.5 KB with the list's keyboard (one Tab stop, roving-focus.ts), folded filters and printing (print-controller.ts),
  // and the load path (the dataset's view loader and the role order in the entry, so that they cost no round trip): about 1.3 KB.
  // 39 KB with the hand-over of `extends` (layered data) and the lazy registration of the three elements of issue 16: about 0.1 KB and 0.3 KB.
  // 33 KB since the timeline became a lazy chunk like the map (its overview axis, zoom and windowed list, issue 13);
  // 33.5 KB since the entry builds the lazy elements' formatters while their chunks download (src/i18n/warm.ts);
  // 34.5 KB since cityweave.js itself names what the page's elements will load (1.1 KB gzip, most of
  // it the chunks' hashed names: scripts/rollup-early-entry.mjs), to ask for it beside the core chunk.
  // 34.6 KB (measured 34.5): a large view model is built in slices of its first render
  // (`viewSliceMs`, `continueView` in cw-element.ts), so that it is no task of 50 ms or more.
  // 35 KB (measured 34.8): an early download let go of when a script gives the data as `atlas`,
  // two copies of cityweave sharing their element chunks' loads (lazy-define.ts), and the visible
  // band of the iframe embed (visible-band.ts), read by the windowed lists.
  // 36.5 KB (measured 35.8): what a developer review asked for: a value an attribute cannot use, and
  // an unknown id, said in the console with the element, the attribute and what it takes
  // (value-warnings.ts, 0.8 KB raw), the record's kind, attribute and HTTP status in cw-error;
  // and French dates' "1er" (0.3 KB raw).
  { name: 'entry (Lit, the card, the list and the badge)', files: [...entryFiles], budget: 36.5 * KB },
  // 24 KB since issue 14: zoom and pan, keyboard on the markers, marker shapes by role and the legend
  // cost about 3 KB gzip. A lazy chunk: only pages with a map download it.
  // 25 KB with the timeline lazy: a few helpers the two share are no longer in the entry.
  // 29 KB with the rest of issue 14 (24.1 → 27.9 KB measured): borders and names under the markers,
  // the locator inset (its own small projection), markers as one path per style past 150 cities,
  // the windowed list and the map's interaction; 1 KB left for fixes. What it buys: under 3,000
  // DOM nodes at N = 5,000 (30,298 before), see bench/README.md.
  // 29.5 KB (measured 29.1): the element's size controller is shared with the timeline
  // (components/base/element-size.ts, in the chunk the two share with `guard`), and cluster labels.
  // 30 KB (measured 29.6): the land drawn unclipped where the fit allows it, and the first drawing
  // for a size in tasks of their own (no task of 50 ms or more when 5,000 cities load).
  // 31 KB (measured 30.4): land and borders written once in Mercator units and moved by a
  // transform, a zoomed view made from the fit without fitting again, and the drawing moved as a
  // picture during a gesture (at 5,000 cities a zoom went from 66–96 ms to 28–32, a pan lost its
  // task of 50 ms and more, a drag its 6 slow frames; bench/README.md).
  // 31.5 KB (measured 31.2): the fixes of a review, 2026-12-07 (the focus after Escape, a zoom key
  // or a disabled button; a zoom carried over a resize, MapGeometry.reframe; a cluster's labels
  // beside a selected city).
  // 32 KB (measured 31.5): a review's fixes (the svg no tab stop, markers' names in the reader's
  // punctuation), the basemap's holder and the styles in three files; the windowed list holds an
  // entry just revealed until the iframe embed's visible band catches up.
  // 33.5 KB (measured 32.7): an accessibility audit's fixes (labels measured with the reader's
  // letter and word spacing, rendered-metrics.ts; the list and the map on paper; the fit kept clear
  // of the zoom buttons; hollow markers in forced colours) and cw-deselect.
  { name: 'map (<cw-city-map> and d3-geo)', files: mapFiles, budget: 33.5 * KB },
  // Measured at 11.6 KB: the element, its overview axis and zoom (the windowed list was not wired in yet).
  // 15 KB (measured 14.6) since the rest of issue 13: the windowed list wired in (windowed-list.ts, 1.3 KB
  // alone, and the print controller), the list/axis sync (list-position.ts, 0.8 KB), keyboard reveal of
  // unrendered entries, shared-period grouping and the "all entries" toggle.
  // 16 KB (measured 15.4): the windowed list keeps the focused entry rendered, or moves the focus into
  // view (windowed-list.ts 1.3 → 1.7 KB, shared with the map and the project list), and the filters'
  // search field past 100 options (it replaces the options added per frame, about the same size).
  // 16.5 KB (measured 16.1): entries with the very same dates are one mark on the axis that says how many
  // (the RMCI plan's eleven "2019–2020" items were eleven stripes), with its name and lane styles.
  // 17 KB (measured 16.7): the band's layout is kept while its window stays, so choosing an entry
  // re-renders classes only (a selection at 1,000 entries spent 7 ms placing and naming the marks).
  // 17.5 KB (measured 17.2): the summary says where the roadmap was adopted, and a roadmap that lists
  // no items yet shows its title and summary above its empty sentence (messages with rendered parts).
  // 17.8 KB (measured 17.6): its view model built by steps, in slices of its first render (stepped-build.ts).
  // 18.5 KB (measured 18.3): the fixes of a review, 2026-12-07 (one tab stop over every mark of the
  // overview and the focus kept through a zoom, an entry selected from outside scrolled into view,
  // the year-unknown lane without an axis, filters checked against the options, filters in print).
  // 19.5 KB (measured 19.1): a second review's fixes (a bar drawn apart from its button, a tap beside
  // a thin mark, marks in time order, labels for larger text, the focused entry kept clear of the
  // band) and the selection, the band's glue and its styles in files of their own.
  // 20.5 KB (measured 19.8): an accessibility audit's fixes (the axis chosen for the paper's width,
  // focus, selection and "where am I" drawn apart, the band not sticky in a low window), density bars
  // named by their count, cw-deselect, and the warnings of filters and selections no entry has.
  { name: 'timeline (<cw-roadmap-timeline>)', files: lazyElementFiles('components/roadmap-timeline/define.ts'), budget: 20.5 * KB },
  // Issue 16's elements, lazy chunks loaded by the first such element on a page. Measured at
  // 6.4 KB (the event: element, view, people, the .ics writer, the download helper), 4.1 KB (the
  // city profile: element, view, people) and 4.2 KB (the SDG coverage: element, view, the download
  // helper); each budget leaves 1 to 2 KB for fixes. The entry grew by 0.3 KB (the lazy loader).
  { name: 'event (<cw-event>, its view and the .ics writer)', files: lazyElementFiles('components/event/define.ts'), budget: 7.5 * KB },
  { name: 'city profile (<cw-city-profile> and its view)', files: lazyElementFiles('components/city-profile/define.ts'), budget: 6 * KB },
  { name: 'SDG coverage (<cw-sdg-coverage>, its view and the CSV writer)', files: lazyElementFiles('components/sdg-coverage/define.ts'), budget: 6 * KB },
  // 40 → 46 KB for issue 14's context: country borders (5.3 KB gzip), disputed lines, country and
  // sea label points (3 KB); land alone stays 36.4 KB. Measured 43.6 KB.
  { name: 'basemap (data/basemap.json)', files: holding('data/basemap.json'), budget: 46 * KB },
  // What every page with a \`src\` loads to check its document: without zod, which comes only for a malformed one.
  { name: 'validator of valid documents (no zod)', files: holding('src/parse-planned.ts'), budget: 10 * KB },
  ...['fr', 'en', 'ar'].map((lang) => ({
    name: `default dataset, ${lang} view (data/views/atlas.${lang}.json)`,
    files: holding(`data/views/atlas.${lang}.json`),
    budget: 25 * KB,
  })),
];
/**
 * Chunks that must not exist: the whole default dataset (every language) is shipped as views only,
 * and the validator of valid documents never brings zod.
 */
const forbidden = [
  ...holding('data/atlas.json').map((f) => `${f} holds the whole default dataset (data/atlas.json); the CDN build must ship its per-language views only`),
  ...holding('src/parse-planned.ts')
    .filter((f) => byFile.get(f).modules.some((m) => m.includes('node_modules/zod/')))
    .map((f) => `${f} holds zod and the validator of valid documents (src/parse-planned.ts): zod must load only for a malformed document`),
];
const counted = new Set(groups.flatMap((g) => g.files));
/** What a chunk without a budget holds, in a few words. */
function describe(c) {
  if (c.modules.some((m) => m.includes('node_modules/zod/'))) return 'validator (zod)';
  // The elements' messages of a language, with the SDG short titles in it (one chunk, see rollup.cdn.config.mjs).
  const messages = c.modules.find((m) => m.startsWith('components/messages/'));
  if (messages) return `${messages} (+ ${c.modules.filter((m) => m.startsWith('data/')).join(', ') || 'no data'})`;
  const data = c.modules.find((m) => m.startsWith('data/'));
  if (data) return data;
  if (c.facade) return c.facade;
  // A chunk of modules shared by lazy chunks (src/roles.ts, the roles' order, shared by the validator and the map).
  return `${c.modules.join(', ')} (shared)`;
}
for (const c of chunks) {
  if (counted.has(c.file)) continue;
  groups.push({ name: describe(c), files: [c.file] });
}

let over = forbidden.length > 0;
const rows = groups.map((g) => {
  const raw = g.files.reduce((n, f) => n + sizes.get(f).raw, 0);
  const gzip = g.files.reduce((n, f) => n + sizes.get(f).gzip, 0);
  const missing = g.budget !== undefined && g.files.length === 0;
  const ok = g.budget === undefined || (!missing && gzip <= g.budget);
  if (!ok) over = true;
  return { ...g, raw, gzip, ok, missing };
});

for (const why of forbidden) console.error(`size: ${why}`);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`CDN build (${dir}), gzip -9, 1 KB = 1000 bytes`);
  for (const r of rows) {
    const status = r.budget === undefined ? '(no budget)' : r.missing ? 'MISSING' : `${r.ok ? 'ok  ' : 'OVER'} budget ${kb(r.budget)}`;
    console.log(`${kb(r.gzip).padStart(9)} gzip ${kb(r.raw).padStart(9)} raw  ${status.padEnd(21)} ${r.name}`);
    for (const f of r.files) if (r.files.length > 1) console.log(`${kb(sizes.get(f).gzip).padStart(9)}      ${''.padStart(9)}       ${''.padEnd(21)}   ${f}`);
    if (r.files.length === 1) console.log(`${''.padStart(48)}   ${r.files[0]}`);
  }
  console.log(over ? 'size: over budget' : 'size: every budget is met');
}
process.exit(over ? 1 : 0);
