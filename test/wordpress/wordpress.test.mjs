// The WordPress plugin (dist/wordpress/cityweave/, `npm run build:wordpress`) in Debian's WordPress
// (6.1, Twenty Twenty-Three), on 127.0.0.1 only (test/wordpress/site.mjs). A real author (no
// `unfiltered_html`) logs in through wp-login.php in Chromium and, in French and in Arabic: writes a
// post with shortcodes in paragraphs; builds one in the block editor (inserts the blocks, sets their
// main attribute in the sidebar, sees the live preview show the element, picks wide and full
// alignment, publishes); posts an element written by hand and an embed URL through the REST API of
// their session. Each post is then checked on the front end. Also: the oEmbed endpoint, and the
// WordPress ≥ 6.5 branch (`wp_enqueue_script_module`) through a test-only stand-in, as Debian has 6.1.
// Run by `npm run test:wordpress` (scripts/test-wordpress.sh installs what it needs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromiumPath, launchChromium } from '../../scripts/demo-browser.mjs';
import { missingForSite, startSite, stopSite } from './site.mjs';
import { align, insertBlock, logIn, newPost, postThroughRest, publish, setInSidebar, typeParagraphs } from './editor.mjs';

const missing = [...missingForSite(), !chromiumPath() && 'Chromium'].filter(Boolean);
const skip = missing.length ? `missing: ${missing.join(', ')}; run npm run test:wordpress` : false;

const PROJECT = 'tanger-accueil';
/** What the build says the bundle imports at once (the plugin prints a modulepreload for each chunk). */
const preloadJson = () => JSON.parse(readFileSync(new URL('../../dist/wordpress/cityweave/cdn/preload.json', import.meta.url), 'utf8'));
// WordPress's own editor asks for these and an author may not read them (403): not the plugin's doing.
const CORE_ROUTES_AN_AUTHOR_MAY_NOT_READ = /[?&]rest_route=%2Fwp%2Fv2%2F(templates|categories|settings)\b/;

/** Collects what goes wrong in a page: script errors, console errors, failed responses, requests that leave the site. */
function watch(page, url) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && !CORE_ROUTES_AN_AUTHOR_MAY_NOT_READ.test(r.url()) && problems.push(`HTTP ${r.status()} ${r.url()}`));
  // A dialog (the editor's "leave the page?" when a post was not saved) would hold every later
  // navigation: it is accepted, and reported here, so that one failure does not hang the tests after it.
  page.on('dialog', (d) => {
    problems.push(`dialog (${d.type()}): ${d.message()}`);
    d.accept().catch(() => {});
  });
  page.on('request', (r) => !r.url().startsWith(`${url}/`) && !/^(data|blob):/.test(r.url()) && problems.push(`request outside the site: ${r.url()}`));
  return problems;
}

describe('the WordPress plugin, used by an author', { skip, timeout: 280_000 }, () => {
  let site, browser;
  const wp = (...args) => site.wp(...args);

  before(async () => {
    site = await startSite();
    assert.equal(site.installed.theme, 'twentytwentythree');
    assert.deepEqual(site.installed.plugins, ['cityweave/cityweave.php']);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (site) await stopSite(site);
  });

  test('the author is a real author: no unfiltered_html, and kses would empty their element without the plugin', () => {
    assert.deepEqual(wp(['user', site.author.login]), { id: site.installed.author, roles: ['author'], unfiltered_html: false });
    assert.equal(wp(['kses-without-plugin']).content, '<div lang="ar"></div>');
  });

  /** Each language's post with an embed URL, by locale. */
  const embedPosts = {};

  for (const [locale, lang, dir, title] of [
    ['fr_FR', 'fr-FR', 'ltr', 'Promotion des partenariats pour l’accueil et l’intégration des immigrants dans la Ville de Tanger'],
    ['ar', 'ar', 'rtl', 'تعزيز الشراكات من أجل استقبال المهاجرين وإدماجهم في مدينة طنجة'],
  ]) {
    describe(`with the site in ${locale}`, () => {
      let context, page, problems;
      const posts = {};
      before(async () => {
        wp(['lang', locale]);
        context = await browser.createBrowserContext(); // a fresh session: no cookie from the other language
        page = await context.newPage();
        page.setDefaultTimeout(60_000); // the editor loads in 1–10 s here, on a busy machine
        await page.setViewport({ width: 1280, height: 900 });
        problems = watch(page, site.url);
        await logIn(page, site.url, site.author);
      });
      after(() => context?.close());

      test('the author logs in through wp-login.php and the editor speaks the site’s language', async () => {
        const seen = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: getComputedStyle(document.body).direction, user: window.wp.data.select('core').getCurrentUser()?.id }));
        assert.deepEqual(seen, { lang, dir, user: site.installed.author });
      });

      test('block editor: the sidebar sets the main attribute, the live preview shows the element, wide and full alignment', async () => {
        await newPost(page, site.url, 'Blocs');
        await insertBlock(page, 'cityweave/project-card');
        await align(page, 'Wide width');
        await setInSidebar(page, 'project', PROJECT);
        // The live preview (ServerSideRender) is the element itself, run by the bundle in the editor.
        await page.waitForFunction((p) => document.querySelector(`.is-selected cw-project-card[project="${p}"]`)?.state === 'ready', {}, PROJECT);
        const card = await page.evaluate(() => {
          const block = document.querySelector('.block-editor-block-list__block.is-selected');
          const el = block.querySelector('cw-project-card');
          return { wide: block.classList.contains('alignwide'), lang: el.lang, dir: el.dir, title: el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(), width: block.getBoundingClientRect().width, text: document.querySelector('.editor-post-title__input').getBoundingClientRect().width };
        });
        assert.deepEqual({ wide: card.wide, lang: card.lang, dir: card.dir, title: card.title }, { wide: true, lang, dir, title });
        assert.ok(card.width > card.text, `the wide block (${card.width}px) is wider than the text column (${card.text}px)`);

        await insertBlock(page, 'cityweave/sdg-badge');
        await align(page, 'Full width');
        await setInSidebar(page, 'code', '10.7');
        await page.waitForFunction(() => document.querySelector('.is-selected cw-sdg-badge[code="10.7"]')?.state === 'ready');
        assert.ok(await page.$eval('.block-editor-block-list__block.is-selected', (b) => b.classList.contains('alignfull')));

        posts.block = await publish(page);
        // Only the blocks' attributes are stored.
        assert.deepEqual(wp(['content', posts.block]), {
          content: `<!-- wp:cityweave/project-card {"project":"${PROJECT}","align":"wide"} /-->\n\n<!-- wp:cityweave/sdg-badge {"code":"10.7","align":"full"} /-->`,
          author: site.author.login,
          status: 'publish',
        });
      });

      test('editor: shortcodes typed in paragraphs, then published', async () => {
        await newPost(page, site.url, 'Shortcodes');
        await typeParagraphs(page, [`[cityweave-project-card project="${PROJECT}" onclick="alert(1)"]`, 'ODD [cityweave-sdg-badge code="10.7" link] dans le texte.']);
        posts.shortcode = await publish(page);
        const stored = wp(['content', posts.shortcode]);
        assert.equal(stored.author, site.author.login);
        assert.match(stored.content, new RegExp(`<p>\\[cityweave-project-card project="${PROJECT}" onclick="alert\\(1\\)"\\]</p>`));
      });

      test('REST API in the author’s session: an element written by hand keeps its attributes (kses), the script goes', async () => {
        posts.raw = await postThroughRest(page, 'Raw', '<div lang="ar"><cw-sdg-badge code="10.7"></cw-sdg-badge></div><script>alert(1)</script>');
        const stored = wp(['content', posts.raw]);
        assert.equal(stored.author, site.author.login);
        assert.ok(stored.content.startsWith('<div lang="ar"><cw-sdg-badge code="10.7"></cw-sdg-badge></div>'), stored.content);
        assert.ok(!stored.content.includes('<script'), stored.content);
        posts.embed = await postThroughRest(page, 'Embed', `Avant.\n\n${site.url}/wp-content/plugins/cityweave/cdn/embed.html?el=project-card&project=${PROJECT}\n\nAprès.`);
      });

      const open = async (id) => {
        await page.goto(`${site.url}/?p=${id}`, { waitUntil: 'load' });
        await page.waitForFunction(() => [...document.querySelectorAll('cw-project-card, cw-sdg-badge')].every((el) => customElements.get(el.localName) && ['ready', 'error', 'empty'].includes(el.state)), { timeout: 30_000 });
        return page.evaluate(() => ({
          html: { lang: document.documentElement.lang, dir: document.documentElement.dir },
          scripts: [...document.querySelectorAll('script[src*="cityweave/cdn/cityweave.js"]')].map((s) => s.type),
          preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.href),
          // Each file of the bundle fetched once: a preload the bundle's import did not reuse would be fetched twice.
          fetched: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/cityweave/cdn/')),
          viewport: document.documentElement.clientWidth,
          column: document.querySelector('.wp-block-post-title').getBoundingClientRect().width,
          elements: [...document.querySelectorAll('.wp-block-post-content cw-project-card, .wp-block-post-content cw-sdg-badge')].map((el) => ({
            tag: el.localName,
            state: el.state,
            lang: el.getAttribute('lang'),
            dir: el.dir,
            attrs: el.getAttributeNames().sort(),
            title: el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
            parentClass: el.parentElement.className,
            parentWidth: el.parentElement.getBoundingClientRect().width,
          })),
        }));
      };

      test('front end: the post with shortcodes shows the elements, in the site’s language, the bundle loaded once as a module', async () => {
        const seen = await open(posts.shortcode);
        if (dir === 'rtl') assert.equal(seen.html.dir, 'rtl', 'WordPress itself writes dir="rtl" for Arabic');
        assert.deepEqual(seen.scripts, ['module']);
        // The bundle's core chunk asked for with it, not after it (cdn/preload.json), and fetched once.
        const cdn = `${site.url}/wp-content/plugins/cityweave/cdn/`;
        const chunks = preloadJson().chunks;
        assert.ok(chunks.length > 0, 'cdn/preload.json names the core chunk');
        assert.deepEqual(seen.preloads, chunks.map((c) => cdn + c));
        for (const file of seen.preloads) assert.equal(seen.fetched.filter((n) => n === file).length, 1, `${file} fetched once: ${seen.fetched.join(' ')}`);
        const [card, badge] = seen.elements;
        assert.deepEqual({ tag: card.tag, state: card.state, lang: card.lang, dir: card.dir, title: card.title }, { tag: 'cw-project-card', state: 'ready', lang, dir, title });
        assert.ok(!card.attrs.includes('onclick'), card.attrs.join());
        assert.deepEqual({ tag: badge.tag, state: badge.state }, { tag: 'cw-sdg-badge', state: 'ready' });
        assert.ok(badge.attrs.includes('link'));
      });

      test('front end: the post made in the block editor, the card wide and the badge full width', async () => {
        const seen = await open(posts.block);
        const [card, badge] = seen.elements;
        assert.deepEqual({ state: card.state, lang: card.lang, title: card.title }, { state: 'ready', lang, title });
        assert.match(card.parentClass, /\bwp-block-cityweave-project-card\b/);
        assert.match(card.parentClass, /\balignwide\b/);
        assert.ok(card.parentWidth > seen.column, `wide (${card.parentWidth}px) is wider than the text column (${seen.column}px)`);
        assert.equal(badge.state, 'ready');
        assert.match(badge.parentClass, /\balignfull\b/);
        assert.equal(badge.parentWidth, seen.viewport, 'full width spans the window');
        assert.deepEqual(seen.scripts, ['module']);
      });

      test('front end: the element the author wrote by hand is shown (the plugin loads the bundle)', async () => {
        const seen = await open(posts.raw);
        assert.deepEqual(seen.elements.map((e) => [e.tag, e.state, e.dir]), [['cw-sdg-badge', 'ready', 'rtl']]);
      });

      test('front end: an embed URL alone on a line becomes the resizing iframe', async () => {
        await page.goto(`${site.url}/?p=${posts.embed}`, { waitUntil: 'load' });
        embedPosts[locale] = posts.embed;
        const frame = await page.$eval('iframe[data-cityweave]', (f) => ({ src: f.src, height: f.getAttribute('height') }));
        assert.match(frame.src, new RegExp(`/wp-content/plugins/cityweave/cdn/embed\\.html\\?el=project-card&project=tanger-accueil&lang=${lang}$`));
        await page.waitForFunction(() => document.querySelector('iframe[data-cityweave]').style.height !== '', { timeout: 30_000 });
      });

      test('nothing went wrong in the pages: no script error, no failed request, nothing asked of another host', () => {
        assert.deepEqual(problems, []);
      });
    });
  }

  test('an embed pasted while the site was in French follows the site to Arabic (not the HTML WordPress kept)', async () => {
    assert.ok(embedPosts.fr_FR, 'the French post with an embed URL was shown');
    const cached = wp(['post-meta', String(embedPosts.fr_FR)]);
    assert.ok(Object.values(cached).some((v) => String(v).includes('lang=fr-FR')), `WordPress kept the French HTML: ${JSON.stringify(cached)}`);
    wp(['lang', 'ar']);
    const res = await fetch(`${site.url}/?p=${embedPosts.fr_FR}`);
    const src = (await res.text()).match(/<iframe src="([^"]+embed\.html[^"]+)"/)?.[1];
    assert.match(src ?? '', /lang=ar$/);
  });

  test('answers oEmbed requests for the embed URLs', async () => {
    const target = `${site.url}/wp-content/plugins/cityweave/cdn/embed.html?el=sdg-badge&code=10.7`;
    const r = await fetch(`${site.url}/?rest_route=/cityweave/v1/oembed&url=${encodeURIComponent(target)}`);
    assert.equal(r.status, 200);
    const body = await r.json();
    assert.equal(body.type, 'rich');
    assert.match(body.html, /^<iframe src="[^"]+embed\.html\?el=sdg-badge&#038;code=10\.7&#038;lang=[a-zA-Z-]+"/);
    const bad = await fetch(`${site.url}/?rest_route=/cityweave/v1/oembed&url=${encodeURIComponent(`${site.url}/elsewhere`)}`);
    assert.equal(bad.status, 404);
  });

  // Debian has WordPress 6.1, which has no script modules: this runs the plugin's 6.5 branch against
  // a stand-in (test/wordpress/script-module-standin.php) that only records the calls, not a real 6.5.
  test('WordPress ≥ 6.5 (stand-in for wp_enqueue_script_module): the bundle is asked for once, as a module, and the plugin prints no script tag of its own, only the core chunk’s modulepreload', async () => {
    const id = wp(['post', 'Modules'], `[cityweave-project-card project="${PROJECT}"]\n\n[cityweave-sdg-badge code="10.7"]`).id;
    const page = async (headers) => (await fetch(`${site.url}/?p=${id}`, { headers })).text();
    const calls = (html) => {
      const m = html.match(/<!-- cityweave-standin-calls ([A-Za-z0-9+/=]+) -->/);
      return m ? JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')) : null;
    };
    const bundle = /<script\b[^>]*cityweave\/cdn\/cityweave\.js/g;

    const with65 = await page({ 'X-Cityweave-Script-Module-Standin': '1' });
    assert.deepEqual(calls(with65), [['cityweave', `${site.url}/wp-content/plugins/cityweave/cdn/cityweave.js`, [], '0.1.0']]);
    assert.equal(with65.match(bundle), null, 'no script tag of the bundle: 6.5 prints the module itself');
    const preloads = (html) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    const core = preloadJson().chunks.map((c) => `${site.url}/wp-content/plugins/cityweave/cdn/${c}`);
    assert.deepEqual(preloads(with65), core);
    assert.equal((with65.match(/<cw-project-card\b/g) ?? []).length, 1);
    assert.equal((with65.match(/<cw-sdg-badge\b/g) ?? []).length, 1);

    // The same page without the stand-in (6.1 as it is): no call recorded, one module script tag.
    const with61 = await page({});
    assert.equal(calls(with61), null);
    assert.deepEqual(with61.match(bundle)?.map((tag) => /type="module"/.test(tag)), [true]);
    assert.deepEqual(preloads(with61), core);
  });
});
