/**
 * Elements without `atlas` or `src` show the bundled default dataset through the view of their
 * language (`loadDefaultAtlasView`, data/views/): rendered exactly as on the whole dataset, one load
 * per view shared by every element of that view, and a new view when the language changes, with
 * the current content kept on screen until it is there.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/project-card/define.js';
import '../../components/project-list/define.js';
import type { CwProjectCard } from '../../components/project-card/project-card.js';
import type { CwProjectList } from '../../components/project-list/project-list.js';
import { clearAtlasCache } from '../../components/base/data-source.js';
import { loadMessages } from '../../components/base/messages.js';
import type { Atlas } from '../../src/atlas.js';
import { mount, part, settle, text } from './helpers.js';
import { defaultAtlas } from '../fixtures/atlas-of.js';

/** What an element shows: its text, and every element that carries a `lang` (with its `dir` and text). */
function rendering(el: Element): { text: string; marked: string[] } {
  const marked: string[] = [];
  const visit = (root: ParentNode) => {
    for (const e of root.querySelectorAll('*')) {
      if (e.hasAttribute('lang') && e !== el) marked.push(`${e.getAttribute('lang')}|${e.getAttribute('dir') ?? ''}|${text(e)}`);
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  visit(el.shadowRoot!);
  return { text: text(el.shadowRoot), marked };
}

let full: Atlas;
before(async () => {
  full = await defaultAtlas();
  await Promise.all(['fr', 'en', 'ar'].map((l) => loadMessages(l)));
});
afterEach(() => clearAtlasCache());

describe('the bundled dataset, one view per language', () => {
  for (const lang of ['fr', 'en', 'ar', 'ar-MA', 'fr-TN', 'de', 'es']) {
    it(`renders as the whole dataset does, in ${lang}`, async () => {
      const wrap = await mount<HTMLElement>(html`<div lang=${lang}>
        <cw-project-card project="gouvernance-interculturalite"></cw-project-card>
        <cw-project-card project="gouvernance-interculturalite" .atlas=${full}></cw-project-card>
        <cw-project-list network="mc2cm"></cw-project-list>
        <cw-project-list network="mc2cm" .atlas=${full}></cw-project-list>
      </div>`);
      const [card, fullCard] = [...wrap.querySelectorAll('cw-project-card')] as CwProjectCard[];
      const [list, fullList] = [...wrap.querySelectorAll('cw-project-list')] as CwProjectList[];
      await waitUntil(() => card!.state === 'ready' && list!.state === 'ready', 'the view loads', { timeout: 8000 });
      await settle(wrap);
      expect(card!.currentAtlas).to.not.equal(full);
      expect(card!.currentAtlas, 'one view for the elements of a language').to.equal(list!.currentAtlas);
      expect(rendering(card!)).to.deep.equal(rendering(fullCard!));
      expect(rendering(list!)).to.deep.equal(rendering(fullList!));
    });
  }

  it('shares one view between the languages it serves', async () => {
    const wrap = await mount<HTMLElement>(html`<div>
      <cw-project-card lang="fr-FR" project="tanger-accueil"></cw-project-card>
      <cw-project-card lang="fr-TN" project="tanger-accueil"></cw-project-card>
      <cw-project-card lang="de" project="tanger-accueil"></cw-project-card>
      <cw-project-card lang="en" project="tanger-accueil"></cw-project-card>
      <cw-project-card lang="ar-MA" project="tanger-accueil"></cw-project-card>
      <cw-project-card lang="ar" project="tanger-accueil"></cw-project-card>
    </div>`);
    const cards = [...wrap.querySelectorAll('cw-project-card')] as CwProjectCard[];
    await waitUntil(() => cards.every((c) => c.state === 'ready'), 'the views load', { timeout: 8000 });
    const [frFr, frTn, de, en, arMa, ar] = cards.map((c) => c.currentAtlas);
    expect(frTn).to.equal(frFr);
    // A German reader reads English first (src/i18n/fallback.ts): the English view.
    expect(de).to.equal(en);
    expect(de).to.not.equal(frFr);
    expect(arMa).to.equal(ar);
    expect(ar).to.not.equal(frFr);
  });

  it('loads the view of the new language when it changes, showing the current content until it is there', async () => {
    const wrap = await mount<HTMLElement>(html`<div lang="fr"><cw-project-card project="tanger-accueil"></cw-project-card></div>`);
    const el = wrap.firstElementChild as CwProjectCard;
    await waitUntil(() => el.state === 'ready', 'the French view loads', { timeout: 8000 });
    expect(text(part(el, 'title'))).to.contain('Promotion des partenariats');
    const french = el.currentAtlas!;
    expect(Object.keys(french.project('tanger-accueil')!.title)).to.deep.equal(['fr']);

    const states: string[] = [];
    const host = el as unknown as { updated(changed: unknown): void };
    const updated = host.updated;
    host.updated = function (changed) {
      states.push(el.state);
      return updated.call(this, changed);
    };
    wrap.setAttribute('lang', 'en');
    await waitUntil(() => text(part(el, 'title')).startsWith('Promoting'), 'switches to English', { timeout: 8000 });
    expect(el.currentAtlas).to.not.equal(french);
    expect(Object.keys(el.currentAtlas!.project('tanger-accueil')!.title)).to.deep.equal(['en-t-fr']);
    expect(states, 'never back to its loading state').to.not.include('loading');

    wrap.setAttribute('lang', 'fr-TN');
    await waitUntil(() => text(part(el, 'title')).startsWith('Promotion des partenariats'), 'back to French', { timeout: 8000 });
    expect(el.currentAtlas, 'the French view, loaded once').to.equal(french);
    wrap.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(el.currentAtlas).to.equal(french);
    expect(states).to.not.include('loading');
  });
});
