import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/project-card/define.js';
import type { CwProjectCard, CwProjectSelectEvent } from '../../components/project-card/project-card.js';
import type { CwErrorDetail } from '../../components/base/index.js';
import { defineElement } from '../../components/base/define.js';
import { clearAtlasCache } from '../../components/base/data-source.js';
import { parseAtlas } from '../../src/parse.js';
import type { Atlas } from '../../src/atlas.js';
import { loaded, oneEvent, part, parts, stubFetch, text } from './helpers.js';
import { uiMsg } from '../../components/base/messages.js';
import { countryName, formatList } from '../../src/i18n/index.js';
import { atlasOf } from '../fixtures/atlas-of.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** `oneEvent` that fails after 3 s instead of hanging the run. */

const FIXTURE = new URL('../fixtures/project-atlas.json', import.meta.url).href;
const NOT_JSON = new URL('../fixtures/project-not-json.json', import.meta.url).href;
const INVALID = new URL('../fixtures/project-invalid.json', import.meta.url).href;
const MISSING = new URL('../fixtures/project-does-not-exist.json', import.meta.url).href;
const LANGS = ['fr', 'en', 'ar'] as const;

let atlas: Atlas;
before(async () => {
  atlas = atlasOf(await (await fetch(FIXTURE)).json());
});

async function card(attrs: string, lang = 'fr', withAtlas = true): Promise<CwProjectCard> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrap.innerHTML = `<cw-project-card ${attrs}></cw-project-card>`;
  const el = wrap.firstElementChild as CwProjectCard;
  if (withAtlas) el.atlas = atlas;
  await loaded(el);
  return el;
}

describe('<cw-project-card>', () => {
  describe('loaded', () => {
    it('shows title, subtitle, acronym, network, period and status in French, English and Arabic, and passes axe', async () => {
      const expected = {
        fr: { title: 'Promotion des partenariats pour l’accueil des immigrants à Tanger', status: 'Terminé', network: 'Migration de ville à ville en Méditerranée' },
        en: { title: 'Promoting partnerships for the reception of immigrants in Tangier', status: 'Completed', network: 'Mediterranean City-to-City Migration' },
        ar: { title: 'تعزيز الشراكات لاستقبال المهاجرين في طنجة', status: '', network: 'Mediterranean City-to-City Migration' },
      };
      for (const lang of LANGS) {
        const el = await card('project="tanger-accueil"', lang);
        expect(el.state, lang).to.equal('ready');
        const title = part(el, 'title')!;
        expect(/^H[1-6]$/.test(title.tagName), lang).to.equal(true);
        expect(title.tagName, 'default heading level').to.equal('H3');
        expect(text(title), lang).to.equal(expected[lang].title);
        expect(part(el, 'acronym')!.textContent).to.equal('TangerAccueil');
        expect(part(el, 'card')!.getAttribute('aria-labelledby')).to.equal('title');
        const facts = text(part(el, 'facts'));
        if (lang !== 'ar') expect(facts, lang).to.contain(expected[lang].status);
        if (lang === 'ar') {
          // No Arabic name for the network: the English one, marked as such (an Arabic reader's fallback order is English, then French).
          const dd = [...part(el, 'facts')!.querySelectorAll('dd')].find((d) => d.textContent!.includes('Migration'))!;
          expect(dd.getAttribute('lang')).to.equal('en');
        } else expect(facts, lang).to.contain(lang === 'fr' ? expected.fr.network : expected.en.network);
        const time = part(el, 'facts')!.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal('2019-04');
        expect(time.closest('bdi'), 'the date is isolated').to.not.equal(null);
        expect(time.textContent, 'years are never number-formatted').to.contain('2019').and.contain('2020');
        await expect(el).to.be.accessible();
      }
    });

    it('marks text in a fallback language with its own lang', async () => {
      const el = await card('project="sfax-coordination"', 'en');
      const title = part(el, 'title')!.querySelector('span')!;
      expect(title.getAttribute('lang')).to.equal('fr');
      // The result has English: no lang on it.
      const results = part(el, 'results')!;
      expect(results.querySelector('span')!.hasAttribute('lang')).to.equal(false);
      expect(text(results)).to.equal('A working reception centre');
    });

    it('gives fallback text written the other way its own direction, so its punctuation stays in place', async () => {
      const ar = await card('project="sfax-coordination"', 'ar');
      const title = part(ar, 'title')!.querySelector('span')!;
      expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['fr', 'ltr']);
      const objective = part(ar, 'objective')!.querySelector('span')!;
      expect(objective.getAttribute('dir')).to.equal('ltr');
      // Its last character (the full stop) is drawn at the right end, as in French.
      const range = document.createRange();
      const node = [...objective.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).at(-1) as Text;
      range.setStart(node, node.length - 1);
      range.setEnd(node, node.length);
      expect(range.toString()).to.equal('.');
      const stop = range.getBoundingClientRect();
      const box = objective.getBoundingClientRect();
      expect(box.right - stop.right).to.be.lessThan(box.width / 2);
      const fr = await card('project="sfax-coordination"', 'en');
      expect(part(fr, 'title')!.querySelector('span')!.hasAttribute('dir'), 'same direction: no dir').to.equal(false);
    });

    it('lists the cities with their roles and countries, lead first', async () => {
      const fr = await card('project="tanger-accueil"', 'fr');
      const items = [...part(fr, 'cities')!.querySelectorAll('li')].map(text);
      expect(items[0]).to.equal('Tanger (Ville chef de file) · Maroc'.replace(/[()·]/g, '').replace(/\s+/g, ' '));
      expect(items[0]).to.contain('Maroc');
      expect(items[1]).to.match(/^Oujda /);
      const ar = await card('project="tanger-accueil"', 'ar');
      const first = part(ar, 'cities')!.querySelector('li')!;
      expect(text(first)).to.contain('طنجة').and.contain('المغرب');
    });

    it('joins roles and countries as lists in the reader’s language: «،» and «و» in Arabic, never a plain ", "', async () => {
      const doc = await (await fetch(FIXTURE)).json();
      const project = doc.projects.find((p: any) => p.id === 'tanger-accueil');
      project.cities.find((c: any) => c.city === 'tanger-ma').roles = ['lead', 'host', 'pilot'];
      project.organizations.find((o: any) => o.organization === 'icmpd').roles = ['implementer', 'secretariat', 'supporter'];
      doc.projects.find((p: any) => p.id === 'liban-gouvernance').countries = ['LB', 'TN', 'JO'];
      const parsed = atlasOf(doc);
      for (const lang of ['ar', 'ar-EG', 'en', 'fr']) {
        const el = await card('project="tanger-accueil"', lang, false);
        el.atlas = parsed;
        await el.updateComplete;
        const cityRoles = ['lead', 'host', 'pilot'].map((role) => uiMsg(lang, `cityRole.${role}` as never));
        const orgRoles = ['implementer', 'secretariat', 'supporter'].map((role) => uiMsg(lang, `organizationRole.${role}` as never));
        const shownCityRoles = [...el.shadowRoot!.querySelectorAll('.city-roles')].map(text);
        expect(shownCityRoles, lang).to.include(formatList(lang, cityRoles, 'unit'));
        expect(text(el.shadowRoot!.querySelector('.org-roles')), lang).to.equal(formatList(lang, orgRoles, 'unit'));
        const countries = await card('project="liban-gouvernance"', lang, false);
        countries.atlas = parsed;
        await countries.updateComplete;
        expect(text(part(countries, 'countries')), lang).to.contain(formatList(lang, ['LB', 'TN', 'JO'].map((c) => countryName(c, lang))));
        if (lang.startsWith('ar')) {
          expect(shownCityRoles, lang).to.include('مدينة رائدة، ومدينة مضيفة، ومدينة تجريبية');
          expect(text(part(countries, 'countries')), lang).to.contain('لبنان وتونس والأردن');
          for (const t of [...shownCityRoles, text(el.shadowRoot!.querySelector('.org-roles')), text(part(countries, 'countries'))]) expect(t, lang).to.not.contain(',');
        }
      }
    });

    it('names the countries of a project that has no city', async () => {
      const el = await card('project="liban-gouvernance"', 'fr');
      expect(part(el, 'cities')).to.equal(null);
      expect(text(part(el, 'countries'))).to.contain('Liban');
    });

    it('orders SDG badges by code and marks the corrected one', async () => {
      const el = await card('project="tanger-accueil"', 'en');
      const badges = parts(el, 'sdg-badge');
      expect(badges.map((b) => b.getAttribute('code'))).to.deep.equal(['10.2', '10.7', '16.6', '16.b', '17.9']);
      expect(badges.every((b) => b.localName === 'cw-sdg-badge')).to.equal(true);
      const marks = parts(el, 'corrected-mark');
      expect(marks).to.have.length(1);
      expect(marks[0]!.closest('li')!.querySelector('cw-sdg-badge')!.getAttribute('code')).to.equal('16.6');
    });

    it('shows a correction recorded in the data as a note, with the codes isolated', async () => {
      for (const lang of LANGS) {
        const el = await card('project="tanger-accueil"', lang);
        const note = part(el, 'corrections')!;
        expect(note.getAttribute('role')).to.equal('note');
        const bdis = [...note.querySelectorAll('bdi')].map((b) => b.textContent);
        expect(bdis, lang).to.deep.equal(['16.16', '16.6']);
        if (lang === 'en') expect(text(note)).to.contain('SDG code corrected from 16.16 to 16.6 — Target 16.16 does not exist');
        if (lang === 'fr') expect(text(note)).to.contain('Code ODD corrigé de 16.16 en 16.6 — La cible 16.16 n’existe pas');
        if (lang === 'ar') expect(note.querySelector('.reason')!.getAttribute('lang'), 'reason in a fallback language (English for an Arabic reader)').to.equal('en');
      }
    });

    it('shows policy recommendations as labels from the network’s vocabulary', async () => {
      const en = await card('project="tanger-accueil"', 'en');
      expect(parts(en, 'policy-area').map(text)).to.deep.equal(['Access to social and political participation', 'Implementing welcome instruments']);
      const ar = await card('project="tanger-accueil"', 'ar');
      expect(parts(ar, 'policy-area').map(text)).to.deep.equal(['الوصول إلى المشاركة الاجتماعية والسياسية', 'تنفيذ أدوات الترحيب']);
    });

    it('shows partners and funders with their roles and notes', async () => {
      const el = await card('project="tanger-accueil"', 'en');
      const orgs = part(el, 'organizations')!;
      const groups = [...orgs.querySelectorAll('.org-group')].map((g) => [text(g.querySelector('dt')), [...g.querySelectorAll('li')].map(text)]);
      expect(groups[0]![0]).to.equal('Funders');
      expect(groups[0]![1]).to.deep.equal(['European Union (EU) Funded by the European Union']);
      expect(groups[1]![0]).to.equal('Partners');
      expect(groups[1]![1]![0]).to.contain('International Centre for Migration Policy Development').and.contain('Implementing partner');
      expect(orgs.querySelector('a')!.getAttribute('href')).to.equal('https://www.icmpd.org');
      expect(part(el, 'website')!.getAttribute('href')).to.equal('https://www.icmpd.org/mc2cm');
    });

    it('leaves out what the data does not give', async () => {
      const el = await card('project="beyrouth-protection"', 'fr');
      for (const name of ['subtitle', 'acronym', 'status', 'objective', 'activities', 'results', 'organizations', 'corrections', 'website', 'countries']) {
        expect(part(el, name), name).to.equal(null);
      }
      expect(el.shadowRoot!.querySelector('time')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('uses heading-level for the title and the next level for sections', async () => {
      const el = await card('project="tanger-accueil" heading-level="2"', 'fr');
      expect(part(el, 'title')!.tagName).to.equal('H2');
      expect(parts(el, 'section-title').every((h) => h.tagName === 'H3')).to.equal(true);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(part(el, 'title')!.tagName).to.equal('H6');
      expect(parts(el, 'section-title').every((h) => h.tagName === 'H6')).to.equal(true);
    });

    it('passes axe in the light and dark themes', async () => {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['fr', 'ar']) {
          const el = await card(`project="tanger-accueil" theme="${theme}"`, lang);
          expect(getComputedStyle(el).colorScheme).to.equal(theme);
          await expect(el).to.be.accessible();
        }
      }
    });
  });

  describe('reflow at 320 px (WCAG 1.4.10)', () => {
    it('no part of a full card with long SDG titles runs past a 320 px column, in French and Arabic', async () => {
      for (const lang of ['fr', 'ar']) {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 320px"></div>`);
        // A project of the default dataset with many targets (10.2, 10.3, 16.7…): medium badges with titles.
        wrap.innerHTML = '<cw-project-card project="rabat-evidence-based-policies"></cw-project-card>';
        const el = wrap.firstElementChild as CwProjectCard;
        await waitUntil(() => el.state === 'ready', 'the card does not load the default dataset', { timeout: 10000 });
        const badges = [...el.shadowRoot!.querySelectorAll('cw-sdg-badge')];
        expect(badges.length).to.be.greaterThan(2);
        await waitUntil(() => badges.every((b) => b.shadowRoot?.querySelector('.title')), 'badges without titles', { timeout: 5000 });
        const box = wrap.getBoundingClientRect();
        const past: string[] = [];
        const walk = (root: ShadowRoot) => {
          for (const e of root.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) past.push(`${e.localName}.${e.getAttribute('class') ?? ''}`);
            if (e.shadowRoot) walk(e.shadowRoot);
          }
        };
        walk(el.shadowRoot!);
        expect(past, lang).to.deep.equal([]);
      }
    });
  });

  describe('long lists', () => {
    it('prints every activity, with no "show all" button on paper', async () => {
      const el = await card('project="tanger-accueil"', 'en');
      const shown = () => part(el, 'activities')!.querySelectorAll('li').length;
      expect(shown()).to.equal(3);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(shown()).to.be.greaterThan(3);
      const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
      expect(css).to.match(/@media print\s*\{[^@]*\.toggle[^{]*\{\s*display: none/);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(shown()).to.equal(3);
    });

    it('collapses a long list behind a "show all" toggle that keeps focus (keyboard)', async () => {
      const el = await card('project="tanger-accueil"', 'en');
      const list = () => part(el, 'activities')!;
      expect(list().querySelectorAll('li')).to.have.length(3);
      const toggle = el.shadowRoot!.querySelector('[aria-controls="activities-list"]') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Show all 5 activities');
      expect(list().id).to.equal('activities-list');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(list().querySelectorAll('li')).to.have.length(5);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Show fewer activities');
      expect(el.shadowRoot!.activeElement, 'focus stays on the toggle').to.equal(toggle);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(list().querySelectorAll('li')).to.have.length(3);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await expect(el).to.be.accessible();
    });

    it('does not collapse a short list', async () => {
      const el = await card('project="tanger-accueil"', 'en');
      expect(part(el, 'results')!.querySelectorAll('li')).to.have.length(2);
      expect(el.shadowRoot!.querySelector('[aria-controls="results-list"]')).to.equal(null);
    });

    it('words the toggle in Arabic with the right plural', async () => {
      const el = await card('project="tanger-accueil"', 'ar');
      const toggle = el.shadowRoot!.querySelector('[aria-controls="activities-list"]')!;
      // Latin digits for `ar` (Chromium's default numbering for Arabic), as the shared `msg` formats them.
      expect(text(toggle)).to.equal(`عرض الأنشطة الـ${new Intl.NumberFormat('ar').format(5)}`);
    });
  });

  describe('compact variant and selection', () => {
    it('shows the header, cities, small badges, labels and a brief correction note; no sections', async () => {
      const el = await card('project="tanger-accueil" variant="compact"', 'fr');
      expect(part(el, 'objective')).to.equal(null);
      expect(part(el, 'activities')).to.equal(null);
      expect(parts(el, 'sdg-badge').every((b) => b.getAttribute('size') === 'small')).to.equal(true);
      expect(part(el, 'sdgs')!.getAttribute('aria-label')).to.equal('Cibles ODD');
      expect(parts(el, 'policy-area')).to.have.length(2);
      const correction = part(el, 'correction')!;
      expect(correction.tagName).to.equal('DETAILS');
      expect(text(correction.querySelector('summary'))).to.contain('16.16').and.contain('16.6');
      await expect(el).to.be.accessible();
    });

    it('fires cw-select with the project id when the title is activated, and opens', async () => {
      const el = await card('project="tanger-accueil" variant="compact" selectable', 'en');
      const button = part(el, 'title-button') as HTMLButtonElement;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.closest('h3')).to.not.equal(null);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'cw-select')) as CwProjectSelectEvent;
      expect(event.detail).to.deep.equal({ project: 'tanger-accueil' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'objective')).to.not.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await expect(el).to.be.accessible();
      // Closing does not select.
      let fired = 0;
      el.addEventListener('cw-select', () => fired++);
      button.click();
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(fired).to.equal(0);
      expect(part(el, 'details')!.hidden).to.equal(true);
    });

    it('stays closed when a listener cancels cw-select', async () => {
      const el = await card('project="tanger-accueil" variant="compact" selectable', 'en');
      el.addEventListener('cw-select', (e) => e.preventDefault());
      part(el, 'title-button')!.click();
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
    });

    it('mirrors the chevron and the layout in Arabic (computed positions)', async () => {
      const fr = await card('project="tanger-accueil" variant="compact" selectable', 'fr');
      const ar = await card('project="tanger-accueil" variant="compact" selectable', 'ar');
      const geometry = (el: CwProjectCard) => {
        const box = part(el, 'card')!.getBoundingClientRect();
        const title = part(el, 'title-button')!.querySelector('span')!.getBoundingClientRect();
        const chevron = el.shadowRoot!.querySelector('.chevron')!.getBoundingClientRect();
        const [first, second] = [...part(el, 'cities')!.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
        return { box, title, chevron, first: first!, second: second! };
      };
      const g = geometry(fr);
      expect(g.chevron.left, 'fr: chevron after the title, on the right').to.be.greaterThan(g.title.left);
      expect(g.title.left - g.box.left).to.be.lessThan(g.box.right - g.title.right + 1);
      expect(g.second.left, 'fr: second city to the right of the first').to.be.greaterThan(g.first.left);
      const a = geometry(ar);
      expect(a.chevron.right, 'ar: chevron on the left').to.be.lessThan(a.title.right);
      expect(a.box.right - a.title.right, 'ar: title starts at the right edge').to.be.lessThan(a.title.left - a.box.left + 1);
      expect(a.second.right, 'ar: second city to the left of the first').to.be.lessThan(a.first.right);
      // It opens in place, below: it points down in both directions (not sideways, which reads as
      // "go to another page"), and up once open.
      const chevron = ar.shadowRoot!.querySelector('.chevron')!;
      expect(chevron.querySelector('path')!.getAttribute('d')).to.equal('M3 6l5 5 5-5');
      expect(getComputedStyle(chevron).transform).to.equal('none');
      part(ar, 'title-button')!.click();
      await ar.updateComplete;
      await aTimeout(250); // the 0.15 s turn
      expect(getComputedStyle(chevron).transform).to.match(/^matrix\(-1, [-0-9.e]+, [-0-9.e]+, -1, 0, 0\)$/);
    });

    it('links the title with href-template, substituting {id} and {lang}', async () => {
      const el = await card('project="tanger-accueil" href-template="/{lang}/projets/{id}?x=1"', 'ar');
      const a = part(el, 'title-link') as HTMLAnchorElement;
      expect(a.getAttribute('href')).to.equal('/ar/projets/tanger-accueil?x=1');
      const bad = await card('project="tanger-accueil" href-template="javascript:alert(\'{id}\')"', 'fr');
      expect(part(bad, 'title-link')).to.equal(null);
    });

    it('fires cw-select from a title link in a list, and a listener may keep the link from being followed', async () => {
      const el = await card('project="tanger-accueil" variant="compact" selectable href-template="#/projets/{id}"', 'fr');
      const link = part(el, 'title-link') as HTMLAnchorElement;
      el.addEventListener('cw-select', (e) => e.preventDefault());
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      setTimeout(() => link.dispatchEvent(click));
      const event = (await oneEvent(el, 'cw-select')) as CwProjectSelectEvent;
      expect(event.detail.project).to.equal('tanger-accueil');
      expect(click.defaultPrevented).to.equal(true);
    });
  });

  describe('states', () => {
    afterEach(() => clearAtlasCache());

    it('shows a loading placeholder while the data comes, in each language', async () => {
      for (const lang of LANGS) {
        const url = `${FIXTURE}?loading-${lang}`;
        const stub = stubFetch({ [url]: () => new Promise<Response>(() => {}) });
        try {
          const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><cw-project-card project="tanger-accueil" src=${url}></cw-project-card></div>`);
          const el = wrap.firstElementChild as CwProjectCard;
          await el.updateComplete;
          expect(el.state).to.equal('loading');
          const loading = part(el, 'loading')!;
          expect(loading.getAttribute('role')).to.equal('status');
          expect(text(loading)).to.equal({ fr: 'Chargement…', en: 'Loading…', ar: 'جارٍ التحميل…' }[lang] ?? text(loading));
          await expect(el).to.be.accessible();
        } finally {
          stub.restore();
        }
      }
    });

    it('reports an unknown project with a suggestion, in each language, with cw-error', async () => {
      for (const lang of LANGS) {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        const el = document.createElement('cw-project-card') as CwProjectCard;
        el.setAttribute('project', 'tanger-acueil');
        el.atlas = atlas;
        setTimeout(() => wrap.append(el));
        const event = (await oneEvent(wrap, 'cw-error')) as CustomEvent<CwErrorDetail>;
        expect(event.detail.kind).to.equal('unknown-id');
        expect(event.detail.suggestions![0]).to.equal('tanger-accueil');
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(text(part(el, 'error-text')), lang).to.contain('tanger-accueil');
        await expect(el).to.be.accessible();
      }
    });

    it('reports an unreachable src, a src that is not JSON, and invalid data, in each language', async () => {
      const cases = [
        { url: MISSING, kind: 'unreachable' },
        { url: NOT_JSON, kind: 'not-json' },
        { url: INVALID, kind: 'invalid' },
      ];
      for (const { url, kind } of cases) {
        for (const lang of LANGS) {
          const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
          const el = document.createElement('cw-project-card') as CwProjectCard;
          el.setAttribute('project', 'tanger-accueil');
          el.setAttribute('src', url);
          setTimeout(() => wrap.append(el));
          const event = (await oneEvent(wrap, 'cw-error')) as CustomEvent<CwErrorDetail>;
          expect(event.detail.kind, `${kind} ${lang}`).to.equal(kind);
          if (kind === 'invalid') expect(event.detail.issues!.length).to.be.greaterThan(0);
          await el.updateComplete;
          expect(el.state).to.equal('error');
          expect(part(el, 'error-title')).to.not.equal(null);
          if (kind !== 'invalid') expect(text(part(el, 'error-text'))).to.contain(url);
          await expect(el).to.be.accessible();
        }
      }
    });

    it('loads a src once for two cards that name it', async () => {
      const url = `${FIXTURE}?shared`;
      const real = window.fetch;
      const calls: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(String(input));
        return real(input, init);
      };
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div lang="fr"><cw-project-card project="tanger-accueil" src=${url}></cw-project-card><cw-project-card project="sfax-coordination" src=${url}></cw-project-card></div>`,
        );
        const [a, b] = [...wrap.children] as CwProjectCard[];
        await waitUntil(() => a!.state === 'ready' && b!.state === 'ready', 'both cards load');
        expect(calls.filter((c) => c === url)).to.have.length(1);
        expect(a!.currentAtlas).to.equal(b!.currentAtlas);
      } finally {
        window.fetch = real;
      }
    });
  });

  describe('fallback order and translations', () => {
    it('follows the page’s fallback-lang over the reader’s default order, and updates when it changes', async () => {
      const el = await card('project="tanger-accueil"', 'ar');
      const network = () => [...part(el, 'facts')!.querySelectorAll('dd')].find((d) => /Migration/.test(d.textContent!))!;
      expect(network().getAttribute('lang'), 'an Arabic reader: English first').to.equal('en');
      el.parentElement!.setAttribute('fallback-lang', 'fr en');
      await waitUntil(() => network().getAttribute('lang') === 'fr', 'the page’s order is followed');
      expect(text(network())).to.match(/^Migration de ville à ville en Méditerranée/);
      expect(network().getAttribute('dir'), 'in its own direction inside the Arabic card').to.equal('ltr');
      el.setAttribute('fallback-lang', 'en');
      await waitUntil(() => network().getAttribute('lang') === 'en', 'the element’s own attribute wins over its ancestor’s');
    });

    it('notes that its texts are translations made for the dataset, in the reader’s language, and not on the original', async () => {
      // The bundled dataset: French from the sources, English and Arabic translated for it (`ar-t-fr`).
      const ar = await card('project="tanger-accueil"', 'ar', false);
      expect(text(part(ar, 'translation-note'))).to.equal('ترجمة أُعدّت لهذه البيانات؛ النص الأصلي باللغة الفرنسية.');
      expect(part(ar, 'title')!.querySelector('[lang]'), 'a translation into the reader’s language is not a fallback').to.equal(null);
      const en = await card('project="tanger-accueil"', 'en', false);
      expect(text(part(en, 'translation-note'))).to.equal('Translated for this dataset; the original is in French.');
      const fr = await card('project="tanger-accueil"', 'fr', false);
      expect(part(fr, 'translation-note'), 'French is the original').to.equal(null);
      await expect(ar).to.be.accessible();
    });
  });

  describe('language, attributes and registration', () => {
    it('works from attributes alone on the bundled data, and shows its corrections', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><cw-project-card project="gouvernance-interculturalite"></cw-project-card></div>`);
      const el = wrap.firstElementChild as CwProjectCard;
      await waitUntil(() => el.state === 'ready', 'the bundled data loads', { timeout: 8000 });
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Gouvernance et interculturalité');
      const note = text(part(el, 'corrections'));
      expect(note).to.contain('16.16').and.contain('16.6').and.contain('17.19').and.contain('17.9');
      await expect(el).to.be.accessible();
    });

    it('follows the lang of an ancestor, and re-renders when it changes at run time', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><section><cw-project-card project="tanger-accueil"></cw-project-card></section></div>`);
      const el = wrap.querySelector('cw-project-card') as CwProjectCard;
      el.atlas = atlas;
      await waitUntil(() => el.state === 'ready');
      expect(text(part(el, 'title'))).to.contain('Promotion des partenariats');
      expect(el.getAttribute('dir')).to.equal('ltr');
      wrap.setAttribute('lang', 'en');
      await waitUntil(() => text(part(el, 'title')).startsWith('Promoting'), 'switches to English');
      expect(text(part(el, 'facts'))).to.contain('Completed');
      wrap.setAttribute('lang', 'ar');
      await waitUntil(() => text(part(el, 'title')).startsWith('تعزيز'), 'switches to Arabic');
      expect(el.getAttribute('dir')).to.equal('rtl');
      const time = part(el, 'facts')!.querySelector('time')!;
      expect(time.textContent).to.contain('2019');
    });

    it('writes schema.org JSON-LD into the light DOM with structured-data, in the page’s language', async () => {
      const el = await card('project="tanger-accueil" structured-data', 'en');
      // What writes it loads on demand, with the first element that has the attribute.
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'writes the script');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      expect(data['@type']).to.equal('Project');
      expect(data.name).to.equal('Promoting partnerships for the reception of immigrants in Tangier');
      expect(data.about.map((a: any) => a.identifier)).to.include('16.6');
      el.closest('div')!.setAttribute('lang', 'fr');
      await waitUntil(() => JSON.parse(el.querySelector('script')!.textContent!).inLanguage === 'fr');
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
      const plain = await card('project="tanger-accueil"', 'en');
      expect(plain.querySelector('script')).to.equal(null);
    });

    it('does not throw when registered a second time', async () => {
      expect(() => defineElement('cw-project-card', class extends HTMLElement {})).to.not.throw();
      expect(customElements.get('cw-project-card')!.name).to.equal('CwProjectCard');
      const again = new URL('../../components/project-card/define.ts?again', import.meta.url).href;
      await import(/* @vite-ignore */ again);
      expect(customElements.get('cw-project-card')!.name).to.equal('CwProjectCard');
    });

    it('never renders data as HTML', async () => {
      const doc: any = await (await fetch(FIXTURE)).json();
      doc.projects[0].title = { fr: '<img src=x onerror="window.__pwned=1">Titre' };
      const r = parseAtlas(doc);
      const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><cw-project-card project="tanger-accueil"></cw-project-card></div>`);
      const el = wrap.firstElementChild as CwProjectCard;
      el.atlas = (r as any).atlas;
      await waitUntil(() => el.state === 'ready');
      await aTimeout(20);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(part(el, 'title'))).to.contain('<img');
      expect((window as any).__pwned).to.equal(undefined);
    });
  });
});
