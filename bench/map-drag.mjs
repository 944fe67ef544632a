// A mouse drag over the map, as a reader makes it (issue 14: "no task over 50 ms during … pan"):
// `<cw-city-map>` and Leaflet 1.9.4 (circle markers, SVG and canvas renderers, no tiles) on the
// same generated cities (bench/data.mjs), each zoomed in one step first, then dragged 160 px in 20
// moves of the real mouse (Chromium's input, one move per frame). Printed per library and N: the
// frames painted during the drag (median and longest interval between frames, and how many took
// longer than 20 ms), the longest task during the drag (Long Tasks API, ≥ 50 ms; 0 when none), and
// the time from the button's release to the next painted frame (our map lays its clusters and
// labels out again there). A fresh browser context per sample; medians. Prints figures, asserts
// nothing. Needs the build (dist/cdn).
//
//   node bench/map-drag.mjs [--n 100,1000,5000] [--reps 3]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/demo-browser.mjs';
import { generateAtlas } from './data.mjs';
import { newBenchPage } from './page.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const SIZES = String(opt('n', '100,1000,5000')).split(',').map(Number);
const REPS = Number(opt('reps', 3));
const MOVES = 20;
const STEP = 8;
if (!existsSync(join(root, 'dist/cdn/cityweave.js'))) {
  console.error('dist/cdn is missing: run npm run build first');
  process.exit(1);
}

const documents = new Map(SIZES.map((n) => [n, JSON.stringify(generateAtlas(n))]));
const head = (title) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">`;
const PAGES = {
  cw: (n) => `${head(`cw-city-map ${n}`)}<script type="module" src="/cdn/cityweave.js"></script>
<style>body { margin: 0; font-family: sans-serif; } #host { width: 1200px; }</style></head><body><div id="host">
<cw-city-map network="bench-net" src="/atlas-${n}.json"></cw-city-map></div>
<script type="module">
  await customElements.whenDefined('cw-city-map');
  const el = document.querySelector('cw-city-map');
  const frame = () => el.shadowRoot?.querySelector('.frame');
  while (!el.shadowRoot?.querySelector('g.marker, g.cluster')) await new Promise((r) => requestAnimationFrame(r));
  el.shadowRoot.querySelector('button[data-zoom="in"]').click();
  await el.updateComplete;
  window.__target = () => frame().getBoundingClientRect();
  window.__settled = () => el.updateComplete;
  window.__ready = true;
</script></body></html>`,
  leaflet: (n, canvas) => `${head(`Leaflet ${n}`)}<link rel="stylesheet" href="/lib/leaflet/leaflet.css"><script src="/lib/leaflet/leaflet.js"></script>
<style>body { margin: 0; font-family: sans-serif; } #map { width: 800px; height: 600px; }</style></head><body><div id="map"></div>
<script type="module">
  const doc = await (await fetch('/atlas-${n}.json')).json();
  const latlngs = doc.cities.map((c) => [c.coordinates.lat, c.coordinates.lon]);
  const map = L.map('map', { preferCanvas: ${canvas} });
  map.fitBounds(L.latLngBounds(latlngs), { padding: [30, 30] });
  L.featureGroup(latlngs.map((ll, i) => L.circleMarker(ll, { radius: 5, weight: 1, fillOpacity: 0.8 }).bindTooltip(doc.cities[i].name.fr))).addTo(map);
  map.zoomIn(1, { animate: false });
  window.__target = () => document.getElementById('map').getBoundingClientRect();
  window.__settled = () => Promise.resolve();
  window.__ready = true;
</script></body></html>`,
};
const LIBRARIES = [
  { id: 'cw-city-map', page: (n) => PAGES.cw(n) },
  { id: 'Leaflet (SVG)', page: (n) => PAGES.leaflet(n, false) },
  { id: 'Leaflet (canvas)', page: (n) => PAGES.leaflet(n, true) },
];

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const doc = /^\/atlas-(\d+)\.json$/.exec(url.pathname);
  const page = /^\/page-(\d+)-(\d+)\.html$/.exec(url.pathname);
  let body;
  let type;
  if (doc && documents.has(Number(doc[1]))) [body, type] = [documents.get(Number(doc[1])), TYPES['.json']];
  else if (page) [body, type] = [LIBRARIES[Number(page[1])].page(Number(page[2])), 'text/html; charset=utf-8'];
  else if (!url.pathname.includes('..')) {
    const file = url.pathname.startsWith('/cdn/') ? join(root, 'dist', url.pathname) : url.pathname.startsWith('/lib/leaflet/') ? join(root, 'node_modules/leaflet/dist', url.pathname.slice(13)) : undefined;
    if (file && existsSync(file)) [body, type] = [readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream'];
  }
  if (body === undefined) res.writeHead(404).end();
  else res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In the page: records every frame and every long task from now on. */
function startRecording() {
  window.__frames = [];
  window.__tasks = [];
  new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  const tick = (t) => {
    window.__frames.push(t);
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** In the page: the time from the release to the next painted frame (a task posted from a frame callback runs after its paint). */
function afterRelease(t0) {
  return window.__settled().then(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now() - t0);
          channel.port2.postMessage(null);
        }),
      ),
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const browser = await launchChromium();
const rows = [];
try {
  for (const n of SIZES) {
    const samples = LIBRARIES.map(() => []);
    for (let r = 0; r < REPS; r++) {
      // Interleaved: one sample of each library per round.
      for (const [i, lib] of LIBRARIES.entries()) {
        const context = await browser.createBrowserContext();
        const page = await newBenchPage(context);
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`${origin}/page-${i}-${n}.html`);
        await page.waitForFunction(() => window.__ready === true, { timeout: 60_000 });
        await new Promise((done) => setTimeout(done, 500));
        const box = await page.evaluate(() => {
          const b = window.__target();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        });
        await page.mouse.move(box.x, box.y);
        await page.evaluate(startRecording);
        await page.mouse.down();
        const start = await page.evaluate(() => performance.now());
        for (let m = 1; m <= MOVES; m++) {
          await page.mouse.move(box.x + m * STEP, box.y);
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
        }
        const released = await page.evaluate(() => performance.now());
        const [, release] = await Promise.all([page.mouse.up(), page.evaluate(afterRelease, released)]);
        await new Promise((done) => setTimeout(done, 200));
        const { frames, tasks } = await page.evaluate(() => {
          window.__stop = true;
          return { frames: window.__frames, tasks: window.__tasks };
        });
        const during = frames.filter((t) => t >= start && t <= released);
        const gaps = during.slice(1).map((t, k) => t - during[k]);
        samples[i].push({ median: median(gaps), longest: Math.max(0, ...gaps), slow: gaps.filter((g) => g > 20).length, frames: during.length, task: Math.max(0, ...tasks), release });
        await context.close();
      }
    }
    for (const [i, lib] of LIBRARIES.entries()) {
      const s = samples[i];
      const m = (k) => median(s.map((x) => x[k]));
      rows.push(`| ${n} | ${lib.id} | ${m('frames')} | ${m('median').toFixed(1)} | ${m('longest').toFixed(1)} | ${m('slow')} | ${m('task').toFixed(0)} | ${m('release').toFixed(1)} |`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`A drag of ${MOVES * STEP} px in ${MOVES} moves after one zoom step; ${REPS} samples per cell, medians (ms unless said).\n`);
console.log('| N | library | frames during the drag | frame interval | longest interval | frames > 20 ms | longest task | release → paint |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
