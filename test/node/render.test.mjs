// `cityweave render` (ssr/render.mjs): the HTML of an element with its data in a declarative shadow
// root. In Chromium with JavaScript off, the card's title and objective are there, in the page's
// language; with JavaScript on, the bundle upgrades the element, which renders again in the same
// shadow root: ready, and nothing shown twice. Needs the build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchChromium } from '../../scripts/demo-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/cityweave.js');
const executablePath = chromiumPath();
const built = existsSync(join(root, 'dist/cdn/cityweave.js'));
const render = (...args) => execFileSync(process.execPath, [bin, 'render', ...args], { encoding: 'utf8' });

describe('cityweave render', { skip: built ? false : 'run `npm run build` first' }, () => {
  test('writes the element with its data in a declarative shadow root, in the language asked', () => {
    const fr = render('project-card', 'project=tanger-accueil', 'lang=fr');
    assert.match(fr, /^(<!--[^>]*-->)*<cw-project-card[^>]* project="tanger-accueil" lang="fr"/);
    assert.match(fr, /<template shadowroot="open" shadowrootmode="open">/);
    assert.ok(fr.includes('TangerAccueil'));
    assert.ok(fr.includes('Promotion des partenariats pour l’accueil'));
    const ar = render('project-card', 'project=tanger-accueil', 'lang=ar');
    assert.ok(ar.includes('تعزيز الشراكات من أجل استقبال المهاجرين'));
  });

  test('says what is wrong, with what to do', () => {
    const run = (...args) => spawnSync(process.execPath, [bin, 'render', ...args], { encoding: 'utf8' });
    const unknown = run('card');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /"card" is not an element\. usage: cityweave render <project-card\|/);
    assert.match(run('project-card', 'onclick=x').stderr, /<cw-project-card> has no attribute "onclick"; it has dir, /);
    assert.match(run('sdg-badge', 'code=10.7', '--data', '/no/such.json').stderr, /\/no\/such\.json: cannot read the data \(ENOENT\)/);
  });
});

describe('a rendered element in Chromium', { skip: !executablePath ? 'no Chromium found: set CHROME_PATH' : !built ? 'run `npm run build` first' : false }, () => {
  let server, browser, origin;
  const page = (body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
  before(async () => {
    const card = render('project-card', 'project=tanger-accueil', 'lang=fr');
    const pages = {
      '/static.html': page(card),
      '/upgraded.html': page(`<script type="module" src="/cdn/cityweave.js"></script>${card}`),
    };
    server = createServer((req, res) => {
      const url = new URL(req.url, 'http://x').pathname;
      if (pages[url]) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[url]);
      const file = join(root, 'dist', url);
      if (url.startsWith('/cdn/') && !url.includes('..') && existsSync(file)) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
      res.writeHead(404).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium(executablePath);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('shows the project’s title with JavaScript disabled', async () => {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${origin}/static.html`);
    const { shadow, title, defined } = await tab.evaluate(() => {
      const el = document.querySelector('cw-project-card');
      return { shadow: !!el.shadowRoot, title: el.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim(), defined: !!customElements.get('cw-project-card') };
    });
    assert.equal(defined, false, 'no script ran');
    assert.equal(shadow, true, 'the declarative shadow root is attached');
    assert.equal(title, 'Promotion des partenariats pour l’accueil et l’intégration des immigrants dans la Ville de Tanger');
    // Visible, styled (the element's own styles came with it).
    const box = await tab.$eval('cw-project-card', (el) => el.shadowRoot.querySelector('[part~="title"]').getBoundingClientRect().height);
    assert.ok(box > 10);
    await tab.close();
  });

  test('is upgraded by the bundle: ready, and shown once', async () => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => ['error', 'warn'].includes(m.type()) && errors.push(m.text()));
    await tab.goto(`${origin}/upgraded.html`);
    await tab.waitForFunction(() => document.querySelector('cw-project-card').state === 'ready', { timeout: 20_000 }).catch(async (e) => {
      throw new Error(`${e.message}; state ${await tab.evaluate(() => { const el = document.querySelector('cw-project-card'); return el.state + ' ' + JSON.stringify(el.failure) + String(el.failure?.cause?.stack); })}; ${errors.join('; ')}`);
    });
    await tab.evaluate(() => document.querySelector('cw-project-card').updateComplete);
    const titles = await tab.evaluate(() => [...document.querySelector('cw-project-card').shadowRoot.querySelectorAll('[part~="title"]')].map((t) => t.textContent.trim()));
    assert.deepEqual(titles, ['Promotion des partenariats pour l’accueil et l’intégration des immigrants dans la Ville de Tanger']);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
