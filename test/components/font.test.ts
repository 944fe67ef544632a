// The elements' font (issue 15, polish): an embed takes the page's font by default (the demo and
// Storybook once showed the browser's default serif through it), and `--cw-font-family` gives them
// another, for every element.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import type { CwElement } from '../../components/base/cw-element.js';
import { EVERY_ELEMENT as ELEMENTS } from './helpers.js';

/** The font-family of every text-bearing element of the shadow trees (nested elements' too), with the first element that has it. */
function fonts(root: Element): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      const family = getComputedStyle(el).fontFamily;
      if (!out.has(family) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')) out.set(family, `${el.localName}.${[...el.classList].join('.')}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return out;
}

describe('font', () => {
  for (const { tag, attrs } of ELEMENTS) {
    it(`<${tag}> uses the page's font, and --cw-font-family when set`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="fr" style="font-family: Georgia, serif"></div>`);
      wrap.innerHTML = `<${tag} ${attrs}></${tag}>`;
      const el = wrap.querySelector(tag) as CwElement;
      await waitUntil(() => el.state === 'ready', `${tag} did not become ready`, { timeout: 10000 });
      await el.updateComplete;
      expect([...fonts(el).keys()], 'inherited').to.deep.equal(['Georgia, serif']);
      // Cards far off screen are not restyled until shown (content-visibility): show them all.
      wrap.style.setProperty('--cw-content-visibility', 'visible');
      wrap.style.setProperty('--cw-font-family', 'Verdana, sans-serif');
      const set = fonts(el);
      expect([...set.keys()], `set by the page (${JSON.stringify(Object.fromEntries(set))})`).to.deep.equal(['Verdana, sans-serif']);
    });
  }
});
