// The packed tarball works as users get it: installed into an empty project, the domain library is
// imported in Node and answers a query; a component loads in Chromium from the installed package.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
let dir, pkgDir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cityweave-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const tarball = join(dir, JSON.parse(out)[0].filename);
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // Dependencies come from the local npm cache when it has them (they were installed for the build).
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app, stdio: 'ignore' });
  pkgDir = join(app, 'node_modules', 'cityweave');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the tarball holds the built library, the CDN bundle, the schema and the data, and no tests', () => {
  for (const f of ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/cdn/cityweave.js', 'dist/atlas.schema.json', 'dist/data/atlas.json', 'bin/cityweave.js', 'README.md']) {
    assert.ok(existsSync(join(pkgDir, f)), f);
  }
  assert.ok(!existsSync(join(pkgDir, 'test')));
  assert.ok(!existsSync(join(pkgDir, 'node_modules')));
});

test('the installed package is importable in Node and answers a query', () => {
  const script = `
    import { loadDefaultAtlas, sdgTarget } from 'cityweave';
    const r = await loadDefaultAtlas();
    if (!r.ok) throw new Error('default atlas invalid');
    const lead = r.atlas.membersOf('arab-coalition').find((m) => m.roles.includes('lead'));
    console.log(JSON.stringify({ lead: lead.city.id, projects: r.atlas.projects({ network: 'mc2cm' }).length, t: sdgTarget('10.7').goal }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(dir, 'app'), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()), { lead: 'casablanca-ma', projects: 15, t: '10' });
});

test('the installed CLI runs', () => {
  const r = spawnSync(join(dir, 'app', 'node_modules', '.bin', 'cityweave'), ['validate'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /projects\s+15/);
});

test('a component loads in Chromium from the installed package', { skip: !existsSync(chrome) && 'no Chromium' }, async () => {
  const { default: puppeteer } = await import('puppeteer-core');
  const root = join(dir, 'app');
  writeFileSync(join(root, 'index.html'), `<!doctype html><html lang="fr"><body>
    <script type="module" src="/node_modules/cityweave/dist/cdn/cityweave.js"></script>
    <cw-project-card project="tanger-accueil"></cw-project-card></body></html>`);
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const file = resolve(root, '.' + decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => document.querySelector('cw-project-card')?.state === 'ready', { timeout: 20000 });
    const title = await page.evaluate(() => document.querySelector('cw-project-card').shadowRoot.querySelector('h3, h2, h4')?.textContent ?? '');
    assert.match(title, /Promotion des partenariats pour l.accueil/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
