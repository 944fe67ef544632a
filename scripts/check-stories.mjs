#!/usr/bin/env node
/**
 * `npm run test-storybook`: opens every story of the static Storybook (`npm run build-storybook`
 * first) in headless Chromium and fails when a story logs a console error, throws, or has an axe
 * violation. Prints one line per story, then `stories: N passed, N failed`; exits 1 on any failure.
 *
 *   node scripts/check-stories.mjs [--dir storybook-static] [--jobs 2] [text]
 *
 * `text` keeps only the stories whose id contains it. Chromium: `CHROME_PATH`, else /usr/bin/chromium.
 * Stories tagged `expect-404` (their data is missing on purpose) may log the browser's own
 * "Failed to load resource … 404" error for a URL under `fixtures/`; nothing else is accepted.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function options(argv) {
  const out = { dir: path.join(root, 'storybook-static'), jobs: 2, filter: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') out.dir = path.resolve(argv[++i]);
    else if (a === '--jobs') out.jobs = Math.max(1, Number(argv[++i]) || 1);
    else out.filter = a;
  }
  return out;
}

const opts = options(process.argv.slice(2));
const STORY_TIMEOUT = 30_000;
const SETTLE_TIMEOUT = 10_000;

function bail(message) {
  console.error(message);
  console.log('stories: 0 passed, 1 failed');
  process.exit(1);
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
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ── In the page ─────────────────────────────────────────────────────────────────────────────

/**
 * Runs in the story's page: waits until Storybook has rendered the story and every Lit element
 * (shadow roots included) has finished updating, and nothing has changed for a while (data
 * arrives asynchronously: the bundled dataset, a fetch, the basemap). A story that stays in its
 * loading state on purpose settles too: only changes count, not states.
 */
async function settleInPage(timeout) {
  const deadline = Date.now() + timeout;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const body = document.body.classList;
  while (!body.contains('sb-show-main') && !body.contains('sb-show-errordisplay') && !body.contains('sb-show-nopreview')) {
    if (Date.now() > deadline) return { error: 'Storybook did not render the story' };
    await sleep(25);
  }
  if (body.contains('sb-show-errordisplay')) {
    return { error: `Storybook shows an error: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''} ${document.querySelector('#error-stack')?.textContent?.trim().split('\n')[0] ?? ''}`.trim() };
  }
  if (body.contains('sb-show-nopreview')) return { error: 'Storybook found no story to show' };
  const snapshot = () => {
    const parts = [];
    let count = 0;
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        count++;
        if ('updateComplete' in el) parts.push(`${el.localName}:${el.state ?? ''}:${el.isUpdatePending ? 1 : 0}`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document.getElementById('storybook-root') ?? document.body);
    return `${count}|${parts.join(',')}`;
  };
  const updates = () => {
    const pending = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.updateComplete) pending.push(el.updateComplete);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document.getElementById('storybook-root') ?? document.body);
    return Promise.race([Promise.all(pending), sleep(1000)]);
  };
  /** The states of the story's own elements (`cw-project-card: error`), for the report. */
  const states = () => {
    const counts = new Map();
    for (const el of document.querySelectorAll('#storybook-root *')) {
      if (!el.localName.startsWith('cw-') || typeof el.state !== 'string') continue;
      const key = `${el.localName}: ${el.state}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
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
    } else if (Date.now() - stableSince >= 250) {
      return { ok: true, states: states() };
    }
  }
  return { ok: true, states: states(), note: 'still changing after the settle timeout' };
}

// ── One story ───────────────────────────────────────────────────────────────────────────────

const EXPECTED_404 = /^Failed to load resource: the server responded with a status of 404/;

async function checkStory(browser, base, entry, axeSource) {
  const started = Date.now();
  const problems = [];
  let states = '';
  const expect404 = entry.tags?.includes('expect-404');
  // A window of its own: a background tab is hidden, and gets no animation frames (the elements
  // render large lists frame by frame).
  const page = await browser.newPage({ type: 'window' });
  try {
    await page.setViewport({ width: 1200, height: 900 });
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      const where = msg.location()?.url ?? '';
      if (expect404 && EXPECTED_404.test(text) && new URL(where, base).pathname.startsWith('/fixtures/')) return;
      problems.push(`console error: ${text}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err?.message ?? err}`));
    const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    const settled = await page.evaluate(settleInPage, SETTLE_TIMEOUT);
    if (settled.error) problems.push(settled.error);
    states = settled.states ?? '';
    if (settled.note) states += ` (${settled.note})`;
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const results = await globalThis.axe.run('#storybook-root', { resultTypes: ['violations'], rules: { region: { enabled: false } } });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
    });
    for (const v of violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
  } catch (e) {
    problems.push(`could not check: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { id: entry.id, problems, states, ms: Date.now() - started };
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────

const indexFile = path.join(opts.dir, 'index.json');
if (!fs.existsSync(indexFile)) bail(`${path.relative(root, indexFile)} is missing: run \`npm run build-storybook\` first.`);
const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(opts.filter));
if (stories.length === 0) bail(`no story${opts.filter ? ` matches "${opts.filter}"` : ''} in ${path.relative(root, indexFile)}.`);

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) bail(`Chromium not found at ${executablePath}: set CHROME_PATH, or install it (apt-get install -y chromium).`);

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const started = Date.now();
const server = await serve(path.resolve(opts.dir));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
});

let passed = 0;
let failed = 0;
try {
  const queue = [...stories];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const result = await checkStory(browser, base, entry, axeSource);
      if (result.problems.length === 0) {
        passed++;
        console.log(`ok    ${result.id} (${result.ms} ms)${result.states ? ` [${result.states}]` : ''}`);
      } else {
        failed++;
        console.log(`FAIL  ${result.id} (${result.ms} ms)${result.states ? ` [${result.states}]` : ''}\n${result.problems.map((p) => `        ${p}`).join('\n')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, stories.length) }, worker));
} finally {
  await browser.close().catch(() => {});
  server.close();
}

console.log(`checked ${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
