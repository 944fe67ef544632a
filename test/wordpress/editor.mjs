// What an author does in WordPress 6.1's block editor, in Chromium (puppeteer): log in through
// wp-login.php, write a post, insert a block from the inserter, fill the block's sidebar, pick an
// alignment in the block's toolbar, publish. Buttons are found by WordPress's own class names and
// labels in the user's language (`wp.i18n.__`), so the same steps run in French and in Arabic.

/** Logs in through the login form and lands in the editor of a new post. */
export async function logIn(page, url, { login, password }) {
  await page.goto(`${url}/wp-login.php?redirect_to=${encodeURIComponent(`${url}/wp-admin/post-new.php`)}`, { waitUntil: 'load' });
  await page.type('#user_login', login);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  await editorReady(page);
}

async function editorReady(page) {
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && document.querySelector('.editor-post-title__input'));
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

/** Publishes the post (through the pre-publish panel) and returns its id. */
export async function publish(page) {
  await page.click('.editor-post-publish-panel__toggle');
  await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button', { visible: true })).click();
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return editor.isCurrentPostPublished() && !editor.isSavingPost() && !editor.isEditedPostDirty();
  });
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
