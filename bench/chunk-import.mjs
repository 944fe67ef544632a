// How long a fresh page takes to `import()` one chunk of the CDN build (fetch from 127.0.0.1, parse,
// evaluate), for two or more builds, loads alternated in one browser, a fresh context each: to judge a
// change in how a chunk is written (an object literal against `JSON.parse` of a string, say). The
// chunk is named by the start of its file name (`basemap` finds chunks/basemap-<hash>.js). Prints
// figures; asserts nothing. Copy a build first (`cp -r dist/cdn /tmp/cdn-before`), change, rebuild:
//
//   node bench/chunk-import.mjs basemap 15 /tmp/cdn-before dist/cdn
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { alternatedLoads, median } from './page.mjs';
import { launchChromium } from '../scripts/demo-browser.mjs';

const [PREFIX, ROUNDS, ...DIRS] = process.argv.slice(2);
if (!PREFIX || !(Number(ROUNDS) > 0) || DIRS.length === 0) {
  console.error('usage: node bench/chunk-import.mjs CHUNK_PREFIX ROUNDS BUILD_DIR [BUILD_DIR…]');
  process.exit(2);
}
const chunkIn = (dir) => {
  const name = readdirSync(join(dir, 'chunks')).find((f) => f.startsWith(`${PREFIX}-`) && f.endsWith('.js'));
  if (!name) throw new Error(`no chunks/${PREFIX}-*.js in ${dir}`);
  return { dir, name, body: readFileSync(join(dir, 'chunks', name)) };
};
const builds = DIRS.map(chunkIn);
let current = 0;
const server = createServer((req, res) => {
  if (req.url.startsWith('/chunk.js')) {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    return void res.end(builds[current].body);
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>chunk</title><p>chunk</p>');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
let times;
try {
  times = await alternatedLoads(browser, builds.length, Number(ROUNDS), async (context, b) => {
    current = b;
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    return page.evaluate(async () => {
      const t0 = performance.now();
      await import(`/chunk.js?${Math.random()}`);
      return performance.now() - t0;
    });
  });
} finally {
  await browser.close();
  server.close();
}
console.log(`import() of chunks/${PREFIX}-*.js in a fresh page, ${ROUNDS} loads per build, alternated:`);
builds.forEach((b, i) => console.log(`  ${b.dir} (${b.name}, ${b.body.length} bytes): median ${median(times[i]).toFixed(1)} ms (${times[i].map((t) => t.toFixed(0)).join(' ')})`));
