// Turns the raw figures that `node bench/render.mjs --json results.json` writes into the Markdown
// tables of bench/README.md (medians, with the min–max range of the timings):
//
//   node bench/report.mjs results.json
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/report.mjs results.json');
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
const LABELS = {
  'cw-timeline': 'cw-roadmap-timeline',
  'vis-timeline': 'vis-timeline',
  'tljs-timeline': 'TimelineJS',
  'cw-map': 'cw-city-map',
  'cw-map-nocluster': 'cw-city-map cluster-radius=0',
  'leaflet-map': 'Leaflet circleMarker (SVG)',
  'leaflet-map-canvas': 'Leaflet circleMarker (canvas)',
};
const label = (id) => results.variants?.find((v) => v.id === id)?.label ?? LABELS[id] ?? id;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r = (x) => (x === 0 ? '0' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const cell = (xs, range, integer) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return '–';
  if (integer) return median(v).toFixed(0);
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  return range && v.length > 1 && hi - lo >= 0.1 * Math.max(1, median(v)) ? `${r(median(v))} (${r(lo)}–${r(hi)})` : r(median(v));
};

const LOAD = [
  ['first render', (x) => x.firstRender, true],
  ['complete', (x) => x.complete, true],
  ['longest task', (x) => x.longTaskMax, true],
  ['TBT', (x) => x.tbt, true],
  ['code KiB gz', (x) => x.codeKiB],
  ['heap MiB', (x) => x.heapMiB],
  ['elements', (x) => x.elements, false, true],
];
const UPDATES = [
  ['select → paint', (x) => x.updates?.select, true],
  ['select: longest task', (x) => x.updates?.selectLongestTask, true],
  ['filter → paint', (x) => x.updates?.filter, true],
  ['filter settled', (x) => x.updates?.filterSettled, true],
  ['filter: longest task', (x) => x.updates?.filterLongestTask, true],
];
// Zoom (both), pan (maps) and scroll (the timelines' list; vis-timeline has no list to scroll).
const MOVES = [
  ['zoom → paint', (x) => x.updates?.zoom, true],
  ['zoom: longest task', (x) => x.updates?.zoomLongestTask, true],
  ['pan → paint', (x) => x.updates?.pan, true],
  ['pan: longest task', (x) => x.updates?.panLongestTask, true],
  ['scroll → paint', (x) => x.updates?.scroll, true],
  ['scroll settled', (x) => x.updates?.scrollSettled, true],
  ['scroll: longest task', (x) => x.updates?.scrollLongestTask, true],
];

console.log(`<!-- ${results.date}; ${results.machine}; ${results.reps} loads per cell -->`);
const groupOf = (id) => results.variants?.find((v) => v.id === id)?.group ?? (id.includes('map') ? 'map' : 'timeline');
for (const group of ['timeline', 'map']) {
  for (const [title, all] of [
    ['loading', LOAD],
    ['updates', UPDATES],
    ['zoom, pan and scroll', MOVES],
  ]) {
    const cols = all.filter(([, get]) => Object.values(results.runs).some((byId) => Object.entries(byId).some(([id, runs]) => groupOf(id) === group && runs.some((x) => typeof get(x.result ?? {}) === 'number'))));
    if (cols.length === 0) continue;
    console.log(`\n#### ${group === 'map' ? 'Map' : 'Timeline'}: ${title} (ms unless said; median, with the range when it is wider than 10 %)\n`);
    console.log(`| N | library | ${cols.map(([c]) => c).join(' | ')} |`);
    console.log(`|---|---|${cols.map(() => '---:').join('|')}|`);
    for (const n of Object.keys(results.runs)) {
      for (const [id, runs] of Object.entries(results.runs[n])) {
        if (groupOf(id) !== group) continue;
        const ok = runs.filter((x) => !x.error && x.result);
        const disturbed = runs.filter((x) => x.disturbed).length;
        const notes = [ok.length < runs.length && `${ok.length}/${runs.length} ok`, disturbed && `${disturbed} disturbed`].filter(Boolean);
        console.log(`| ${n} | ${label(id)}${notes.length ? ` (${notes.join(', ')})` : ''} | ${cols.map(([, get, range, integer]) => cell(ok.map((x) => get(x.result)), range, integer)).join(' | ')} |`);
      }
    }
  }
}

// The issues' goals are ratios of "complete": ours ÷ the peer, beside the floor ÷ the peer (the
// document fetched and parsed, nothing drawn: no page that reads it can do better).
const RATIOS = [
  ['timeline', 'cw-timeline', 'vis-timeline', 'floor-timeline'],
  ['map', 'cw-map', 'leaflet-map', 'floor-map'],
];
const completeOf = (n, id) => {
  const ok = (results.runs[n]?.[id] ?? []).filter((x) => !x.error && typeof x.result?.complete === 'number');
  return ok.length ? median(ok.map((x) => x.result.complete)) : undefined;
};
const lines = [];
for (const [name, ours, peer, floor] of RATIOS) {
  for (const n of Object.keys(results.runs)) {
    const [o, p, f] = [ours, peer, floor].map((id) => completeOf(n, id));
    if (o === undefined || p === undefined) continue;
    const fl = f === undefined ? '' : `; the floor ${f.toFixed(0)} ms, ${(f / p).toFixed(2)} of ${label(peer)}'s`;
    lines.push(`- ${name}, N = ${n}: ${label(ours)} ${o.toFixed(0)} ms ÷ ${label(peer)} ${p.toFixed(0)} ms = ${(o / p).toFixed(2)}${fl}`);
  }
}
if (lines.length) console.log(`\n**Complete, ours ÷ the peer, medians of this run** (the floor: the document fetched and parsed, nothing drawn):\n\n${lines.join('\n')}`);
