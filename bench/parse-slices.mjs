// How long parseAtlasAsync holds the event loop at once (its longest slice) on documents of about
// 1 MB, against the goal of 50 ms per slice (issue 9), and how long parseAtlas takes in one piece.
// Prints figures; asserts nothing. Needs the build (dist/src).
//
//   node bench/parse-slices.mjs [--reps 5]
//
// The longest slice is the longest gap between two turns of a setImmediate ticker that runs while
// the parse does: parseAtlasAsync yields with setImmediate in Node, so each gap is one slice (plus
// the ticker's own turn). The CPU time of the same gap is printed beside it: on a shared machine
// the wall time also counts the time the process waited for a core.
import { generateAtlas } from './data.mjs';
import { badReferencesAtlas } from './hostile-data.mjs';
import { median } from './page.mjs';

const { parseAtlas, parseAtlasAsync } = await import('../dist/src/parse.js');

const argv = process.argv.slice(2);
const reps = Number(argv[argv.indexOf('--reps') + 1] || 5) || 5;
const GOAL_MS = 50;

const kb = (doc) => Math.round(Buffer.byteLength(JSON.stringify(doc)) / 1024);

/** The bench document (cities, memberships, one roadmap) of about 1 MB. */
const valid = generateAtlas(1800);
/** The same, every membership naming a city id one character away from a real one. */
const lookAlikes = structuredClone(valid);
for (const m of lookAlikes.memberships) m.city = `${m.city.slice(0, -1)}${m.city.endsWith('x') ? 'y' : 'x'}`;
/** Ids shaped like `c-3fa9c2e1-17q`, every membership naming one that does not exist (issue 9's report). */
const hostile = badReferencesAtlas(4000);
/** The bench document with one roadmap item in ten malformed: the shape issues, then the rules over what can be read. */
const malformed = structuredClone(valid);
malformed.roadmaps[0].items.forEach((item, i) => {
  if (i % 10 === 0) item.kind = 'nope';
});

/** CPU time of this process in ms (user + system): on a busy machine wall time also counts the waits for a core. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function longestSlice(doc) {
  let last = performance.now();
  let lastCpu = cpu();
  let longest = 0;
  let longestCpu = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    const nowCpu = cpu();
    longest = Math.max(longest, now - last);
    longestCpu = Math.max(longestCpu, nowCpu - lastCpu);
    last = now;
    lastCpu = nowCpu;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  const result = await parseAtlasAsync(doc);
  const total = performance.now() - t0;
  running = false;
  longest = Math.max(longest, performance.now() - last);
  longestCpu = Math.max(longestCpu, cpu() - lastCpu);
  return { longest, longestCpu, total, result };
}

const ms = (x) => `${x.toFixed(1)} ms`;

console.log(`parseAtlasAsync's longest slice (goal: ${GOAL_MS} ms) and parseAtlas in one piece; ${reps} runs each, median (max)\n`);
console.log('| document | size | result | longest slice, wall | longest slice, CPU | async total | sync parseAtlas |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, doc] of [
  ['valid (1,800 cities, memberships and roadmap items)', valid],
  ['1,800 look-alike city references', lookAlikes],
  ['4,000 references to `c-…-17q` ids that do not exist', hostile],
  ['one roadmap item in ten malformed', malformed],
]) {
  const slices = [];
  const cpus = [];
  const totals = [];
  const syncs = [];
  let summary = '';
  for (let i = 0; i < reps; i++) {
    const a = await longestSlice(doc);
    slices.push(a.longest);
    cpus.push(a.longestCpu);
    totals.push(a.total);
    const t0 = performance.now();
    const r = parseAtlas(doc);
    syncs.push(performance.now() - t0);
    summary = r.ok ? 'valid' : `${r.issues.length} issues`;
  }
  const worst = Math.max(...slices);
  console.log(`| ${name} | ${kb(doc)} kB | ${summary} | ${ms(median(slices))} (${ms(worst)})${worst > GOAL_MS ? ' over' : ''} | ${ms(median(cpus))} (${ms(Math.max(...cpus))}) | ${ms(median(totals))} | ${ms(median(syncs))} (${ms(Math.max(...syncs))}) |`);
}
