#!/usr/bin/env node
/**
 * `npm run test-storybook`: opens every story and docs page of the static Storybook (run
 * `npm run build-storybook` first) in headless Chromium, once per set of toolbar globals
 * (language and theme), and fails when a page:
 *   - logs a console error or throws;
 *   - has an axe violation, either in the a11y addon's own run (right after the story rendered,
 *     so also in the intermediate state a reader sees first) or in a second run of the addon once
 *     the story has settled (its data arrived); docs pages are checked with axe-core directly
 *     (the addon only runs on stories), leaving out Storybook's own widgets, and only warn about
 *     the rules in `DOCS_WARN_ONLY`;
 *   - does not show the globals it was opened with: the story wrapper must carry the language,
 *     its direction and the theme, and every element must have `theme` and use it (its computed
 *     `color-scheme`), the language and the direction;
 *   - shows another state than the story's `expectState` parameter says (`loading`, `empty`,
 *     `ready`, or `error:<kind>`, e.g. `error:not-json`); a story that renders cityweave elements
 *     must declare one.
 * Prints one line per page and globals, then `stories: N passed, N failed` (each page × globals
 * is one check); exits 1 on any failure.
 *
 *   node scripts/check-stories.mjs [--dir storybook-static | --url http://127.0.0.1:6006] [--jobs N]
 *                                  [--globals fr:light,ar:dark] [--no-docs] [[--] text]
 *
 * `--url` checks a running Storybook (`npm run storybook`) instead of the static build.
 *
 * `text` keeps only the entries whose id contains it. Chromium: `CHROME_PATH`, else /usr/bin/chromium.
 * Stories tagged `expect-404` (their data is missing on purpose), and the docs pages that show
 * them, may log the browser's own "Failed to load resource … 404" error for a URL under
 * `fixtures/`; nothing else is accepted.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The default globals: every language once, each theme, and both directions. French + light is
 * what a designer opens first; Arabic + dark is the combination most likely to break (right to
 * left, dark colours); English + dark covers dark in left-to-right layouts and the English texts.
 */
const DEFAULT_GLOBALS = 'fr:light,ar:dark,en:dark';

function options(argv) {
  // Pages wait on timers and the network as well as on the CPU: two per core keeps it busy (more do not help).
  const out = { dir: path.join(root, 'storybook-static'), url: '', jobs: Math.max(2, os.availableParallelism() * 2), globals: DEFAULT_GLOBALS, docs: true, filter: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') out.dir = path.resolve(argv[++i]);
    else if (a === '--url') out.url = (argv[++i] ?? '').replace(/\/+$/, '');
    else if (a === '--jobs') out.jobs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--globals') out.globals = argv[++i] ?? '';
    else if (a === '--no-docs') out.docs = false;
    else if (a === '--') out.filter = argv[++i] ?? '';
    else out.filter = a;
  }
  return out;
}

const opts = options(process.argv.slice(2));
const PAGE_TIMEOUT = 30_000;
const SETTLE_TIMEOUT = 15_000;

function bail(message) {
  console.error(message);
  console.log('stories: 0 passed, 1 failed');
  process.exit(1);
}

/** `fr:light,ar:dark` → [{ lang: 'fr', theme: 'light' }, …]; the values the toolbar offers only. */
function parseGlobals(text) {
  const sets = text.split(',').filter(Boolean).map((pair) => {
    const [lang, theme] = pair.split(':');
    if (!['fr', 'en', 'ar'].includes(lang) || !['light', 'dark'].includes(theme)) bail(`--globals: "${pair}" is not lang:theme with lang fr, en or ar and theme light or dark.`);
    return { lang, theme, label: `${lang}/${theme}` };
  });
  if (sets.length === 0) bail('--globals: no globals given.');
  return sets;
}

// ── A tiny static server for storybook-static/ ──────────────────────────────────────────────

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function serve(dir) {
  const server = http.createServer((req, res) => {
    let file;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end(); // Chromium asks for it; Storybook ships an SVG one.
      return;
    }
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      // Cacheable: every page loads the same preview bundle, once per check.
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ── In the page ─────────────────────────────────────────────────────────────────────────────
// These functions are serialised into the page by `page.evaluate`: they use nothing from here.

/**
 * Waits until Storybook has rendered the entry and is done with it: a story, its `storyFinished`
 * event (sent after the a11y addon's run, whose report it carries); a docs page, `docsRendered`.
 */
async function renderedInPage({ id, docs, timeout }) {
  const deadline = Date.now() + timeout;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const body = document.body.classList;
  while (!body.contains('sb-show-main') && !body.contains('sb-show-errordisplay') && !body.contains('sb-show-nopreview')) {
    if (Date.now() > deadline) return { error: 'Storybook did not render it' };
    await sleep(25);
  }
  if (body.contains('sb-show-errordisplay')) {
    return { error: `Storybook shows an error: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''} ${document.querySelector('#error-stack')?.textContent?.trim().split('\n')[0] ?? ''}`.trim() };
  }
  if (body.contains('sb-show-nopreview')) return { error: 'Storybook found nothing to show' };
  // The channel keeps the last arguments of each event (`last`): one sent before this ran is not missed.
  const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
  let finished;
  for (;;) {
    finished = docs ? channel?.last('docsRendered') : channel?.last('storyFinished')?.find((f) => f.storyId === id);
    if (finished) break;
    if (Date.now() > deadline) return { error: `Storybook did not finish it (no ${docs ? 'docsRendered' : 'storyFinished'} event)` };
    await sleep(25);
  }
  const addonA11y = [];
  if (!docs) {
    const brief = (v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)), html: v.nodes[0]?.html?.slice(0, 160) });
    const report = finished.reporters?.find((r) => r.type === 'a11y');
    if (!report) addonA11y.push({ id: 'no-report', impact: 'n/a', help: 'the a11y addon did not run', targets: [] });
    else if (report.result?.error) addonA11y.push({ id: 'error', impact: 'n/a', help: `the a11y addon failed: ${report.result.error.message ?? report.result.error}`, targets: [] });
    else addonA11y.push(...(report.result?.violations ?? []).map(brief));
  }
  return { addonA11y };
}

/**
 * Resolves once every Lit element (shadow roots included) has finished updating and the DOM has
 * not changed for `quietMs` (the elements render long lists frame by frame), or at the timeout.
 * The caller also waits for the network to be idle: data arrives asynchronously (the bundled
 * dataset, a fetch, the basemap). A story that stays in its loading state on purpose settles
 * too: only changes count, not states.
 */
async function quietInPage({ docs, timeout, quietMs }) {
  const deadline = Date.now() + timeout;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const scope = document.getElementById(docs ? 'storybook-docs' : 'storybook-root') ?? document.body;
  const walk = (visit) => {
    const go = (node) => {
      for (const el of node.querySelectorAll('*')) {
        visit(el);
        if (el.shadowRoot) go(el.shadowRoot);
      }
    };
    go(scope);
  };
  const snapshot = () => {
    const parts = [];
    let count = 0;
    walk((el) => {
      count++;
      if ('updateComplete' in el) parts.push(`${el.localName}:${el.state ?? ''}:${el.isUpdatePending ? 1 : 0}`);
    });
    return `${count}|${parts.join(',')}`;
  };
  const updates = () => {
    const pending = [];
    walk((el) => el.updateComplete && pending.push(el.updateComplete));
    return Promise.race([Promise.all(pending), sleep(1000)]);
  };
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await updates();
    await new Promise((r) => requestAnimationFrame(() => r()));
    await sleep(50);
    const now = snapshot();
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) return { quiet: true };
  }
  return { quiet: false };
}

/** The states of the entry's own cityweave elements (`error:not-json` for an error), and a story's parameters. */
async function statesInPage({ id, docs }) {
  const scope = document.getElementById(docs ? 'storybook-docs' : 'storybook-root') ?? document.body;
  const stateOf = (el) => (el.state === 'error' ? `error:${el.failure?.kind ?? '?'}` : el.state);
  const own = [...scope.querySelectorAll('*')].filter((el) => el.localName.startsWith('cw-') && typeof el.state === 'string');
  const counts = new Map();
  for (const el of own) {
    const key = `${el.localName}: ${stateOf(el)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let parameters = {};
  if (!docs) {
    // As @storybook/test-runner reads a story's parameters: from the preview's story store.
    const story = await globalThis.__STORYBOOK_PREVIEW__.storyStore.loadStory({ storyId: id });
    parameters = { expectState: story.parameters.expectState, a11y: story.parameters.a11y };
  }
  return {
    summary: [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', '),
    list: own.map((el) => ({ tag: el.localName, state: stateOf(el) })),
    parameters,
  };
}

/**
 * Checks that the page shows the globals it was opened with: the decorator's wrapper (one per
 * story; several in a docs page) has the language, its direction and the theme, and every
 * cityweave element in it (those inside other elements' shadow roots too) uses the theme, the
 * language and the direction.
 */
function globalsInPage({ lang, theme, docs }) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const wrappers = [...document.querySelectorAll(docs ? '#storybook-docs .cw-story' : '#storybook-root .cw-story')];
  if (wrappers.length === 0) return ['no story wrapper (.cw-story): the language and theme decorator did not run'];
  // Problem → the elements it was seen on (a docs page repeats each problem in every story).
  const wrong = new Map();
  const note = (what, tag) => {
    if (!wrong.has(what)) wrong.set(what, new Set());
    if (tag) wrong.get(what).add(`<${tag}>`);
  };
  for (const wrapper of wrappers) {
    if (wrapper.lang !== lang || wrapper.dir !== dir || wrapper.dataset.theme !== theme) {
      note(`the story wrapper has lang="${wrapper.lang}" dir="${wrapper.dir}" data-theme="${wrapper.dataset.theme}", not lang="${lang}" dir="${dir}" data-theme="${theme}"`);
    }
    const visit = (node, nested) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot, true);
        if (!el.localName.startsWith('cw-') || el.hasAttribute('data-own-theme')) continue;
        const style = getComputedStyle(el);
        // Elements nested in another's shadow root inherit the theme (no attribute of their own).
        if (!nested && el.getAttribute('theme') !== theme) note(`theme="${el.getAttribute('theme')}" instead of "${theme}"`, el.localName);
        if (style.colorScheme !== theme) note(`color-scheme "${style.colorScheme}" instead of "${theme}"`, el.localName);
        // The language the element resolves (its `lang` getter: its own attribute, else the nearest ancestor's).
        if (typeof el.lang === 'string' && el.lang.split('-')[0] !== lang) note(`language "${el.lang}" instead of "${lang}"`, el.localName);
        // Only where the wrapper's `dir` is the nearest one (a story may set another around an
        // element); the element writes the direction it resolved into its own `dir`.
        if (!nested && el.parentElement?.closest('[dir]') === wrapper && style.direction !== dir) note(`direction "${style.direction}" instead of "${dir}"`, el.localName);
      }
    };
    visit(wrapper, false);
  }
  return [...wrong].map(([what, tags]) => (tags.size ? `${[...tags].join(', ')}: ${what}` : what) + (docs && wrappers.length > 1 ? ' (in this docs page)' : ''));
}

/** Runs the a11y addon again (its `manual` event: its own axe, queue and the story's `a11y` parameters), now that the story has settled. */
function addonA11yInPage({ id, a11y }) {
  const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
  return new Promise((resolve) => {
    const done = (value) => {
      channel.off('storybook/a11y/result', onResult);
      channel.off('storybook/a11y/error', onError);
      resolve(value);
    };
    const onResult = (result, storyId) => {
      if (storyId !== id) return;
      done({ violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)), html: v.nodes[0]?.html?.slice(0, 160) })) });
    };
    const onError = (error) => done({ error: String(error?.message ?? error) });
    channel.on('storybook/a11y/result', onResult);
    channel.on('storybook/a11y/error', onError);
    channel.emit('storybook/a11y/manual', id, a11y ?? { config: {}, options: {} });
  });
}

/**
 * axe-core on a docs page (the addon does not run there), with the addon's settings: no `region`
 * rule (a page has no landmarks here). Storybook's own widgets are left out: the args table's
 * controls and the "Show code" bars are Storybook's, not ours to fix (its boolean switch has a
 * 2.75:1 "True"), and in dark themes axe takes the bars' background for the story above them
 * (its lazily laid-out list, `content-visibility: auto`) though nothing overlaps on screen.
 */
async function docsA11yInPage() {
  const context = { include: ['#storybook-docs'], exclude: ['.docblock-argstable', '.sbdocs-preview-actions'] };
  const results = await globalThis.axe.run(context, { resultTypes: ['violations'], rules: { region: { enabled: false } } });
  return { violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)), html: v.nodes[0]?.html?.slice(0, 160) })) };
}

// ── One page in one set of globals ──────────────────────────────────────────────────────────

const EXPECTED_404 = /^Failed to load resource: the server responded with a status of 404/;
/** The values of `expectState`: the states and error kinds of components/base/states.ts. */
const STATE = /^(loading|empty|ready|error:(unreachable|not-json|invalid|unknown-id|internal))$/;
/** How long the DOM must stay unchanged, with no request in flight, for a page to count as settled. */
const QUIET_MS = 300;

/**
 * Rules reported on docs pages as warnings, not failures. `landmark-unique`: the elements name
 * their landmarks after what they show (a list's search form after its network or city, a
 * timeline after its roadmap), and add none per section or year; but a docs page stacks a dozen
 * instances of one element on the same data, whose landmarks then share a name. A host page
 * showing the same list twice would too, which is its author's choice. Each story is checked
 * alone with the rule on.
 */
const DOCS_WARN_ONLY = new Set(['landmark-unique']);

/**
 * Listens to one check's page events; returns the network counts (requests in flight, so that
 * "settled" also means "no data still arriving") and a function that stops listening, as the
 * page is reused for the next check.
 */
function listen(page, { onConsole, onError }) {
  const net = { inflight: new Set(), started: 0 };
  const done = (request) => net.inflight.delete(request);
  const handlers = {
    request: (request) => {
      net.inflight.add(request);
      net.started++;
    },
    requestfinished: done,
    requestfailed: done,
    // An error response is the answer: the elements do not read its body, and Chromium then may
    // never report the request finished.
    response: (response) => response.status() >= 400 && done(response.request()),
    console: onConsole,
    pageerror: onError,
  };
  for (const [event, handler] of Object.entries(handlers)) page.on(event, handler);
  net.idle = async (deadline) => {
    while (net.inflight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  };
  const off = () => {
    for (const [event, handler] of Object.entries(handlers)) page.off(event, handler);
  };
  return { net, off };
}

/**
 * Checks one entry in one set of globals, in `page` (a fresh document: the page navigates to it).
 * `broken` is set when the page may be left in a bad state (a timeout): the caller replaces it.
 */
async function check(page, base, { entry, globals, expect404 }, axeSource) {
  const started = Date.now();
  const problems = [];
  const warnings = [];
  const docs = entry.type === 'docs';
  let states = '';
  let broken = false;
  const { net, off } = listen(page, {
    onConsole: (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      const where = msg.location()?.url ?? '';
      const pathname = where ? new URL(where, base).pathname : '';
      if (pathname === '/favicon.ico') return; // the browser's own request (`storybook dev` has none to give)
      if (expect404 && EXPECTED_404.test(text) && pathname.startsWith('/fixtures/')) return;
      problems.push(`console error: ${text}${where ? ` (${where})` : ''}`);
    },
    onError: (err) => problems.push(`uncaught: ${err?.message ?? err}`),
  });
  try {
    const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=lang:${globals.lang};theme:${globals.theme}`;
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    // The page's own scripts and styles are loaded by now; `storybook dev` leaves some (served
    // twice, preloaded) reported as never finished. Only data fetched so far is still awaited.
    for (const request of net.inflight) if (!['fetch', 'xhr'].includes(request.resourceType())) net.inflight.delete(request);
    const rendered = await page.evaluate(renderedInPage, { id: entry.id, docs, timeout: PAGE_TIMEOUT });
    if (rendered.error) {
      problems.push(rendered.error);
      broken = true;
      return { entry, globals, problems, warnings, states, broken, ms: Date.now() - started };
    }

    // Settled: no request in flight and the DOM quiet, with no request started meanwhile.
    const deadline = Date.now() + SETTLE_TIMEOUT;
    for (;;) {
      await net.idle(deadline);
      const mark = net.started;
      const { quiet } = await page.evaluate(quietInPage, { docs, timeout: Math.max(0, deadline - Date.now()), quietMs: QUIET_MS });
      if (quiet && net.inflight.size === 0 && net.started === mark) break;
      if (Date.now() >= deadline) {
        const waiting = [...net.inflight].map((r) => r.url().replace(base, ''));
        problems.push(`still changing after ${SETTLE_TIMEOUT / 1000} s${waiting.length ? `, waiting for ${waiting.join(', ')}` : ''}`);
        broken = true;
        break;
      }
    }
    const found = await page.evaluate(statesInPage, { id: entry.id, docs });
    states = found.summary;

    problems.push(...(await page.evaluate(globalsInPage, { lang: globals.lang, theme: globals.theme, docs })));

    if (!docs) {
      const expected = found.parameters.expectState;
      if (expected !== undefined && !STATE.test(expected)) problems.push(`expectState "${expected}" is not loading, empty, ready or error:<kind>`);
      else if (expected === undefined && found.list.length > 0) problems.push('the story renders cityweave elements but has no expectState parameter');
      else if (expected !== undefined && found.list.length === 0) problems.push(`expectState is "${expected}" but the story renders no cityweave element`);
      else for (const { tag, state } of found.list.filter((s) => s.state !== expected)) problems.push(`<${tag}> shows "${state}", expected "${expected}"`);
    }

    const seen = new Set();
    const report = (source, violations) => {
      for (const v of violations) {
        const key = `${v.id} ${v.targets.join()}`;
        if (seen.has(key)) continue; // the same violation in both runs: once
        seen.add(key);
        const line = `axe ${v.id} (${v.impact}, ${source}): ${v.help} at ${v.targets.join(', ') || '?'}${v.html ? `: ${v.html}` : ''}`;
        (docs && DOCS_WARN_ONLY.has(v.id) ? warnings : problems).push(line);
      }
    };
    report('a11y addon, at render', rendered.addonA11y);
    let settledA11y;
    if (docs) {
      await page.addScriptTag({ content: axeSource });
      settledA11y = await page.evaluate(docsA11yInPage);
    } else {
      settledA11y = await page.evaluate(addonA11yInPage, { id: entry.id, a11y: found.parameters.a11y });
    }
    if (settledA11y.error) problems.push(`axe could not run: ${settledA11y.error}`);
    report(docs ? 'axe, settled' : 'a11y addon, settled', settledA11y.violations ?? []);
  } catch (e) {
    problems.push(`could not check: ${e instanceof Error ? e.message : String(e)}`);
    broken = true;
  } finally {
    off();
  }
  return { entry, globals, problems, warnings, states, broken, ms: Date.now() - started };
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────

const indexFile = opts.url ? `${opts.url}/index.json` : path.relative(root, path.join(opts.dir, 'index.json'));
let index;
if (opts.url) {
  const response = await fetch(indexFile).catch((e) => bail(`${indexFile}: ${e.message}; is \`npm run storybook\` running?`));
  if (!response.ok) bail(`${indexFile}: HTTP ${response.status}`);
  index = await response.json();
} else {
  if (!fs.existsSync(indexFile)) bail(`${indexFile} is missing: run \`npm run build-storybook\` first.`);
  index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
}
const allEntries = Object.values(index.entries);
const entries = allEntries.filter((e) => (e.type === 'story' || (opts.docs && e.type === 'docs')) && e.id.includes(opts.filter));
if (entries.length === 0) bail(`nothing${opts.filter ? ` matches "${opts.filter}"` : ''} in ${indexFile}.`);
const globalSets = parseGlobals(opts.globals);

/** A docs page shows every story of its file: it may log their expected 404s. */
const expects404 = (entry) =>
  entry.type === 'docs'
    ? allEntries.some((e) => e.type === 'story' && e.importPath === entry.importPath && e.tags?.includes('expect-404'))
    : Boolean(entry.tags?.includes('expect-404'));

/**
 * The slowest pages first (docs pages render every story of a component; "many items" ones
 * render hundreds of records), so that the last minute is not spent waiting on one of them.
 */
const weight = (e) => (e.type === 'docs' ? 3 : /many|all-targets/.test(e.id) ? 2 : 1);
const checks = globalSets
  .flatMap((globals) => entries.map((entry) => ({ entry, globals, expect404: expects404(entry) })))
  .sort((a, b) => weight(b.entry) - weight(a.entry));

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) bail(`Chromium not found at ${executablePath}: set CHROME_PATH, or install it (apt-get install -y chromium).`);

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const started = Date.now();
const server = opts.url ? undefined : await serve(path.resolve(opts.dir));
const base = opts.url || `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  defaultViewport: { width: 1200, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
});

const tally = new Map(globalSets.map((g) => [g.label, { passed: 0, failed: 0 }]));
let passed = 0;
let failed = 0;
let warned = 0;
try {
  const queue = [...checks];
  // A window of its own per worker, reused from check to check: navigating gives a fresh
  // document, and opening a window for each check costs a third of a simple check's time. A
  // window, not a tab: a background tab is hidden, and gets no animation frames (the elements
  // render large lists frame by frame).
  const openWindow = () => browser.newPage({ type: 'window' });
  const worker = async () => {
    let page = await openWindow();
    for (let next = queue.shift(); next; next = queue.shift()) {
      const r = await check(page, base, next, axeSource);
      if (r.broken) {
        await page.close().catch(() => {});
        page = await openWindow();
      }
      const ok = r.problems.length === 0;
      if (ok) passed++;
      else failed++;
      tally.get(r.globals.label)[ok ? 'passed' : 'failed']++;
      warned += r.warnings.length;
      const line = `${ok ? 'ok  ' : 'FAIL'}  ${r.entry.id} · ${r.globals.label} (${r.ms} ms)${r.states ? ` [${r.states}]` : ''}`;
      const details = [...r.problems, ...r.warnings.map((w) => `warning: ${w}`)];
      console.log([line, ...details.map((p) => `        ${p}`)].join('\n'));
    }
    await page.close().catch(() => {});
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, checks.length) }, worker));
} finally {
  await browser.close().catch(() => {});
  server?.close();
}

const kinds = `${entries.filter((e) => e.type === 'story').length} stories${opts.docs ? ` and ${entries.filter((e) => e.type === 'docs').length} docs pages` : ''}`;
console.log(`checked ${kinds} × ${globalSets.length} globals (${globalSets.map((g) => g.label).join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s with ${opts.jobs} jobs`);
for (const [label, t] of tally) console.log(`  ${label}: ${t.passed} passed, ${t.failed} failed`);
if (warned) console.log(`${warned} warnings (rules docs pages only warn about: ${[...DOCS_WARN_ONLY].join(', ')})`);
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
