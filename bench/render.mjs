// Rendering benchmark in Debian's Chromium (puppeteer-core): cityweave's <cw-roadmap-timeline> against
// vis-timeline and TimelineJS, and <cw-city-map> against Leaflet circle markers, on the same
// generated data (bench/data.mjs), served from 127.0.0.1 only. Prints figures; asserts nothing.
//
//   npm run build && node bench/render.mjs
//   node bench/render.mjs --n 100,1000 --reps 3 --only cw-timeline,vis-timeline
//   node bench/render.mjs --profile [--n 5000] [--only cw-map]   where the time goes (trace + CPU profile)
//   DUMP=run.json node bench/render.mjs --profile …                also write that load's trace and profile
//   node bench/render.mjs --json results.json                      also write the raw figures
//   node bench/report.mjs results.json                             those figures as Markdown tables
//
// Needs a build (dist/cdn) and the alternatives, which are pinned devDependencies (npm ci). CHROME_PATH
// picks the browser (default /usr/bin/chromium). Per load: first render, complete, longest task, TBT,
// code downloaded, JS heap after GC, elements; per update (select, filter): to the next paint, settled,
// longest task. A load that other processes disturbed (CPU) is redone. What each figure means, and
// today's figures: bench/README.md.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILTER_COUNTRY, FILTER_KIND, generateAtlas, precisionCounts } from './data.mjs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { groupOf, parseSourceMap, segmentAt } from './sourcemap.mjs';
import { newBenchPage } from './page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const nm = join(root, 'node_modules');

// ── Options ─────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  if (argv[i].includes('=')) return argv[i].split('=').slice(1).join('=');
  const next = argv[i + 1];
  return next === undefined || next.startsWith('--') ? true : next;
};
const PROFILE = opt('profile', false);
const SIZES = String(opt('n', PROFILE ? '5000' : '100,1000,5000'))
  .split(',')
  .map((s) => Number(s.replace(/[_\s]/g, '')))
  .filter((n) => n > 0);
const REPS = Number(opt('reps', 5));
const RUN_TIMEOUT = Number(opt('timeout', 120)) * 1000; // one page: load, settle, updates
const DEADLINE = Date.now() + Number(opt('budget', 45)) * 60_000; // the whole run
const JSON_OUT = opt('json', undefined);

const VARIANTS = [
  { id: 'cw-timeline', label: 'cw-roadmap-timeline', page: 'cw-timeline.html', group: 'timeline' },
  { id: 'vis-timeline', label: 'vis-timeline', page: 'vis-timeline.html', group: 'timeline', needs: 'vis-timeline/standalone/esm/vis-timeline-graph2d.min.js' },
  { id: 'vis-noresize', label: 'vis-timeline autoResize: false', page: 'vis-timeline.html', query: '&autoresize=0', group: 'timeline', needs: 'vis-timeline/standalone/esm/vis-timeline-graph2d.min.js', onDemand: true },
  { id: 'tljs-timeline', label: 'TimelineJS', page: 'tljs-timeline.html', group: 'timeline', needs: '@knight-lab/timelinejs/dist/js/timeline.js' },
  // Only with --only: TimelineJS with its default font option, to see what it fetches from other hosts.
  { id: 'tljs-defaults', label: 'TimelineJS, default font', page: 'tljs-timeline.html', query: '&font=default', group: 'timeline', needs: '@knight-lab/timelinejs/dist/js/timeline.js', onDemand: true },
  // The same page in both groups: the document fetched and parsed, nothing drawn (pages/floor.html).
  { id: 'floor-timeline', label: 'the floor: fetch + JSON only', page: 'floor.html', group: 'timeline' },
  { id: 'cw-map', label: 'cw-city-map', page: 'cw-map.html', group: 'map' },
  { id: 'cw-map-nocluster', label: 'cw-city-map cluster-radius=0', page: 'cw-map.html', query: '&cluster=0', group: 'map' },
  { id: 'leaflet-map', label: 'Leaflet circleMarker (SVG)', page: 'leaflet-map.html', group: 'map', needs: 'leaflet/dist/leaflet.js' },
  { id: 'leaflet-map-canvas', label: 'Leaflet circleMarker (canvas)', page: 'leaflet-map.html', query: '&canvas=1', group: 'map', needs: 'leaflet/dist/leaflet.js' },
  { id: 'floor-map', label: 'the floor: fetch + JSON only', page: 'floor.html', group: 'map' },
];
const only = opt('only', undefined);
const profileAll = PROFILE === 'all';
let variants = VARIANTS.filter((v) => (only ? String(only).split(',').includes(v.id) : v.onDemand ? false : PROFILE && !profileAll ? v.id.startsWith('cw-') : true));
const missing = variants.filter((v) => v.needs && !existsSync(join(nm, v.needs)));
for (const v of missing) console.log(`skipped ${v.label}: node_modules/${v.needs} is missing (npm ci installs the pinned devDependencies)`);
variants = variants.filter((v) => !missing.includes(v));

if (!existsSync(join(root, 'dist/cdn'))) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

// ── What is served, read once at start (a rebuild during the run changes nothing) ──────────
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.eot': 'application/vnd.ms-fontobject', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf' };
const files = new Map();
function addTree(prefix, dir, filter = () => true) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) addTree(`${prefix}${name}/`, full, filter);
    else if (filter(full)) files.set(`${prefix}${name}`, readFileSync(full));
  }
}
/** The chunks that the CDN build's files import and that are not there (a build being written). */
const missingChunks = () =>
  [...files]
    .filter(([k]) => k.startsWith('/cdn/') && k.endsWith('.js'))
    .flatMap(([k, buf]) => [...buf.toString('utf8').matchAll(/["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => new URL(m[1], `http://x${k}`).pathname))
    .filter((p) => !files.has(p));
// Another process may be rebuilding dist/: read it again until it is whole (30 s at most).
for (let i = 0; ; i++) {
  for (const k of [...files.keys()]) if (k.startsWith('/cdn/')) files.delete(k);
  if (existsSync(join(root, 'dist/cdn/cityweave.js'))) addTree('/cdn/', join(root, 'dist/cdn'));
  const gone = files.has('/cdn/cityweave.js') ? missingChunks() : ['/cdn/cityweave.js'];
  if (gone.length === 0) break;
  if (i === 10) {
    console.error(`dist/cdn is incomplete (${gone.slice(0, 3).join(', ')} missing): run \`npm run build\` first.`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 3000));
}
addTree('/pages/', join(here, 'pages'));
const visFile = join(nm, 'vis-timeline/standalone/esm/vis-timeline-graph2d.min.js');
if (existsSync(visFile)) files.set('/lib/vis/vis-timeline-graph2d.min.js', readFileSync(visFile));
addTree('/lib/leaflet/', join(nm, 'leaflet/dist'), (f) => !f.endsWith('.map'));
const tl = join(nm, '@knight-lab/timelinejs/dist');
addTree('/lib/tljs/js/', join(tl, 'js'), (f) => !f.endsWith('.map'));
addTree('/lib/tljs/css/', join(tl, 'css'), (f) => !f.endsWith('.map'));

/** gzip -9 size of a served file (cached): what a page downloads from a server that compresses. */
const gzCache = new Map();
const gzOf = (path) => {
  if (!gzCache.has(path)) gzCache.set(path, files.has(path) ? gzipSync(files.get(path), { level: 9 }).length : 0);
  return gzCache.get(path);
};
/** KiB (gzip -9) of the code, styles and fonts a page fetched: the data and the page itself left out. */
const codeKiB = (fetched) => [...new Set(fetched)].filter((u) => !/^\/(pages|data)\/|^\/favicon/.test(u)).reduce((sum, u) => sum + gzOf(u), 0) / 1024;

const datasets = new Map();
function dataset(n) {
  if (!datasets.has(n)) {
    const doc = generateAtlas(n);
    const items = doc.roadmaps[0].items;
    // The item selected: the first of the filtered kind from the middle on (so it stays after the filter).
    const item = items.slice(Math.floor(n / 2)).find((i) => i.kind === FILTER_KIND && !(i.period.actual ?? i.period.planned).startsWith('--')) ?? items[0];
    datasets.set(n, { body: Buffer.from(JSON.stringify(doc)), item: item.id, city: doc.cities[Math.floor(n / 2)].id, precisions: precisionCounts(doc) });
  }
  return datasets.get(n);
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let body = files.get(url.pathname);
  const m = /^\/data\/atlas-(\d+)\.json$/.exec(url.pathname);
  if (m) body = dataset(Number(m[1])).body;
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'content-length': body.length });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ── Browser ─────────────────────────────────────────────────────────────────────────────────
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  defaultViewport: { width: 1280, height: 900 },
  protocolTimeout: RUN_TIMEOUT + 30_000,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
    // Nothing beyond 127.0.0.1: every other host name fails to resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // The harness reads the JS heap after a full GC, once the page has settled (outside the timings).
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
  ],
});
const chromium = await browser.version();
let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await browser.close().catch(() => {});
  server.close();
};
process.on('SIGINT', () => shutdown().then(() => process.exit(130)));

/** CPU time used machine-wide (Linux /proc/stat): [busy, total] jiffies. */
function cpuTimes() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    const total = f.reduce((a, b) => a + b, 0);
    return [total - idle, total];
  } catch {
    return undefined;
  }
}

/** CPU time (jiffies) used so far by this benchmark: this process, the browser and its children. */
function ownJiffies() {
  const roots = [process.pid, browser.process()?.pid].filter(Boolean);
  const procs = [];
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
        procs.push({ pid: Number(name), ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) });
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    return 0;
  }
  const ours = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!ours.has(p.pid) && ours.has(p.ppid)) (ours.add(p.pid), (grew = true));
  }
  return procs.filter((p) => ours.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0);
}

/** A mark to measure the CPU that other processes use from then on (Linux; undefined elsewhere). */
function cpuMark() {
  const t = cpuTimes();
  return t && { busy: t[0], total: t[1], own: ownJiffies() };
}

/** The share of the whole machine (all cores) that other processes used since `mark`. */
function othersShare(mark) {
  const now = cpuMark();
  if (!mark || !now) return undefined;
  return Math.max(0, now.busy - mark.busy - (now.own - mark.own)) / Math.max(1, now.total - mark.total);
}

/** Above this share of the machine used by other processes, a load is "disturbed" (15 % = 0.3 core on 2 cores; an idle machine shows 2–7 %). */
const DISTURBED = 0.15;

/**
 * Waits (up to 30 s) until other processes (another build or test run) use under DISTURBED of the
 * machine over half a second. Returns the last share seen.
 */
async function waitForQuiet() {
  let share;
  const limit = Date.now() + 30_000;
  do {
    const mark = cpuMark();
    await new Promise((r) => setTimeout(r, 500));
    share = othersShare(mark);
    if (share === undefined) return undefined;
  } while (share > DISTURBED && Date.now() < limit);
  return share;
}

/** One page load in a fresh browser context (cold HTTP cache): the figures `__bench` reports. */
async function runOnce(variant, n, { profile = false } = {}) {
  const d = dataset(n);
  const cpuBefore = await waitForQuiet();
  const mark = cpuMark();
  const ctx = await browser.createBrowserContext();
  const page = await newBenchPage(ctx);
  const external = [];
  const consoleErrors = [];
  const fetched = [];
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith(origin)) fetched.push(u.slice(origin.length).replace(/\?.*/, ''));
    else if (!u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && consoleErrors.length < 3) consoleErrors.push(m.text().slice(0, 200));
  });
  page.on('pageerror', (e) => consoleErrors.length < 3 && consoleErrors.push(String(e).slice(0, 200)));
  const url = `${origin}/pages/${variant.page}?n=${n}&item=${d.item}&kind=${FILTER_KIND}&city=${d.city}&country=${FILTER_COUNTRY}${variant.query ?? ''}`;
  let cdp;
  let trace;
  try {
    if (profile) {
      // Same origin first, so the profiler's renderer is the one that loads the page.
      await page.goto(`${origin}/pages/harness.js`);
      cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'] });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: RUN_TIMEOUT });
    await page.waitForFunction('window.__bench && (window.__bench.done || window.__bench.error)', { timeout: RUN_TIMEOUT, polling: 250 });
    const out = await page.evaluate(() => ({ result: window.__bench.result, error: window.__bench.error }));
    if (profile) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      out.cpu = cpu;
    }
    out.external = external;
    out.fetched = fetched;
    if (out.result) out.result.codeKiB = codeKiB(fetched);
    out.consoleErrors = consoleErrors;
    out.cpuBusyBefore = cpuBefore;
    out.othersDuring = othersShare(mark);
    return { ...out, trace };
  } catch (e) {
    const partial = await page.evaluate(() => window.__bench && { result: window.__bench.result, error: window.__bench.error }).catch(() => undefined);
    return { error: `${e.name === 'TimeoutError' ? 'timed out' : 'failed'} after ${RUN_TIMEOUT / 1000} s: ${String(e.message).split('\n')[0]}`, timedOut: e.name === 'TimeoutError', result: partial?.result, external, consoleErrors };
  } finally {
    await ctx.close().catch(() => {});
  }
}

// ── Statistics and printing ─────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Median (min–max) of the finite numbers; the median alone with `medianOnly` or a single value. */
const fmt = (xs, medianOnly = false) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return '–';
  const r = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  return v.length === 1 || medianOnly ? r(median(v)) : `${r(median(v))} (${r(Math.min(...v))}–${r(Math.max(...v))})`;
};

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${chromium} (${executablePath}), headless, --disable-gpu`;
}

// ── Profile mode: where the time goes ───────────────────────────────────────────────────────
const mapCache = new Map();
function sourceMapFor(url) {
  if (!url.startsWith(`${origin}/cdn/`)) return undefined;
  const path = url.slice(origin.length);
  if (!mapCache.has(path)) {
    const raw = files.get(`${path}.map`);
    mapCache.set(path, raw ? parseSourceMap(JSON.parse(raw.toString('utf8'))) : undefined);
  }
  return mapCache.get(path);
}

/** Self time (ms) per origin group and per function, from a V8 CPU profile, through the source maps. */
function attributeCpu(cpu, [from, to] = [-Infinity, Infinity]) {
  const byId = new Map(cpu.nodes.map((nd) => [nd.id, nd]));
  const self = new Map();
  const deltas = cpu.timeDeltas ?? [];
  const mean = deltas.length ? deltas.reduce((a, b) => a + b, 0) / deltas.length : 0;
  let ts = cpu.startTime;
  cpu.samples.forEach((id, i) => {
    ts += deltas[i] ?? 0;
    if (ts >= from && ts <= to) self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? mean) / 1000);
  });
  const groups = new Map();
  const funcs = new Map();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    let group;
    let label;
    const sm = url ? sourceMapFor(url) : undefined;
    if (sm) {
      const seg = segmentAt(sm, lineNumber, columnNumber);
      const src = seg && seg[1] >= 0 ? sm.sources[seg[1]].replace(/^(\.\.\/)+/, '') : undefined;
      group = src ? `cityweave: ${groupOf(src)}` : 'cityweave: (unmapped)';
      label = `${functionName || '(anonymous)'}  ${src ? `${src.replace(/.*node_modules\//, '')}:${seg[2] + 1}` : url.slice(origin.length)}`;
    } else if (url.startsWith(origin)) {
      group = url.slice(origin.length).replace(/^\/lib\/([^/]+)\/.*/, '$1').replace(/\?.*/, '');
      label = `${functionName || '(anonymous)'}  ${url.slice(origin.length)}:${lineNumber + 1}`;
    } else if (!url && /^\((program|garbage collector|idle|root)\)$/.test(functionName)) {
      group = functionName;
      label = functionName;
    } else {
      group = url ? url : '(V8/Blink built-ins)';
      label = `${functionName || '(anonymous)'}${url ? `  ${url}` : '  (built-in)'}`;
    }
    groups.set(group, (groups.get(group) ?? 0) + ms);
    funcs.set(label, (funcs.get(label) ?? 0) + ms);
  }
  return { groups, funcs };
}

/** The tasks of `minMs` (50) ms or more on the page's main thread (the trace's top-level RunTask events), in a window. */
function longTasksIn(trace, [from, to] = [-Infinity, Infinity], minMs = 50) {
  const all = trace.traceEvents ?? trace;
  const mains = new Set(all.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const work = new Map();
  for (const e of all) if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`)) work.set(`${e.pid}:${e.tid}`, (work.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const [main] = [...work].sort((a, b) => b[1] - a[1])[0] ?? [];
  // Clipped to the window: the task that ends the load phase goes on with the page's own bookkeeping,
  // and the task that starts an update began (at its timer) a moment before the update's mark.
  return all
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === main && e.ts < to && e.ts + e.dur > from)
    .map((e) => ({ ts: Math.max(e.ts, from), dur: Math.min(e.ts + e.dur, to) - Math.max(e.ts, from) }))
    .filter((e) => e.dur >= minMs * 1000)
    .sort((a, b) => a.ts - b.ts);
}

/** Self time (ms) per trace event name on the page's main thread (what the Performance panel sums). */
function attributeTrace(trace, [from, to] = [-Infinity, Infinity]) {
  // Events overlapping the window, clipped to it (a task may straddle two phases).
  const events = [];
  for (const e of trace.traceEvents ?? trace) {
    if (e.ph !== 'X') events.push(e);
    else if (typeof e.dur === 'number' && e.ts < to && e.ts + e.dur > from) {
      const ts = Math.max(e.ts, from);
      events.push({ ...e, ts, dur: Math.min(e.ts + e.dur, to) - ts });
    }
  }
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') names.set(`${e.pid}:${e.tid}`, true);
  const perThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !names.has(key) || typeof e.dur !== 'number') continue;
    if (!perThread.has(key)) perThread.set(key, []);
    perThread.get(key).push(e);
  }
  // The main thread that did the most work is the benchmark page's.
  const [evs = []] = [...perThread.values()].sort((a, b) => b.reduce((s, e) => s + e.dur, 0) - a.reduce((s, e) => s + e.dur, 0));
  evs.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const selfTime = new Map();
  const stack = [];
  for (const e of evs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= Math.min(e.dur, parent.end - e.ts);
    const frame = { name: e.name, self: e.dur, end: e.ts + e.dur };
    stack.push(frame);
    frame.record = () => selfTime.set(frame.name, (selfTime.get(frame.name) ?? 0) + frame.self / 1000);
    e.frame = frame;
  }
  for (const e of evs) e.frame.record();
  return selfTime;
}

const CATEGORY = [
  [/^(RunTask|ThreadControllerImpl::RunTask)$/, 'other (task overhead)'],
  [/GC|GarbageCollection|V8\.GC/i, 'scripting: garbage collection'],
  [/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.ScriptCompiler|CacheScript)/, 'scripting: compile'],
  [/^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|V8\.Execute|EventDispatch|v8\.callFunction|XHRReadyStateChange|ResourceReceivedData|v8\.newInstance)/, 'scripting'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout|StyleRecalcInvalidationTracking)/, 'rendering: style'],
  [/^(Layout|UpdateLayerTree|HitTest|LayoutInvalidationTracking)/, 'rendering: layout'],
  [/^(Paint|PrePaint|Layerize|CompositeLayers|UpdateLayer|PaintImage|Decode|Rasterize|Commit)/, 'painting'],
  [/^(ParseHTML)/, 'loading: parse HTML'],
];
const categoryOf = (name) => CATEGORY.find(([re]) => re.test(name))?.[1] ?? 'other';

/** The phases of a run, as [from, to] in trace time (µs), from the harness's user timing marks. */
function phases(trace) {
  const marks = new Map();
  let first = Infinity;
  for (const e of trace.traceEvents ?? trace) {
    if (typeof e.ts === 'number' && e.ts > 0 && e.ph === 'X' && e.name === 'ParseHTML') first = Math.min(first, e.ts);
    if (typeof e.name === 'string' && e.name.startsWith('bench:') && typeof e.ts === 'number') marks.set(e.name, e.ts);
  }
  const out = [];
  if (marks.has('bench:load:end')) out.push(['load (navigation to settled)', [first, marks.get('bench:load:end')]]);
  for (const u of ['select', 'zoom', 'pan', 'scroll', 'filter']) if (marks.has(`bench:${u}:start`)) out.push([`update: ${u}`, [marks.get(`bench:${u}:start`), marks.get(`bench:${u}:end`) ?? Infinity]]);
  return out;
}

/** The requests of the load phase: path, start and end (ms after the window's start), from the trace. */
function requestsIn(trace, [from, to]) {
  const byId = new Map();
  for (const e of trace.traceEvents ?? trace) {
    const d = e.args?.data;
    if (!d?.requestId || typeof e.ts !== 'number') continue;
    if (e.name === 'ResourceSendRequest' && e.ts >= from && e.ts <= to) byId.set(d.requestId, { url: d.url, start: e.ts });
    else if (e.name === 'ResourceFinish' && byId.has(d.requestId)) byId.get(d.requestId).end = e.ts;
  }
  return [...byId.values()].map((r) => ({ path: r.url.replace(origin, '').replace(/\?.*/, ''), start: (r.start - from) / 1000, end: r.end === undefined ? undefined : (r.end - from) / 1000 }));
}

function printProfile(variant, n, run) {
  console.log(`\n── ${variant.label}, N = ${n}: where the time goes (one traced and profiled load; tracing slows it down) ──`);
  if (run.error) {
    console.log(`  error: ${run.error}`);
    return;
  }
  const r = run.result;
  console.log(`  this load: first render ${fmt([r.firstRender])} ms, complete ${fmt([r.complete])} ms, longest task ${fmt([r.longTaskMax])} ms, long tasks ${fmt([r.longTaskSum])} ms; ${Object.entries(r.updates).filter(([k]) => !k.endsWith('LongestTask')).map(([k, v]) => `${k} ${fmt([v])} ms`).join(', ')}`);
  for (const [name, window] of phases(run.trace)) {
    if (name.startsWith('load')) {
      const requests = requestsIn(run.trace, window);
      console.log(`  requests (ms after navigation: start–end): ${requests.map((q) => `${q.path} ${q.start.toFixed(0)}–${q.end === undefined ? '?' : q.end.toFixed(0)}`).join(' · ')}`);
    }
    const selfTime = attributeTrace(run.trace, window);
    const cats = new Map();
    for (const [ev, ms] of selfTime) cats.set(categoryOf(ev), (cats.get(categoryOf(ev)) ?? 0) + ms);
    const total = [...cats.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${name}: main thread busy ${total.toFixed(0)} ms (trace, self time)`);
    console.log(`    ${[...cats].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1).map(([c, ms]) => `${c} ${ms.toFixed(0)}`).join(' · ')}`);
    const { groups, funcs } = attributeCpu(run.cpu, window);
    const busy = [...groups].filter(([g]) => g !== '(idle)').reduce((s, [, ms]) => s + ms, 0);
    const top = [...groups].sort((a, b) => b[1] - a[1]).filter(([g, ms]) => g !== '(idle)' && ms >= Math.max(1, busy * 0.02));
    console.log(`    CPU profile by origin (${busy.toFixed(0)} ms sampled; "(program)" is native work outside JS: DOM, style, layout): ${top.map(([g, ms]) => `${g} ${ms.toFixed(0)}`).join(' · ')}`);
    const heavy = [...funcs].sort((a, b) => b[1] - a[1]).filter(([f]) => !/^\((idle|program|root)\)$/.test(f)).slice(0, 8);
    console.log(`    heaviest functions: ${heavy.map(([f, ms]) => `${ms.toFixed(0)} ms ${f.replace(/\s+/g, ' ')}`).join(' · ')}`);
    // Every task of 5 ms or more, in order, with its heaviest function: the sequence that leads to
    // the first render (a chunk's evaluation, a validation slice, the render) at a glance.
    if (name.startsWith('load')) {
      const seq = longTasksIn(run.trace, window, 5).map((t) => {
        const [[f] = ['?']] = [...attributeCpu(run.cpu, [t.ts, t.ts + t.dur]).funcs].filter(([fn]) => !/^\((idle|program|root)\)$/.test(fn)).sort((a, b) => b[1] - a[1]);
        return `+${((t.ts - window[0]) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(0)} ms (${f.replace(/\s+/g, ' ')})`;
      });
      console.log(`    tasks ≥ 5 ms, in order (start after navigation, length, heaviest function): ${seq.join(' · ')}`);
    }
    // Each long task (≥ 50 ms) of the phase: what it spent its time on.
    const tasks = longTasksIn(run.trace, window);
    if (tasks.length) console.log(`    long tasks (trace, ≥ 50 ms): ${tasks.map((t) => `${(t.dur / 1000).toFixed(0)} ms at +${((t.ts - window[0]) / 1000).toFixed(0)} ms`).join(', ')}`);
    for (const t of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 3)) {
      const w = [t.ts, t.ts + t.dur];
      const tcats = new Map();
      for (const [ev, ms] of attributeTrace(run.trace, w)) tcats.set(categoryOf(ev), (tcats.get(categoryOf(ev)) ?? 0) + ms);
      const cpuT = attributeCpu(run.cpu, w);
      const topG = [...cpuT.groups].filter(([g]) => g !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 8);
      const topF = [...cpuT.funcs].sort((a, b) => b[1] - a[1]).filter(([f]) => !/^\((idle|program|root)\)$/.test(f)).slice(0, 6);
      console.log(`      task of ${(t.dur / 1000).toFixed(0)} ms at +${((t.ts - window[0]) / 1000).toFixed(0)} ms: ${[...tcats].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1).map(([c, ms]) => `${c} ${ms.toFixed(0)}`).join(' · ')}`);
      console.log(`        by origin: ${topG.map(([g, ms]) => `${g} ${ms.toFixed(0)}`).join(' · ')}`);
      console.log(`        functions: ${topF.map(([f, ms]) => `${ms.toFixed(0)} ms ${f.replace(/\s+/g, ' ')}`).join(' · ')}`);
    }
  }
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────
console.log(`Machine: ${machine()}`);
console.log(`Served from ${origin} only; each load in a fresh browser context (cold cache); viewport 1280×900.`);
console.log(`cityweave CDN build: ${relative(root, join(root, 'dist/cdn'))} as read at start (${[...files.keys()].filter((k) => k.startsWith('/cdn/') && k.endsWith('.js')).length} JS files).`);

const results = { machine: machine(), chromium, date: new Date().toISOString(), reps: REPS, sizes: SIZES, variants: variants.map(({ id, label, group }) => ({ id, label, group })), runs: {} };
try {
  if (PROFILE) {
    for (const n of SIZES) for (const v of variants) {
      const run = await runOnce(v, n, { profile: true });
      if (process.env.DUMP) writeFileSync(process.env.DUMP, JSON.stringify({ cpu: run.cpu, trace: run.trace }));
      printProfile(v, n, run);
    }
  } else {
    const failed = new Set(); // variants that timed out at a smaller N are not tried at larger ones
    let outOfTime = false;
    for (const n of SIZES) {
      const d = dataset(n);
      console.log(`\nN = ${n}: ${n} roadmap items (${Object.entries(d.precisions).map(([k, v]) => `${v} ${k}`).join(', ')}), ${n} cities; selected item ${d.item}, filter kind=${FILTER_KIND}; selected city ${d.city}, filter country=${FILTER_COUNTRY}`);
      const runs = Object.fromEntries(variants.map((v) => [v.id, []]));
      // Interleaved: rep 1 of every variant, then rep 2, … so that drift hits them alike.
      for (let rep = 0; rep < REPS; rep++) {
        for (const v of variants) {
          if (failed.has(v.id)) continue;
          if (Date.now() > DEADLINE) {
            outOfTime = true;
            break;
          }
          // A load during which other processes used the CPU is done again (twice at most), then kept and counted.
          let run;
          for (let attempt = 0; attempt < 3; attempt++) {
            run = await runOnce(v, n);
            if (run.error || !(run.othersDuring > DISTURBED)) break;
            process.stdout.write('~');
          }
          run.disturbed = run.othersDuring > DISTURBED;
          runs[v.id].push(run);
          process.stdout.write(run.error ? 'x' : run.disturbed ? '!' : '.');
          if (run.timedOut) failed.add(v.id);
        }
      }
      process.stdout.write('\n');
      results.runs[n] = Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, rs.map(({ trace, cpu, ...r }) => r)]));
      printTable(n, runs);
      if (outOfTime) {
        console.log(`\nStopped: the time budget (--budget, minutes) ran out.`);
        break;
      }
    }
  }
} finally {
  await shutdown();
}
if (JSON_OUT && !PROFILE) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));

function printTable(n, runs) {
  const tables = [
    [
      'loading',
      [
        ['first render', (r) => r.firstRender],
        ['complete', (r) => r.complete],
        ['longest task', (r) => r.longTaskMax],
        ['long tasks Σ', (r) => r.longTaskSum],
        ['TBT', (r) => r.tbt],
        ['code KiB gz', (r) => r.codeKiB, 'median'],
        ['heap MiB', (r) => r.heapMiB, 'median'],
        ['elements', (r) => r.elements, 'median'],
      ],
    ],
    [
      'updates',
      [
        ['select → paint', (r) => r.updates?.select],
        ['settled', (r) => r.updates?.selectSettled],
        ['longest task', (r) => r.updates?.selectLongestTask],
        ['filter → paint', (r) => r.updates?.filter],
        ['settled', (r) => r.updates?.filterSettled],
        ['longest task', (r) => r.updates?.filterLongestTask],
      ],
    ],
    [
      'moves',
      [
        ['zoom → paint', (r) => r.updates?.zoom],
        ['longest task', (r) => r.updates?.zoomLongestTask],
        ['pan → paint', (r) => r.updates?.pan],
        ['longest task', (r) => r.updates?.panLongestTask],
        ['scroll → paint', (r) => r.updates?.scroll],
        ['settled', (r) => r.updates?.scrollSettled],
        ['longest task', (r) => r.updates?.scrollLongestTask],
      ],
    ],
  ];
  console.log(`\nN = ${n} — times in ms, heap in MiB, elements counted; median (min–max) of ${REPS} loads`);
  for (const [title, cols] of tables) {
    const rows = variants.map((v) => {
      const ok = (runs[v.id] ?? []).filter((r) => !r.error && r.result);
      return { v, ok: ok.length, cells: cols.map(([, get, only]) => fmt(ok.map((r) => get(r.result)), only === 'median')) };
    });
    const w = [Math.max(...variants.map((v) => v.label.length)) + 4, ...cols.map(([name], i) => Math.max(name.length, ...rows.map((r) => r.cells[i].length)) + 2)];
    console.log(`${title.padEnd(w[0])}${cols.map(([name], i) => name.padStart(w[i + 1])).join('')}`);
    let group;
    for (const r of rows) {
      if (group && r.v.group !== group) console.log('');
      group = r.v.group;
      console.log(`  ${r.v.label.padEnd(w[0] - 2)}${r.cells.map((c, i) => c.padStart(w[i + 1])).join('')}${r.ok < REPS ? `   (${r.ok}/${REPS} ok)` : ''}`);
    }
  }
  const during = variants.flatMap((v) => (runs[v.id] ?? []).map((r) => r.othersDuring)).filter((x) => typeof x === 'number');
  const disturbed = variants.flatMap((v) => (runs[v.id] ?? []).filter((r) => r.disturbed).map(() => v.label));
  if (during.length) {
    console.log(`  (other processes' share of the machine during the loads: median ${(100 * median(during)).toFixed(0)} %, max ${(100 * Math.max(...during)).toFixed(0)} %; a load waits up to 30 s for < ${100 * DISTURBED} % and is redone twice at most when it was disturbed)`);
    if (disturbed.length) console.log(`  (kept although disturbed: ${disturbed.join(', ')})`);
  }
  for (const v of variants) {
    const rs = runs[v.id] ?? [];
    const first = rs.find((x) => !x.error)?.result?.info;
    const ext = new Set(rs.flatMap((x) => x.external ?? []));
    const errs = rs.filter((x) => x.error);
    const notes = [];
    if (first) notes.push(Object.entries(first).filter(([k]) => !k.endsWith('LongTasks')).map(([k, val]) => `${k}=${typeof val === 'number' ? Math.round(val * 10) / 10 : val}`).join(' '));
    if (ext.size) notes.push(`BLOCKED requests to other hosts (${ext.size}): ${[...ext].slice(0, 8).join(', ')}`);
    const got = rs.find((x) => x.fetched)?.fetched;
    if (got && n === SIZES[0]) notes.push(`requests: ${got.filter((u) => !u.startsWith('/pages/')).join(' ')}`);
    if (errs.length) notes.push(`errors: ${errs[0].error}${errs[0].consoleErrors?.length ? ` | ${errs[0].consoleErrors[0]}` : ''}`);
    const ce = rs.find((x) => !x.error && x.consoleErrors?.length)?.consoleErrors;
    if (ce) notes.push(`console errors: ${ce[0]}`);
    if (notes.length) console.log(`  ${v.label}: ${notes.join('; ')}`);
  }
}
