// The load waterfall of the CDN build (issue 15): which requests a page makes, when each starts and
// ends, and when every element is usable, for a page with every element on the default data and the
// same page on a `src` document, and for the iframe page (embed.html) with a card and with a
// timeline. Served from 127.0.0.1 with a simulated round trip (default 60 ms,
// a good mobile connection), so that each level of the waterfall costs what it costs on a real site.
// Prints figures; asserts nothing. Needs the build (dist/cdn).
//
//   node bench/waterfall.mjs [--rtt 60] [--reps 3] [--lang ar]
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForCityweave } from '../scripts/demo-browser.mjs';
import { median, newBenchPage } from './page.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const RTT = Number(opt('rtt', 60));
const REPS = Number(opt('reps', 3));
const LANG = opt('lang', 'ar');
if (!existsSync(join(root, 'dist/cdn/cityweave.js'))) {
  console.error('dist/cdn is missing: run npm run build first');
  process.exit(1);
}

const ELEMENTS = (src) => {
  const a = src ? ` src="/atlas.json"` : '';
  return `<h1>Page</h1>
<cw-project-card project="tanger-accueil"${a}></cw-project-card>
<cw-project-list network="mc2cm"${a}></cw-project-list>
<cw-roadmap-timeline network="rmci"${a}></cw-roadmap-timeline>
<cw-city-map network="rmci"${a}></cw-city-map>
<cw-sdg-badge code="10.7"></cw-sdg-badge>`;
};
const page = (src) => `<!doctype html><html lang="${LANG}" dir="${LANG === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>waterfall</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/cityweave.js"></script></head><body>${ELEMENTS(src)}</body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let body;
  let type;
  if (url.pathname === '/default.html' || url.pathname === '/src.html') {
    body = page(url.pathname === '/src.html');
    type = TYPES['.html'];
  } else if (url.pathname === '/atlas.json') {
    body = readFileSync(join(root, 'data/atlas.json'));
    type = TYPES['.json'];
  } else if (url.pathname.startsWith('/cdn/') && !url.pathname.includes('..')) {
    const file = join(root, 'dist', url.pathname);
    if (existsSync(file)) {
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
  }
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
async function visit(path) {
  const context = await browser.createBrowserContext();
  const tab = await newBenchPage(context);
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT, downloadThroughput: -1, uploadThroughput: -1 });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.end = e.timestamp;
  });
  const t0 = Date.now();
  await tab.goto(origin + path, { waitUntil: 'domcontentloaded' });
  // The iframe embed creates its element once the bundle has registered it.
  await tab.waitForFunction(() => [...document.querySelectorAll('body > *')].some((e) => e.localName.startsWith('cw-')), { timeout: 60_000, polling: 'raf' });
  await waitForCityweave(tab, { timeout: 60_000, quietFrames: 2 });
  const usable = Date.now() - t0;
  const list = [...requests.values()].sort((a, b) => a.start - b.start);
  const first = list[0]?.start ?? 0;
  await context.close();
  return { usable, requests: list.map((r) => ({ name: r.url.replace(origin, '').replace(/^\/cdn\//, ''), start: (r.start - first) * 1000, end: ((r.end ?? r.start) - first) * 1000 })) };
}

/** How many requests wait for another: the number of distinct start times more than half a round trip apart. */
const levels = (reqs) => {
  let count = 0;
  let last = -Infinity;
  for (const r of reqs) if (r.start - last > RTT / 2) (count++, (last = r.start));
  return count;
};

console.log(`CDN load waterfall, lang=${LANG}, simulated round trip ${RTT} ms, median of ${REPS} fresh pages (no cache)\n`);
const PAGES = [
  ['/default.html', 'every element, default data'],
  ['/src.html', 'every element, src="/atlas.json"'],
  // The iframe embed page (dist/cdn/embed.html), as an iframe loads it: its own document.
  [`/cdn/embed.html?el=project-card&project=tanger-accueil&lang=${LANG}`, 'iframe embed, a project card'],
  [`/cdn/embed.html?el=roadmap-timeline&network=rmci&lang=${LANG}`, 'iframe embed, a roadmap timeline'],
];
for (const [path, label] of PAGES) {
  const runs = [];
  for (let i = 0; i < REPS; i++) runs.push(await visit(path));
  const mid = runs.slice().sort((a, b) => a.usable - b.usable)[Math.floor(REPS / 2)];
  console.log(`${label}: usable after ${median(runs.map((r) => r.usable))} ms, ${mid.requests.length} requests in ${levels(mid.requests)} waves`);
  for (const r of mid.requests) console.log(`  ${String(Math.round(r.start)).padStart(5)} → ${String(Math.round(r.end)).padStart(5)} ms  ${r.name}`);
  console.log('');
}
await browser.close();
server.close();
