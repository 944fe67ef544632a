// The WordPress plugin (dist/wordpress/cityweave/, `npm run build:wordpress`) in Debian's WordPress
// (6.1, Twenty Twenty-Three), on 127.0.0.1 only: a private MariaDB on a socket (no network), PHP's
// built-in server. As an author (no `unfiltered_html`): a post with shortcodes, one with a block, one
// with an element written by hand, one with an embed URL; each shows its elements on the front end
// in Chromium, in French and in Arabic, with the bundle loaded once. Run by `npm run test:wordpress`
// (scripts/test-wordpress.sh installs what it needs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchChromium } from '../../scripts/demo-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const CONFIG_NAME = 'cityweave-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
const PLUGIN = join(root, 'dist/wordpress/cityweave');
const missing = [
  !existsSync('/usr/share/wordpress/wp-settings.php') && 'Debian\'s wordpress package',
  !existsSync('/usr/sbin/mariadbd') && 'mariadb-server',
  !existsSync(PLUGIN) && 'the built plugin (npm run build:wordpress)',
  !chromiumPath() && 'Chromium',
].filter(Boolean);
const skip = missing.length ? `missing: ${missing.join(', ')}; run npm run test:wordpress` : false;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function until(check, what, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the WordPress plugin, used by an author', { skip, timeout: 240_000 }, () => {
  let tmp, db, php, browser, url, env;
  const posts = {};
  const wp = (args, input) => JSON.parse(execFileSync('php', [join(here, 'wp.php'), ...args], { env, input, encoding: 'utf8' }).trim().split('\n').at(-1));

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'cityweave-wp-'));
    const sock = join(tmp, 'mysqld.sock');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${tmp}/db`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'ignore' });
    db = spawn('mariadbd', ['--no-defaults', `--datadir=${tmp}/db`, `--socket=${sock}`, '--skip-networking', '--user=root', `--pid-file=${tmp}/mysqld.pid`, `--log-error=${tmp}/mysqld.log`], { stdio: 'ignore' });
    await until(() => existsSync(sock) && execFileSync('mariadb-admin', [`--socket=${sock}`, '-uroot', 'ping'], { encoding: 'utf8' }).includes('alive'), 'MariaDB');
    execFileSync('mariadb', [`--socket=${sock}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    const content = join(tmp, 'wp-content');
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'uploads'));
    cpSync(PLUGIN, join(content, 'plugins/cityweave'), { recursive: true });
    symlinkSync('/var/lib/wordpress/wp-content/themes', join(content, 'themes'));
    symlinkSync('/var/lib/wordpress/wp-content/languages', join(content, 'languages'));

    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    writeFileSync(
      CONFIG_FILE,
      `<?php // written by cityweave's test/wordpress/wordpress.test.mjs, removed after it
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', 'localhost:${sock}');
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}'); define('WP_CONTENT_URL', '${url}/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true);
$table_prefix = 'wp_';
`,
    );
    env = { ...process.env, WORDPRESS_CONFIG: CONFIG_NAME, CITYWEAVE_WP_URL: url, CITYWEAVE_WP_CONTENT: content };
    const installed = wp(['install']);
    assert.equal(installed.theme, 'twentytwentythree');
    assert.deepEqual(installed.plugins, ['cityweave/cityweave.php']);

    php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')], { env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: 'ignore' });
    await until(async () => (await fetch(`${url}/`)).ok, 'PHP\'s server');

    const embedUrl = `${url}/wp-content/plugins/cityweave/cdn/embed.html?el=project-card&project=tanger-accueil`;
    const create = (title, text) => {
      const r = wp(['post-as-author', title], text);
      assert.equal(r.unfiltered_html, false, 'the author has no unfiltered_html');
      assert.ok(r.id > 0);
      return r.id;
    };
    posts.shortcode = create('Shortcode', '[cityweave-project-card project="tanger-accueil" onclick="alert(1)"]\n\nODD [cityweave-sdg-badge code="10.7" link] dans le texte.');
    posts.block = create('Block', '<!-- wp:cityweave/project-card {"project":"tanger-accueil","variant":"compact","align":"wide"} /-->\n\n<!-- wp:cityweave/sdg-badge {"code":"5"} /-->');
    posts.raw = create('Raw', '<div lang="ar"><cw-sdg-badge code="10.7"></cw-sdg-badge></div><script>alert(1)</script>');
    posts.embed = create('Embed', `Avant.\n\n${embedUrl}\n\nAprès.`);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    php?.kill('SIGTERM');
    db?.kill('SIGTERM');
    if (db) await new Promise((r) => (db.exitCode !== null ? r() : db.once('exit', r)));
    rmSync(CONFIG_FILE, { force: true });
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('stores only the shortcodes and block attributes, and kses keeps the author’s <cw-sdg-badge code="10.7">', () => {
    assert.equal(wp(['content', posts.block]).content, '<!-- wp:cityweave/project-card {"project":"tanger-accueil","variant":"compact","align":"wide"} /-->\n\n<!-- wp:cityweave/sdg-badge {"code":"5"} /-->');
    assert.match(wp(['content', posts.shortcode]).content, /^\[cityweave-project-card project="tanger-accueil"/);
    const raw = wp(['content', posts.raw]).content;
    assert.ok(raw.startsWith('<div lang="ar"><cw-sdg-badge code="10.7"></cw-sdg-badge></div>'), raw);
    assert.ok(!raw.includes('<script'), raw);
    // Without the plugin's rule, kses empties it (what issue 18 found).
    assert.equal(wp(['kses-without-plugin']).content, '<div lang="ar"></div>');
  });

  for (const [locale, lang, dir, title] of [
    ['fr_FR', 'fr-FR', 'ltr', 'Promotion des partenariats pour l’accueil et l’intégration des immigrants dans la Ville de Tanger'],
    ['ar', 'ar', 'rtl', 'تعزيز الشراكات من أجل استقبال المهاجرين وإدماجهم في مدينة طنجة'],
  ]) {
    describe(`with the site in ${locale}`, () => {
      let page;
      const errors = [];
      before(async () => {
        wp(['lang', locale]);
        page = await browser.newPage();
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      });
      after(() => page?.close());

      const open = async (id) => {
        await page.goto(`${url}/?p=${id}`, { waitUntil: 'load' });
        await page.waitForFunction(() => [...document.querySelectorAll('cw-project-card, cw-sdg-badge')].every((el) => customElements.get(el.localName) && ['ready', 'error', 'empty'].includes(el.state)), { timeout: 30_000 });
        return page.evaluate(() => ({
          html: { lang: document.documentElement.lang, dir: document.documentElement.dir },
          scripts: [...document.querySelectorAll('script[src*="cityweave/cdn/cityweave.js"]')].map((s) => s.type),
          elements: [...document.querySelectorAll('.entry-content cw-project-card, .entry-content cw-sdg-badge, .wp-block-post-content cw-project-card, .wp-block-post-content cw-sdg-badge')].map((el) => ({
            tag: el.localName,
            state: el.state,
            lang: el.getAttribute('lang'),
            dir: el.dir,
            attrs: el.getAttributeNames().sort(),
            title: el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
            parentClass: el.parentElement.className,
          })),
        }));
      };

      test('a post with shortcodes shows the elements, in the site’s language, the bundle loaded once as a module', async () => {
        const seen = await open(posts.shortcode);
        if (dir === 'rtl') assert.equal(seen.html.dir, 'rtl', 'WordPress itself writes dir="rtl" for Arabic');
        assert.deepEqual(seen.scripts, ['module']);
        const [card, badge] = seen.elements;
        assert.deepEqual({ tag: card.tag, state: card.state, lang: card.lang, dir: card.dir, title: card.title }, { tag: 'cw-project-card', state: 'ready', lang, dir, title });
        assert.ok(!card.attrs.includes('onclick'), card.attrs.join());
        assert.deepEqual({ tag: badge.tag, state: badge.state }, { tag: 'cw-sdg-badge', state: 'ready' });
        assert.ok(badge.attrs.includes('link'));
        assert.deepEqual(errors, []);
      });

      test('a post with blocks shows the elements, the card wide', async () => {
        const seen = await open(posts.block);
        const [card, badge] = seen.elements;
        assert.deepEqual({ state: card.state, lang: card.lang, title: card.title }, { state: 'ready', lang, title });
        assert.match(card.parentClass, /\bwp-block-cityweave-project-card\b/);
        assert.match(card.parentClass, /\balignwide\b/);
        assert.equal(badge.state, 'ready');
        assert.deepEqual(seen.scripts, ['module']);
      });

      test('an element the author wrote by hand is shown (the plugin loads the bundle)', async () => {
        const seen = await open(posts.raw);
        assert.deepEqual(seen.elements.map((e) => [e.tag, e.state, e.dir]), [['cw-sdg-badge', 'ready', 'rtl']]);
      });

      test('an embed URL alone on a line becomes the resizing iframe', async () => {
        await page.goto(`${url}/?p=${posts.embed}`, { waitUntil: 'load' });
        const frame = await page.$eval('iframe[data-cityweave]', (f) => ({ src: f.src, height: f.getAttribute('height') }));
        assert.match(frame.src, /\/wp-content\/plugins\/cityweave\/cdn\/embed\.html\?el=project-card&project=tanger-accueil&lang=/);
        await page.waitForFunction(() => document.querySelector('iframe[data-cityweave]').style.height !== '', { timeout: 30_000 });
      });
    });
  }

  test('answers oEmbed requests for the embed URLs', async () => {
    const target = `${url}/wp-content/plugins/cityweave/cdn/embed.html?el=sdg-badge&code=10.7`;
    const r = await fetch(`${url}/?rest_route=/cityweave/v1/oembed&url=${encodeURIComponent(target)}`);
    assert.equal(r.status, 200);
    const body = await r.json();
    assert.equal(body.type, 'rich');
    assert.match(body.html, /^<iframe src="[^"]+embed\.html\?el=sdg-badge&#038;code=10\.7&#038;lang=[a-zA-Z-]+"/);
    const bad = await fetch(`${url}/?rest_route=/cityweave/v1/oembed&url=${encodeURIComponent(`${url}/elsewhere`)}`);
    assert.equal(bad.status, 404);
  });
});
