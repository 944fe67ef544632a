import { expect } from '@open-wc/testing';
import { countryName } from '../../src/i18n/index.js';
import { placeContextLabels, placeName } from '../../components/city-map/context-layer.js';
import { BoxIndex, type MapView } from '../../components/city-map/layout.js';
import type { ContextPlace } from '../../components/city-map/basemap.js';
import { loadBasemap } from '../../components/city-map/basemap.js';
import { atlasOf, cityMap, drawnWithLand, fixtureDoc, overlap } from './city-map-fixture.js';
import { $, $$ } from './helpers.js';

/** A plate carrée view: 10 px a degree, lon −10…30, lat 30…50 on a 400×200 frame. */
const FIT = {
  width: 400,
  height: 200,
  layer: 'detail',
  projection: ([lon, lat]: [number, number]) => [(lon + 10) * 10, (50 - lat) * 10] as [number, number],
} as unknown as MapView;
const SEA: ContextPlace = { kind: 'sea', lon: 10, lat: 40, rank: 1, names: { fr: 'Mer Méditerranée', en: 'Mediterranean Sea', ar: 'البحر الأبيض المتوسط' } };
const place = (over: Partial<ContextPlace>): ContextPlace => ({ kind: 'country', lon: 0, lat: 45, rank: 2, code: 'FR', areaKm2: 550_000, ...over });
const input = (places: ContextPlace[], extra: Partial<Parameters<typeof placeContextLabels>[0]> = {}) => ({
  fit: FIT,
  places,
  lang: 'fr',
  width: (text: string) => text.length * 6,
  bounds: { x0: 0, y0: 0, x1: 400, y1: 200 },
  avoid: [],
  boxes: [],
  ...extra,
});

describe('city map context: borders and names', () => {
  describe('placeContextLabels', () => {
    it('names countries in the page language, seas from their table (English when the language has none)', () => {
      expect(placeName(place({}), 'fr')).to.deep.equal({ text: countryName('FR', 'fr'), lang: 'fr' });
      expect(placeName(place({}), 'ar')!.text).to.equal(countryName('FR', 'ar'));
      expect(placeName(SEA, 'ar-MA')).to.deep.equal({ text: 'البحر الأبيض المتوسط', lang: 'ar' });
      expect(placeName(SEA, 'de')).to.deep.equal({ text: 'Mediterranean Sea', lang: 'en' });
    });

    it('leaves out a country too small on screen for its name, and names outside the view', () => {
      const labels = placeContextLabels(input([place({ code: 'MT', areaKm2: 320 }), place({ lon: 60 }), place({})]));
      expect(labels.map((l) => l.text)).to.deep.equal([countryName('FR', 'fr')]);
    });

    it('never overlaps a city label, a marker, a reserved box or another name', () => {
      const cities = new BoxIndex(64);
      cities.add({ id: 'lyon', x0: 95, y0: 45, x1: 140, y1: 58 }); // over France's point (100, 50)
      const labels = placeContextLabels(input([place({}), SEA, { ...SEA, lon: 10.5 }], { avoid: [cities], boxes: [{ x0: 190, y0: 95, x1: 195, y1: 96 }] }));
      expect(labels).to.deep.equal([]);
      const free = placeContextLabels(input([SEA, { ...SEA, lon: 11 }, place({ lon: 25 })]));
      expect(free.map((l) => l.kind)).to.deep.equal(['sea', 'country']);
    });
  });

  describe('<cw-city-map>', () => {
    it('builds borders, disputed lines, country and sea points into the basemap', async () => {
      const basemap = await loadBasemap();
      expect(basemap.context, 'context').to.exist;
      expect((basemap.context!.borders.coordinates as unknown[]).length).to.be.above(50);
      expect((basemap.context!.disputed.coordinates as unknown[]).length).to.be.above(0);
      const codes = basemap.context!.places.filter((p) => p.kind === 'country').map((p) => p.code);
      expect(codes).to.include.members(['MA', 'TN', 'LB', 'FR', 'DZ', 'EG']);
      expect(basemap.context!.places.filter((p) => p.kind === 'sea').every((p) => p.names?.fr && p.names.en && p.names.ar)).to.equal(true);
    });

    for (const lang of ['fr', 'en', 'ar']) {
      it(`draws borders under the markers and names in the page language (${lang}), clear of the cities' labels`, async () => {
        const atlas = await atlasOf(await fixtureDoc());
        const el = await cityMap('network="mc2cm"', atlas, { lang, width: 900 });
        await drawnWithLand(el);
        const border = $(el, 'svg .context path.border:not(.disputed)');
        expect(border?.getAttribute('d')?.length ?? 0).to.be.above(100);
        // Under the markers: the context group comes before them in the SVG.
        const children = [...$(el, 'svg g.view')!.children];
        expect(children.indexOf($(el, 'svg .context')!)).to.be.below(children.indexOf($(el, 'svg .markers')!));
        expect($(el, 'svg .context')!.getAttribute('aria-hidden')).to.equal('true');
        const basemap = await loadBasemap();
        const allowed = new Set(
          basemap.context!.places.map((p) => (p.kind === 'country' ? countryName(p.code!, lang) : p.names![lang])),
        );
        const names = $$(el, 'svg .places text');
        expect(names.filter((t) => t.classList.contains('country')).length, 'country names').to.be.above(1);
        expect(names.filter((t) => t.classList.contains('sea')).length, 'sea names').to.be.above(0);
        for (const t of names) {
          expect(allowed.has(t.textContent!), t.textContent!).to.equal(true);
          expect(t.getAttribute('lang')).to.equal(lang);
        }
        const cityLabels = $$(el, 'svg .labels text').map((t) => t.getBoundingClientRect());
        const markers = $$(el, 'svg .markers g').map((g) => g.getBoundingClientRect());
        for (const t of names) {
          const box = t.getBoundingClientRect();
          for (const other of [...cityLabels, ...markers]) expect(overlap(box, other, 1), `${t.textContent} over a city`).to.equal(false);
        }
      });
    }

    it('draws no borders nor names when the view is the world layer (they cover the detail window only)', async () => {
      const doc = await fixtureDoc();
      doc.cities.push({ id: 'montreal-ca', name: { fr: 'Montréal' }, country: 'CA', coordinates: { lat: 45.5019, lon: -73.5674 }, sources: ['seed-rmci'] });
      const el = await cityMap('cities="montreal-ca,beyrouth-lb"', await atlasOf(doc));
      await drawnWithLand(el);
      expect($(el, 'svg .context path.border')).to.equal(null);
      expect($$(el, 'svg .places text')).to.have.length(0);
    });
  });
});
