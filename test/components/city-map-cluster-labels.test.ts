import { expect } from '@open-wc/testing';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import { $$ } from './helpers.js';
import { cityMap, drawnWithLand, overlap } from './city-map-fixture.js';

/**
 * On a phone, a network's cities a short trip apart merge into clusters: the map names them beside
 * the badge rather than hiding them behind a count (the Moroccan network's 9 cities on the bundled
 * data, at a phone's width).
 */
describe('<cw-city-map> cluster labels', () => {
  /** Every name written on the map: the cities' labels and the clusters'. */
  const mapText = (el: CwCityMap) => $$(el, 'svg .labels text').map((t) => t.textContent ?? '');
  const names = (el: CwCityMap) => new Map($$(el, 'li.city[data-city]').map((li) => [li.dataset.city!, li.querySelector('.name')!.textContent!.trim()]));

  for (const lang of ['fr', 'ar']) {
    it(`names every one of the Moroccan network's cities on a phone-wide map (${lang})`, async () => {
      const el = await cityMap('network="rmci"', null, { lang, width: 350 });
      await drawnWithLand(el);
      const clusters = $$(el, 'svg g.cluster');
      expect(clusters.length, 'the narrow map does cluster cities').to.be.above(0);
      const written = mapText(el).join(' | ');
      const all = names(el);
      expect(all.size).to.equal(9);
      for (const [id, name] of all) expect(written, `${id} is named on the map`).to.contain(name);
      // A cluster's label lists its cities in the page's language, and sits clear of every other label.
      for (const c of clusters) {
        const label = $$(el, `svg .labels text.cluster-names[data-cluster="${c.dataset.cluster}"]`)[0]!;
        const cities = c.dataset.cities!.split(' ').map((id) => all.get(id)!);
        expect(label.textContent).to.equal(new Intl.ListFormat(lang, { type: 'conjunction' }).format(cities));
      }
      const boxes = $$(el, 'svg .labels text').map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!, 1), `labels ${i} and ${j}`).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('names a city left alone when the selected city leaves its cluster, and drops the cluster label', async () => {
    const el = await cityMap('network="rmci"', null, { lang: 'fr', width: 350 });
    await drawnWithLand(el);
    const pair = $$(el, 'svg g.cluster').find((c) => c.dataset.count === '2')!;
    const [first, other] = pair.dataset.cities!.split(' ');
    el.selected = first;
    await el.updateComplete;
    expect($$(el, `svg .labels text.cluster-names[data-cluster="${pair.dataset.cluster}"]`), 'the cluster is gone, and its label').to.have.length(0);
    const all = names(el);
    const written = mapText(el);
    expect(written, 'the selected city is named').to.include(all.get(first!));
    expect(written, 'the city left alone is named').to.include(all.get(other!));
  });

  it('names a large cluster by its first city and how many others', async () => {
    const el = await cityMap('network="mc2cm"', null, { lang: 'fr', width: 350 });
    await drawnWithLand(el);
    const big = $$(el, 'svg g.cluster').filter((c) => Number(c.dataset.count) > 3);
    expect(big.length, 'clusters of more than three cities on a phone-wide MC2CM map').to.be.above(0);
    const labelled = big.filter((c) => $$(el, `svg .labels text.cluster-names[data-cluster="${c.dataset.cluster}"]`).length === 1);
    expect(labelled.length, 'they are named where there is room').to.be.above(0);
    for (const c of labelled) {
      const label = $$(el, `svg .labels text.cluster-names[data-cluster="${c.dataset.cluster}"]`)[0]!;
      expect(label.textContent).to.match(new RegExp(`^\\S.* et ${Number(c.dataset.count) - 1} autres villes$`));
    }
  });
});
