import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/city-profile/define.js';
import type { CwCityProfile } from '../../components/city-profile/city-profile.js';
import type { CwErrorDetail } from '../../components/base/index.js';
import type { Atlas } from '../../src/atlas.js';
import { loaded, oneEvent, part, parts, stubFetch, text } from './helpers.js';
import { atlasOf, defaultAtlas } from '../fixtures/atlas-of.js';

const LANGS = ['fr', 'en', 'ar'] as const;

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

async function mountProfile(id: string, lang: string, extra = ''): Promise<CwCityProfile> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} @cw-error=${() => {}}></div>`);
  wrap.innerHTML = `<cw-city-profile city="${id}" ${extra}></cw-city-profile>`;
  const el = wrap.firstElementChild as CwCityProfile;
  el.atlas = atlas;
  await loaded(el);
  const cards = [...el.shadowRoot!.querySelectorAll('cw-project-card')];
  await waitUntil(() => cards.every((c) => (c as HTMLElement & { state?: string }).state !== 'loading'), 'cards stay in loading', { timeout: 5000 });
  return el;
}

describe('<cw-city-profile>', () => {
  it('Tangier in French, English and Arabic: three networks with its roles, its projects, its dated list, and passes axe', async () => {
    const names = { fr: 'Tanger', en: 'Tangier', ar: 'طنجة' };
    const seat = { fr: 'Ville siège', en: 'Seat city', ar: '' };
    for (const lang of LANGS) {
      const el = await mountProfile('tanger-ma', lang);
      expect(el.state, lang).to.equal('ready');
      expect(text(part(el, 'title'))).to.equal(names[lang]);
      expect(el.getAttribute('dir') ?? getComputedStyle(el).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const networks = parts(el, 'network');
      expect(networks).to.have.length(3);
      if (seat[lang]) expect(text(networks[0]!)).to.contain(seat[lang]);
      expect(networks[2]!.querySelector('time')?.getAttribute('datetime')).to.equal('2015');
      expect(el.shadowRoot!.querySelector('cw-project-card[project="tanger-accueil"]')).to.not.equal(null);
      const entries = parts(el, 'timeline-entry');
      expect(entries.length).to.be.greaterThan(4);
      expect(entries[0]!.querySelector('time')?.getAttribute('datetime')).to.equal('2016-11'); // MC2CM peer learning in Tangier, November 2016
      expect(text(part(el, 'people'))).to.contain(lang === 'ar' ? 'منير ليموري' : 'Mounir Lymouri');
      await expect(el).to.be.accessible();
    }
  });

  for (const lang of ['fr', 'ar']) {
    it(`keeps a network's acronym in its parentheses, next to its name ("… (RMCI)", not "( RMCI )") (${lang})`, async () => {
      const el = await mountProfile('tanger-ma', lang);
      const head = parts(el, 'network')[0]!.querySelector('.network-head')!;
      const name = head.querySelector('strong')!.getBoundingClientRect();
      const acronym = head.querySelector('bdi')!.getBoundingClientRect();
      expect(head.querySelector('bdi')!.textContent).to.equal('RMCI');
      // On the name's line (the test page is wide), with only a space and "(" between them.
      expect(acronym.top, 'same line').to.be.below(name.bottom - 2);
      const gap = lang === 'ar' ? name.left - acronym.right : acronym.left - name.right;
      expect(gap, 'space and parenthesis only').to.be.below(14);
      expect(head.firstElementChild!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/\(RMCI\)$/);
    });
  }

  it('Rabat: its mayor, co-chair of the Strong Cities international steering committee', async () => {
    const el = await mountProfile('rabat-ma', 'en');
    expect(text(part(el, 'people'))).to.contain('Asmaa Rhlalou — Mayor of Rabat, Co-chair of the International steering committee, Strong Cities Network');
  });

  it('reports an unknown city with cw-error and a suggestion', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const fired = oneEvent(wrap, 'cw-error');
    wrap.innerHTML = '<cw-city-profile city="tangier-ma"></cw-city-profile>';
    (wrap.firstElementChild as CwCityProfile).atlas = atlas;
    const e = (await fired) as CustomEvent<CwErrorDetail>;
    expect(e.detail.kind).to.equal('unknown-id');
    const el = wrap.firstElementChild as CwCityProfile;
    await el.updateComplete;
    expect(text(part(el, 'error-text'))).to.contain('tanger-ma');
    await expect(el).to.be.accessible();
  });

  it('loading, then empty for a city in no network, project or event', async () => {
    const url = `${new URL('../fixtures/project-atlas.json', import.meta.url).href}?profile-loading`;
    const stub = stubFetch({ [url]: () => new Promise<Response>(() => {}) });
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ar"><cw-city-profile city="x" src=${url}></cw-city-profile></div>`);
      const el = wrap.firstElementChild as CwCityProfile;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
    } finally {
      stub.restore();
    }
    const parsed = atlasOf({ version: 1, sources: [{ id: 's', title: { fr: 'S' } }], cities: [{ id: 'lone-ma', name: { fr: 'Seule' }, country: 'MA', coordinates: { lat: 1, lon: 1 }, sources: ['s'] }] });
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    wrap.innerHTML = '<cw-city-profile city="lone-ma"></cw-city-profile>';
    const el = wrap.firstElementChild as CwCityProfile;
    el.atlas = parsed;
    await waitUntil(() => el.state !== 'loading');
    expect(el.state).to.equal('empty');
    await expect(el).to.be.accessible();
  });

  it('writes the city as JSON-LD with structured-data, and removes it when the attribute goes', async () => {
    const el = await mountProfile('tanger-ma', 'en', 'structured-data');
    const script = () => el.querySelector('script[type="application/ld+json"]');
    await waitUntil(script, 'no JSON-LD', { timeout: 3000 });
    const ld = JSON.parse(script()!.textContent!);
    expect(ld['@type']).to.equal('City');
    expect(ld.name).to.equal('Tangier');
    expect(ld.inLanguage).to.equal('en');
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(script()).to.equal(null);
  });

  it('is accessible in the dark theme', async () => {
    const el = await mountProfile('tanger-ma', 'ar', 'theme="dark"');
    await expect(el).to.be.accessible();
  });
});
