// `node scripts/element-screenshots.mjs map|timeline`: PNG screenshots of one element's demo page
// (demo/maps.html: MC2CM, RMCI, the Arab coalition, Tanger's own map; demo/timelines.html: the Arab
// coalition roadmap, the RMCI plan, MC2CM), in French and Arabic, light and dark, desktop (1200 px)
// and phone (390 px), into docs/screenshots/<element>/. Run `npm run build` first.
// A script of its own rather than a run of scripts/screenshots.mjs, which rewrites every element's
// images: this one only touches the element's folder.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo-server-process.mjs';
import { chromiumPath, launchChromium, waitForCityweave } from './demo-browser.mjs';

/** Each element's demo page (every block with `data-shot` is one image) and its screenshots' folder. */
const ELEMENTS = {
  map: { page: 'demo/maps.html', folder: 'city-map' },
  timeline: { page: 'demo/timelines.html', folder: 'roadmap-timeline' },
};
const which = ELEMENTS[process.argv[2]];
if (!which) {
  console.error(`usage: node scripts/element-screenshots.mjs ${Object.keys(ELEMENTS).join('|')}`);
  process.exit(2);
}
const outDir = fileURLToPath(new URL(`../docs/screenshots/${which.folder}/`, import.meta.url));
const VIEWPORTS = { desktop: { width: 1200, height: 900 }, phone: { width: 390, height: 844 } };

await mkdir(outDir, { recursive: true });
for (const f of await readdir(outDir)) if (f.endsWith('.png')) await rm(`${outDir}${f}`);
const server = await startDemoServer();
const browser = await launchChromium(chromiumPath());
try {
  for (const lang of ['fr', 'ar'])
    for (const theme of ['light', 'dark'])
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        const page = await browser.newPage();
        await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: theme },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        await page.goto(`${server.origin}/${which.page}?lang=${lang}&theme=${theme}`, { waitUntil: 'load' });
        await waitForCityweave(page);
        for (const block of await page.$$('[data-shot]')) {
          const shot = await block.evaluate((el) => el.dataset.shot);
          // Scrolled into view: the lists are windowed around the viewport.
          await block.evaluate((el) => el.scrollIntoView());
          // Until nothing changes for a few frames: on a busy machine, two frames after the scroll
          // once caught a map not drawn yet (the RMCI map on a phone, blank but for its sea).
          await waitForCityweave(page, { quietFrames: 5 });
          const box = await block.boundingBox();
          // The element's top (the map or the axis) and the start of its list: what a reader sees
          // first. boundingBox() is relative to the viewport, the clip to the page.
          const scrollY = await page.evaluate(() => window.scrollY);
          const clip = { x: Math.floor(box.x), y: Math.floor(box.y + scrollY), width: Math.ceil(box.width), height: Math.min(Math.ceil(box.height), viewport.height) };
          await page.screenshot({ path: `${outDir}${shot}-${device}-${lang}-${theme}.png`, clip });
        }
        await page.close();
      }
} finally {
  await browser.close();
  await server.stop?.();
}
console.log(`screenshots written to ${outDir}`);
