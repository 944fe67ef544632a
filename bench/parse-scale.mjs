// How long parseAtlas takes (copy, limits, shapes, rules, index) on generated documents of 1,000,
// 10,000 and 40,000 projects (50,000 of these projects hold more than the 2,000,000 values that
// parseAtlas accepts, src/validate-input.ts: it refuses them at once, which is printed), beside
// JSON.parse of the same bytes, and the memory the Atlas holds beside the parsed JSON. Goal (issue 15):
// parse, validate and index ≤ 5× JSON.parse, memory ≤ 3× the parsed JSON. Prints figures; asserts
// nothing. Needs the build (dist/src).
//
// Two measures, both printed. "1st call": a page parses its document once, so each sample is a fresh
// Node process that loads the library (not timed, as a page loads the script before it parses), then
// times JSON.parse and the first parseAtlas, with whatever that first call pays (code run cold in the
// interpreter, zod's and the fast path's set-up on first use, the heap growing): the honest figure
// for a page. "in-process": the median of --reps calls in one process, sizes in order, as the
// benchmark always measured: its first calls are cold, its later ones warmer, and each size runs after
// the smaller ones have warmed the code: it flatters the larger sizes. The phase columns are timed
// after parseAtlas in the same round, on warm code, one by one.
//
//   node --expose-gc bench/parse-scale.mjs [--sizes 1000,10000,40000] [--reps 3] [--copy]
//
// By default the document is parsed with `{ owned: true }` (checked in place, not copied), as a page
// and the CLI parse what they have just read; `--copy` measures the copy any other input gets.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateProjectsAtlas } from './data.mjs';
import { median } from './page.mjs';

const { parseAtlas } = await import('../dist/src/parse.js');
const { startSnapshot } = await import('../dist/src/validate-input.js');
const { checkLimits } = await import('../dist/src/validate-limits.js');
const { checkShape } = await import('../dist/src/validate-shape.js');
const { checkRules } = await import('../dist/src/validate-rules.js');
const { Atlas } = await import('../dist/src/atlas.js');

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
// As a page and the CLI parse a document they have just read: `{ owned: true }`, checked in place.
// `--copy` measures the copy that any other input gets.
const OWNED = !argv.includes('--copy');
const parseOwned = (doc) => parseAtlas(doc, { owned: OWNED });
const sizes = opt('--sizes', '1000,10000,40000').split(',').map(Number);
const reps = Number(opt('--reps', 3)) || 3;
const gc = globalThis.gc ?? (() => {});

// A child process for one "1st call" sample: prints the times of JSON.parse and of the first parseAtlas.
if (argv.includes('--first-call')) {
  const text = JSON.stringify(generateProjectsAtlas(Number(opt('--first-call'))));
  gc();
  let t0 = performance.now();
  const doc = JSON.parse(text);
  const json = performance.now() - t0;
  gc();
  t0 = performance.now();
  const r = parseOwned(doc);
  const parse = performance.now() - t0;
  // The first project query, which makes the project index (made on first use, not by parseAtlas).
  t0 = performance.now();
  if (r.ok) r.atlas.projects({ city: doc.cities[0].id });
  const query = performance.now() - t0;
  console.log(JSON.stringify({ json, parse, query, ok: r.ok }));
  process.exit(0);
}
/** `reps` first calls, each in a fresh process: medians of JSON.parse and of parseAtlas. */
function firstCalls(n) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--first-call', String(n), ...(OWNED ? [] : ['--copy'])], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  return { json: median(runs.map((r) => r.json)), parse: median(runs.map((r) => r.parse)), withQuery: median(runs.map((r) => r.parse + r.query)) };
}

const time = (fn) => {
  gc();
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
};
/** Heap growth while `make()`'s result is alive (after two collections). */
const heapOf = (make) => {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  return { bytes, kept };
};

if (!globalThis.gc) console.log('(run with node --expose-gc for steadier figures and the memory column)');
console.log(`parseAtlas vs JSON.parse, medians of ${reps}, ms\n`);
console.log(OWNED ? 'parseAtlas(doc, { owned: true }): the document checked in place, as a page and the CLI do ("copy" is that check)' : 'parseAtlas(doc): the document copied first (--copy)');
console.log(`${''.padEnd(14)}|${' 1st call (fresh process)'.padEnd(47)}|${' in-process (median of reps)'.padEnd(31)}|${' phases (warm)'.padEnd(35)}| memory`);
console.log('projects   MB | JSON.parse  parseAtlas  ratio  +1st query  ratio | JSON.parse  parseAtlas  ratio | copy  limits  shapes  rules  index | heap JSON  heap Atlas  ratio');
for (const n of sizes) {
  const text = JSON.stringify(generateProjectsAtlas(n));
  const rows = { json: [], parse: [], copy: [], limits: [], shapes: [], rules: [], index: [] };
  for (let i = 0; i < reps; i++) {
    const parsed = time(() => JSON.parse(text));
    rows.json.push(parsed.ms);
    const whole = time(() => parseOwned(JSON.parse(text)));
    rows.parse.push(whole.ms - parsed.ms);
    if (!whole.value.ok) {
      console.log(`${String(n).padStart(8)} ${(text.length / 1e6).toFixed(1).padStart(5)} | refused in ${Math.round(whole.ms)} ms: ${whole.value.issues[0].message}`);
      break;
    }
    // The phases one by one, on a fresh JSON.parse each time (the copy freezes nothing, but the index does).
    const doc = JSON.parse(text);
    const snap = time(() => startSnapshot(doc, OWNED).run(() => false));
    rows.copy.push(snap.ms);
    rows.limits.push(time(() => checkLimits(snap.value)).ms);
    const shape = time(() => checkShape(snap.value));
    rows.shapes.push(shape.ms);
    rows.rules.push(time(() => checkRules(shape.value.data)).ms);
    // The index: the Atlas, and its project index, which the first project query makes.
    rows.index.push(time(() => new Atlas(shape.value.data).projects({ city: doc.cities[0].id })).ms);
  }
  if (rows.copy.length === 0) continue;
  const first = firstCalls(n);
  const jsonHeap = globalThis.gc ? heapOf(() => JSON.parse(text)).bytes : NaN;
  const atlasHeap = globalThis.gc
    ? heapOf(() => {
        const r = parseOwned(JSON.parse(text));
        r.atlas.projects({ city: r.atlas.document.cities[0].id }); // with its project index
        return r;
      }).bytes
    : NaN;
  const f = (x) => String(Math.round(x)).padStart(6);
  const mb = (b) => (b / 1e6).toFixed(1).padStart(9);
  console.log(
    `${String(n).padStart(8)} ${(text.length / 1e6).toFixed(1).padStart(5)} |${f(first.json).padStart(11)} ${f(first.parse).padStart(11)} ${(first.parse / first.json).toFixed(1).padStart(6)}× ${f(first.withQuery).padStart(10)} ${(first.withQuery / first.json).toFixed(1).padStart(6)}× |` +
      `${f(median(rows.json)).padStart(11)} ${f(median(rows.parse)).padStart(11)} ${(median(rows.parse) / median(rows.json)).toFixed(1).padStart(6)}× |` +
      `${f(median(rows.copy))}${f(median(rows.limits))}${f(median(rows.shapes)).padStart(8)}${f(median(rows.rules))}${f(median(rows.index))} |` +
      `${mb(jsonHeap)}  ${mb(atlasHeap).padStart(10)}  ${(atlasHeap / jsonHeap).toFixed(1).padStart(5)}×`,
  );
}
console.log('\nparseAtlas is timed on an already parsed value (its own work, JSON.parse excluded); "+1st query" adds the first atlas.projects({ city }), which makes the project index (made on first use); "index" is the Atlas and that index; "heap Atlas" is what the parsed JSON plus the Atlas and its project index hold.');
