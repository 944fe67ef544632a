import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/project-list/define.js';
import type { CwProjectList, CwFilterChangeEvent } from '../../components/project-list/project-list.js';
import type { CwProjectCard, CwProjectSelectEvent } from '../../components/project-card/project-card.js';
import type { CwErrorDetail } from '../../components/base/index.js';
import { defineElement } from '../../components/base/define.js';
import { clearAtlasCache } from '../../components/base/data-source.js';
import type { Atlas } from '../../src/atlas.js';
import { sdgTargets } from '../../src/sdg.js';
import { $, loaded, oneEvent, part, stubFetch, text } from './helpers.js';
import { projectsAtlas } from '../fixtures/synthetic-atlas.mjs';
import { atlasOf } from '../fixtures/atlas-of.js';

const FIXTURE = new URL('../fixtures/project-atlas.json', import.meta.url).href;
const NOT_JSON = new URL('../fixtures/project-not-json.json', import.meta.url).href;
const INVALID = new URL('../fixtures/project-invalid.json', import.meta.url).href;
const MISSING = new URL('../fixtures/project-does-not-exist.json', import.meta.url).href;
const LANGS = ['fr', 'en', 'ar'] as const;

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('cw-project-card')] as CwProjectCard[];
const cardIds = (el: Element) => cards(el).map((c) => c.getAttribute('project'));
const status = (el: Element) => text(part(el, 'status'));

let atlas: Atlas;
before(async () => {
  atlas = atlasOf(await (await fetch(FIXTURE)).json());
});

async function list(attrs: string, lang = 'fr', data: Atlas | null = atlas, width = 900): Promise<CwProjectList> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size: ${width}px"></div>`);
  wrap.innerHTML = `<cw-project-list ${attrs}></cw-project-list>`;
  const el = wrap.firstElementChild as CwProjectList;
  if (data) el.atlas = data;
  await loaded(el, 8000);
  await Promise.all(cards(el).map((c) => c.updateComplete));
  return el;
}

async function choose(el: CwProjectList, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  expect(select.value, `${id} has an option ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A generated atlas: `n` projects over 60 cities in 6 countries, with SDG targets and policy areas. */
function bigAtlas(n: number): Atlas {
  return atlasOf(projectsAtlas(n, { targets: sdgTargets().map((t) => t.code) }));
}

describe('<cw-project-list>', () => {
  describe('loaded', () => {
    it('shows a network’s projects as compact, selectable cards with labelled filters, in French, English and Arabic, and passes axe', async () => {
      const expected = { fr: '4 projets', en: '4 projects', ar: '' };
      for (const lang of LANGS) {
        const el = await list('network="mc2cm"', lang);
        expect(el.state).to.equal('ready');
        expect(cardIds(el)).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'liban-gouvernance', 'beyrouth-protection']);
        expect(cards(el).every((c) => c.variant === 'compact' && c.selectable)).to.equal(true);
        const listEl = part(el, 'list')!;
        expect(listEl.tagName).to.equal('UL');
        const items = [...listEl.children] as HTMLElement[];
        expect(items.map((li) => li.tagName)).to.deep.equal(['LI', 'LI', 'LI', 'LI']);
        expect(items[0]!.getAttribute('aria-setsize')).to.equal('4');
        expect(items[3]!.getAttribute('aria-posinset')).to.equal('4');
        if (lang !== 'ar') expect(status(el)).to.equal(expected[lang]);
        else expect(status(el)).to.not.equal('');
        const form = part(el, 'filters')!;
        expect(form.getAttribute('role')).to.equal('search');
        // Named after the network, so that two lists on a page are two distinct search landmarks.
        expect(form.getAttribute('aria-label')).to.equal({ fr: 'Filtrer les projets (MC2CM)', en: 'Filter the projects (MC2CM)', ar: 'تصفية المشاريع (MC2CM)' }[lang]);
        for (const id of ['cw-q', 'cw-goal', 'cw-target', 'cw-city', 'cw-country', 'cw-policy']) {
          const control = $(el, `#${id}`)!;
          expect(control, id).to.not.equal(null);
          expect($(el, `label[for="${id}"]`), `label of ${id}`).to.not.equal(null);
        }
        await expect(el).to.be.accessible();
      }
    });

    it('words the "all" option of each filter for that filter, agreeing in French', async () => {
      const expected = {
        fr: { 'cw-goal': 'Tous les objectifs', 'cw-target': 'Toutes les cibles', 'cw-city': 'Toutes les villes', 'cw-country': 'Tous les pays', 'cw-policy': 'Tous les domaines' },
        en: { 'cw-goal': 'All goals', 'cw-target': 'All targets', 'cw-city': 'All cities', 'cw-country': 'All countries', 'cw-policy': 'All policy areas' },
        ar: { 'cw-goal': 'جميع الأهداف', 'cw-target': 'جميع الغايات', 'cw-city': 'جميع المدن', 'cw-country': 'جميع البلدان', 'cw-policy': 'جميع مجالات السياسات' },
      };
      for (const lang of LANGS) {
        const el = await list('network="mc2cm"', lang);
        for (const [id, text] of Object.entries(expected[lang])) {
          const first = $<HTMLSelectElement>(el, `#${id}`)!.options[0]!;
          expect(first.value, id).to.equal('');
          expect(first.textContent, `${lang} ${id}`).to.equal(text);
        }
      }
    });

    it('offers filter options with counts, in catalogue and name order', async () => {
      const el = await list('network="mc2cm"', 'fr');
      const options = (id: string) => [...$<HTMLSelectElement>(el, `#${id}`)!.options].map((o) => o.value);
      expect(options('cw-goal')).to.deep.equal(['', '5', '10', '11', '16', '17']);
      expect(options('cw-country')).to.deep.equal(['', 'LB', 'MA', 'TN']);
      expect(options('cw-city')).to.deep.equal(['', 'beirut-lb', 'oujda-ma', 'sfax-tn', 'tanger-ma']);
      const goal10 = [...$<HTMLSelectElement>(el, '#cw-goal')!.options].find((o) => o.value === '10')!;
      expect(goal10.textContent).to.contain('10').and.contain('Inégalités réduites').and.contain('(3)');
      // Without a goal, targets are grouped by goal.
      expect($(el, '#cw-target optgroup')).to.not.equal(null);
      const lb = [...$<HTMLSelectElement>(el, '#cw-country')!.options].find((o) => o.value === 'LB')!;
      expect(lb.textContent).to.equal('Liban (2)');
    });

    it('gives the cards the heading level and the href template', async () => {
      const el = await list('network="mc2cm" heading-level="4" href-template="/fr/projets/{id}"', 'fr');
      const card = cards(el)[0]!;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="title"]')!.tagName).to.equal('H4');
      expect(card.shadowRoot!.querySelector('[part~="title-link"]')!.getAttribute('href')).to.equal('/fr/projets/tanger-accueil');
    });

    it('shows a city’s projects without a city filter', async () => {
      const el = await list('city="tanger-ma"', 'fr');
      expect(cardIds(el)).to.deep.equal(['tanger-accueil']);
      expect($(el, '#cw-city')).to.equal(null);
    });

    it('passes axe in the light and dark themes', async () => {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['fr', 'ar']) {
          const el = await list(`network="mc2cm" theme="${theme}"`, lang);
          expect(getComputedStyle(el).colorScheme).to.equal(theme);
          expect(getComputedStyle(cards(el)[0]!).colorScheme, 'cards follow the list’s theme').to.equal(theme);
          await expect(el).to.be.accessible();
        }
      }
    });
  });

  describe('filters', () => {
    it('filters by goal, then narrows to a target of that goal', async () => {
      const el = await list('network="mc2cm"', 'en');
      await choose(el, 'cw-goal', '10');
      expect(cardIds(el)).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'liban-gouvernance']);
      const targets = [...$<HTMLSelectElement>(el, '#cw-target')!.options].map((o) => o.value);
      expect(targets).to.deep.equal(['', '10.2', '10.7']);
      await choose(el, 'cw-target', '10.7');
      expect(el.filters.sdg).to.equal('10.7');
      expect(cardIds(el)).to.deep.equal(['tanger-accueil', 'sfax-coordination']);
      expect($<HTMLSelectElement>(el, '#cw-goal')!.value).to.equal('10');
      // "All" targets goes back to the goal.
      await choose(el, 'cw-target', '');
      expect(el.filters.sdg).to.equal('10');
      expect(cardIds(el)).to.have.length(3);
    });

    it('filters by city, country and policy area, combined', async () => {
      const el = await list('network="mc2cm"', 'en');
      await choose(el, 'cw-country', 'LB');
      expect(cardIds(el)).to.deep.equal(['liban-gouvernance', 'beyrouth-protection']);
      await choose(el, 'cw-policy', 'education');
      expect(cardIds(el)).to.deep.equal(['liban-gouvernance']);
      await choose(el, 'cw-policy', '');
      await choose(el, 'cw-country', '');
      await choose(el, 'cw-city', 'oujda-ma');
      expect(cardIds(el)).to.deep.equal(['tanger-accueil']);
    });

    it('searches text whatever the accents, case and Arabic spelling', async () => {
      const el = await list('', 'fr');
      const input = $<HTMLInputElement>(el, '#cw-q')!;
      const type = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
      };
      await type('TETOUAN');
      expect(cardIds(el)).to.deep.equal(['tetouan-diversite']);
      await type('beyrouth sociale');
      expect(cardIds(el)).to.deep.equal(['beyrouth-protection']);
      el.closest('div')!.setAttribute('lang', 'ar');
      await waitUntil(() => el.lang === 'ar');
      await type('التنـوع');
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['tetouan-diversite']);
    });

    it('is operable by keyboard: type in the search, tab to a filter, change it with the arrow keys', async () => {
      const el = await list('network="mc2cm"', 'en');
      $<HTMLInputElement>(el, '#cw-q')!.focus();
      await sendKeys({ type: 'Sfax' });
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['sfax-coordination']);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('cw-goal');
      await sendKeys({ press: 'Backspace' }); // no effect on a select
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#cw-goal')!.value).to.equal('5');
      expect(el.filters).to.deep.equal({ text: 'Sfax', sdg: '5' });
      expect(cardIds(el)).to.deep.equal(['sfax-coordination']);
      expect(el.shadowRoot!.activeElement!.id, 'focus stays on the select').to.equal('cw-goal');
    });

    it('announces the number of results in a polite status, after typing pauses', async () => {
      const el = await list('network="mc2cm"', 'fr');
      const live = part(el, 'status')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(status(el)).to.equal('4 projets');
      await choose(el, 'cw-country', 'LB');
      expect(status(el)).to.equal('2 résultats sur 4 projets');
      const input = $<HTMLInputElement>(el, '#cw-q')!;
      input.value = 'Beyrouth';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(cardIds(el), 'the list follows at once').to.deep.equal(['beyrouth-protection']);
      expect(status(el), 'the announcement waits for a pause').to.equal('2 résultats sur 4 projets');
      await waitUntil(() => status(el) === '1 résultat sur 4 projets', 'the count is announced', { timeout: 3000 });
      el.closest('div')!.setAttribute('lang', 'en');
      await waitUntil(() => status(el) === '1 result out of 4 projects', 'in English');
    });

    it('shows an empty result state with a way out, and clears the filters', async () => {
      for (const lang of LANGS) {
        const el = await list('network="mc2cm"', lang);
        const clear = $<HTMLButtonElement>(el, '.filters [part~="clear"]')!;
        expect(clear.disabled, 'nothing to clear yet').to.equal(true);
        const input = $<HTMLInputElement>(el, '#cw-q')!;
        input.value = 'zzzz introuvable';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        expect(cards(el)).to.have.length(0);
        const none = part(el, 'no-results')!;
        expect(text(none)).to.contain({ fr: 'Aucun résultat', en: 'No results', ar: 'لا توجد نتائج' }[lang]);
        expect(part(el, 'list')).to.equal(null);
        expect(clear.disabled).to.equal(false);
        await expect(el).to.be.accessible();
        (none.querySelector('button') as HTMLButtonElement).click();
        await el.updateComplete;
        await aTimeout(0);
        expect(cards(el)).to.have.length(4);
        expect(input.value).to.equal('');
        expect(el.filters).to.deep.equal({});
        expect(el.shadowRoot!.activeElement, 'focus goes to the search field').to.equal(input);
        expect(clear.disabled).to.equal(true);
      }
    });

    it('fires cw-filter-change with the filters, and lets cw-select from a card through', async () => {
      const el = await list('network="mc2cm"', 'fr');
      setTimeout(() => void choose(el, 'cw-goal', '16'));
      const change = (await oneEvent(el, 'cw-filter-change')) as CwFilterChangeEvent;
      expect(change.detail.filters).to.deep.equal({ sdg: '16' });
      await el.updateComplete;
      const card = cards(el)[0]!;
      await card.updateComplete;
      const wrap = el.parentElement!;
      setTimeout(() => (card.shadowRoot!.querySelector('[part~="title-button"]') as HTMLButtonElement).click());
      const select = (await oneEvent(wrap, 'cw-select')) as CwProjectSelectEvent;
      expect(select.detail).to.deep.equal({ project: 'tanger-accueil' });
      await card.updateComplete;
      expect(card.expanded).to.equal(true);
    });

    it('accepts a filter state through the filters property', async () => {
      const el = await list('network="mc2cm"', 'fr');
      el.filters = { policyArea: 'anti-discrimination' };
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['liban-gouvernance', 'beyrouth-protection']);
      expect($<HTMLSelectElement>(el, '#cw-policy')!.value).to.equal('anti-discrimination');
    });
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => {
      original = window.location.href;
    });
    afterEach(() => history.replaceState(history.state, '', original));

    it('reads the filters from the URL on load, and writes them back as they change (round trip)', async () => {
      const start = new URL(original);
      start.search = '?page=2&cw-sdg=10.7&cw-q=accueil';
      history.replaceState(history.state, '', start.href);
      const el = await list('network="mc2cm" sync-url', 'fr');
      expect(el.filters).to.deep.equal({ sdg: '10.7', text: 'accueil' });
      expect($<HTMLSelectElement>(el, '#cw-goal')!.value).to.equal('10');
      expect($<HTMLSelectElement>(el, '#cw-target')!.value).to.equal('10.7');
      expect($<HTMLInputElement>(el, '#cw-q')!.value).to.equal('accueil');
      expect(cardIds(el)).to.deep.equal(['tanger-accueil', 'sfax-coordination']);
      await choose(el, 'cw-city', 'tanger-ma');
      await waitUntil(() => new URL(window.location.href).searchParams.get('cw-city') === 'tanger-ma', 'the URL follows');
      const params = new URL(window.location.href).searchParams;
      expect(params.get('page'), 'the page’s own parameters are kept').to.equal('2');
      expect(params.get('cw-sdg')).to.equal('10.7');
      expect(params.get('cw-q')).to.equal('accueil');
      // A second list reading the shared URL shows the same view.
      const copy = await list('network="mc2cm" sync-url', 'fr');
      expect(copy.filters).to.deep.equal({ sdg: '10.7', city: 'tanger-ma', text: 'accueil' });
      expect(cardIds(copy)).to.deep.equal(['tanger-accueil']);
      // Clearing removes the parameters, and writes no history entry.
      const length = history.length;
      (el.shadowRoot!.querySelector('.filters [part~="clear"]') as HTMLButtonElement).click();
      await waitUntil(() => !new URL(window.location.href).searchParams.has('cw-sdg'), 'the URL is cleared');
      expect(new URL(window.location.href).search).to.equal('?page=2');
      expect(history.length).to.equal(length);
    });

    it("changes only its own cw-* keys: every other byte of the page's query and its hash stay as they were", async () => {
      const start = new URL(original);
      start.search = '?page_id=12&preview&a[b]=1&x=%7e+y';
      start.hash = '#x';
      history.replaceState(history.state, '', start.href);
      const el = await list('network="mc2cm" sync-url', 'fr');
      await choose(el, 'cw-country', 'TN');
      await waitUntil(() => window.location.search.includes('cw-country'), 'the URL follows');
      expect(window.location.search).to.equal('?page_id=12&preview&a[b]=1&x=%7e+y&cw-country=TN');
      expect(window.location.hash).to.equal('#x');
      (el.shadowRoot!.querySelector('.filters [part~="clear"]') as HTMLButtonElement).click();
      await waitUntil(() => !window.location.search.includes('cw-country'), 'the URL is cleared');
      expect(window.location.search).to.equal('?page_id=12&preview&a[b]=1&x=%7e+y');
      expect(window.location.hash).to.equal('#x');
    });

    it('follows the URL when the reader goes back in history', async () => {
      const el = await list('network="mc2cm" sync-url', 'fr');
      const withFilter = new URL(original);
      withFilter.search = '?cw-country=TN';
      history.pushState(null, '', withFilter.href);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['sfax-coordination']);
      history.replaceState(null, '', original);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(el.filters).to.deep.equal({});
      expect(cardIds(el)).to.have.length(4);
    });

    it('does not touch the URL without sync-url, and keeps two lists apart with url-prefix', async () => {
      const el = await list('network="mc2cm"', 'fr');
      await choose(el, 'cw-goal', '11');
      await aTimeout(350);
      expect(window.location.href).to.equal(original);
      const other = await list('network="mc2cm" sync-url url-prefix="b-"', 'fr');
      await choose(other, 'cw-country', 'TN');
      await waitUntil(() => new URL(window.location.href).searchParams.get('b-country') === 'TN');
      expect(new URL(window.location.href).searchParams.has('cw-country')).to.equal(false);
    });

    it('shows a value from an old link that the data lacks, so it can be cleared', async () => {
      const start = new URL(original);
      start.search = '?cw-policy=health';
      history.replaceState(history.state, '', start.href);
      const el = await list('network="mc2cm" sync-url', 'en');
      const select = $<HTMLSelectElement>(el, '#cw-policy')!;
      expect(select.value).to.equal('health');
      expect(select.selectedOptions[0]!.textContent).to.contain('not in the data');
      expect(part(el, 'no-results')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps such a value isolated in an Arabic option, so its digits and hyphens stay in order', async () => {
      const start = new URL(original);
      start.search = '?cw-policy=2019-health';
      history.replaceState(history.state, '', start.href);
      const el = await list('network="mc2cm" sync-url', 'ar');
      const select = $<HTMLSelectElement>(el, '#cw-policy')!;
      expect(select.value).to.equal('2019-health');
      expect(select.selectedOptions[0]!.textContent).to.equal('\u20682019-health\u2069 (غير موجود في البيانات) (0)');
    });
  });

  describe('states', () => {
    afterEach(() => clearAtlasCache());

    it('shows a loading placeholder, in each language', async () => {
      for (const lang of LANGS) {
        const url = `${FIXTURE}?list-loading-${lang}`;
        const stub = stubFetch({ [url]: () => new Promise<Response>(() => {}) });
        try {
          const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><cw-project-list network="mc2cm" src=${url}></cw-project-list></div>`);
          const el = wrap.firstElementChild as CwProjectList;
          await el.updateComplete;
          expect(el.state).to.equal('loading');
          expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
          await expect(el).to.be.accessible();
        } finally {
          stub.restore();
        }
      }
    });

    it('shows the empty state for a network without projects, in each language', async () => {
      for (const lang of LANGS) {
        const el = await list('network="quiet-network"', lang);
        expect(el.state).to.equal('empty');
        expect(text(part(el, 'empty'))).to.equal({ fr: 'Aucun projet à afficher.', en: 'No projects to show.', ar: 'لا توجد مشاريع لعرضها.' }[lang]);
        await expect(el).to.be.accessible();
      }
    });

    it('reports an unknown network or city with suggestions, in each language, with cw-error', async () => {
      for (const lang of LANGS) {
        for (const [attr, id, suggestion] of [
          ['network', 'mc2c', 'mc2cm'],
          ['city', 'tanger', 'tanger-ma'],
        ] as const) {
          const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
          const el = document.createElement('cw-project-list') as CwProjectList;
          el.setAttribute(attr, id);
          el.atlas = atlas;
          setTimeout(() => wrap.append(el));
          const event = (await oneEvent(wrap, 'cw-error')) as CustomEvent<CwErrorDetail>;
          expect(event.detail.kind).to.equal('unknown-id');
          expect(event.detail.id).to.equal(id);
          expect(event.detail.suggestions).to.include(suggestion);
          await el.updateComplete;
          expect(text(part(el, 'error-text'))).to.contain(suggestion);
          await expect(el).to.be.accessible();
        }
      }
    });

    it('reports an unreachable src, a src that is not JSON, and invalid data, in each language', async () => {
      for (const [url, kind] of [
        [MISSING, 'unreachable'],
        [NOT_JSON, 'not-json'],
        [INVALID, 'invalid'],
      ] as const) {
        for (const lang of LANGS) {
          const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
          const el = document.createElement('cw-project-list') as CwProjectList;
          el.setAttribute('network', 'mc2cm');
          el.setAttribute('src', url);
          setTimeout(() => wrap.append(el));
          const event = (await oneEvent(wrap, 'cw-error')) as CustomEvent<CwErrorDetail>;
          expect(event.detail.kind, `${kind} ${lang}`).to.equal(kind);
          await el.updateComplete;
          expect(el.state).to.equal('error');
          expect(part(el, 'error-title')).to.not.equal(null);
          await expect(el).to.be.accessible();
        }
      }
    });

    it('loads a src once for two lists that name it', async () => {
      const url = `${FIXTURE}?list-shared`;
      const real = window.fetch;
      const calls: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(String(input));
        return real(input, init);
      };
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><cw-project-list network="mc2cm" src=${url}></cw-project-list><cw-project-list city="tetouan-ma" src=${url}></cw-project-list></div>`);
        const [a, b] = [...wrap.children] as CwProjectList[];
        await waitUntil(() => a!.state === 'ready' && b!.state === 'ready', 'both lists load');
        expect(calls.filter((c) => c === url)).to.have.length(1);
        expect(cardIds(b!)).to.deep.equal(['tetouan-diversite']);
      } finally {
        window.fetch = real;
      }
    });
  });

  describe('layout and language', () => {
    it('mirrors the layout in Arabic (computed positions)', async () => {
      const geometry = (el: CwProjectList) => {
        const form = part(el, 'filters')!.getBoundingClientRect();
        const label = $(el, 'label[for="cw-q"]')!.getBoundingClientRect();
        const goal = $(el, '#cw-goal')!.getBoundingClientRect();
        const target = $(el, '#cw-target')!.getBoundingClientRect();
        const [first, second] = cards(el).map((c) => c.getBoundingClientRect());
        return { form, label, goal, target, first: first!, second: second! };
      };
      const fr = geometry(await list('network="mc2cm"', 'fr', atlas, 900));
      expect(fr.label.left - fr.form.left, 'fr: the label starts on the left').to.be.lessThan(fr.form.right - fr.label.right);
      expect(fr.target.top).to.be.greaterThan(fr.goal.top - 1);
      expect(fr.second.left, 'fr: the second card is to the right of the first').to.be.greaterThan(fr.first.left);
      const ar = geometry(await list('network="mc2cm"', 'ar', atlas, 900));
      expect(ar.form.right - ar.label.right, 'ar: the label starts on the right').to.be.lessThan(ar.label.left - ar.form.left);
      expect(ar.second.right, 'ar: the second card is to the left of the first').to.be.lessThan(ar.first.right);
      expect(Math.abs(ar.first.right - (fr.form.right)), 'ar: the first card sits at the right edge').to.be.lessThan(2);
    });

    it('is one Tab stop for its cards: the arrow keys, Home and End move between them, and Tab leaves the list', async () => {
      const el = await list('network="mc2cm"', 'en');
      const all = cards(el);
      expect(all.length).to.be.greaterThan(3);
      const tabbable = () => all.filter((c) => c.tabbable).map((c) => c.getAttribute('project'));
      expect(tabbable(), 'only the first card is in the Tab order').to.deep.equal([all[0]!.getAttribute('project')]);
      const titleOf = (c: CwProjectCard) => c.shadowRoot!.querySelector<HTMLElement>('[part~="title-button"]')!;
      await Promise.all(all.map((c) => c.updateComplete));
      expect(all.slice(1).every((c) => titleOf(c).tabIndex === -1)).to.equal(true);
      const focused = () => el.shadowRoot!.activeElement as CwProjectCard | null;
      all[0]!.focusTitle();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(all[1]);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(all[all.length - 1]);
      await sendKeys({ press: 'ArrowDown' }); // stays on the last
      expect(focused()).to.equal(all[all.length - 1]);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(all[0]);
      await sendKeys({ press: 'ArrowDown' });
      await Promise.all(all.map((c) => c.updateComplete));
      expect(tabbable(), 'the card reached is the Tab stop now').to.deep.equal([all[1]!.getAttribute('project')]);
      // The hint says so, and is the list's description.
      expect(part(el, 'list')!.getAttribute('aria-describedby')).to.equal('cw-keys');
      expect(text($(el, '#cw-keys'))).to.match(/arrow keys/);
    });

    it('folds its selects behind one button in a narrow container, saying how many are set', async () => {
      const el = await list('network="mc2cm"', 'fr', atlas, 390);
      const toggle = part(el, 'filters-toggle') as HTMLButtonElement;
      const fields = $(el, '#cw-filter-fields')!;
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(getComputedStyle(fields).display, 'folded').to.equal('none');
      expect(getComputedStyle(part(el, 'search')!).display, 'the search stays open').to.not.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('cw-filter-fields');
      expect(text(toggle)).to.equal('Filtres');
      // The first card is on the first screen of a 390 × 844 phone.
      expect(cards(el)[0]!.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.lessThan(844);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(fields).display).to.not.equal('none');
      await choose(el, 'cw-goal', '5');
      toggle.click();
      await el.updateComplete;
      expect(text(toggle)).to.equal('Filtres (1 actif)');
      await expect(el).to.be.accessible();
      // Wide: no button, every select shown.
      const wide = await list('network="mc2cm"', 'ar', atlas, 900);
      expect(getComputedStyle(part(wide, 'filters-toggle')!).display).to.equal('none');
      expect(getComputedStyle($(wide, '#cw-goal')!).display).to.not.equal('none');
      wide.filters = { sdg: '5', city: 'sfax-tn' };
      await wide.updateComplete;
      expect(text(part(wide, 'filters-toggle'))).to.equal('عوامل التصفية (عاملان مفعَّلان)');
    });

    it('prints every matching project, and says which filters are set', async () => {
      const el = await list('network="big"', 'fr', bigAtlas(300));
      // The cards near the viewport (the window of card-window.ts), not all 300.
      expect(cards(el).length).to.be.within(2, 60);
      el.filters = { country: 'MA' };
      await el.updateComplete;
      const matching = el.results.length;
      expect(matching).to.be.greaterThan(20);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(cards(el), 'all of them for print').to.have.length(matching);
      const line = el.shadowRoot!.querySelector('.print-only')!;
      expect(text(line)).to.match(/^Filtré par : Maroc/);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(cards(el).length, 'back to what was shown').to.be.lessThan(matching);
      // For a capture, which fires no print event.
      window.dispatchEvent(new Event('cw-render-all'));
      await el.updateComplete;
      expect(cards(el)).to.have.length(matching);
      window.dispatchEvent(new Event('afterprint'));
      // And the page can turn off content-visibility for it.
      el.style.setProperty('--cw-content-visibility', 'visible');
      expect(getComputedStyle(part(el, 'item')!).contentVisibility).to.equal('visible');
    });

    it('fits a 320px container: one column, no horizontal overflow', async () => {
      const el = await list('network="mc2cm"', 'fr', atlas, 320);
      const [a, b] = cards(el).map((c) => c.getBoundingClientRect());
      expect(b!.top).to.be.greaterThan(a!.bottom - 1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await expect(el).to.be.accessible();
    });

    it('fits a 380px phone in Arabic, its error message with a long URL too: no horizontal overflow', async () => {
      // A right-to-left page wider than its viewport is shifted sideways (the gallery's Arabic phone
      // capture was): the list, folded or not, and its error state stay within 380 px.
      for (const lang of ['ar', 'fr'] as const) {
        const el = await list('network="mc2cm"', lang, atlas, 380);
        expect(el.scrollWidth, `${lang}: the list`).to.be.at.most(el.clientWidth + 1);
        part(el, 'filters-toggle')!.click();
        await el.updateComplete;
        expect(el.scrollWidth, `${lang}: the unfolded filters`).to.be.at.most(el.clientWidth + 1);
        for (const c of cards(el)) expect(c.getBoundingClientRect().left, `${lang}: a card`).to.be.at.least(el.getBoundingClientRect().left - 1);
      }
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="inline-size: 380px"></div>`);
      const el = document.createElement('cw-project-list') as CwProjectList;
      el.setAttribute('network', 'mc2cm');
      el.setAttribute('src', `${MISSING}?${'a-very-long-query-without-a-break-'.repeat(6)}`);
      setTimeout(() => wrap.append(el));
      await oneEvent(wrap, 'cw-error');
      await el.updateComplete;
      const error = part(el, 'error-text')!;
      expect(text(error)).to.contain('a-very-long-query');
      expect(error.scrollWidth, 'the URL breaks').to.be.at.most(error.clientWidth + 1);
      expect(wrap.scrollWidth).to.be.at.most(380 + 1);
    });

    it('follows the lang of an ancestor and re-renders its options and cards when it changes', async () => {
      const el = await list('network="mc2cm"', 'fr');
      const lb = () => [...$<HTMLSelectElement>(el, '#cw-country')!.options].find((o) => o.value === 'LB')!.textContent;
      expect(lb()).to.equal('Liban (2)');
      const wrap = el.parentElement!;
      wrap.setAttribute('lang', 'en');
      await waitUntil(() => lb() === 'Lebanon (2)', 'options in English');
      expect(status(el)).to.equal('4 projects');
      await waitUntil(() => text(cards(el)[0]!.shadowRoot!.querySelector('[part~="title"]')).startsWith('Promoting'), 'cards in English');
      wrap.setAttribute('lang', 'ar');
      await waitUntil(() => el.getAttribute('dir') === 'rtl');
      expect($(el, 'label[for="cw-q"]')!.textContent).to.equal('بحث');
    });

    it('works from attributes alone on the bundled data', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><cw-project-list network="mc2cm"></cw-project-list></div>`);
      const el = wrap.firstElementChild as CwProjectList;
      await waitUntil(() => el.state === 'ready', 'the bundled data loads', { timeout: 8000 });
      await el.updateComplete;
      expect(status(el)).to.equal('15 projets');
      expect(cards(el)).to.have.length(15);
      await expect(el).to.be.accessible();
    });

    it('writes an ItemList of the matching projects as JSON-LD with structured-data', async () => {
      const el = await list('network="mc2cm" structured-data', 'en');
      // What writes it loads on demand, with the first element that has the attribute.
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'writes the script');
      const read = () => JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(read()['@type']).to.equal('ItemList');
      expect(read().numberOfItems).to.equal(4);
      expect(read().itemListElement[0].item.name).to.equal('Promoting partnerships for the reception of immigrants in Tangier');
      await choose(el, 'cw-country', 'TN');
      await el.updateComplete;
      expect(read().numberOfItems).to.equal(1);
      // The cards inside do not write their own.
      expect(cards(el).every((c) => c.querySelector('script') === null)).to.equal(true);
    });

    it('does not throw when registered a second time', async () => {
      expect(() => defineElement('cw-project-list', class extends HTMLElement {})).to.not.throw();
      await import(/* @vite-ignore */ new URL('../../components/project-list/define.ts?again', import.meta.url).href);
      expect(customElements.get('cw-project-list')!.name).to.equal('CwProjectList');
    });
  });

  describe('scale', () => {
    let big: Atlas;
    before(() => {
      big = bigAtlas(2000);
    });

    /** The positions (0-based) of the cards in the DOM, in DOM order. */
    const positions = (el: CwProjectList) => cards(el).map((c) => Number(c.parentElement!.getAttribute('aria-posinset')) - 1);
    /** A few frames: the window follows the layout and the scroll one frame later. */
    const frames = async (el: CwProjectList, n = 4) => {
      for (let i = 0; i < n; i++) {
        await nextFrame();
        await el.updateComplete;
      }
    };
    const focusedCard = (el: CwProjectList) => el.shadowRoot!.activeElement as CwProjectCard | null;
    const posOf = (card: CwProjectCard | null) => Number(card?.parentElement?.getAttribute('aria-posinset') ?? 0) - 1;

    it('keeps a bounded number of the 2 000 cards in the DOM, and renders those near the viewport as the reader scrolls', async () => {
      const el = await list('network="big"', 'fr', big);
      expect(el.results).to.have.length(2000);
      expect(status(el)).to.equal(`${new Intl.NumberFormat('fr').format(2000)} projets`.replace(/\s+/g, ' '));
      await frames(el);
      const bounded = cards(el).length;
      expect(bounded, 'a screen of cards, not 2 000').to.be.within(2, 60);
      expect(getComputedStyle(part(el, 'item')!).contentVisibility).to.equal('auto');
      // The list is as tall as all its rows: the page scrolls over every project.
      const listBox = part(el, 'list')!.getBoundingClientRect();
      expect(listBox.height).to.be.greaterThan(200 * (2000 / 2));
      // Scroll to the middle of the list: the cards there come, the first ones go.
      window.scrollTo(0, window.scrollY + listBox.top + listBox.height / 2);
      await waitUntil(() => positions(el).some((i) => i > 900 && i < 1100), 'the middle of the list is rendered');
      await frames(el);
      const at = positions(el);
      expect(at).not.to.include(0);
      expect(at.length).to.be.within(2, 60);
      // Contiguous, in order, each with its place among all for screen readers.
      expect(at).to.deep.equal(at.map((_, k) => at[0]! + k));
      expect(part(el, 'item')!.getAttribute('aria-setsize')).to.equal('2000');
      window.scrollTo(0, 0);
    });

    it('reaches the last and the first of 2 000 cards by keyboard (End, Home), and the cards between with the arrow keys', async () => {
      const el = await list('network="big"', 'en', big, 900);
      await frames(el);
      const first = cards(el)[0]!;
      expect(first.tabbable).to.equal(true);
      first.focusTitle();
      await sendKeys({ press: 'End' });
      await waitUntil(() => posOf(focusedCard(el)) === 1999, 'End focuses the last card');
      expect(focusedCard(el)!.getAttribute('project')).to.equal('project-1999');
      expect(cards(el).length, 'still a bounded number of cards').to.be.at.most(60);
      const box = focusedCard(el)!.getBoundingClientRect();
      expect(box.top, 'the last card is scrolled into view').to.be.lessThan(window.innerHeight);
      expect(box.bottom).to.be.greaterThan(0);
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => posOf(focusedCard(el)) === 1998, 'ArrowUp goes to the card before');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => posOf(focusedCard(el)) === 0, 'Home focuses the first card');
      expect(focusedCard(el)!.getAttribute('project')).to.equal('project-0');
      // Arrow down across the end of what was rendered: every card on the way takes focus.
      const last = Math.max(...positions(el));
      for (let i = 0; i < last + 2; i++) await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => posOf(focusedCard(el)) === last + 2, 'ArrowDown goes past the rendered cards');
      await frames(el, 2);
      expect(cards(el).filter((c) => c.tabbable), 'one Tab stop').to.have.length(1);
      window.scrollTo(0, 0);
    });

    it('prints every card of the current filter of 2 000 projects, and goes back to a window after', async () => {
      const el = await list('network="big"', 'fr', big);
      await choose(el, 'cw-policy', 'term-b');
      expect(el.results).to.have.length(400);
      await frames(el);
      expect(cards(el).length).to.be.below(400);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(positions(el), 'all 400, in order').to.deep.equal(Array.from({ length: 400 }, (_, i) => i));
      window.dispatchEvent(new Event('afterprint'));
      await frames(el);
      expect(cards(el).length).to.be.below(400);
      window.dispatchEvent(new Event('cw-render-all'));
      await el.updateComplete;
      expect(cards(el)).to.have.length(400);
      window.dispatchEvent(new Event('afterprint'));
      await frames(el);
    });

    it('filters 2 000 projects and keeps a bounded number of cards', async () => {
      const el = await list('network="big"', 'en', big);
      await choose(el, 'cw-policy', 'term-a');
      expect(el.results).to.have.length(400);
      await frames(el);
      expect(cards(el).length).to.be.within(2, 60);
      expect(positions(el)[0]).to.equal(0);
      expect(status(el)).to.equal('400 results out of 2,000 projects');
    });
  });
});
