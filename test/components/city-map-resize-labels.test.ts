/**
 * `<cw-city-map>`: a resize while zoomed keeps the cities that were in view, and what is left of a
 * selected city's cluster keeps its names when its first label position is blocked.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import { clusterRadius, layoutMarkers, selectInLayout } from '../../components/city-map/marker-layout.js';
import type { Atlas } from '../../src/atlas.js';
import { atlasOf, cityMap, drawnWithLand, fixtureDoc } from './city-map-fixture.js';
import { $, $$ } from './helpers.js';

let atlas: Atlas;
before(async () => {
  atlas = await atlasOf(await fixtureDoc());
});

const TUNISIA = ['la-marsa-tn', 'raoued-tn', 'tunis-tn'];

/** The cities drawn on the map, alone or in a cluster, sorted (strings: never nodes in assertions). */
function drawnCities(el: CwCityMap): string[] {
  return $$(el, 'svg .markers [data-key]')
    .flatMap((g) => (g.getAttribute('data-cities') ?? g.getAttribute('data-city') ?? '').split(' '))
    .filter((id) => id !== '')
    .sort();
}

const viewBox = (el: CwCityMap): string => $(el, 'svg')?.getAttribute('viewBox') ?? '';

describe('<cw-city-map> resized while zoomed', () => {
  it('keeps the Tunisian cities in view when the frame narrows after a cluster was opened', async () => {
    const el = await cityMap('network="mc2cm"', atlas, { lang: 'en', width: 1200 });
    await drawnWithLand(el);
    const cluster = $$(el, 'svg g.cluster').find((g) => (g.getAttribute('data-cities') ?? '').split(' ').includes('tunis-tn'));
    expect(cluster?.getAttribute('data-cities')?.split(' ').sort().join(' '), 'the Tunis cluster').to.equal(TUNISIA.join(' '));
    cluster!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(drawnCities(el).join(' '), 'zoomed to the cluster').to.equal(TUNISIA.join(' '));
    const wrapper = el.parentElement!;
    for (const width of [500, 300]) {
      const before = viewBox(el);
      wrapper.style.inlineSize = `${width}px`;
      // The frame's size is read by a ResizeObserver, applied on the next frame.
      await waitUntil(() => viewBox(el) !== before, `the map is not redrawn at ${width}px`, { timeout: 5000 });
      await el.updateComplete;
      const shown = drawnCities(el);
      expect(TUNISIA.filter((id) => shown.includes(id)).join(' '), `drawn at ${width}px (${viewBox(el)})`).to.equal(TUNISIA.join(' '));
      // Still zoomed in, not reset to the whole network.
      expect(($(el, '.controls button[data-zoom="reset"]') as HTMLButtonElement).disabled, `zoomed at ${width}px`).to.equal(false);
    }
  });
});

describe('<cw-city-map> labels of what is left of a cluster', () => {
  it('places the label of the rest of a cluster at a later position when the first one is taken (pure)', () => {
    const layout = layoutMarkers(
      [
        { id: 'a', x: 300, y: 200 },
        { id: 'b', x: 298, y: 200 },
        { id: 'c', x: 299, y: 202 },
      ],
      {
        radius: 28,
        markerR: 6,
        badgeR: (n) => Math.min(14, clusterRadius(n)),
        bounds: { x0: 2, y0: 2, x1: 698, y1: 398 },
        labelSize: () => ({ width: 50, height: 15 }),
        clusterLabelSize: () => ({ width: 80, height: 15 }),
      },
    );
    const sel = selectInLayout(layout, 'a', 11)!;
    expect(sel.cluster?.rest.map((g) => g.ids.join(' ')).join(' | ')).to.equal('b c');
    expect(sel.label?.id).to.equal('a');
    expect(sel.restLabels.map((l) => l.id).join(' ')).to.equal('cluster:b');
    // Clear of the selected city's label.
    const [s, r] = [sel.label!.box, sel.restLabels[0]!.box];
    expect(s.x0 < r.x1 && r.x0 < s.x1 && s.y0 < r.y1 && r.y0 < s.y1, 'overlaps the selected city’s label').to.equal(false);
  });

  it('names Raoued and Tunis beside their badge when La Marsa is selected', async () => {
    const el = await cityMap('network="mc2cm" selected="la-marsa-tn"', atlas, { lang: 'en', width: 1200 });
    await drawnWithLand(el);
    const rest = $$(el, 'svg g.cluster').find((g) => (g.getAttribute('data-cities') ?? '').split(' ').includes('tunis-tn'));
    expect(rest?.getAttribute('data-cities')?.split(' ').sort().join(' '), 'what is left of the cluster').to.equal('raoued-tn tunis-tn');
    const labels = $$(el, `svg .labels text.cluster-names[data-cluster="${rest!.getAttribute('data-cluster')}"]`).map((t) => t.textContent ?? '');
    expect(labels.length, 'the rest of the cluster is named').to.equal(1);
    expect(labels[0]).to.contain('Raoued').and.to.contain('Tunis');
  });
});
