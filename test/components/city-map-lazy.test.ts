/**
 * The basemap is loaded only when a map is shown: a page whose maps are all `show="list"` never
 * downloads data/basemap.json. In a file of its own, so that no other test has loaded it first.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/city-map/define.js';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import { atlasOf } from '../fixtures/atlas-of.js';

const FIXTURE = new URL('../fixtures/city-map-atlas.json', import.meta.url).href;
// The browser keeps 250 resource entries by default, and the dev server serves every module as a file:
// past 250, later requests (the basemap's) would go unrecorded and the count below would read 0.
performance.setResourceTimingBufferSize(10_000);
const basemapRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('basemap.json')).length;

describe('<cw-city-map> basemap loading', () => {
  it('is not downloaded for a list, and downloaded once for any number of maps', async () => {
    const parsed = atlasOf(await (await fetch(FIXTURE)).json());
    const list = await fixture<CwCityMap>(html`<cw-city-map network="mc2cm" show="list" .atlas=${parsed}></cw-city-map>`);
    await waitUntil(() => list.state === 'ready');
    await aTimeout(300);
    expect(basemapRequests()).to.equal(0);

    // Not open-wc's fixture for a plain <div>: it waits for a frame, and a background page renders none.
    const maps = document.createElement('div');
    maps.innerHTML = '<cw-city-map network="mc2cm"></cw-city-map><cw-city-map network="rmci" show="map"></cw-city-map>';
    const [a, b] = [...maps.querySelectorAll('cw-city-map')] as CwCityMap[];
    a!.atlas = parsed;
    b!.atlas = parsed;
    document.body.append(maps);
    for (const el of [a!, b!]) await waitUntil(() => el.shadowRoot!.querySelector('svg path.land')?.getAttribute('d'), 'land drawn', { timeout: 5000 });
    expect(basemapRequests()).to.equal(1);
    maps.remove();
  });
});
