// The CDN build (dist/cdn/) in headless Chromium: what a page downloads. A page with one
// `<cw-project-card>` and its own `src` shows the card and never requests the map, the basemap or
// the default dataset, and gets the messages of its own language only, staying in its loading state
// (no text in another language) until they are there; a page with a `<cw-city-map>` loads the map;
// a page without `src` loads the default dataset's view of its language only (one chunk per
// language, data/views/), and no chunk holds the whole dataset (data/atlas.json). The chunks are
// named by the modules they hold (dist/cdn-manifest.json, written by the build). Needs the build
// (`npm test` runs it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumPath, launchChromium } from '../../scripts/demo-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = join(root, 'dist/cdn-manifest.json');
const executablePath = chromiumPath();
const skip = !executablePath
  ? 'no Chromium found: set CHROME_PATH to a Chrome or Chromium binary (Debian/Ubuntu: apt-get install chromium)'
  : !existsSync(join(root, 'dist/cdn/cityweave.js')) || !existsSync(MANIFEST)
    ? 'the CDN build is missing: run `npm run build` first'
    : false;

/** The URL path of the chunk that holds `module` (a path from the project root). */
function chunkOf(module) {
  const { chunks } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const chunk = chunks.find((c) => c.modules.includes(module));
  assert.ok(chunk, `no chunk of the CDN build holds ${module}`);
  return `/dist/cdn/${chunk.file}`;
}

/** A page that loads the CDN bundle, and nothing else, around `body`. */
const page = (lang, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>cdn</title>` +
  `<script type="module" src="/dist/cdn/cityweave.js"></script></head><body>${body}</body></html>`;

const PAGES = {
  '/card.html': page('fr', '<cw-project-card project="tanger-accueil" src="/test/fixtures/project-atlas.json"></cw-project-card>'),
  '/map.html': page('en', '<cw-city-map network="rmci" src="/test/fixtures/city-map-atlas.json"></cw-city-map>'),
  '/no-lang.html': page('', '<cw-project-card project="tanger-accueil" src="/test/fixtures/project-atlas.json"></cw-project-card>'),
  '/invalid.html': page('fr', '<cw-project-card project="tanger-accueil" src="/test/fixtures/project-invalid.json"></cw-project-card>'),
  '/default.html': page('ar', '<cw-project-card project="tanger-accueil"></cw-project-card>'),
  '/default-fr.html': page('fr', '<cw-project-card project="tanger-accueil"></cw-project-card><cw-project-list network="mc2cm"></cw-project-list>'),
};

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/**
 * Serves the pages above, dist/cdn/ and test/fixtures/ on 127.0.0.1, and records every path asked
 * for. `delays` holds the milliseconds to wait before answering some paths.
 */
function startServer() {
  const requested = [];
  /** When each path was first asked for (ms, this process's clock). */
  const times = new Map();
  const delays = new Map();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    requested.push(path);
    if (!times.has(path)) times.set(path, performance.now());
    await new Promise((resolve) => setTimeout(resolve, delays.get(path) ?? 0));
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (PAGES[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGES[path]);
      return;
    }
    const file = normalize(join(root, path));
    const allowed = ['dist/cdn/', 'test/fixtures/'].some((dir) => file.startsWith(join(root, dir)));
    if (!allowed || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        requested,
        times,
        delays,
        stop: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

describe('CDN build in Chromium: lazy chunks', { skip }, () => {
  let server;
  let browser;
  let chunks;

  before(async () => {
    chunks = {
      map: chunkOf('components/city-map/define.ts'),
      basemap: chunkOf('data/basemap.json'),
      views: { fr: chunkOf('data/views/atlas.fr.json'), en: chunkOf('data/views/atlas.en.json'), ar: chunkOf('data/views/atlas.ar.json') },
      defaultAtlas: chunkOf('src/default-atlas.ts'),
      validator: chunkOf('components/base/parse-document.ts'),
      zod: chunkOf('src/parse-steps.ts'),
      messages: { fr: chunkOf('components/messages/fr.ts'), en: chunkOf('components/messages/en.ts'), ar: chunkOf('components/messages/ar.ts') },
    };
    server = await startServer();
    browser = await launchChromium(executablePath);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * Opens `path` in a fresh browser context and waits until the page's element is ready. Returns
   * what the server was asked for, the page's errors, and the element's state and shadow text at
   * every animation frame from the start.
   */
  async function visit(path, tag, until = 'ready', browserLanguage = undefined) {
    server.requested.length = 0;
    server.times.clear();
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e?.message ?? String(e)));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    if (browserLanguage) await tab.evaluateOnNewDocument((l) => Object.defineProperty(navigator, 'language', { get: () => l }), browserLanguage);
    await tab.evaluateOnNewDocument((watched) => {
      window.__frames = [];
      const sample = () => {
        const el = document.querySelector(watched);
        if (el) window.__frames.push({ state: el.state, text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '' });
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, tag);
    await tab.goto(server.origin + path, { waitUntil: 'load' });
    await tab.waitForFunction((watched, state) => document.querySelector(watched)?.state === state, { timeout: 15_000 }, tag, until);
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: 5_000 }).catch(() => {});
    const frames = await tab.evaluate(() => window.__frames);
    const shown = await tab.evaluate((watched) => document.querySelector(watched).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), tag);
    await context.close();
    return { requested: [...server.requested], errors, frames, shown };
  }

  test('a project card with its own src: no map, no basemap, no default dataset; its own language only, and nothing shown before it', async () => {
    // The French messages arrive well after the card's data: the card must wait for them.
    server.delays.set(chunks.messages.fr, 500);
    try {
      const { requested, errors, frames, shown } = await visit('/card.html', 'cw-project-card');
      assert.deepEqual(errors, []);
      assert.match(shown, /Promotion des partenariats/);
      assert.ok(requested.includes('/test/fixtures/project-atlas.json'), 'the card fetched its src');
      const datasets = Object.fromEntries(Object.entries(chunks.views).map(([lang, file]) => [`${lang} dataset view`, file]));
      for (const [what, file] of Object.entries({ map: chunks.map, basemap: chunks.basemap, ...datasets })) {
        assert.ok(!requested.includes(file), `the ${what} chunk (${file}) was requested`);
      }
      assert.ok(requested.includes(chunks.messages.fr), 'the French messages were not requested');
      assert.ok(!requested.includes(chunks.messages.en) && !requested.includes(chunks.messages.ar), 'messages of another language were requested');
      // Before the messages came: the loading state, with no text at all; then only French.
      const early = frames.filter((f) => f.state !== 'ready');
      assert.ok(early.some((f) => f.state === 'loading' && f.text === ''), 'the card was never seen loading without its messages');
      for (const f of early) assert.ok(['', 'Chargement…'].includes(f.text), `shown while ${f.state}: "${f.text}"`);
      assert.ok(frames.every((f) => f.state !== 'error' && f.state !== 'empty'), 'the card went through another state');
      // Once shown, it shows the same text in every frame: nothing came in late.
      for (const f of frames.filter((f) => f.state === 'ready')) assert.equal(f.text, shown);
    } finally {
      server.delays.clear();
    }
  });

  test('a valid src is checked without zod; a malformed one loads zod, which names its issues', async () => {
    const { chunks: all } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const modulesOf = (file) => all.find((c) => `/dist/cdn/${c.file}` === file)?.modules ?? [];
    assert.ok(modulesOf(chunks.zod).some((m) => m.includes('node_modules/zod/')), 'zod is not in the chunk of parse-steps.ts');
    assert.ok(!modulesOf(chunks.validator).some((m) => m.includes('node_modules/zod/')), 'zod is in the validator chunk');
    const valid = await visit('/card.html', 'cw-project-card');
    assert.ok(valid.requested.includes(chunks.validator), 'the validator was not requested');
    assert.ok(!valid.requested.includes(chunks.zod), `zod (${chunks.zod}) was requested for a valid document`);
    const invalid = await visit('/invalid.html', 'cw-project-card', 'error');
    assert.ok(invalid.requested.includes(chunks.zod), 'zod was not requested for a malformed document');
    // The error state counts the issues: the shapes zod found (an empty name, an unknown kind) and the rules' (references, SDG target).
    assert.match(invalid.shown, /4 problèmes/, invalid.shown);
  });

  test('the entry asks for the map, its messages, its src document and what reads it while the core chunk is on its way', async () => {
    const entry = readFileSync(join(root, 'dist/cdn/cityweave.js'), 'utf8');
    const core = `/dist/cdn/${/import\("\.\/(chunks\/core-[\w-]+\.js)"\)/.exec(entry)[1]}`;
    server.delays.set(core, 600);
    try {
      const { requested, errors, shown } = await visit('/map.html', 'cw-city-map');
      assert.deepEqual(errors, []);
      assert.ok(shown.length > 0);
      const asked = server.times.get(core);
      for (const file of [chunks.map, chunks.basemap, chunks.messages.en, chunks.validator, chunkOf('components/base/url-load.ts'), '/test/fixtures/city-map-atlas.json']) {
        assert.ok(server.times.has(file), `${file} was not requested`);
        // Asked for before the core chunk was sent (600 ms after it was asked for), not after it ran.
        assert.ok(server.times.get(file) < asked + 400, `${file} was requested ${Math.round(server.times.get(file) - asked)} ms after the core chunk`);
      }
      // The document was asked for once: the core chunk took over the entry's download.
      assert.equal(requested.filter((p) => p === '/test/fixtures/city-map-atlas.json').length, 1);
      // Not what another language or another element would need.
      for (const file of [chunks.messages.fr, chunks.messages.ar, chunks.views.en, chunkOf('components/roadmap-timeline/define.ts')]) assert.ok(!server.times.has(file), `${file} was requested`);
    } finally {
      server.delays.clear();
    }
  });

  test('without a lang in the page, the entry asks for the messages of the browser\'s language, as the element reads it', async () => {
    const { requested, errors, shown } = await visit('/no-lang.html', 'cw-project-card', 'ready', 'fr-FR');
    assert.deepEqual(errors, []);
    assert.match(shown, /Promotion des partenariats/);
    assert.ok(requested.includes(chunks.messages.fr), 'the French messages were not requested');
    assert.ok(!requested.includes(chunks.messages.en) && !requested.includes(chunks.messages.ar), 'messages of another language were requested');
  });

  test('the entry knows every lazy element: its table names the tags components/ registers lazily', async () => {
    const { ELEMENTS } = await import(pathToFileURL(join(root, 'rollup.cdn.config.mjs')).href);
    const lazy = new Set();
    for (const file of ['components/cdn.ts', 'components/city-map/lazy.ts']) for (const [, tag] of readFileSync(join(root, file), 'utf8').matchAll(/lazyElement\('(cw-[a-z-]+)'/g)) lazy.add(tag);
    assert.deepEqual(Object.keys(ELEMENTS).filter((t) => ELEMENTS[t].modules).sort(), [...lazy].sort());
  });

  test('a city map loads the map chunk', async () => {
    const { requested, errors, shown } = await visit('/map.html', 'cw-city-map');
    assert.deepEqual(errors, []);
    assert.ok(requested.includes(chunks.map), `the map chunk (${chunks.map}) was not requested`);
    assert.ok(shown.length > 0);
    for (const file of Object.values(chunks.views)) assert.ok(!requested.includes(file), 'the default dataset was requested though the map has a src');
  });

  test('a lazy chunk is asked for together with the chunks it imports (none found a round trip later)', () => {
    const { chunks: all } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const byFile = new Map(all.map((c) => [c.file, c]));
    const closure = (file, seen = new Set()) => {
      for (const dep of byFile.get(file)?.imports ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
      return seen;
    };
    const base = (f) => f.split('/').pop().replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    let checked = 0;
    for (const chunk of all) {
      const code = readFileSync(join(root, 'dist/cdn', chunk.file), 'utf8');
      const loaded = closure(chunk.file).add(chunk.file);
      for (const target of chunk.dynamicImports) {
        const extra = [...closure(target)].filter((f) => !loaded.has(f));
        if (extra.length === 0) continue;
        const call = new RegExp(`Promise\\.all\\(\\[import\\("[./]*(?:chunks/)?${base(target)}"\\)((?:,import\\("[^"]+"\\))+)\\]\\)`).exec(code);
        assert.ok(call, `${chunk.file} imports ${target} alone, though it needs ${extra.join(', ')}`);
        for (const f of extra) assert.match(call[1], new RegExp(base(f)), `${chunk.file}: ${target} without ${f}`);
        checked++;
      }
    }
    // At least the timeline, the map and the validator come with chunks of their own.
    assert.ok(checked >= 3, `only ${checked} dynamic imports with static chunks of their own`);
  });

  test('preload.json names every chunk the entry imports at once, as the built files import them', () => {
    const preload = JSON.parse(readFileSync(join(root, 'dist/cdn/preload.json'), 'utf8'));
    assert.equal(preload.entry, 'cityweave.js');
    // Read from the built code itself: each file's static `from"./…"` imports, followed to the end.
    const found = new Set();
    const follow = (file) => {
      const code = readFileSync(join(root, 'dist/cdn', file), 'utf8');
      for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*[^;(]*?from\s*"([^"]+)"/g)) {
        const dep = join(dirname(file), spec).split('\\').join('/');
        if (!found.has(dep)) (found.add(dep), follow(dep));
      }
    };
    // The entry asks for its core chunk first of all, by a dynamic import (scripts/rollup-early-entry.mjs).
    const core = /^const \w+=import\("\.\/(chunks\/core-[\w-]+\.js)"\)/.exec(readFileSync(join(root, 'dist/cdn', preload.entry), 'utf8'));
    assert.ok(core, 'the entry asks for its core chunk first');
    found.add(core[1]);
    follow(core[1]);
    assert.deepEqual([...preload.chunks].sort(), [...found].sort());
    for (const f of preload.chunks) assert.ok(existsSync(join(root, 'dist/cdn', f)), f);
  });

  test('the basemap and the dataset\'s views are JSON.parse of one string, with the files\' own values', async () => {
    for (const [file, data] of [
      [chunks.basemap, 'data/basemap.json'],
      [chunks.views.fr, 'data/views/atlas.fr.json'],
      [chunks.views.ar, 'data/views/atlas.ar.json'],
    ]) {
      const path = join(root, file.replace(/^\/dist\//, 'dist/'));
      // A large object literal costs a full JavaScript parse; a string, a scan and JSON.parse (rollup-json-modules.mjs).
      assert.match(readFileSync(path, 'utf8'), /^(?:var|let|const) [\w$]+=JSON\.parse\(["']/, `${file} is not a JSON.parse of a string`);
      const module = await import(pathToFileURL(path).href);
      assert.deepEqual(module.default, JSON.parse(readFileSync(join(root, data), 'utf8')), `${file} differs from ${data}`);
    }
  });

  test('no chunk holds the whole default dataset: the build ships its per-language views', () => {
    const { chunks: all } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    assert.deepEqual(all.filter((c) => c.modules.includes('data/atlas.json')).map((c) => c.file), []);
  });

  test('an element without src loads the default dataset, the view of its language only', async () => {
    const { requested, errors, shown } = await visit('/default.html', 'cw-project-card');
    assert.deepEqual(errors, []);
    assert.match(shown, /الأنشطة/); // Arabic interface
    assert.match(shown, /تعزيز الشراكات/); // the title, translated into Arabic for the dataset
    assert.doesNotMatch(shown, /Promotion des partenariats/);
    for (const file of [chunks.defaultAtlas, chunks.views.ar, chunks.messages.ar]) assert.ok(requested.includes(file), `${file} was not requested`);
    // The views are validated by the build: a page on the default data does without the validator.
    assert.ok(!requested.includes(chunks.validator), `the validator (${chunks.validator}) was requested for the bundled dataset`);
    assert.ok(!requested.includes(chunks.views.fr) && !requested.includes(chunks.views.en), 'the view of another language was requested');
    assert.ok(!requested.includes(chunks.map) && !requested.includes(chunks.basemap), 'the map was requested on a page without one');
  });

  test('a French page without src loads the French view only, once for all its elements', async () => {
    const { requested, errors, shown } = await visit('/default-fr.html', 'cw-project-card');
    assert.deepEqual(errors, []);
    assert.match(shown, /Promotion des partenariats/);
    assert.equal(requested.filter((f) => f === chunks.views.fr).length, 1);
    assert.ok(!requested.includes(chunks.views.en) && !requested.includes(chunks.views.ar), 'the view of another language was requested');
  });
});
