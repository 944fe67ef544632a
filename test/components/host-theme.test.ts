// The elements on a page whose theme applies the rules a WordPress block theme does (Twenty
// Twenty-Three): `* { box-sizing: content-box }`, a 650 px content column that centres its direct
// children, and `alignwide`/`alignfull` for wider blocks. Found in a real WordPress (issue 18).
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../components/sdg-badge/define.js';
import '../../components/project-card/define.js';
import '../../components/project-list/define.js';
import type { CwElement } from '../../components/base/cw-element.js';
import { mount, settle } from './helpers.js';

const THEME = `
  * { box-sizing: content-box; }
  .theme-page { inline-size: 1200px; }
  .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) {
    max-width: 650px; margin-left: auto !important; margin-right: auto !important;
  }
  .is-layout-constrained > .alignwide { max-width: 1000px; }
`;

let style: HTMLStyleElement;
before(() => {
  style = document.createElement('style');
  style.textContent = THEME;
  document.head.append(style);
});
after(() => style.remove());

async function ready(root: Element): Promise<void> {
  const all = [...root.querySelectorAll<CwElement>('cw-sdg-badge, cw-project-card, cw-project-list')];
  await waitUntil(() => all.every((el) => el.state !== 'loading'), 'the elements stay in loading', { timeout: 8000 });
  await settle(root);
}

/** Every element of a shadow tree (nested ones too). */
function shadowElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...shadowElements(el.shadowRoot)] : [el]));
}

describe('a page with a theme’s global rules', () => {
  it('keeps `* { box-sizing: content-box }` out of the shadow tree: the list’s fields stay inside their panel', async () => {
    const page = await mount(html`<div class="theme-page is-layout-constrained" lang="fr">
      <cw-project-list network="mc2cm"></cw-project-list>
    </div>`);
    await ready(page);
    const list = page.querySelector('cw-project-list')!;
    expect(getComputedStyle(list).boxSizing, 'the theme does set the host').to.equal('content-box');
    const inner = shadowElements(list.shadowRoot!).filter((el) => !['STYLE', 'TEMPLATE'].includes(el.tagName));
    expect(inner.length).to.be.greaterThan(10);
    expect(inner.filter((el) => getComputedStyle(el).boxSizing !== 'border-box').map((el) => el.localName)).to.deep.equal([]);
    const form = list.shadowRoot!.querySelector('form')!;
    const formBox = form.getBoundingClientRect();
    const fields = [...form.querySelectorAll('input, select')];
    expect(fields.length).to.be.greaterThan(1);
    for (const field of fields) {
      const box = field.getBoundingClientRect();
      expect(box.right, `<${field.localName}> runs past its panel`).to.be.at.most(formBox.right + 0.5);
    }
  });

  for (const lang of ['fr', 'ar']) {
    it(`aligns a standalone badge with the content column, and keeps a badge in a sentence inline (${lang})`, async () => {
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      const page = await mount(html`<div class="theme-page is-layout-constrained" lang=${lang} dir=${dir}>
        <p class="para">Texte <cw-sdg-badge code="10.7"></cw-sdg-badge> dans une phrase.</p>
        <cw-sdg-badge class="alone" code="10.7"></cw-sdg-badge>
        <p>Suite.</p>
      </div>`);
      await ready(page);
      const column = page.querySelector('.para')!.getBoundingClientRect();
      const alone = page.querySelector('.alone')!;
      const badge = alone.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
      expect(column.width).to.equal(650);
      if (dir === 'ltr') expect(Math.round(badge.left)).to.equal(Math.round(column.left));
      else expect(Math.round(badge.right)).to.equal(Math.round(column.right));
      expect(badge.width, 'the badge keeps its own width').to.be.lessThan(400);
      const inline = page.querySelector('.para cw-sdg-badge')!;
      expect(getComputedStyle(inline).display).to.equal('inline-block');
    });
  }

  it('takes the theme’s wide and full widths (class="alignwide" / "alignfull")', async () => {
    const page = await mount(html`<div class="theme-page is-layout-constrained" lang="fr">
      <cw-project-card project="tanger-accueil"></cw-project-card>
      <cw-project-card class="alignwide" project="tanger-accueil"></cw-project-card>
      <cw-project-card class="alignfull" project="tanger-accueil"></cw-project-card>
    </div>`);
    await ready(page);
    const widths = [...page.querySelectorAll('cw-project-card')].map((el) => Math.round(el.getBoundingClientRect().width));
    expect(widths).to.deep.equal([650, 1000, 1200]);
  });
});
