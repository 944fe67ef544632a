// Our windowing (components/base/windowed-list.ts, which the timeline, the map's list and the project
// list use) against @lit-labs/virtualizer 2.1.1, on the same N entries of about 110 px rendered by
// the same template (bench/windowing/): how soon the list is on screen, how many elements the page
// keeps, how long a scroll of 4,000 px and a jump to the end take to paint, the longest task, and
// what each adds to a bundle. Both variants are bundled here with esbuild (Lit included in each),
// served from 127.0.0.1, loads alternated, a fresh browser context each. Prints figures; asserts
// nothing.
//
//   node bench/windowing.mjs [--n 1000,5000] [--reps 5]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/demo-browser.mjs';
import { alternatedLoads, median, newBenchPage } from './page.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const SIZES = String(opt('n', '1000,5000')).split(',').map(Number);
const REPS = Number(opt('reps', 5));
const here = (p) => fileURLToPath(new URL(p, import.meta.url));

const VARIANTS = [
  { id: 'own', label: 'cityweave WindowedListController', entry: here('windowing/own.ts') },
  { id: 'virtualizer', label: '@lit-labs/virtualizer 2.1.1', entry: here('windowing/virtualizer.ts') },
];

/** The variant's bundle (minified, Lit included) and its gzip size. */
async function bundle(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, legalComments: 'none' });
  const code = Buffer.from(out.outputFiles[0].contents);
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}
for (const v of VARIANTS) Object.assign(v, await bundle(v.entry));

const page = (variant) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>windowing: ${variant}</title>
<script src="/harness.js"></script><script type="module" src="/${variant}.js"></script>
<style>body { margin: 0; } bench-list { width: 800px; }</style></head><body><bench-list></bench-list>
<script type="module">
  const B = window.__bench;
  const el = document.querySelector('bench-list');
  const root = () => el.shadowRoot;
  B.run(async () => {
    await customElements.whenDefined('bench-list');
    await B.firstRender(() => root() && root().querySelector('.entry'));
    await B.settle(root(), 500);
    B.result.info.entries = root().querySelectorAll('.entry').length;
    await B.update('scroll', root(), () => window.scrollBy(0, 4000));
    B.result.info.scrolledTo = Math.min(...[...root().querySelectorAll('.entry')].filter((e) => e.getBoundingClientRect().bottom > 0).map((e) => Number(e.dataset.index)));
    window.scrollTo(0, 0);
    await B.afterPaint();
    await B.update('end', root(), () => window.scrollTo(0, document.documentElement.scrollHeight));
    B.result.info.lastShown = Boolean(root().querySelector('[data-index="' + (B.n - 1) + '"]'));
  });
</script></body></html>`;

const harness = readFileSync(here('pages/harness.js'));
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const variant = VARIANTS.find((v) => url.pathname === `/${v.id}.js`);
  const html = VARIANTS.find((v) => url.pathname === `/${v.id}.html`);
  const [type, body] = variant ? ['text/javascript', variant.code] : html ? ['text/html; charset=utf-8', page(html.id)] : url.pathname === '/harness.js' ? ['text/javascript', harness] : [];
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(undefined, { defaultViewport: { width: 1280, height: 900 } });

const RO_LOOP = /ResizeObserver loop/;
const results = new Map(); // `${n}|${id}` → results
try {
  for (const n of SIZES) {
    const byVariant = await alternatedLoads(browser, VARIANTS.length, REPS, async (context, vi) => {
      const v = VARIANTS[vi];
      const tab = await newBenchPage(context);
      await tab.goto(`${origin}/${v.id}.html?n=${n}`);
      // "ResizeObserver loop completed with undelivered notifications" reaches the page as an error
      // event (it is in the host page's console): counted, not fatal.
      await tab.waitForFunction((loop) => window.__bench.done || (window.__bench.error && !new RegExp(loop).test(window.__bench.error)), { timeout: 60_000 }, RO_LOOP.source);
      const { result, error } = await tab.evaluate(() => ({ result: window.__bench.result, error: window.__bench.error }));
      if (error && !RO_LOOP.test(error)) throw new Error(`${v.id}, N = ${n}: ${error}`);
      result.info.resizeObserverLoop = Boolean(error);
      return result;
    });
    VARIANTS.forEach((v, vi) => results.set(`${n}|${v.id}`, byVariant[vi]));
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
console.log(`Windowing, ${REPS} loads per cell, alternated; medians (ms unless said). Bundles minified with Lit: ${VARIANTS.map((v) => `${v.label} ${(v.gzip / 1024).toFixed(1)} KiB gz`).join(', ')}.\n`);
console.log('| N | windowing | on screen | settled | entries in the DOM | elements | scroll 4,000 px → paint (settled) | jump to the end → paint (settled) | longest task | last entry reached | "ResizeObserver loop" error |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
for (const n of SIZES)
  for (const v of VARIANTS) {
    const rs = results.get(`${n}|${v.id}`);
    const m = (f) => median(rs.map(f));
    const longest = m((r) => Math.max(r.longTaskMax ?? 0, r.updates.scrollLongestTask ?? 0, r.updates.endLongestTask ?? 0));
    console.log(`| ${n} | ${v.label} | ${ms(m((r) => r.firstRender))} | ${ms(m((r) => r.complete))} | ${m((r) => r.info.entries)} | ${m((r) => r.elements)} | ${ms(m((r) => r.updates.scroll))} (${ms(m((r) => r.updates.scrollSettled))}) | ${ms(m((r) => r.updates.end))} (${ms(m((r) => r.updates.endSettled))}) | ${ms(longest)} | ${rs.every((r) => r.info.lastShown) ? 'yes' : 'no'} | ${rs.filter((r) => r.info.resizeObserverLoop).length} of ${rs.length} loads |`);
  }
