// Two (or more) CDN builds compared on one benchmark page, loads alternated (build A, build B, A, B…)
// in one browser, a fresh context per load, so that a machine's drift hits them alike: the medians
// of "complete" and of the longest task, and how many tasks reached 50 ms. For deciding whether a
// change is worth keeping, which a single run of render.mjs on a noisy machine cannot tell.
// Prints figures; asserts nothing. Copy a build first (`cp -r dist/cdn /tmp/cdn-before`), change,
// rebuild, then:
//
//   node bench/ab-pages.mjs cw-timeline.html 5000 8 /tmp/cdn-before dist/cdn   [V=1: every load]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/demo-browser.mjs';
import { generateAtlas } from './data.mjs';
import { alternatedLoads, median, newBenchPage } from './page.mjs';

const [PAGE, N, ROUNDS, ...DIRS] = process.argv.slice(2);
if (!PAGE || !(Number(N) > 0) || !(Number(ROUNDS) > 0) || DIRS.length === 0) {
  console.error('usage: node bench/ab-pages.mjs PAGE N ROUNDS BUILD_DIR [BUILD_DIR…]   (PAGE: cw-timeline.html, cw-map.html…)');
  process.exit(2);
}
const read = (dir, prefix, files = new Map()) => {
  for (const name of readdirSync(dir)) {
    const f = join(dir, name);
    if (statSync(f).isDirectory()) read(f, `${prefix}${name}/`, files);
    else files.set(prefix + name, readFileSync(f));
  }
  return files;
};
const builds = DIRS.map((d) => read(d, '/cdn/'));
const common = read(fileURLToPath(new URL('pages', import.meta.url)), '/pages/');
const doc = generateAtlas(Number(N));
common.set(`/data/atlas-${N}.json`, Buffer.from(JSON.stringify(doc)));
let current = 0; // the build served to the load under way
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const body = builds[current].get(path) ?? common.get(path);
  if (!body) return void res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'content-length': body.length });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(undefined, { defaultViewport: { width: 1280, height: 900 } });
const query = `n=${N}&item=${doc.roadmaps[0].items[Math.floor(N / 2)].id}&kind=workshop&city=${doc.cities[0].id}&country=FR`;
let results;
try {
  results = await alternatedLoads(browser, DIRS.length, Number(ROUNDS), async (context, b) => {
    current = b;
    const page = await newBenchPage(context);
    await page.goto(`${origin}/pages/${PAGE}?${query}`);
    await page.waitForFunction(() => window.__bench && window.__bench.result.complete !== undefined, { timeout: 120_000 });
    const load = await page.evaluate(() => {
      const B = window.__bench;
      const tasks = B.longtasks.filter(([start]) => start < B.t0 + B.result.complete);
      return { complete: B.result.complete, longest: Math.max(0, ...tasks.map((t) => t[1])), count: tasks.length, tasks: tasks.map(([s, d]) => `${Math.round(s)}+${Math.round(d)}`).join(' ') };
    });
    if (process.env.V) console.log(`${DIRS[b]}: complete ${Math.round(load.complete)} ms, long tasks (start+length) ${load.tasks || 'none'}`);
    return load;
  });
} finally {
  await browser.close();
  server.close();
}
console.log(`${PAGE}, N = ${N}, ${ROUNDS} loads per build, alternated:`);
for (let b = 0; b < DIRS.length; b++) {
  const rs = results[b];
  console.log(`  ${DIRS[b]}: complete ${median(rs.map((x) => x.complete)).toFixed(0)} ms (min ${Math.min(...rs.map((x) => x.complete)).toFixed(0)}), longest task ${median(rs.map((x) => x.longest)).toFixed(0)} ms, tasks of 50 ms or more ${median(rs.map((x) => x.count))} (medians)`);
}
