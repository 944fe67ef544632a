import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../components/city-map/define.js';
import { CwCityMap, type CitySelectDetail } from '../../components/city-map/city-map.js';
import { hrefFromTemplate as cityHref } from '../../components/base/links.js';
import type { CwErrorDetail } from '../../components/base/states.js';
import { defineElement } from '../../components/base/define.js';
import { clearAtlasCache } from '../../components/base/data-source.js';
import type { Atlas } from '../../src/atlas.js';
import { $, $$, mountHTML as mount, oneEvent, part, stubFetch, text } from './helpers.js';
import { cityMap as mapIn, overlap } from './city-map-fixture.js';
import { withMemberCities } from '../fixtures/synthetic-atlas.mjs';
import { uiMsg } from '../../components/base/messages.js';
import { formatList, resolveText } from '../../src/i18n/index.js';
import { atlasOf } from '../fixtures/atlas-of.js';
import { mercatorY } from '../../components/city-map/mercator-units.js';

const FIXTURE = new URL('../fixtures/city-map-atlas.json', import.meta.url).href;
const NOT_JSON = new URL('../fixtures/city-map-not-json.json', import.meta.url).href;
const INVALID = new URL('../fixtures/city-map-invalid.json', import.meta.url).href;
const MISSING = new URL('../fixtures/city-map-does-not-exist.json', import.meta.url).href;
const LANGS = ['fr', 'en', 'ar'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let doc: any;
let atlas: Atlas;
before(async () => {
  doc = await (await fetch(FIXTURE)).json();
  atlas = atlasOf(doc);
});

interface Options {
  lang?: string;
  width?: number;
  withAtlas?: Atlas | null;
  theme?: string;
}

/** A map in a wrapper of the given language and width, loaded (the fixture's atlas unless `withAtlas` says otherwise). */
const cityMap = (attrs: string, { lang, width, withAtlas, theme }: Options = {}): Promise<CwCityMap> =>
  mapIn(`${attrs} ${theme ? `theme="${theme}"` : ''}`, withAtlas === null ? null : (withAtlas ?? atlas), { lang, width });

/** Waits until the markers are drawn (the map has measured itself). */
async function drawn(el: CwCityMap): Promise<SVGSVGElement> {
  await waitUntil(() => $(el, 'svg .markers'), 'the map is not drawn', { timeout: 5000 });
  await el.updateComplete;
  return $(el, 'svg') as unknown as SVGSVGElement;
}

async function landDrawn(el: CwCityMap): Promise<void> {
  await waitUntil(() => $(el, 'svg path.land')?.getAttribute('d'), 'the land is not drawn', { timeout: 5000 });
}

function viewBox(svg: SVGSVGElement): { width: number; height: number } {
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  return { width: width!, height: height! };
}

/** A document with `n` extra cities members of rmci, spread on a grid around the Mediterranean. */
const bigDoc = (n: number, spread = 1): unknown => withMemberCities(structuredClone(doc), n, { grid: 'coarse', spread });

function collect(): { events: CustomEvent[]; stop(): void } {
  const events: CustomEvent[] = [];
  const on = (e: Event) => events.push(e as CustomEvent);
  document.addEventListener('cw-error', on);
  document.addEventListener('cw-select', on);
  return { events, stop: () => (document.removeEventListener('cw-error', on), document.removeEventListener('cw-select', on)) };
}

describe('<cw-city-map>', () => {
  describe('registration', () => {
    it('is registered, and a second registration does not throw', async () => {
      expect(customElements.get('cw-city-map')).to.equal(CwCityMap);
      expect(() => defineElement('cw-city-map', CwCityMap)).to.not.throw();
      expect(defineElement('cw-city-map', CwCityMap)).to.equal(true);
      // Another copy (another version) of the class: not registered, no exception, the first one stays.
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(defineElement('cw-city-map', class extends CwCityMap {}, '9.9.9')).to.equal(false);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('cw-city-map')).to.equal(CwCityMap);
    });
  });

  describe('loaded', () => {
    it('shows the network’s cities grouped by country in French, English and Arabic, and passes axe', async () => {
      const expected = {
        fr: { title: 'Migration de ville à ville en Méditerranée', summary: '7 villes dans 4 pays', countries: ['France', 'Liban', 'Maroc', 'Tunisie'] },
        en: { title: 'Migration de ville à ville en Méditerranée', summary: '7 cities in 4 countries', countries: ['France', 'Lebanon', 'Morocco', 'Tunisia'] },
        ar: { title: 'Migration de ville à ville en Méditerranée', summary: '', countries: ['المغرب', 'تونس', 'فرنسا', 'لبنان'] },
      };
      for (const lang of LANGS) {
        const el = await cityMap('network="mc2cm"', { lang });
        expect(el.state, lang).to.equal('ready');
        const title = part(el, 'title')!;
        expect(title.tagName, 'default heading level').to.equal('H2');
        expect(text(title), lang).to.equal(expected[lang].title);
        // The network has no name in English or Arabic: the French one is marked as such.
        expect(title.querySelector('span')!.getAttribute('lang'), lang).to.equal(lang === 'fr' ? null : 'fr');
        if (lang !== 'ar') expect(text(part(el, 'summary')), lang).to.equal(expected[lang].summary);
        const countries = $$(el, '[part~="country"]');
        expect(countries.map((h) => h.tagName)).to.deep.equal(['H3', 'H3', 'H3', 'H3']);
        expect(countries.map((h) => text(h.querySelector('span'))), lang).to.deep.equal(expected[lang].countries);
        expect($$(el, 'ul.cities > li.city')).to.have.length(7);
        const svg = await drawn(el);
        const frame = svg.closest('.frame')!;
        expect(frame.getAttribute('role')).to.equal('group');
        expect(frame.getAttribute('aria-label'), lang).to.contain(text(part(el, 'summary')));
        await expect(el).to.be.accessible();
      }
    });

    it('writes the summary "N cities in M countries", with Arabic plurals and digits', async () => {
      const el = await cityMap('network="rmci"', { lang: 'en' });
      expect(text(part(el, 'summary'))).to.equal('3 cities in 1 country');
      const ar = await cityMap('network="mc2cm"', { lang: 'ar' });
      const summary = text(part(ar, 'summary'));
      expect(summary).to.match(/[\u0600-\u06FF]/);
      expect(summary).to.not.contain('{');
    });

    it('shows each entry’s roles in this network, its other networks and its number of projects', async () => {
      const el = await cityMap('network="mc2cm"', { lang: 'en' });
      const tanger = $(el, 'li.city[data-city="tanger-ma"]')!;
      expect(text(tanger.querySelector('.name'))).to.equal('Tangier');
      expect(text(tanger.querySelector('.roles'))).to.equal('Lead city, Member city');
      expect(text(tanger.querySelector('.networks'))).to.equal('Other networks: RMCI');
      expect(tanger.querySelector('.networks abbr')!.getAttribute('title')).to.equal('Réseau marocain des villes interculturelles');
      expect(text(tanger.querySelector('.projects'))).to.equal('1 project');
      const lyon = $(el, 'li.city[data-city="lyon-fr"]')!;
      expect(text(lyon.querySelector('.projects'))).to.equal('No projects');
      expect(lyon.querySelector('.networks')).to.equal(null);
      // Entries are real list items in a list, under their country heading.
      expect(tanger.parentElement!.tagName).to.equal('UL');
      expect(tanger.querySelector('button.name')!.getAttribute('type')).to.equal('button');
    });

    it('shows a project’s cities with their project roles, and a list of ids with every network', async () => {
      const p = await cityMap('project="vivre-ensemble"', { lang: 'en' });
      expect(text(part(p, 'title'))).to.equal('Ériger le vivre-ensemble');
      expect($$(p, 'li.city').map((li) => li.dataset.city)).to.deep.equal(['casablanca-ma', 'tetouan-ma']);
      expect(text($(p, 'li.city[data-city="tetouan-ma"] .roles'))).to.equal('Lead city');
      const c = await cityMap('cities="tanger-ma, sfax-tn"', { lang: 'en' });
      expect(text(part(c, 'title'))).to.equal('Cities');
      // Each network with Tanger's roles in it (issue 14: they were missing with a list of ids).
      expect(text($(c, 'li.city[data-city="tanger-ma"] .networks'))).to.equal('Networks: MC2CM (Lead city, Member city), RMCI (Coordinating city, Member city)');
      expect($(c, 'li.city[data-city="tanger-ma"] .roles')).to.equal(null);
    });

    it('joins roles, networks and the cities of a cluster as lists in Arabic, with «و» and no plain ", "', async () => {
      const el = await cityMap('network="mc2cm"', { lang: 'ar' });
      const tanger = $(el, 'li.city[data-city="tanger-ma"]')!;
      const roles = [uiMsg('ar', 'membershipRole.lead'), uiMsg('ar', 'membershipRole.member')];
      expect(text(tanger.querySelector('.roles'))).to.equal(formatList('ar', roles, 'unit'));
      expect(text(tanger.querySelector('.roles'))).to.equal('مدينة رائدة ومدينة عضو');
      const c = await cityMap('cities="tanger-ma, sfax-tn"', { lang: 'ar' });
      const networks = $(c, 'li.city[data-city="tanger-ma"] .networks')!;
      const labels = [...networks.querySelectorAll('abbr, span[lang]')].map((n) => {
        const roles = n.nextElementSibling?.classList.contains('network-roles') ? ` ${text(n.nextElementSibling)}` : '';
        return text(n) + roles;
      });
      expect(text(networks)).to.equal(`${text(networks.querySelector('.label'))}: ${formatList('ar', labels, 'unit')}`);
      expect(text(networks)).to.contain('(مدينة رائدة ومدينة عضو)');
      // A cluster of 30 cities: its title names 7 of them, then "23 other cities" (a list cut short).
      const parsed = atlasOf(bigDoc(30, 0.001));
      const big = await cityMap('network="rmci"', { withAtlas: parsed, lang: 'ar' });
      await drawn(big);
      const cluster = $$(big, 'svg g.cluster').sort((a, b) => Number(b.dataset.count) - Number(a.dataset.count))[0]!;
      const ids = cluster.getAttribute('data-cities')!.split(' ');
      expect(ids.length).to.be.above(8);
      const name = (id: string) => resolveText(parsed.city(id)!.name, 'ar')!.text;
      const names = formatList('ar', [...ids.slice(0, 7).map(name), uiMsg('ar', 'cityMap.otherCities', { count: ids.length - 7 })]);
      const title = text(cluster.querySelector('title'));
      expect(title).to.equal(uiMsg('ar', 'cityMap.cluster', { count: ids.length, names }));
      expect(title).to.match(new RegExp(` و${ids.length - 7} مدينةً أخرى$`)).and.not.contain(',').and.not.contain('…');
    });

    it('puts headings at heading-level', async () => {
      const el = await cityMap('network="rmci" heading-level="4"');
      expect(part(el, 'title')!.tagName).to.equal('H4');
      expect(part(el, 'country')!.tagName).to.equal('H5');
      const top = await cityMap('network="rmci" heading-level="6"');
      expect(part(top, 'country')!.tagName, 'capped at h6').to.equal('H6');
    });

    it('passes axe in the light and the dark theme', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await cityMap('network="mc2cm" selected="tanger-ma"', { theme });
        await drawn(el);
        await expect(el).to.be.accessible();
        const bg = getComputedStyle(el).backgroundColor;
        expect(bg, theme).to.equal(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 25, 29)');
      }
    });
  });

  describe('states', () => {
    afterEach(() => clearAtlasCache());

    it('shows a loading placeholder of the map’s size while the data loads', async () => {
      let release!: () => void;
      const stub = stubFetch({ [FIXTURE + '?slow']: () => new Promise<Response>((r) => (release = () => r(new Response(JSON.stringify(doc))))) });
      try {
        for (const lang of LANGS) {
          const wrap = mount(`<cw-city-map src="${FIXTURE}?slow" network="mc2cm"></cw-city-map>`, { lang });
          const el = wrap.firstElementChild as CwCityMap;
          await el.updateComplete;
          expect(el.state).to.equal('loading');
          const loading = part(el, 'loading')!;
          expect(loading.getAttribute('role')).to.equal('status');
          expect(loading.querySelectorAll('.cw-skeleton-line').length).to.equal(8);
          await expect(el).to.be.accessible();
        }
        release();
      } finally {
        stub.restore();
      }
    });

    it('shows the empty state for a network without cities, in each language', async () => {
      const messages = { fr: 'Aucune ville à afficher.', en: 'No cities to show.', ar: 'لا توجد مدن لعرضها.' };
      for (const lang of LANGS) {
        const el = await cityMap('network="iccar"', { lang });
        expect(el.state).to.equal('empty');
        expect(text(part(el, 'empty'))).to.equal(messages[lang]);
        await expect(el).to.be.accessible();
      }
    });

    it('names an unknown id with suggestions, and fires cw-error', async () => {
      for (const lang of LANGS) {
        const log = collect();
        try {
          const el = await cityMap('network="rmc"', { lang });
          expect(el.state).to.equal('error');
          expect(text(part(el, 'error-text'))).to.contain('rmci');
          const err = log.events.find((e) => e.type === 'cw-error')!;
          const detail = err.detail as CwErrorDetail;
          expect(detail.kind).to.equal('unknown-id');
          expect(detail.id).to.equal('rmc');
          expect(detail.suggestions).to.include('rmci');
          expect(err.bubbles && err.composed).to.equal(true);
          await expect(el).to.be.accessible();
        } finally {
          log.stop();
        }
      }
      const city = await cityMap('cities="tanger-ma,tetuan-ma"');
      expect(city.failure?.id).to.equal('tetuan-ma');
      expect(city.failure?.suggestions).to.deep.equal(['tetouan-ma']);
      const project = await cityMap('project="vivre-ensembl"');
      expect(project.failure?.suggestions).to.deep.equal(['vivre-ensemble']);
    });

    it('names an unreachable src, a src that is not JSON, and a src with invalid data, in each language', async () => {
      const cases = [
        { src: MISSING, kind: 'unreachable' },
        { src: NOT_JSON, kind: 'not-json' },
        { src: INVALID, kind: 'invalid' },
      ];
      for (const { src, kind } of cases) {
        for (const lang of LANGS) {
          clearAtlasCache();
          const log = collect();
          try {
            const el = await cityMap(`src="${src}" network="mc2cm"`, { lang, withAtlas: null });
            expect(el.state, `${kind} ${lang}`).to.equal('error');
            const detail = log.events.find((e) => e.type === 'cw-error')!.detail as CwErrorDetail;
            expect(detail.kind).to.equal(kind);
            if (kind === 'invalid') expect(detail.issues!.length).to.be.above(0);
            if (kind !== 'invalid') expect(text(part(el, 'error-text'))).to.contain(src);
            expect(text(part(el, 'error-title'))).to.not.equal('');
            await expect(el).to.be.accessible();
          } finally {
            log.stop();
          }
        }
      }
    });

    it('fetches a src once for two widgets that name it', async () => {
      const url = FIXTURE + '?shared';
      const stub = stubFetch({ [url]: () => new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } }) });
      try {
        const wrap = mount(`<cw-city-map src="${url}" network="mc2cm" show="list"></cw-city-map>
          <cw-city-map src="${url}" network="rmci" show="list"></cw-city-map>`);
        const [a, b] = [...wrap.querySelectorAll('cw-city-map')] as CwCityMap[];
        await waitUntil(() => a!.state === 'ready' && b!.state === 'ready', 'both load');
        expect(stub.calls.filter((c) => c === url)).to.have.length(1);
        expect($$(a!, 'li.city')).to.have.length(7);
        expect($$(b!, 'li.city')).to.have.length(3);
      } finally {
        stub.restore();
      }
    });

    it('works from attributes alone, on the bundled dataset', async () => {
      const wrap = mount('<cw-city-map network="rmci"></cw-city-map>', { lang: 'fr' });
      const el = wrap.firstElementChild as CwCityMap;
      await waitUntil(() => el.state !== 'loading', 'loads the bundled dataset', { timeout: 8000 });
      expect(el.state).to.equal('ready');
      expect(text(part(el, 'title'))).to.equal('Réseau marocain des cités interculturelles');
      expect($$(el, 'li.city').length).to.be.above(5);
      expect($(el, 'li.city[data-city="tanger-ma"]')).to.not.equal(null);
      await drawn(el);
    });
  });

  describe('language and direction', () => {
    it('inherits lang from an ancestor and re-renders when it changes at run time', async () => {
      const el = await cityMap('network="rmci"', { lang: 'en' });
      expect(text(part(el, 'summary'))).to.equal('3 cities in 1 country');
      expect(el.dir).to.equal('ltr');
      el.parentElement!.setAttribute('lang', 'fr');
      await waitUntil(() => text(part(el, 'summary')) === '3 villes dans 1 pays', 'switches to French');
      el.parentElement!.setAttribute('lang', 'ar');
      await waitUntil(() => el.dir === 'rtl' && /[\u0600-\u06FF]/.test(text(part(el, 'summary'))), 'switches to Arabic');
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(text($(el, 'li.city[data-city="tanger-ma"] .name'))).to.equal('طنجة');
    });

    it('puts the map at the start side and mirrors it in RTL (computed positions)', async () => {
      const ltr = await cityMap('network="mc2cm"', { lang: 'fr', width: 760 });
      await drawn(ltr);
      const lm = part(ltr, 'map')!.getBoundingClientRect();
      const ll = part(ltr, 'list')!.getBoundingClientRect();
      expect(lm.right, 'map left of list').to.be.at.most(ll.left + 1);
      expect(Math.abs(lm.top - ll.top), 'side by side').to.be.below(2);
      const rtl = await cityMap('network="mc2cm"', { lang: 'ar', width: 760 });
      await drawn(rtl);
      const rm = part(rtl, 'map')!.getBoundingClientRect();
      const rl = part(rtl, 'list')!.getBoundingClientRect();
      expect(rm.left, 'map right of list').to.be.at.least(rl.right - 1);
      // The list entry's accent border is on the start side: right in RTL.
      const li = $(rtl, 'li.city')!;
      expect(getComputedStyle(li).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(li).borderLeftWidth).to.equal('0px');
    });

    it('stacks the map above the list in a narrow container', async () => {
      for (const lang of ['fr', 'ar']) {
        const el = await cityMap('network="mc2cm"', { lang, width: 340 });
        await drawn(el);
        const m = part(el, 'map')!.getBoundingClientRect();
        const l = part(el, 'list')!.getBoundingClientRect();
        expect(m.bottom, lang).to.be.at.most(l.top + 1);
        expect(Math.abs(m.width - l.width), 'same width').to.be.below(2);
        await expect(el).to.be.accessible();
      }
    });

    it('does not mirror the map itself: west stays left in RTL', async () => {
      const el = await cityMap('cities="tanger-ma,beyrouth-lb"', { lang: 'ar' });
      await drawn(el);
      const x = (id: string) => Number($(el, `svg g.marker[data-city="${id}"] circle.hit`)!.getAttribute('cx'));
      expect(x('tanger-ma')).to.be.below(x('beyrouth-lb'));
    });
  });

  describe('selection', () => {
    it('selecting a list entry highlights its marker on the map and fires cw-select', async () => {
      const el = await cityMap('network="mc2cm"');
      await drawn(el);
      const button = $(el, 'li.city[data-city="sfax-tn"] button.name')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'cw-select')) as CustomEvent<CitySelectDetail>;
      expect(event.detail).to.deep.equal({ city: 'sfax-tn' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.selected).to.equal('sfax-tn');
      expect(el.getAttribute('selected')).to.equal('sfax-tn');
      const marker = $(el, 'svg g.marker.selected')!;
      expect(marker.getAttribute('data-city')).to.equal('sfax-tn');
      expect($$(el, 'svg g.marker.selected')).to.have.length(1);
      expect(button.getAttribute('aria-current')).to.equal('true');
      expect($(el, 'li.city[data-city="sfax-tn"]')!.classList.contains('selected')).to.equal(true);
      // The selected city always gets its label.
      expect(text($(el, 'svg .labels text[data-city="sfax-tn"]'))).to.equal('Sfax');
    });

    it('a selected city leaves its cluster and gets its own marker', async () => {
      const el = await cityMap('network="mc2cm"');
      await drawn(el);
      const cluster = $(el, 'svg g.cluster')!;
      expect(cluster, 'Tunis, La Marsa and Raoued crowd').to.not.equal(null);
      const ids = cluster.getAttribute('data-cities')!.split(' ');
      expect(ids).to.include.members(['tunis-tn', 'la-marsa-tn', 'raoued-tn']);
      el.selected = 'la-marsa-tn';
      await el.updateComplete;
      expect($(el, 'svg g.marker.selected')!.getAttribute('data-city')).to.equal('la-marsa-tn');
      expect($$(el, 'svg g.cluster').flatMap((g) => g.getAttribute('data-cities')!.split(' '))).to.not.include('la-marsa-tn');
    });

    /** Every marker, badge and label node of the map, with its attributes. */
    function snapshot(el: CwCityMap): Map<Element, string> {
      // Not the roving tab stop: it follows the selection by design.
      return new Map($$(el, 'svg g.marker, svg g.cluster, svg .labels text').map((n) => [n, [...n.attributes].filter((a) => a.name !== 'tabindex').map((a) => `${a.name}=${a.value}`).join(' ') + (n.closest('.labels') ? ` ${n.textContent}` : '')]));
    }

    it('selecting a city touches only its marker and the labels around it: the others keep their nodes and attributes', async () => {
      // As many cities as the map draws one element each for (past PATH_THRESHOLD, they are paths: city-map-paths.test.ts).
      const parsed = atlasOf(bigDoc(140, 0.8));
      const el = await cityMap('network="rmci" cluster-radius="0"', { withAtlas: parsed });
      await drawn(el);
      await waitUntil(() => $$(el, 'li.city').length === 143, 'the whole list arrives', { timeout: 10000 });
      await el.updateComplete;
      const before = snapshot(el);
      const markers = $(el, 'svg g.markers')!;
      expect($$(el, 'svg g.marker')).to.have.length(143);
      const id = 'c-70';
      const own = $(el, `svg g.marker[data-city="${id}"]`)!;
      let records: MutationRecord[] = [];
      const observer = new MutationObserver((m) => records.push(...m));
      observer.observe($(el, 'svg')!, { subtree: true, childList: true, attributes: true, characterData: true });
      el.selected = id;
      await el.updateComplete;
      records.push(...observer.takeRecords());
      // Its marker on top (the last one drawn), once.
      const selected = $$(el, 'svg g.marker.selected');
      expect(selected).to.have.length(1);
      expect(selected[0]!.getAttribute('data-city')).to.equal(id);
      expect(markers.lastElementChild).to.equal(selected[0]);
      expect($$(el, `svg g.marker[data-city="${id}"]`)).to.have.length(1);
      expect(own.isConnected, 'its plain marker is taken out').to.equal(false);
      expect($(el, `svg .labels text.selected[data-city="${id}"]`)).to.not.equal(null);
      // Every other node is the same node with the same attributes; only labels it covers go.
      const after = snapshot(el);
      let kept = 0;
      let gone = 0;
      for (const [node, attrs] of before) {
        if (node === own) continue;
        if (!node.isConnected) {
          expect(node.tagName, 'only labels leave').to.equal('text');
          gone++;
          continue;
        }
        expect(after.get(node), node.getAttribute('data-city') ?? '').to.equal(attrs);
        kept++;
      }
      expect(gone, 'a few labels around it at most').to.be.below(10);
      expect(kept).to.be.above(140);
      expect(records.length, 'a handful of DOM changes, not one per marker').to.be.below(30);
      // Deselecting puts its marker back, still touching nothing else.
      records = [];
      el.selected = undefined;
      await el.updateComplete;
      records.push(...observer.takeRecords());
      observer.disconnect();
      expect($$(el, 'svg g.marker.selected')).to.have.length(0);
      expect($$(el, `svg g.marker[data-city="${id}"]`)).to.have.length(1);
      expect(records.length).to.be.below(30);
      for (const [node, attrs] of before) if (node.isConnected) expect(snapshot(el).get(node)).to.equal(attrs);
      expect($$(el, 'svg g.marker, svg g.cluster, svg .labels text')).to.have.length(before.size);
    });

    it('with clusters, selecting a city redraws only the cluster that held it', async () => {
      const big = bigDoc(300, 0.6) as { memberships: Array<{ city: string; network: string }> };
      const parsed = atlasOf(big);
      const el = await cityMap('network="rmci"', { withAtlas: parsed });
      await drawn(el);
      const clusters = $$(el, 'svg g.cluster');
      expect(clusters.length).to.be.above(3);
      const holder = clusters[Math.floor(clusters.length / 2)]!;
      const ids = holder.getAttribute('data-cities')!.split(' ');
      const id = ids[1]!;
      const before = snapshot(el);
      el.selected = id;
      await el.updateComplete;
      expect(holder.isConnected).to.equal(false);
      expect($(el, 'svg g.markers')!.lastElementChild!.getAttribute('data-city')).to.equal(id);
      const shown = [...$$(el, 'svg g.marker:not(.selected)').map((g) => g.getAttribute('data-city')), ...$$(el, 'svg g.cluster').flatMap((g) => g.getAttribute('data-cities')!.split(' '))];
      expect(shown).to.not.include(id);
      // Every city of the network (the list is windowed: not every entry is in the DOM).
      const all = big.memberships.filter((m) => m.network === 'rmci').map((m) => m.city);
      expect(shown).to.have.members(all.filter((c) => c !== id));
      const after = snapshot(el);
      for (const [node, attrs] of before) {
        if (node === holder || node.tagName === 'text') continue;
        expect(after.get(node), node.getAttribute('data-cluster') ?? node.getAttribute('data-city') ?? '').to.equal(attrs);
      }
    });

    it('keeps labels apart and off other markers with a selection (measured boxes), in both directions', async () => {
      const parsed = atlasOf(bigDoc(80, 0.5));
      for (const lang of ['fr', 'ar']) {
        for (const radius of ['0', '12']) {
          const el = await cityMap(`network="rmci" cluster-radius="${radius}"`, { withAtlas: parsed, lang });
          await drawn(el);
          for (const id of ['c-3', 'c-40', 'tunis-tn']) {
            el.selected = id;
            await el.updateComplete;
            const labels = $$(el, 'svg .labels text') as unknown as SVGTextElement[];
            const boxes = labels.map((t) => t.getBoundingClientRect());
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${id}: ${labels[i]!.textContent} / ${labels[j]!.textContent}`).to.equal(false);
            const dots = [...$$(el, 'svg g.marker .dot'), ...$$(el, 'svg g.cluster circle.badge')];
            for (let i = 0; i < labels.length; i++) {
              const own = labels[i]!.getAttribute('data-city');
              for (const d of dots) {
                if (d.closest('g')!.getAttribute('data-city') === own) continue;
                expect(overlap(boxes[i]!, d.getBoundingClientRect(), 1), `${id}: ${labels[i]!.textContent} covers a marker`).to.equal(false);
              }
            }
          }
        }
      }
    });

    it('clicking a marker selects it and moves focus to its list entry', async () => {
      const el = await cityMap('network="mc2cm"');
      await drawn(el);
      const marker = $(el, 'svg g.marker[data-city="lyon-fr"]')!;
      setTimeout(() => marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const event = (await oneEvent(el, 'cw-select')) as CustomEvent<CitySelectDetail>;
      expect(event.detail.city).to.equal('lyon-fr');
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'li.city[data-city="lyon-fr"] button.name'), 'focus moves to the entry');
      expect($(el, 'li.city[data-city="lyon-fr"]')!.classList.contains('selected')).to.equal(true);
    });

    it('clicking a cluster zooms to its cities: the cluster opens into their own markers, and the reset shows every city again', async () => {
      const el = await cityMap('network="mc2cm"', { lang: 'en' });
      await drawn(el);
      const cluster = $(el, 'svg g.cluster')!;
      const ids = cluster.getAttribute('data-cities')!.split(' ');
      expect(cluster.getAttribute('data-count')).to.equal(String(ids.length));
      expect(text(cluster.querySelector('text.count'))).to.equal(String(ids.length));
      const before = $$(el, 'svg .markers [data-key]').length;
      cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
      // The cluster came apart: its cities are all in sight, in more than one marker (close ones may
      // still share a smaller cluster, which opens in turn).
      const holding = $$(el, 'svg .markers [data-key]').filter((g) => ids.some((id) => (g.dataset.cities ?? g.dataset.city ?? '').split(' ').includes(id)));
      expect(holding.length).to.be.greaterThan(1);
      expect(holding.flatMap((g) => (g.dataset.cities ?? g.dataset.city!).split(' '))).to.include.members(ids);
      expect(text($(el, '[role="status"]'))).to.contain(`Zoomed in on ${ids.length} cities`);
      const reset = $(el, '.controls button[data-zoom="reset"]') as HTMLButtonElement;
      expect(reset.disabled).to.equal(false);
      reset.click();
      await el.updateComplete;
      expect($$(el, 'svg .markers [data-key]')).to.have.length(before);
      expect(reset.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('spreads cities that share a place once zooming cannot open their cluster, each with a marker of its own', async () => {
      const same = structuredClone(doc);
      for (let i = 0; i < 3; i++) {
        same.cities.push({ id: `same-${i}`, name: { fr: `Même ${i}` }, country: 'MA', coordinates: { lat: 30, lon: -9 }, sources: ['seed-rmci'] });
        same.memberships.push({ city: `same-${i}`, network: 'rmci', roles: ['member'], sources: ['seed-rmci'] });
      }
      const parsed = atlasOf(same);
      const el = await cityMap('network="rmci"', { withAtlas: parsed, lang: 'en' });
      await drawn(el);
      const ids = ['same-0', 'same-1', 'same-2'];
      const clusterOf = () => $$(el, 'svg g.cluster').find((g) => ids.every((id) => g.dataset.cities!.split(' ').includes(id)));
      // Click until the cluster no longer zooms: then it spreads.
      for (let i = 0; i < 4 && clusterOf(); i++) {
        clusterOf()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        await el.updateComplete;
      }
      expect(clusterOf()).to.equal(undefined);
      const places = ids.map((id) => $(el, `svg g.marker[data-city="${id}"] circle.hit`)!).map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
      for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) expect(Math.hypot(places[i]![0]! - places[j]![0]!, places[i]![1]! - places[j]![1]!)).to.be.greaterThan(10);
      expect($$(el, 'li.city.highlighted').map((li) => li.dataset.city)).to.have.members(ids);
    });

    it('the + and − buttons and keys zoom around the centre; markers out of sight are left out, and come back', async () => {
      const el = await cityMap('network="mc2cm"', { lang: 'en' });
      await drawn(el);
      const all = $$(el, 'svg .markers [data-key]').length;
      const spread = () => {
        const xs = $$(el, 'svg .markers circle.hit').map((c) => Number(c.getAttribute('cx')));
        return Math.max(...xs) - Math.min(...xs);
      };
      const s0 = spread();
      ($(el, '.controls button[data-zoom="in"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const cities = $$(el, 'svg .markers [data-key]');
      expect(cities.length).to.be.greaterThan(0);
      // Twice as large around the middle: what is still in sight is farther apart, or out of sight.
      expect(spread() > s0 || $$(el, 'svg .markers circle.hit').length < all + 10).to.equal(true);
      const box = $(el, 'svg')!.getAttribute('viewBox')!.split(' ').map(Number);
      for (const c of $$(el, 'svg .markers circle.hit')) {
        const x = Number(c.getAttribute('cx'));
        expect(x).to.be.within(0, box[2]!);
      }
      const marker = $(el, 'svg .markers [tabindex="0"]')!;
      marker.focus();
      await sendKeys({ press: '-' });
      await el.updateComplete;
      expect(($(el, '.controls button[data-zoom="out"]') as HTMLButtonElement).disabled).to.equal(true);
      expect($$(el, 'svg .markers [data-key]')).to.have.length(all);
      // Focus stays on the map after a zoom by key.
      expect(el.shadowRoot!.activeElement?.closest('svg')).to.not.equal(null);
    });

    it('land and borders are written once: a zoom changes their transform only, and they stay under the cities', async () => {
      const el = await cityMap('network="mc2cm" cluster-radius="0"', { lang: 'en' });
      await drawn(el);
      await landDrawn(el);
      const land = $(el, 'svg path.land')!;
      const borders = () => $(el, 'svg .context g.borders')!;
      await waitUntil(() => $(el, 'svg .context g.borders'), 'borders drawn', { timeout: 5000 });
      const matrix = (node: Element) => node.getAttribute('transform')!.match(/-?[\d.e-]+/g)!.map(Number);
      // Each city's marker sits where the land's transform puts its longitude and latitude.
      const checkPlaces = () => {
        const [k, , , k2, x, y] = matrix(land);
        expect(k2).to.equal(k);
        expect(matrix(borders())).to.deep.equal(matrix(land));
        const markers = $$(el, 'svg g.marker');
        expect(markers.length).to.be.greaterThan(0);
        for (const g of markers) {
          const c = doc.cities.find((city: { id: string }) => city.id === g.getAttribute('data-city'));
          const hit = g.querySelector('circle.hit')!;
          expect(Number(hit.getAttribute('cx')), c.id).to.be.closeTo(k! * c.coordinates.lon + x!, 0.5);
          expect(Number(hit.getAttribute('cy')), c.id).to.be.closeTo(k! * mercatorY(c.coordinates.lat) + y!, 0.5);
        }
        return k!;
      };
      const d = land.getAttribute('d');
      const settled = borders().querySelector('path.border')!.getAttribute('d');
      const k0 = checkPlaces();
      ($(el, '.controls button[data-zoom="in"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, 'svg path.land'), 'the same node').to.equal(land);
      expect(land.getAttribute('d'), 'the same path').to.equal(d);
      expect(borders().querySelector('path.border')!.getAttribute('d')).to.equal(settled);
      expect(checkPlaces() / k0).to.be.closeTo(2, 0.01);
      // Strokes keep their screen width under the transform.
      expect(getComputedStyle(land).getPropertyValue('vector-effect')).to.equal('non-scaling-stroke');
    });

    it('a drag moves the drawing as a picture, laid out again when the button is released', async () => {
      const el = await cityMap('network="mc2cm" cluster-radius="0"', { lang: 'en' });
      await drawn(el);
      ($(el, '.controls button[data-zoom="in"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const frame = $(el, '.frame')!;
      const box = frame.getBoundingClientRect();
      const cx = () => $$(el, 'svg g.marker circle.hit').map((c) => Number(c.getAttribute('cx')));
      const landAt = () => $(el, 'svg path.land')?.getAttribute('transform');
      const before = cx();
      const land = landAt();
      const pointer = (type: string, dx: number) =>
        frame.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, pointerType: 'mouse', button: 0, clientX: box.left + box.width / 2 + dx, clientY: box.top + box.height / 2 }));
      pointer('pointerdown', 0);
      pointer('pointermove', 30);
      pointer('pointermove', 60);
      await el.updateComplete;
      // Moved as a picture: the view group carries the drag, the layout is the one before it.
      expect($(el, 'svg g.view')!.getAttribute('transform')).to.equal('matrix(1 0 0 1 60 0)');
      expect(cx()).to.deep.equal(before);
      expect(landAt()).to.equal(land);
      // The inset stays where it is, out of the moving picture.
      expect($(el, 'svg g.view .locator')).to.equal(null);
      pointer('pointerup', 60);
      await el.updateComplete;
      expect($(el, 'svg g.view')!.hasAttribute('transform')).to.equal(false);
      expect(landAt()).to.not.equal(land);
      // Laid out again 60 px further: every city still in sight moved by the drag.
      const after = new Map($$(el, 'svg g.marker').map((g) => [g.getAttribute('data-city'), Number(g.querySelector('circle.hit')!.getAttribute('cx'))]));
      const was = new Map($$(el, 'svg g.marker').map((g, i) => [g.getAttribute('data-city'), before[i]]));
      let compared = 0;
      for (const [id, x] of after) {
        const old = was.get(id);
        if (old === undefined) continue;
        compared++;
        expect(x - old, id!).to.be.closeTo(60, 0.5);
      }
      expect(compared).to.be.greaterThan(0);
    });

    it('a real mouse drag released outside the map ends there: laid out again, and later moves do not pan', async () => {
      const el = await cityMap('network="mc2cm" cluster-radius="0"', { lang: 'en' });
      await drawn(el);
      ($(el, '.controls button[data-zoom="in"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const box = $(el, '.frame')!.getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + box.height / 2);
      const landAt = () => $(el, 'svg path.land')?.getAttribute('transform');
      const land = landAt();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 20, y] });
      await sendMouse({ type: 'move', position: [x + 40, y] });
      await el.updateComplete;
      expect($(el, 'svg g.view')!.getAttribute('transform')).to.equal('matrix(1 0 0 1 40 0)');
      // Out of the map, below it, and released there.
      await sendMouse({ type: 'move', position: [x + 40, Math.round(box.bottom + 40)] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect($(el, 'svg g.view')!.hasAttribute('transform'), 'laid out again').to.equal(false);
      const after = landAt();
      expect(after).to.not.equal(land);
      // Back over the map with no button: nothing moves.
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'move', position: [x + 30, y] });
      await el.updateComplete;
      expect(landAt()).to.equal(after);
      expect($(el, 'svg g.view')!.hasAttribute('transform')).to.equal(false);
    });

    it('ctrl + wheel zooms around the pointer as a picture, laid out once the turns stop; a plain wheel leaves the map alone', async () => {
      const el = await cityMap('network="mc2cm"', { lang: 'en' });
      await drawn(el);
      const frame = $(el, '.frame')!;
      const box = frame.getBoundingClientRect();
      const wheel = (ctrlKey: boolean) => {
        const e = new WheelEvent('wheel', { bubbles: true, composed: true, cancelable: true, ctrlKey, deltaY: -250, clientX: box.left + 100, clientY: box.top + 80 });
        frame.dispatchEvent(e);
        return e.defaultPrevented;
      };
      expect(wheel(false), 'the page scrolls').to.equal(false);
      await el.updateComplete;
      expect($(el, 'svg g.view')!.hasAttribute('transform')).to.equal(false);
      expect(($(el, '.controls button[data-zoom="out"]') as HTMLButtonElement).disabled).to.equal(true);
      expect(wheel(true)).to.equal(true);
      expect(wheel(true)).to.equal(true);
      await el.updateComplete;
      const m = $(el, 'svg g.view')!.getAttribute('transform')!.match(/-?[\d.e-]+/g)!.map(Number);
      // Two turns of 250: 2^(0.5·2) = 2 times larger, the point under the pointer kept in place.
      expect(m[0]).to.be.closeTo(2, 1e-9);
      expect(m[0]! * 100 + m[4]!).to.be.closeTo(100, 1e-6);
      expect(m[3]! * 80 + m[5]!).to.be.closeTo(80, 1e-6);
      await waitUntil(() => !$(el, 'svg g.view')!.hasAttribute('transform'), 'laid out once the wheel stops', { timeout: 2000 });
      expect(($(el, '.controls button[data-zoom="out"]') as HTMLButtonElement).disabled).to.equal(false);
      // A button during a run of turns lays out at once.
      wheel(true);
      await el.updateComplete;
      expect($(el, 'svg g.view')!.hasAttribute('transform')).to.equal(true);
      ($(el, '.controls button[data-zoom="in"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, 'svg g.view')!.hasAttribute('transform')).to.equal(false);
    });

    it('the markers are one tab stop; arrows go to the nearest city that way, Enter selects, Escape clears', async () => {
      const el = await cityMap('network="mc2cm" cluster-radius="0"', { lang: 'en' });
      await drawn(el);
      await el.updateComplete;
      const stops = $$(el, 'svg .markers [data-key]').filter((g) => g.getAttribute('tabindex') === '0');
      expect(stops).to.have.length(1);
      for (const g of $$(el, 'svg .markers [data-key]')) {
        expect(g.getAttribute('role')).to.equal('button');
        expect(g.getAttribute('aria-label')).to.not.equal('');
      }
      const x = (g: Element) => Number(g.querySelector('circle.hit')!.getAttribute('cx'));
      const markers = $$(el, 'svg g.marker');
      const westmost = markers.reduce((a, b) => (x(b) < x(a) ? b : a));
      westmost.focus();
      await sendKeys({ press: 'ArrowRight' });
      const next = el.shadowRoot!.activeElement as Element;
      expect(next).to.not.equal(westmost);
      expect(x(next)).to.be.greaterThan(x(westmost));
      expect(next.getAttribute('tabindex')).to.equal('0');
      expect(westmost.getAttribute('tabindex')).to.equal('-1');
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.shadowRoot!.activeElement).to.equal(westmost);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal(westmost.getAttribute('data-city'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
    });

    it('mirrors Left and Right in RTL, on the markers and in the list', async () => {
      const el = await cityMap('network="mc2cm" cluster-radius="0"', { lang: 'ar' });
      await drawn(el);
      await el.updateComplete;
      const x = (g: Element) => Number(g.querySelector('circle.hit')!.getAttribute('cx'));
      const markers = $$(el, 'svg g.marker');
      const westmost = markers.reduce((a, b) => (x(b) < x(a) ? b : a));
      westmost.focus();
      // In RTL, Left goes on, as in reading: towards the east of a map that is not itself mirrored.
      await sendKeys({ press: 'ArrowLeft' });
      const next = el.shadowRoot!.activeElement as Element;
      expect(x(next)).to.be.greaterThan(x(westmost));
      // In the list, Left from the westmost city's entry goes to an entry further east.
      const entry = $(el, `li.city[data-city="${westmost.getAttribute('data-city')}"] .name`)!;
      entry.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      const to = (el.shadowRoot!.activeElement as Element).closest('li')!.dataset.city!;
      expect(to).to.not.equal(westmost.getAttribute('data-city'));
      expect(x($(el, `svg g.marker[data-city="${to}"]`)!)).to.be.greaterThan(x(westmost));
    });

    it('shows a legend of the marker styles in the page’s language, and draws each city in its role’s style', async () => {
      const el = await cityMap('network="mc2cm"', { lang: 'fr' });
      await drawn(el);
      const view = el as unknown as { shadowRoot: ShadowRoot };
      const legend = view.shadowRoot.querySelector('.legend');
      const styles = new Set($$(el, 'svg g.marker path.dot').map((p) => [...p.classList].find((c) => c.startsWith('style-'))));
      if (styles.size > 1) {
        expect(legend).to.not.equal(null);
        expect(text(legend!.querySelector('figcaption'))).to.equal('Légende');
        expect(legend!.querySelectorAll('li').length).to.be.at.least(styles.size);
      }
      const lead = $(el, 'svg g.marker path.dot.style-lead');
      if (lead) expect(lead.closest('g')!.getAttribute('aria-label')).to.contain(uiMsg('fr', 'membershipRole.lead'));
    });

    it('is operable by keyboard: Tab, arrows, Enter, Escape', async () => {
      const el = await cityMap('network="rmci"', { lang: 'en' });
      const log = collect();
      try {
        const first = $(el, 'li.city button.name')!;
        first.focus();
        await sendKeys({ press: 'ArrowDown' });
        const second = $$(el, 'li.city button.name')[1]!;
        expect(el.shadowRoot!.activeElement).to.equal(second);
        await sendKeys({ press: 'End' });
        expect(el.shadowRoot!.activeElement).to.equal($$(el, 'li.city button.name').at(-1));
        await sendKeys({ press: 'Home' });
        expect(el.shadowRoot!.activeElement).to.equal(first);
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(second);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.selected).to.equal(second.closest('li')!.dataset.city);
        const selects = log.events.filter((e) => e.type === 'cw-select');
        expect(selects.map((e) => (e.detail as CitySelectDetail).city)).to.deep.equal([el.selected]);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(el.selected).to.equal(undefined);
        expect($$(el, 'li.city.selected')).to.have.length(0);
        // Focus is visible.
        expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
      } finally {
        log.stop();
      }
    });
  });

  describe('the map', () => {
    it('fits the view to the cities: every marker lies inside the viewBox', async () => {
      for (const attrs of ['network="mc2cm"', 'network="rmci"', 'cities="beyrouth-lb"', 'cities="tanger-ma,beyrouth-lb,lyon-fr"']) {
        const el = await cityMap(attrs);
        const svg = await drawn(el);
        const { width, height } = viewBox(svg);
        expect(width).to.be.above(100);
        const circles = $$(el, 'svg .markers circle.hit, svg .markers circle.badge');
        expect(circles.length, attrs).to.be.above(0);
        for (const c of circles) {
          const cx = Number(c.getAttribute('cx'));
          const cy = Number(c.getAttribute('cy'));
          expect(cx, attrs).to.be.within(10, width - 10);
          expect(cy, attrs).to.be.within(10, height - 10);
        }
        // Every city is on the map, alone or in a cluster.
        const shown = [
          ...$$(el, 'svg g.marker').map((g) => g.getAttribute('data-city')),
          ...$$(el, 'svg g.cluster').flatMap((g) => g.getAttribute('data-cities')!.split(' ')),
        ];
        expect(shown, attrs).to.have.members($$(el, 'li.city').map((li) => li.dataset.city));
      }
    });

    it('draws the bundled land, choosing the world layer far from the Mediterranean', async () => {
      const el = await cityMap('network="mc2cm"');
      await drawn(el);
      await landDrawn(el);
      const d = $(el, 'svg path.land')!.getAttribute('d')!;
      expect(d.length).to.be.above(500);
      const far = structuredClone(doc);
      far.cities.push({ id: 'montreal-ca', name: { fr: 'Montréal' }, country: 'CA', coordinates: { lat: 45.5019, lon: -73.5674 }, sources: ['seed-rmci'] });
      const parsed = atlasOf(far);
      const world = await cityMap('cities="montreal-ca,beyrouth-lb"', { withAtlas: parsed });
      const svg = await drawn(world);
      await landDrawn(world);
      const { width } = viewBox(svg);
      const x = (id: string) => Number($(world, `svg g.marker[data-city="${id}"] circle.hit`)!.getAttribute('cx'));
      expect(x('montreal-ca')).to.be.below(width / 2);
      expect(x('beyrouth-lb')).to.be.above(width / 2);
    });

    it('groups crowded markers into clusters, so that no two markers are closer than cluster-radius', async () => {
      const parsed = atlasOf(bigDoc(150, 0.6));
      const el = await cityMap('network="rmci" cluster-radius="30"', { withAtlas: parsed });
      await drawn(el);
      const centres = [
        ...$$(el, 'svg g.marker circle.hit').map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
        ...$$(el, 'svg g.cluster circle.badge').map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
      ] as Array<[number, number]>;
      expect($$(el, 'svg g.cluster').length).to.be.above(0);
      expect(centres.length).to.be.below(153);
      for (let i = 0; i < centres.length; i++)
        for (let j = i + 1; j < centres.length; j++) expect(Math.hypot(centres[i]![0] - centres[j]![0], centres[i]![1] - centres[j]![1])).to.be.at.least(30 - 0.01);
      const total = $$(el, 'svg g.cluster').reduce((n, g) => n + Number(g.getAttribute('data-count')), 0) + $$(el, 'svg g.marker').length;
      expect(total).to.equal(153);
    });

    it('never lets labels overlap each other or cover other markers (measured boxes)', async () => {
      const parsed = atlasOf(bigDoc(80, 0.5));
      for (const lang of ['fr', 'ar']) {
        const el = await cityMap('network="rmci" cluster-radius="12"', { withAtlas: parsed, lang });
        await drawn(el);
        const labels = $$(el, 'svg .labels text') as unknown as SVGTextElement[];
        expect(labels.length, lang).to.be.above(3);
        expect(labels.length, 'some labels are left out where cities crowd').to.be.below($$(el, 'svg g.marker').length);
        const boxes = labels.map((t) => t.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${labels[i]!.textContent} / ${labels[j]!.textContent}`).to.equal(false);
        const frame = part(el, 'map-frame')!.getBoundingClientRect();
        for (const b of boxes) {
          expect(b.left).to.be.at.least(frame.left - 1);
          expect(b.right).to.be.at.most(frame.right + 1);
        }
        const dots = [...$$(el, 'svg g.marker .dot'), ...$$(el, 'svg g.cluster circle.badge')];
        for (let i = 0; i < labels.length; i++) {
          const own = labels[i]!.getAttribute('data-city');
          for (const d of dots) {
            if (d.closest('g')!.getAttribute('data-city') === own) continue;
            expect(overlap(boxes[i]!, d.getBoundingClientRect(), 1), `${labels[i]!.textContent} covers a marker`).to.equal(false);
          }
        }
      }
    });

    it('renders 2 000 cities with a windowed list (the entries near the viewport) and the map as clusters', async () => {
      const parsed = atlasOf(bigDoc(2000));
      const wrap = mount('', { lang: 'fr', style: 'inline-size: 760px' });
      const el = document.createElement('cw-city-map') as CwCityMap;
      el.setAttribute('network', 'rmci');
      el.atlas = parsed;
      wrap.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(text(part(el, 'summary'))).to.contain('2').and.contain('003');
      await drawn(el);
      await el.updateComplete;
      expect($$(el, 'li.city').length, 'a window of entries, not everything').to.be.within(5, 200);
      const markers = $$(el, 'svg g.marker').length + $$(el, 'svg g.cluster').length;
      expect(markers).to.be.below(400);
      // One label at most per city drawn alone, and per cluster (its cities' names).
      expect($$(el, 'svg .labels text[data-city]').length).to.be.at.most($$(el, 'svg g.marker').length);
      expect($$(el, 'svg .labels text.cluster-names').length).to.be.at.most($$(el, 'svg g.cluster').length);
    });
    it('draws thousands of markers without clusters in one layer: every city once', async () => {
      const parsed = atlasOf(bigDoc(2000));
      const el = await cityMap('network="rmci" cluster-radius="0"', { withAtlas: parsed });
      await drawn(el);
      await waitUntil(() => $(el, 'svg .paths'), 'the markers arrive', { timeout: 10000 });
      // One shape (one "M") per city, in the paths of the styles.
      const shapes = $$(el, 'svg .paths path').reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
      expect(shapes).to.equal(2003);
      // A selection and a change of cities afterwards.
      el.selected = 'c-1500';
      await el.updateComplete;
      await waitUntil(() => $(el, 'svg g.markers')!.lastElementChild?.getAttribute('data-city') === 'c-1500', 'the selected marker on top', { timeout: 5000 });
      expect($$(el, 'svg g.marker[data-city="c-1500"]')).to.have.length(1);
      el.cities = 'c-1500 c-3 tanger-ma';
      await el.updateComplete;
      await waitUntil(() => $$(el, 'svg g.marker').length === 3, 'the markers of the cities left', { timeout: 5000 });
      expect($$(el, 'svg g.marker').map((g) => g.getAttribute('data-city'))).to.have.members(['c-1500', 'c-3', 'tanger-ma']);
      expect($$(el, 'li.city').map((li) => li.dataset.city)).to.have.members(['c-1500', 'c-3', 'tanger-ma']);
      expect($(el, 'svg g.marker.selected')!.getAttribute('data-city')).to.equal('c-1500');
    });
  });

  describe('show', () => {
    it('show="list" draws no map; show="map" keeps the list one click away; both by default', async () => {
      const list = await cityMap('network="mc2cm" show="list"');
      expect($(list, '.frame svg')).to.equal(null);
      expect(part(list, 'map')).to.equal(null);
      expect($$(list, 'li.city')).to.have.length(7);
      await expect(list).to.be.accessible();

      const map = await cityMap('network="mc2cm" show="map"', { lang: 'en' });
      await drawn(map);
      const details = $(map, 'details.all') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal('List of cities (7)');
      expect($(map, '.list-panel')).to.equal(null);
      await expect(map).to.be.accessible();
      // Clicking a marker opens the list and focuses the entry.
      $(map, 'svg g.marker[data-city="lyon-fr"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitUntil(() => details.open && map.shadowRoot!.activeElement?.closest('li')?.getAttribute('data-city') === 'lyon-fr', 'opens and focuses');

      const both = await cityMap('network="mc2cm" show="nonsense"');
      expect(part(both, 'map')).to.not.equal(null);
      expect(part(both, 'list')!.classList.contains('list-panel')).to.equal(true);
    });
  });

  describe('links and structured data', () => {
    it('turns names into links with href-template, keeping a button to show the city on the map', async () => {
      const el = await cityMap('network="rmci" href-template="/{lang}/villes/{id}"', { lang: 'en' });
      const link = $(el, 'li.city[data-city="tanger-ma"] a.name')!;
      expect(link.getAttribute('href')).to.equal('/en/villes/tanger-ma');
      const locate = $(el, 'li.city[data-city="tanger-ma"] button.locate')!;
      expect(locate.getAttribute('aria-label')).to.equal('Show Tangier on the map');
      locate.click();
      await el.updateComplete;
      expect(el.selected).to.equal('tanger-ma');
      expect(locate.getAttribute('aria-current')).to.equal('true');
      await expect(el).to.be.accessible();
      expect(cityHref('javascript:alert(1)//{id}', 'x', 'fr')).to.equal(undefined);
      expect(cityHref('mailto:{id}@example.org', 'x', 'fr')).to.equal(undefined);
      expect(cityHref('https://example.org/{id}?l={lang}', 'a b', 'ar-MA')).to.equal('https://example.org/a%20b?l=ar-MA');
      const bad = await cityMap('network="rmci" href-template="javascript:alert(1)//{id}"');
      expect($(bad, 'a.name')).to.equal(null);
      expect($(bad, 'button.name')).to.not.equal(null);
    });

    it('writes schema.org JSON-LD into the light DOM with structured-data', async () => {
      const el = await cityMap('network="rmci" structured-data');
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'writes the script');
      const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(JSON.stringify(data)).to.contain('Réseau marocain des villes interculturelles');
      el.removeAttribute('structured-data');
      await el.updateComplete;
      await waitUntil(() => !el.querySelector('script[type="application/ld+json"]'), 'removes it');
      const cities = await cityMap('cities="tanger-ma,sfax-tn" structured-data');
      await waitUntil(() => cities.querySelector('script[type="application/ld+json"]'), 'writes the script');
      const list = JSON.parse(cities.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(list).to.have.length(2);
      expect(list[0]['@type']).to.equal('City');
    });
  });
});
