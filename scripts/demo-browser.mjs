// Headless Chromium for the screenshot script and the demo test: where to find it, how to launch it,
// and how to wait until every cityweave element of a page has settled.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

/** The Chromium to use: `CHROME_PATH`, else Debian's `/usr/bin/chromium`; undefined if neither exists. */
export function chromiumPath() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Headless Chromium; `options` are added to Puppeteer's launch options (a benchmark's `defaultViewport`, say). */
export function launchChromium(executablePath = chromiumPath(), options = {}) {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    ...options,
  });
}

/** The states after which an element changes no more by itself. */
export const FINAL_STATES = ['ready', 'error', 'empty'];

/**
 * Waits until every `cw-*` element of the page (those in shadow roots too) is defined and in a final
 * state, the fonts are loaded, and nothing in the elements' shadow roots has changed for `quietFrames`
 * animation frames in a row (the map draws its basemap and lists grow progressively after `ready`).
 */
export async function waitForCityweave(page, { timeout = 20_000, quietFrames = 10 } = {}) {
  await page.waitForFunction(
    (finals) => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('cw-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return all.every((el) => customElements.get(el.localName) && finals.includes(el.state));
    },
    { timeout, polling: 'raf' },
    FINAL_STATES,
  );
  await page.evaluate(
    async (quiet, timeoutMs) => {
      await document.fonts.ready;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const signature = () => {
        const parts = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (!el.shadowRoot) continue;
            if (el.localName.startsWith('cw-')) parts.push(`${el.localName}:${el.state}:${el.shadowRoot.innerHTML.length}`);
            walk(el.shadowRoot);
          }
        };
        walk(document);
        return parts.join('|');
      };
      const end = performance.now() + timeoutMs;
      let last = signature();
      let same = 0;
      while (same < quiet && performance.now() < end) {
        await frame();
        const now = signature();
        same = now === last ? same + 1 : 0;
        last = now;
      }
      await document.fonts.ready;
      await frame();
      await frame();
    },
    quietFrames,
    timeout,
  );
}

/** Every `cw-*` element of the page (shadow roots included), as plain facts for assertions. */
export function describeElements(page) {
  return page.evaluate(() => {
    const out = [];
    const walk = (root, nested) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('cw-')) {
          const ctor = customElements.get(el.localName);
          out.push({
            tag: el.localName,
            nested,
            label: el.cloneNode(false).outerHTML,
            defined: Boolean(ctor) && el instanceof ctor,
            state: el.state,
            failureKind: el.failure?.kind,
            expect: el.dataset.expect,
            theme: el.getAttribute('theme'),
            lang: el.lang,
            dir: el.dir,
            dirAttribute: el.getAttribute('dir'),
            computedDirection: getComputedStyle(el).direction,
          });
        }
        if (el.shadowRoot) walk(el.shadowRoot, true);
      }
    };
    walk(document, false);
    return out;
  });
}
