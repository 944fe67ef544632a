// The exchange commands on the default dataset and on a larger one (its records copied N times
// under new ids): time to write and read the workbook and the CSV files, to import and to export
// IATI, and the sizes of what they write. Run after `npm run build`:
//
//   node bench/exchange.mjs [copies]     (default: 1 and 10)
//
// Prints figures only; it asserts nothing. Times are the median of 3 runs, in this process.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseAtlas } from '../dist/src/parse.js';
import { documentLanguages } from '../dist/src/exchange/layout.js';
import { readWorkbook, writeWorkbook } from '../dist/src/exchange/workbook.js';
import { readCsv, writeCsv } from '../dist/src/exchange/csv.js';
import { importTables } from '../dist/src/exchange/import.js';
import { exportIati } from '../dist/src/exchange/iati.js';

const base = JSON.parse(readFileSync(new URL('../dist/data/atlas.json', import.meta.url), 'utf8'));

/** The dataset with its cities, organisations and projects copied `n` times under new ids (references kept inside each copy). */
function scaled(n) {
  if (n === 1) return base;
  const doc = structuredClone(base);
  for (let i = 1; i < n; i++) {
    const suffix = `-copy${i}`;
    const rename = (id) => `${id}${suffix}`;
    doc.cities.push(...base.cities.map((c) => ({ ...c, id: rename(c.id) })));
    doc.projects.push(...base.projects.map((p) => ({ ...p, id: rename(p.id), cities: p.cities.map((c) => ({ ...c, city: rename(c.city) })) })));
  }
  return doc;
}

async function median(f) {
  const times = [];
  let result;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    result = await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[1], result };
}

const copies = process.argv[2] ? [Number(process.argv[2])] : [1, 10];
const iati = { reportingOrg: { ref: 'XI-EXAMPLE-1', type: '40', name: 'Bench' }, undatedStart: '2019-01-01', unknownStatus: 'ongoing', generated: '2026-01-01T00:00:00Z' };
for (const n of copies) {
  const doc = scaled(n);
  const langs = documentLanguages(doc, ['fr', 'en', 'ar']);
  const records = ['cities', 'organizations', 'networks', 'memberships', 'projects', 'roadmaps', 'events'].reduce((s, k) => s + doc[k].length, 0);
  const w = await median(() => writeWorkbook(doc, langs));
  const r = await median(() => readWorkbook(w.result));
  const i = await median(() => importTables(r.result));
  const cw = await median(() => writeCsv(doc, langs));
  const csvBytes = [...cw.result.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
  const cr = await median(() => importTables([...cw.result].map(([name, text]) => readCsv(name, text))));
  const atlas = parseAtlas(doc).atlas;
  const x = await median(() => exportIati(atlas, iati));
  console.log(`×${n}: ${records} records, ${langs.length} languages`);
  console.log(`  workbook  write ${w.ms.toFixed(0)} ms, read ${r.ms.toFixed(0)} ms, import ${i.ms.toFixed(0)} ms, ${(w.result.length / 1024).toFixed(0)} KB (ok: ${i.result.ok})`);
  console.log(`  CSV       write ${cw.ms.toFixed(0)} ms, read + import ${cr.ms.toFixed(0)} ms, ${(csvBytes / 1024).toFixed(0)} KB in ${cw.result.size} files (ok: ${cr.result.ok})`);
  console.log(`  IATI      export ${x.ms.toFixed(0)} ms, ${(Buffer.byteLength(x.result.xml ?? '') / 1024).toFixed(0)} KB, ${x.result.activities} activities`);
}
