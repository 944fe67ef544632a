// `node scripts/screenshots.mjs`: PNG screenshots of every component, from the gallery page
// (demo/gallery.html), into docs/screenshots/, with docs/screenshots/README.md listing them.
//
// It builds nothing: run `npm run build` first. It starts the demo server on a free port, opens the
// gallery in headless Chromium (CHROME_PATH, else /usr/bin/chromium) in French and Arabic, light and
// dark, at 1200 px wide, and at 380 px wide for the wide components in French and Arabic (light),
// and captures each example block ([data-shot]) as `<component>-<variant>-<lang>-<theme>.png`.
// Deterministic: fixed viewports and scale, a fixed `today` on the timelines (in the gallery's HTML),
// reduced motion, and every element settled (state ready/error/empty, fonts, quiet frames).
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo-server-process.mjs';
import { chromiumPath, launchChromium, waitForCityweave } from './demo-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/**
 * The origin the page believes it is on. The error examples print their data URL, port included: the
 * browser asks for this fixed origin (the `npm start` one) and the script answers from the server it
 * started on a free port, so the images do not change with the port.
 */
const SHOWN_ORIGIN = 'http://127.0.0.1:8123';
const WIDE = { width: 1200, height: 900 };
const NARROW = { width: 380, height: 800 };
const LANGS = ['fr', 'ar'];
const THEMES = ['light', 'dark'];
/** A block taller than this is captured from its top down to this height (long lists), to keep the folder small. */
const MAX_HEIGHT = 1800;
/** The wide runs capture every block; the narrow runs only these (those whose layout changes most). */
const NARROW_SHOTS = ['project-card-full', 'project-list-mc2cm', 'city-map-rmci', 'city-map-mc2cm', 'roadmap-timeline-rmci', 'roadmap-timeline-arab-coalition', 'event-rabat-2018', 'sdg-coverage-mc2cm'];
/** In Arabic, the narrow layouts where mirroring matters most (fewer, to keep the folder small). */
const NARROW_SHOTS_AR = ['project-list-mc2cm', 'city-map-rmci', 'roadmap-timeline-rmci', 'roadmap-timeline-arab-coalition', 'event-rabat-2018', 'sdg-coverage-mc2cm'];
/**
 * `--only=<prefix>`: only the blocks whose name starts with it (e.g. `--only=roadmap-timeline`), leaving
 * the other PNGs and the README as they are, so one component's images can be redone alone.
 */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const RUNS = [
  ...LANGS.flatMap((lang) => THEMES.map((theme) => ({ lang, theme, viewport: WIDE }))),
  { lang: 'fr', theme: 'light', viewport: NARROW, suffix: 'narrow', only: NARROW_SHOTS },
  { lang: 'ar', theme: 'light', viewport: NARROW, suffix: 'narrow', only: NARROW_SHOTS_AR },
];

async function main() {
  if (!existsSync(`${root}/dist/cdn/cityweave.js`)) {
    console.error('dist/cdn/cityweave.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error('No Chromium found: set CHROME_PATH to a Chrome or Chromium binary (Debian/Ubuntu: `sudo apt-get install chromium`).');
    process.exit(1);
  }

  await mkdir(outDir, { recursive: true });
  for (const f of await readdir(outDir)) if (f.endsWith('.png') && (!ONLY || f.startsWith(ONLY))) await rm(`${outDir}${f}`);

  const server = await startDemoServer();
  let browser;
  const written = [];
  const cut = new Set();
  try {
    browser = await launchChromium(executablePath);
    for (const run of RUNS) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        const problems = [];
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        await page.setRequestInterception(true);
        page.on('request', (request) => forward(request, server.origin).catch((e) => problems.push(`request ${request.url()}: ${e.message}`)));
        await page.setViewport({ ...run.viewport, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: run.theme },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        const url = `${SHOWN_ORIGIN}/demo/gallery.html?lang=${run.lang}&theme=${run.theme}`;
        await page.goto(url, { waitUntil: 'load' });
        await waitForCityweave(page);
        await fitViewportToPage(page, run.viewport);
        // A page wider than its viewport shifts every capture of a right-to-left page sideways (the
        // clip is measured from the scrolled origin): refuse to write them shifted.
        const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (width[0] > width[1]) {
          console.error(`${url} at ${run.viewport.width} px is ${width[0]} px wide: its captures would be shifted and clipped (test/node/demo.test.mjs names the widest examples)`);
          process.exitCode = 1;
          continue;
        }
        await page.mouse.move(0, 0);
        const blocks = await page.$$('[data-shot]');
        let count = 0;
        for (const block of blocks) {
          const shot = await block.evaluate((el) => el.dataset.shot);
          if (run.only && !run.only.includes(shot)) continue;
          if (ONLY && !shot.startsWith(ONLY)) continue;
          const name = [shot, run.suffix, run.lang, run.theme].filter(Boolean).join('-') + '.png';
          const box = await block.boundingBox();
          const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.min(Math.ceil(box.height), MAX_HEIGHT) };
          await page.screenshot({ path: `${outDir}${name}`, clip, captureBeyondViewport: false });
          if (box.height > MAX_HEIGHT) cut.add(name);
          written.push(name);
          count++;
        }
        if (problems.length) console.warn(`${url}:\n  ${problems.join('\n  ')}`);
        console.log(`${run.lang} ${run.theme} ${run.viewport.width} px: ${count} screenshots`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }

  let total = 0;
  const sizes = new Map();
  for (const name of written) {
    const { size } = await stat(`${outDir}${name}`);
    sizes.set(name, size);
    total += size;
  }
  if (ONLY) console.log('--only: docs/screenshots/README.md left as it is.');
  else await writeFile(`${outDir}README.md`, readme(written, cut));
  console.log(`${written.length} screenshots, ${(total / 1e6).toFixed(2)} MB, in docs/screenshots/`);
  if (total > 6e6) console.warn('That is more than 6 MB: consider fewer or smaller examples in demo/gallery.html.');
}

/** Answers a request for SHOWN_ORIGIN from the demo server (status, headers and body as they are). */
async function forward(request, origin) {
  const url = new URL(request.url());
  if (url.origin !== SHOWN_ORIGIN) {
    if (url.protocol === 'data:') return request.continue();
    return request.abort('blockedbyclient'); // Nothing leaves the demo server.
  }
  const response = await fetch(origin + url.pathname + url.search, { method: request.method(), redirect: 'manual' });
  const headers = Object.fromEntries(response.headers);
  delete headers['content-length'];
  delete headers['content-encoding'];
  await request.respond({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
}

/**
 * Makes the viewport as tall as the page, so that every block is captured inside it: capturing beyond
 * the viewport resizes it during the capture, and the elements that observe their size (the map)
 * would lay out again under the camera. Repeats until the page height holds.
 */
async function fitViewportToPage(page, viewport) {
  let height = viewport.height;
  for (let i = 0; i < 5; i++) {
    const needed = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    if (needed <= height) return;
    height = needed;
    await page.setViewport({ ...viewport, height, deviceScaleFactor: 1 });
    await waitForCityweave(page);
  }
}

/** The README of docs/screenshots: how they are made, and a table of every file. */
function readme(files, cut) {
  const groups = new Map();
  for (const f of files.sort()) {
    const m = /^(.*?)-(fr|ar)-(light|dark)\.png$/.exec(f);
    if (!m) continue;
    const [, shot, lang, theme] = m;
    if (!groups.has(shot)) groups.set(shot, new Map());
    groups.get(shot).set(`${lang}-${theme}`, f);
  }
  const columns = LANGS.flatMap((l) => THEMES.map((t) => `${l}-${t}`));
  const rows = [...groups].map(([shot, byCol]) => `| ${shot} | ${columns.map((c) => (byCol.has(c) ? `[${c}](${byCol.get(c)})${cut.has(byCol.get(c)) ? ' ✂' : ''}` : '')).join(' | ')} |`);
  return `# Screenshots

Every cityweave component in its main states, on the default dataset, in French and Arabic (right to
left), light and dark. They are captured from the gallery page, \`demo/gallery.html\` (open it with
\`npm start\`, then http://127.0.0.1:8123/demo/gallery.html?lang=ar&theme=dark), one PNG per example block.

Names: \`<component>-<variant>-<lang>-<theme>.png\`; \`-narrow-\` ones are taken 380 px wide, the others
1200 px wide. A block taller than ${MAX_HEIGHT} px is cut at ${MAX_HEIGHT} px, to keep this folder small
(marked ✂ below: the end of a long list; the gallery shows it whole).

## Regenerate

\`\`\`sh
npm run build                  # the script uses dist/, it does not build
node scripts/screenshots.mjs   # Chromium from CHROME_PATH, else /usr/bin/chromium
\`\`\`

The script starts the demo server on a free port, waits until every element is \`ready\` (or in its
deliberate \`error\` or \`empty\` state), the fonts are loaded and nothing moves, and replaces every PNG
here. The timelines have a fixed \`today\` (2019-06-15) so the images do not change from day to day.
Text rendering depends on the fonts installed on the machine: regenerate them all on one machine.

## Files

| example | ${columns.join(' | ')} |
|---|${columns.map(() => '---').join('|')}|
${rows.join('\n')}
`;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
