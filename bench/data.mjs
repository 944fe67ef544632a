// The benchmark data: one atlas document (cityweave's own input format) holding
// N cities around the Mediterranean, a network they all belong to, and a roadmap of N items whose
// dates come at mixed precisions (year, month, day, ranges, a few with no year). Every benchmark
// page, cityweave's and the alternatives', loads the same document and adapts it itself.
//
//   node bench/data.mjs 1000 > atlas.json     the document for N = 1000
//   node bench/data.mjs --check               validates N = 100, 1000, 5000 with dist/src (after a build)
//
// The generators live in test/fixtures/synthetic-atlas.mjs, with every other synthetic atlas of the
// tests and the stories; this file re-exports them for the bench scripts and is the command line.

import { generateAtlas, precisionCounts } from '../test/fixtures/synthetic-atlas.mjs';

export * from '../test/fixtures/synthetic-atlas.mjs';

const isMain = import.meta.url === new URL(process.argv[1] ?? '', 'file:').href;
if (isMain) {
  const arg = process.argv[2];
  if (arg === '--check') {
    const { parseAtlas } = await import('../dist/src/index.js');
    for (const n of [100, 1000, 5000]) {
      const doc = generateAtlas(n);
      const res = parseAtlas(doc);
      const ids = new Set(doc.cities.map((c) => c.id));
      console.log(`N=${n}: ${res.ok ? 'valid' : `INVALID: ${JSON.stringify(res.issues.slice(0, 3))}`}; ${ids.size} distinct city ids; ${JSON.stringify(precisionCounts(doc))}; ${(JSON.stringify(doc).length / 1024).toFixed(0)} KiB`);
      if (!res.ok) process.exitCode = 1;
    }
  } else {
    process.stdout.write(JSON.stringify(generateAtlas(Number(arg) || 100)));
  }
}
