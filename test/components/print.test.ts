// Printing and full-page captures (issue 15, polish): what an element skips on screen, CSS off-screen
// skipping (`content-visibility`) or rendering on demand (a windowed list, the first activities of a
// card), is all there on paper, and for a capture after `cw-render-all` with
// `--cw-content-visibility: visible` on the page (a capture fires no print event).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/index.js';
import type { CwElement } from '../../components/base/cw-element.js';
import { EVERY_ELEMENT } from './helpers.js';

/** Every element that skips content on screen; the windowed lists' own print tests check that every row is drawn. */
const ELEMENTS = EVERY_ELEMENT.filter(({ tag }) => tag !== 'cw-sdg-badge');

/** Every element of the shadow trees under `root` (nested elements' trees too) whose content the browser skips. */
function skipped(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: ParentNode, path: string) => {
    for (const el of node.querySelectorAll('*')) {
      const cv = getComputedStyle(el).contentVisibility;
      if (cv === 'auto' || cv === 'hidden') out.push(`${path}${el.localName}.${[...el.classList].join('.')} (${cv})`);
      if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName} >> `);
    }
  };
  walk(root.shadowRoot!, `${root.localName} >> `);
  return out;
}

describe('print and full-page capture', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  for (const { tag, attrs } of ELEMENTS) {
    it(`<${tag}>: nothing is skipped on paper, nor in a capture after cw-render-all`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      wrap.innerHTML = `<h1>Page</h1><${tag} ${attrs}></${tag}>`;
      const el = wrap.querySelector(tag) as CwElement;
      await waitUntil(() => el.state === 'ready', `${tag} did not become ready`, { timeout: 10000 });
      await el.updateComplete;
      // Print: the browser's print media and print events.
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(skipped(el), 'skipped on paper').to.deep.equal([]);
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      // A capture: the page asks for everything.
      wrap.style.setProperty('--cw-content-visibility', 'visible');
      window.dispatchEvent(new Event('cw-render-all'));
      await el.updateComplete;
      expect(skipped(el), 'skipped in a capture').to.deep.equal([]);
    });
  }
});
