/** `<cw-city-map>`: with a city selected, the names of countries and seas keep clear of every city label, those the selection placed anew included. */
import { expect } from '@open-wc/testing';
import { atlasOf, cityMap, drawnWithLand, fixtureDoc, overlap, settled } from './city-map-fixture.js';
import { $$ } from './helpers.js';

describe('<cw-city-map> names of places beside a selection', () => {
  for (const width of [390, 900]) {
    it(`keep clear of the labels a selection places (what is left of its cluster), MC2CM at ${width} px`, async () => {
      const el = await cityMap('network="mc2cm"', await atlasOf(await fixtureDoc()), { lang: 'en', width });
      await drawnWithLand(el);
      const overlaps: string[] = [];
      for (const city of $$(el, 'li.city').map((li) => li.getAttribute('data-city')!)) {
        el.selected = city;
        await settled(el);
        const labels = $$(el, 'svg .labels text').map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        for (const name of $$(el, 'svg .places text')) {
          const box = name.getBoundingClientRect();
          for (const label of labels) if (overlap(box, label.box, 1)) overlaps.push(`${city}: "${name.textContent}" over "${label.text}"`);
        }
      }
      expect(overlaps).to.deep.equal([]);
    });
  }
});
