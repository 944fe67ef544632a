// The heading outline of every element on a plain page: used by attributes only under an <h1>, no
// level is skipped (axe's heading-order); under an <h2>, the titles are <h3>; and a page's own
// heading-level still wins.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { outlineLevel } from '../../components/base/heading.js';
import type { CwElement } from '../../components/base/cw-element.js';
import { EVERY_ELEMENT } from './helpers.js';

/** The elements with a title (not the badge), and where their title is: a part, or their first heading. */
const HEADED = ['cw-roadmap-timeline', 'cw-city-map', 'cw-project-list'];
const ELEMENTS = EVERY_ELEMENT.filter(({ tag }) => tag !== 'cw-sdg-badge').map((e) => ({ ...e, title: HEADED.includes(e.tag) ? 'h1, h2, h3, h4, h5, h6' : '[part~="title"]' }));

async function page(before: string, tag: string, attrs: string): Promise<CwElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
  wrap.innerHTML = `${before}<${tag} ${attrs}></${tag}>`;
  const el = wrap.querySelector(tag) as CwElement;
  await waitUntil(() => el.state === 'ready', `${tag} did not become ready`, { timeout: 10000 });
  await el.updateComplete;
  return el;
}

/** The first heading the element shows (in its shadow tree, or in a nested element's). */
function firstHeading(el: Element, selector: string): Element {
  const own = el.shadowRoot!.querySelector(selector);
  if (own) return own;
  const nested = el.shadowRoot!.querySelector('cw-project-card');
  return nested!.shadowRoot!.querySelector('[part~="title"]')!;
}

describe('heading outline', () => {
  it('outlineLevel: one below the heading before the element, else the fallback', async () => {
    const lone = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(outlineLevel(lone, 3), 'no heading before it').to.equal(3);
    const wrap = await fixture<HTMLDivElement>(html`<div><h1>Page</h1><p></p><section><h3>Section</h3><span id="a"></span></section><span id="b"></span></div>`);
    expect(outlineLevel(wrap.querySelector('p')!, 3)).to.equal(2);
    expect(outlineLevel(wrap.querySelector('#a')!, 3)).to.equal(4);
    expect(outlineLevel(wrap.querySelector('#b')!, 3), 'after the section: still after its <h3>').to.equal(4);
  });

  for (const { tag, attrs, title } of ELEMENTS) {
    it(`<${tag}> under an <h1>: its title is an <h2>, and axe finds no skipped level`, async () => {
      const el = await page('<h1>Tanger, ville d’accueil</h1>', tag, attrs);
      expect(firstHeading(el, title).localName).to.equal('h2');
      await expect(el.parentElement!).to.be.accessible({ ignoredRules: ['region', 'landmark-unique'] });
    });

    it(`<${tag}> under an <h2>: an <h3>; with heading-level="5": an <h5>`, async () => {
      expect(firstHeading(await page('<h2>Nos projets</h2>', tag, attrs), title).localName).to.equal('h3');
      expect(firstHeading(await page('<h2>Nos projets</h2>', tag, `${attrs} heading-level="5"`), title).localName).to.equal('h5');
    });
  }
});
