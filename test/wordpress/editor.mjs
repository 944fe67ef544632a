// What an author does in WordPress 6.1's block editor, in Chromium (puppeteer): log in through
// wp-login.php, write a post, insert a block from the inserter, fill the block's sidebar, pick an
// alignment in the block's toolbar, publish. Buttons are found by WordPress's own class names and
// labels in the user's language (`wp.i18n.__`), so the same steps run in French and in Arabic.
import assert from 'node:assert/strict';

/** Logs in through the login form and lands in the editor of a new post. */
export async function logIn(page, url, { login, password }) {
  trackRequests(page);
  await page.goto(`${url}/wp-login.php?redirect_to=${encodeURIComponent(`${url}/wp-admin/post-new.php`)}`, { waitUntil: 'load' });
  // wp-login.php focuses the name field and selects its text 200 ms after load: typed before that,
  // the first letters are selected and replaced by the next ones ("auteur" became "uteur" on a busy
  // machine). So the author types once the page has put the cursor there, as a person would.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.type('#user_login', login);
  await page.type('#user_pass', password);
  const typed = await page.evaluate(() => [document.querySelector('#user_login').value, document.querySelector('#user_pass').value]);
  assert.deepEqual(typed, [login, password], 'the login form holds what was typed');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  if (new URL(page.url()).pathname.endsWith('/wp-login.php')) {
    throw new Error(`the login failed: ${await page.$eval('#login_error', (e) => e.textContent.trim()).catch(() => 'no message')}`);
  }
  await editorReady(page);
}

/** Requests the page started and has not seen finish (kept per page, for the timeout's report). */
const pendingRequests = new WeakMap();
function trackRequests(page) {
  if (pendingRequests.has(page)) return;
  const pending = new Set();
  pendingRequests.set(page, pending);
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

async function editorReady(page) {
  trackRequests(page);
  try {
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && document.querySelector('.editor-post-title__input'));
  } catch (e) {
    // What the page shows and still waits for: a timeout alone says nothing of why.
    const seen = await page.evaluate(() => ({ title: document.title, text: document.body?.innerText.slice(0, 400), wp: Object.keys(window.wp ?? {}).length })).catch((err) => ({ error: err.message }));
    const pending = [...(pendingRequests.get(page) ?? [])].map((r) => r.url());
    e.message += `\n  at ${page.url()}: ${JSON.stringify(seen)}\n  requests still pending: ${pending.join(', ') || 'none'}`;
    throw e;
  }
}

/** A new post with its title typed in. */
export async function newPost(page, url, title) {
  if (!page.url().endsWith('/wp-admin/post-new.php')) {
    await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await editorReady(page);
  }
  await page.click('.editor-post-title__input');
  await page.keyboard.sendCharacter(title);
}

/** Paragraphs typed after the title (Enter in the title starts the first one). */
export async function typeParagraphs(page, paragraphs) {
  await page.click('.editor-post-title__input');
  await page.keyboard.press('End');
  for (const text of paragraphs) {
    await page.keyboard.press('Enter');
    // The whole text in one input event, as a paste or an input method gives it: key by key, the
    // editor takes about 80 ms a character on this machine.
    await page.keyboard.sendCharacter(text);
  }
}

/** Inserts a block from the inserter (searched by its title) and leaves it selected. */
export async function insertBlock(page, name) {
  const title = await page.evaluate((n) => window.wp.blocks.getBlockType(n).title, name);
  if (!(await page.evaluate(() => window.wp.data.select('core/edit-post').isInserterOpened()))) {
    await page.click('.edit-post-header-toolbar__inserter-toggle');
  }
  const search = await page.waitForSelector('.block-editor-inserter__search input');
  await search.click({ clickCount: 3 });
  await search.type(title);
  const before = await page.evaluate(() => window.wp.data.select('core/block-editor').getBlockCount());
  await (await page.waitForSelector(`.block-editor-block-types-list__item.editor-block-list-item-${name.replace('/', '-')}`)).click();
  await page.waitForFunction((n, count) => {
    const editor = window.wp.data.select('core/block-editor');
    return editor.getBlockCount() === count + 1 && editor.getSelectedBlock()?.name === n;
  }, {}, name, before);
  // The block's toolbar, as after a click on the block.
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  await page.waitForFunction(() => !window.wp.data.select('core/edit-post').isInserterOpened());
  await page.focus('.block-editor-block-list__block.is-selected');
}

/** Picks an alignment ('Wide width', 'Full width') in the selected block's toolbar. */
export async function align(page, which) {
  const [alignLabel, itemLabel] = await page.evaluate((w) => [window.wp.i18n.__('Align'), window.wp.i18n.__(w)], which);
  await page.keyboard.down('Alt');
  await page.keyboard.press('F10'); // the block's toolbar, as the editor's keyboard help says
  await page.keyboard.up('Alt');
  await (await page.waitForSelector(`.block-editor-block-toolbar button[aria-label="${alignLabel}"]`, { visible: true })).click();
  await page.waitForSelector('.components-dropdown-menu__menu [role="menuitemradio"]', { visible: true });
  const clicked = await page.$$eval('.components-dropdown-menu__menu [role="menuitemradio"]', (buttons, label) => {
    // The item's label, without the width the theme gives under it ("Max 1200px wide").
    const text = (b) => [...b.querySelectorAll('.components-menu-item__item')].at(-1)?.textContent.trim();
    const button = buttons.find((b) => text(b) === label);
    button?.click();
    return Boolean(button);
  }, itemLabel);
  if (!clicked) throw new Error(`no "${itemLabel}" in the block's alignment menu`);
}

/** Types a value in the field of the selected block's sidebar whose label is the attribute's name. */
export async function setInSidebar(page, attribute, value) {
  if (!(await page.evaluate(() => window.wp.data.select('core/edit-post').isEditorSidebarOpened()))) {
    await page.click('.interface-pinned-items button'); // the first: Settings
  }
  const id = await page.waitForFunction(
    (a) => [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent === a)?.htmlFor,
    {},
    attribute,
  );
  await page.type(`#${await id.jsonValue()}`, value);
}

/** What the editor says of the post: for the message when publishing does not finish. */
function postState(page) {
  return page.evaluate(() => {
    const editor = window.wp.data.select('core/editor');
    return {
      status: editor.getEditedPostAttribute('status'),
      published: editor.isCurrentPostPublished(),
      saving: editor.isSavingPost(),
      autosaving: editor.isAutosavingPost(),
      dirty: editor.isEditedPostDirty(),
      notices: window.wp.data.select('core/notices').getNotices().map((n) => n.content),
    };
  });
}

/** Publishes the post (through the pre-publish panel) and returns its id. */
export async function publish(page) {
  await page.click('.editor-post-publish-panel__toggle');
  // The button does nothing while the editor autosaves (it is aria-disabled then), a click during the
  // panel's slide can land beside it, and the editor may render the button anew between finding it
  // and clicking it: as an author would, find it and click again until the saving starts.
  for (let attempt = 1; ; attempt++) {
    const button = await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])', { visible: true }).catch(async (e) => {
      // Say what the editor was doing (saving, autosaving, a notice), for the next time it happens.
      e.message += `\n  the publish button stayed disabled; the editor: ${JSON.stringify(await postState(page))}`;
      throw e;
    });
    await button.click().catch((e) => {
      if (!/detached/i.test(e.message)) throw e;
    });
    const started = await page
      .waitForFunction(() => window.wp.data.select('core/editor').isSavingPost() || window.wp.data.select('core/editor').isCurrentPostPublished(), { timeout: 5_000 })
      .then(() => true, () => false);
    if (started) break;
    if (attempt === 3) throw new Error(`publishing did not start after 3 clicks: ${JSON.stringify(await postState(page))}`);
  }
  try {
    await page.waitForFunction(() => {
      const editor = window.wp.data.select('core/editor');
      return editor.isCurrentPostPublished() && !editor.isSavingPost() && !editor.isEditedPostDirty();
    });
  } catch (e) {
    e.message += `\n  the editor: ${JSON.stringify(await postState(page))}`;
    throw e;
  }
  return page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
}

/** Creates a published post through the REST API, in the logged-in author's session (the editor's nonce). */
export function postThroughRest(page, title, content) {
  return page.evaluate(
    async (t, c) => (await window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title: t, content: c, status: 'publish' } })).id,
    title,
    content,
  );
}
