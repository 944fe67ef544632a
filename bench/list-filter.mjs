// The project list's filter time (issue 15, "The project list at 5,000"): a page with
// `<cw-project-list src=…>` on a generated document of N projects (bench/data.mjs,
// generateProjectsAtlas), then one filter change as a reader makes it: the country select set to
// one country (about 15 % of the projects), then the "clear filters" button (back to all N).
// For each: the time from the input event to the next painted frame, the synchronous update (the
// event's task: filtering and Lit's render), the longest task (Long Tasks API, ≥ 50 ms; 0 when
// none), and the cards in the DOM afterwards. A fresh page (fresh browser context) per sample;
// medians. Prints figures; asserts nothing. Needs the build (dist/cdn).
//
//   node bench/list-filter.mjs [--n 100,1000,5000] [--reps 5] [--lang fr]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForCityweave } from '../scripts/demo-browser.mjs';
import { NETWORK_ID, generateProjectsAtlas } from './data.mjs';
import { median, newBenchPage } from './page.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const SIZES = String(opt('n', '100,1000,5000')).split(',').map(Number);
const REPS = Number(opt('reps', 5));
const LANG = opt('lang', 'fr');
const COUNTRY = 'TN';
if (!existsSync(join(root, 'dist/cdn/cityweave.js'))) {
  console.error('dist/cdn is missing: run npm run build first');
  process.exit(1);
}

const documents = new Map(SIZES.map((n) => [n, JSON.stringify(generateProjectsAtlas(n))]));
const page = (n) => `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><title>list ${n}</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/cityweave.js"></script></head><body><h1>Projets</h1>
<cw-project-list network="${NETWORK_ID}" src="/atlas-${n}.json"></cw-project-list></body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const doc = /^\/atlas-(\d+)\.json$/.exec(url.pathname);
  const html = /^\/list-(\d+)\.html$/.exec(url.pathname);
  let body;
  let type;
  if (doc && documents.has(Number(doc[1]))) [body, type] = [documents.get(Number(doc[1])), TYPES['.json']];
  else if (html) [body, type] = [page(Number(html[1])), 'text/html; charset=utf-8'];
  else if (url.pathname.startsWith('/cdn/') && !url.pathname.includes('..')) {
    const file = join(root, 'dist', url.pathname);
    if (existsSync(file)) [body, type] = [readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream'];
  }
  if (body === undefined) res.writeHead(404).end();
  else res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In the page: one change, timed to the next painted frame (a task posted from a frame callback runs after that frame's paint). */
function measure(action, country) {
  const el = document.querySelector('cw-project-list');
  const root = el.shadowRoot;
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return new Promise((done) => {
    // Start from a fresh task, after the page's own frames.
    setTimeout(async () => {
      const t0 = performance.now();
      if (action === 'filter') {
        const select = root.querySelector('#cw-country');
        select.value = country;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        root.querySelector('[part~="clear"]').click();
      }
      await el.updateComplete;
      const sync = performance.now() - t0;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const paint = performance.now() - t0;
          // Long-task entries are delivered a little later.
          setTimeout(() => {
            observer.disconnect();
            const longest = Math.max(0, ...tasks.filter((t) => t.startTime + t.duration >= t0).map((t) => t.duration));
            done({ paint, sync, longest, cards: root.querySelectorAll('cw-project-card').length, results: el.results.length });
          }, 100);
        };
        channel.port2.postMessage(0);
      });
    }, 50);
  });
}

const browser = await launchChromium();
async function sample(n) {
  const context = await browser.createBrowserContext();
  const tab = await newBenchPage(context);
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${origin}/list-${n}.html`, { waitUntil: 'domcontentloaded' });
  await waitForCityweave(tab, { timeout: 120_000, quietFrames: 10 });
  const filter = await tab.evaluate(measure, 'filter', COUNTRY);
  await waitForCityweave(tab, { timeout: 60_000, quietFrames: 10 });
  const clear = await tab.evaluate(measure, 'clear', COUNTRY);
  await context.close();
  return { filter, clear };
}

const ms = (x) => String(Math.round(x)).padStart(6);
console.log(`<cw-project-list>: one filter change (country = ${COUNTRY}), then "clear filters"; lang=${LANG}, viewport 1280×900, median of ${REPS} fresh pages\n`);
console.log('     N | change  | results | → paint (ms) | sync update | longest task | cards in DOM');
for (const n of SIZES) {
  const runs = [];
  for (let i = 0; i < REPS; i++) runs.push(await sample(n));
  for (const kind of ['filter', 'clear']) {
    const r = runs.map((x) => x[kind]);
    console.log(
      `${String(n).padStart(6)} | ${kind.padEnd(7)} | ${String(r[0].results).padStart(7)} | ${ms(median(r.map((x) => x.paint)))}       | ${ms(median(r.map((x) => x.sync)))}      | ${ms(median(r.map((x) => x.longest)))}       | ${median(r.map((x) => x.cards))}`,
    );
  }
}
await browser.close();
server.close();
