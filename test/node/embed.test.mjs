// The iframe embed (embed/, built into dist/cdn/): a host page on another origin frames
// embed.html?el=project-card&… (and a lazily loaded element, the timeline), loads embed-resize.js,
// and the iframe takes its content's height,
// and follows it when it changes. A frame whose messages come from another origin than its `src`
// (a page it was sent to) and the host's own window cannot resize anything. Needs the build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rmSync, writeFileSync } from 'node:fs';
import { generateAtlas } from '../fixtures/synthetic-atlas.mjs';
import { NETWORK_ID as LONG_NETWORK } from '../fixtures/synthetic-atlas.mjs';
import { startDemoServer } from '../../scripts/demo-server-process.mjs';
import { chromiumPath, launchChromium } from '../../scripts/demo-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The long timeline's document, written into dist/ (the demo server serves it) for this file's run. */
const LONG_FILE = 'embed-test-long-timeline.json';
const executablePath = chromiumPath();
const skip = !executablePath
  ? 'no Chromium found: set CHROME_PATH (Debian/Ubuntu: apt-get install chromium)'
  : !existsSync(`${root}/dist/cdn/embed.html`)
    ? 'dist/cdn/embed.html is missing: run `npm run build` first'
    : false;

/** The host site, on `localhost:PORT` (another origin than the embed's `127.0.0.1`). */
function startHost(embedOrigin) {
  const pages = {
    '/host.html': (port) => `<!doctype html><html lang="en"><head><title>host</title><link rel="icon" href="data:,"></head><body>
      <h1>A city's page</h1>
      <!-- Above the card, which grows: a frame pushed out of view gets no animation frames, which
           the waits poll on (one run in four failed so on a 2-core machine). -->
      <iframe id="sent" data-cityweave title="elsewhere" height="150" src="http://localhost:${port}/redirect"></iframe>
      <iframe id="card" data-cityweave title="TangerAccueil" height="150" style="width:100%;border:0"
        src="${embedOrigin}/dist/cdn/embed.html?el=project-card&project=tanger-accueil&lang=ar&theme=auto&onclick=alert(1)"></iframe>
      <script src="${embedOrigin}/dist/cdn/embed-resize.js"></script></body></html>`,
    // A frame whose `el` is not an element, on a page of its own (below the card, it was out of view).
    '/bad.html': () => `<!doctype html><html lang="en"><head><title>bad</title><link rel="icon" href="data:,"></head><body>
      <iframe id="bad" data-cityweave title="bad" height="150" src="${embedOrigin}/dist/cdn/embed.html?el=script"></iframe></body></html>`,
    // A lazily loaded element, on a page of its own.
    '/timeline.html': () => `<!doctype html><html lang="en"><head><title>timeline</title><link rel="icon" href="data:,"></head><body>
      <iframe id="timeline" data-cityweave title="Plan" height="600" style="width:100%;border:0"
        src="${embedOrigin}/dist/cdn/embed.html?el=roadmap-timeline&network=rmci&lang=fr"></iframe></body></html>`,
    // A timeline of 300 entries, below a heading and above more text, in a phone-sized window; and
    // one in Arabic written right to left without `lang`, one with `dir` and no `lang`.
    '/long.html': () => `<!doctype html><html lang="fr"><head><title>long</title><link rel="icon" href="data:,"></head><body>
      <h1 style="height:400px">Le plan</h1>
      <iframe id="long" data-cityweave title="Plan" height="600" style="width:100%;border:0"
        src="${embedOrigin}/dist/cdn/embed.html?el=roadmap-timeline&network=${LONG_NETWORK}&src=/dist/${LONG_FILE}&lang=fr"></iframe>
      <p style="height:2000px">Suite.</p>
      <script src="${embedOrigin}/dist/cdn/embed-resize.js"></script></body></html>`,
    // The same timeline in a theme that scrolls its content in a box of its own, below a header.
    '/boxed.html': () => `<!doctype html><html lang="fr"><head><title>boxed</title><link rel="icon" href="data:,"></head><body style="margin:0">
      <header style="height:100px">Ville</header>
      <main id="box" style="height:500px;overflow:auto">
        <h1 style="height:300px;margin:0">Le plan</h1>
        <iframe id="boxed" data-cityweave title="Plan" height="600" style="display:block;width:100%;border:0"
          src="${embedOrigin}/dist/cdn/embed.html?el=roadmap-timeline&network=${LONG_NETWORK}&src=/dist/${LONG_FILE}&lang=fr"></iframe>
      </main>
      <script src="${embedOrigin}/dist/cdn/embed-resize.js"></script></body></html>`,
    '/langs.html': () => `<!doctype html><html lang="en"><head><title>langs</title><link rel="icon" href="data:,"></head><body>
      <iframe id="nolang" data-cityweave title="a" height="300" src="${embedOrigin}/dist/cdn/embed.html?el=sdg-badge&code=10.7"></iframe>
      <iframe id="rtl" data-cityweave title="b" height="300" src="${embedOrigin}/dist/cdn/embed.html?el=sdg-badge&code=10.7&lang=fr&dir=rtl"></iframe></body></html>`,
    // Another origin than the iframe's `src`: the frame was sent there, and that page posts heights.
    '/elsewhere.html': () => `<!doctype html><title>elsewhere</title><link rel="icon" href="data:,"><script>
      let n = 0; const t = setInterval(() => { parent.postMessage({ type: 'cityweave:resize', height: 3 }, '*');
      if (++n === 5) { clearInterval(t); document.title = 'posted'; } }, 20);</script>`,
  };
  const server = createServer((req, res) => {
    const { port } = server.address();
    if (req.url === '/redirect') {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere.html` });
      return res.end();
    }
    const page = pages[req.url];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ? page(port) : 'Not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Opens `url` in `tab` once each iframe `ids` names answers. In headless Chromium on a 2-core machine
 * a cross-origin frame's document sometimes never answers puppeteer (about one load in ten, on any
 * of these pages, already before the embed changed): the page is then loaded again, twice at most.
 */
async function openWithFrames(tab, url, ids) {
  for (let attempt = 1; ; attempt++) {
    await tab.goto(url);
    const answers = await Promise.all(
      ids.map(async (id) => {
        const frame = await (await tab.$(`#${id}`)).contentFrame();
        const answer = frame.evaluate(() => document.readyState).catch(() => undefined);
        return Promise.race([answer, new Promise((r) => setTimeout(() => r(undefined), 5_000))]);
      }),
    );
    if (answers.every(Boolean) || attempt === 3) return;
  }
}

describe('the iframe embed', { skip }, () => {
  let demo, host, browser, page;
  const errors = [];
  before(async () => {
    writeFileSync(`${root}/dist/${LONG_FILE}`, JSON.stringify(generateAtlas(300)));
    demo = await startDemoServer();
    host = await startHost(demo.origin);
    browser = await launchChromium(executablePath);
    page = await browser.newPage();
    await page.setViewport({ width: 900, height: 700 });
    watchErrors(page);
    await openWithFrames(page, `http://localhost:${host.address().port}/host.html`, ['sent', 'card']);
  });
  after(async () => {
    rmSync(`${root}/dist/${LONG_FILE}`, { force: true });
    await browser?.close();
    await demo?.stop();
    host?.close();
  });

  const frameOf = (id) => page.$(`#${id}`).then((h) => h.contentFrame());
  /** Errors, and the warnings Chromium gives for a blocked postMessage or policy (an error in some versions). */
  function watchErrors(tab) {
    tab.on('console', (m) => (m.type() === 'error' || /postMessage|Content.Security.Policy|Trusted Type/i.test(m.text())) && errors.push(`${m.type()}: ${m.text()}`));
    tab.on('pageerror', (e) => errors.push(e.message));
  }
  /** The host page `/<id>.html`, in a tab of its own, and its iframe `#<id>`. */
  async function frameOnPage(id) {
    const tab = await browser.newPage();
    watchErrors(tab);
    await openWithFrames(tab, `http://localhost:${host.address().port}/${id}.html`, [id]);
    return { tab, frame: await (await tab.$(`#${id}`)).contentFrame() };
  }
  const height = (id) => page.$eval(`#${id}`, (f) => f.getBoundingClientRect().height);

  test('shows the element the query string names, with its attributes only, in the page’s language and the system’s sans-serif', async () => {
    const frame = await frameOf('card');
    await frame.waitForFunction(() => document.querySelector('cw-project-card')?.state === 'ready', { timeout: 20_000 });
    const seen = await frame.evaluate(() => {
      const el = document.querySelector('cw-project-card');
      return {
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        attrs: el.getAttributeNames().sort(),
        title: el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
        font: getComputedStyle(el.shadowRoot.querySelector('[part~="title"]')).fontFamily,
      };
    });
    // The system's sans-serif (the host's font cannot cross the iframe), not the browser's default serif.
    assert.match(seen.font, /^system-ui,/);
    assert.deepEqual({ lang: seen.lang, dir: seen.dir }, { lang: 'ar', dir: 'rtl' });
    assert.ok(seen.attrs.includes('project') && seen.attrs.includes('theme'), seen.attrs.join());
    assert.ok(!seen.attrs.includes('onclick') && !seen.attrs.includes('el'), seen.attrs.join());
    assert.match(seen.title, /TangerAccueil|طنجة/);
  });

  test('shows an element the bundle loads lazily (the timeline), its bundle and core chunk asked for with the page, each once', async () => {
    const { tab, frame } = await frameOnPage('timeline');
    await frame.waitForFunction(() => document.querySelector('cw-roadmap-timeline')?.state === 'ready', { timeout: 20_000 });
    const seen = await frame.evaluate(() => ({
      entries: document.querySelector('cw-roadmap-timeline').shadowRoot.querySelectorAll('li.entry').length,
      preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.href),
      fetched: performance.getEntriesByType('resource').map((e) => e.name),
      timing: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
    }));
    assert.ok(seen.entries > 0, 'the timeline lists its entries');
    // Its messages are asked for with its chunk, not once that chunk has arrived and run.
    const { chunks: built } = JSON.parse(readFileSync(`${root}/dist/cdn-manifest.json`, 'utf8'));
    const fileOf = (test) => built.find(test)?.file;
    const timingOf = (file) => seen.timing.find((t) => t.name.endsWith(`/dist/cdn/${file}`));
    const define = timingOf(fileOf((c) => c.facade === 'components/roadmap-timeline/define.ts'));
    const messages = timingOf(fileOf((c) => /^chunks\/messages-fr-/.test(c.file)));
    assert.ok(define && messages, 'the timeline chunk and the French messages were fetched');
    assert.ok(messages.start < define.end, `messages requested at ${messages.start} ms, the timeline chunk arrived at ${define.end} ms`);
    const { entry, chunks } = JSON.parse(readFileSync(`${root}/dist/cdn/preload.json`, 'utf8'));
    assert.deepEqual(seen.preloads, [entry, ...chunks].map((f) => `${demo.origin}/dist/cdn/${f}`));
    for (const file of seen.preloads) assert.equal(seen.fetched.filter((n) => n === file).length, 1, `${file} fetched once`);
    await tab.close();
  });

  test('resizes its iframe to the content, and follows the content when it changes', async () => {
    const frame = await frameOf('card');
    const content = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await page.waitForFunction((h) => document.querySelector('#card').getBoundingClientRect().height === h, { timeout: 10_000 }, await content());
    const full = await height('card');
    assert.ok(full > 300, `the card is ${full} px high`);
    await frame.evaluate(() => document.querySelector('cw-project-card').setAttribute('variant', 'compact'));
    await frame.waitForFunction(() => document.querySelector('cw-project-card').updateComplete.then(() => true));
    const compact = await content();
    assert.ok(compact < full, `compact ${compact} < full ${full}`);
    await page.waitForFunction((h) => document.querySelector('#card').getBoundingClientRect().height === h, { timeout: 10_000 }, compact);
  });

  test('takes no height from a frame on another origin than its src, nor from the host’s own window', async () => {
    const frame = await frameOf('sent');
    await frame.waitForFunction(() => document.title === 'posted', { timeout: 10_000 });
    await page.evaluate(() => window.postMessage({ type: 'cityweave:resize', height: 7 }, '*'));
    // A message to the host page after those, through the same queue: once it is handled, they were too.
    await page.evaluate(() => new Promise((resolve) => { addEventListener('message', (e) => e.data === 'flush' && resolve(), { once: true }); window.postMessage('flush', '*'); }));
    assert.equal(await page.$eval('#sent', (f) => f.style.height), '', 'the frame sent elsewhere was resized');
    assert.ok((await height('card')) > 7);
  });

  test('a long timeline in an iframe as tall as its content: only the entries near the screen, and a band that sticks', async () => {
    const { tab, frame } = await frameOnPage('long');
    await tab.setViewport({ width: 390, height: 700 });
    await frame.waitForFunction(() => document.querySelector('cw-roadmap-timeline')?.state === 'ready', { timeout: 20_000 });
    await tab.waitForFunction(() => document.querySelector('#long').getBoundingClientRect().height > 5000, { timeout: 10_000 });
    const entries = () => frame.evaluate(() => document.querySelector('cw-roadmap-timeline').allRendered().then(() => document.querySelector('cw-roadmap-timeline').shadowRoot.querySelectorAll('li.entry').length));
    // As tall as its content: the frame's own window holds every entry.
    await frame.waitForFunction(() => innerHeight > 5000, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    const atFirst = await entries();
    assert.ok(atFirst > 0 && atFirst < 60, `${atFirst} of 300 entries in the page before any scroll`);
    // The host page scrolls 3,000 px into the frame.
    const frameTop = await tab.$eval('#long', (f) => f.getBoundingClientRect().top + scrollY);
    await tab.evaluate((y) => scrollTo(0, y), frameTop + 3000);
    const state = () =>
      frame.evaluate(() => {
        const root = document.querySelector('cw-roadmap-timeline').shadowRoot;
        const band = root.querySelector('.overview').getBoundingClientRect();
        const shown = [...root.querySelectorAll('li.entry')].map((li) => li.getBoundingClientRect()).filter((r) => r.bottom > 3000 && r.top < 3700);
        return { bandTop: Math.round(band.top), shown: shown.length };
      });
    let seen;
    for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((r) => setTimeout(r, 100))) {
      seen = await state();
      if (Math.abs(seen.bandTop - 3000) < 2 && seen.shown > 0) break;
    }
    assert.ok(Math.abs(seen.bandTop - 3000) < 2, `the band sticks at the top of the host's screen: ${JSON.stringify(seen)}`);
    assert.ok(seen.shown > 0, `entries on the host's screen: ${JSON.stringify(seen)}`);
    // Content added above the frame moves it down 500 px, with no scroll (scroll anchoring off, as in
    // some browsers): the band follows.
    await tab.evaluate(() => {
      document.documentElement.style.overflowAnchor = 'none';
      document.querySelector('h1').insertAdjacentHTML('afterend', '<div style="height:500px"></div>');
    });
    for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((r) => setTimeout(r, 100))) {
      seen = await state();
      if (Math.abs(seen.bandTop - 2500) < 2) break;
    }
    assert.ok(Math.abs(seen.bandTop - 2500) < 2, `the band follows the frame moved without a scroll: ${JSON.stringify(seen)}`);
    // A mark chosen on the axis: the host page scrolls to its entry, which gets the focus, below the band.
    // A real click (a script's click gives a cross-origin frame no user activation, and Chromium then refuses it the focus).
    const { key, x, y } = await frame.evaluate(() => {
      const last = [...document.querySelector('cw-roadmap-timeline').shadowRoot.querySelectorAll('.ov-marks [data-mark]')].at(-1);
      const r = last.getBoundingClientRect();
      return { key: last.dataset.mark, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const at = await tab.$eval('#long', (f) => ({ left: f.getBoundingClientRect().left, top: f.getBoundingClientRect().top }));
    await tab.mouse.click(at.left + x, at.top + y);
    let chosen;
    for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((r) => setTimeout(r, 100))) {
      chosen = await frame.evaluate((k) => {
        const root = document.querySelector('cw-roadmap-timeline').shadowRoot;
        const band = root.querySelector('.overview').getBoundingClientRect();
        const li = root.querySelector(`li.entry[data-entry="${CSS.escape(k)}"]`)?.getBoundingClientRect();
        return { focused: root.activeElement?.dataset.key, entryTop: li && Math.round(li.top), bandTop: Math.round(band.top), bandBottom: Math.round(band.bottom) };
      }, key);
      if (chosen.focused === key && chosen.entryTop >= chosen.bandBottom - 1 && chosen.entryTop - chosen.bandTop < 700) break;
    }
    assert.equal(chosen.focused, key, `the chosen entry has the focus: ${JSON.stringify(chosen)}`);
    assert.ok(chosen.entryTop >= chosen.bandBottom - 1 && chosen.entryTop - chosen.bandTop < 700, `on the host's screen, below the band: ${JSON.stringify(chosen)}`);
    const there = await entries();
    assert.ok(there < 80, `${there} of 300 entries in the page after the scroll`);
    // "Where am I" on the axis: the list's position follows the host's scroll.
    assert.ok(await frame.evaluate(() => document.querySelector('cw-roadmap-timeline').shadowRoot.querySelector('.ov-window') !== null), 'the visible stretch is drawn on the axis');
    await tab.close();
  });

  test('a frame in a box of the host page that scrolls: the band is the part of the box on screen', async () => {
    const { tab, frame } = await frameOnPage('boxed');
    await tab.setViewport({ width: 390, height: 900 });
    await frame.waitForFunction(() => document.querySelector('cw-roadmap-timeline')?.state === 'ready', { timeout: 20_000 });
    await tab.waitForFunction(() => document.querySelector('#boxed').getBoundingClientRect().height > 5000, { timeout: 10_000 });
    // The box (100 px below the window's top, 500 px tall) scrolls 2,000 px into the frame.
    await tab.evaluate(() => (document.querySelector('#box').scrollTop = 300 + 2000));
    const state = () =>
      frame.evaluate(() => {
        const root = document.querySelector('cw-roadmap-timeline').shadowRoot;
        const band = root.querySelector('.overview').getBoundingClientRect();
        const rows = [...root.querySelectorAll('li.entry')].map((li) => li.getBoundingClientRect());
        return { bandTop: Math.round(band.top), inBox: rows.filter((r) => r.bottom > 2000 && r.top < 2500).length, rendered: rows.length };
      });
    let seen;
    for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((r) => setTimeout(r, 100))) {
      seen = await state();
      if (Math.abs(seen.bandTop - 2000) < 2 && seen.inBox > 0) break;
    }
    // Measured against the window instead, the band would start 100 px higher (at 1,900), under the header.
    assert.ok(Math.abs(seen.bandTop - 2000) < 2, `the band sticks at the top of the box: ${JSON.stringify(seen)}`);
    assert.ok(seen.inBox > 0 && seen.rendered < 60, `entries in the part of the box on screen, and few others: ${JSON.stringify(seen)}`);
    await tab.close();
  });

  test('a low host window (a phone held sideways) unsticks the band in the frame, as it does in a page of its own', async () => {
    const { tab, frame } = await frameOnPage('long');
    await tab.setViewport({ width: 700, height: 360 });
    // The frame in view: a frame out of view gets no animation frames, which waits poll on.
    await tab.evaluate(() => document.querySelector('#long').scrollIntoView());
    await frame.waitForFunction(() => document.querySelector('cw-roadmap-timeline')?.state === 'ready', { timeout: 20_000, polling: 100 });
    // What the host's height makes of the band: the frame's own window is as tall as its content, so
    // its media query would keep the band sticky (under the test's viewport emulation it may not).
    const band = () =>
      frame.evaluate(() => ({
        property: document.documentElement.style.getPropertyValue('--_cw-band-position'),
        position: getComputedStyle(document.querySelector('cw-roadmap-timeline').shadowRoot.querySelector('.overview')).position,
      }));
    const waitFor = async (property) => {
      let seen;
      for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((r) => setTimeout(r, 100))) if ((seen = await band()).property === property) break;
      return seen;
    };
    assert.deepEqual(await waitFor('static'), { property: 'static', position: 'static' }, 'static in a 360 px high window');
    await tab.setViewport({ width: 700, height: 800 });
    assert.equal((await waitFor('')).property, '', 'no longer unstuck in an 800 px high window');
    await tab.close();
  });

  test('without `lang`, speaks the reader’s language; `dir` sets the direction', async () => {
    const tab = await browser.newPage();
    watchErrors(tab);
    await openWithFrames(tab, `http://localhost:${host.address().port}/langs.html`, ['nolang', 'rtl']);
    const seen = async (id) => {
      const frame = await (await tab.$(`#${id}`)).contentFrame();
      await frame.waitForFunction(() => document.querySelector('cw-sdg-badge')?.state === 'ready', { timeout: 20_000 });
      return frame.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, readerLang: navigator.language }));
    };
    const nolang = await seen('nolang');
    assert.equal(nolang.lang, nolang.readerLang, 'the reader’s language');
    assert.equal(nolang.dir, 'ltr');
    assert.deepEqual(await seen('rtl'), { lang: 'fr', dir: 'rtl', readerLang: nolang.readerLang });
    await tab.close();
  });

  test('names the elements when `el` is not one, and the policy blocks nothing it needs', async () => {
    const { tab, frame } = await frameOnPage('bad');
    // The same time allowed as for the card, on a CI machine busy with other tests.
    await frame.waitForFunction(() => document.body?.textContent.includes('is not an element'), { timeout: 20_000 });
    assert.match(await frame.evaluate(() => document.body.textContent), /el="script" is not an element; use one of project-card, /);
    await tab.close();
    assert.deepEqual(errors, [], errors.join('\n'));
  });
});
