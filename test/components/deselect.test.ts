/**
 * `cw-deselect`: a page that keeps the selection in its own state (a controlled React or Vue
 * component) hears when the reader clears it, not only when the reader makes one.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CitySelectDetail } from '../../components/city-map/events.js';
import type { RoadmapTimelineSelectDetail } from '../../components/roadmap-timeline/events.js';
import { atlasOf, cityMap, drawnWithLand, fixtureDoc, settled } from './city-map-fixture.js';
import { $ } from './helpers.js';
import { press, timeline } from './timeline-helpers.js';

describe('cw-deselect', () => {
  it('the timeline: Escape on the open entry fires it with the entry that was selected; a script clearing `selected` does not', async () => {
    const el = await timeline({ src: '/test/fixtures/timeline-small.json', roadmap: 'test-plan' }, { lang: 'en' });
    const heard: Array<[string, RoadmapTimelineSelectDetail]> = [];
    for (const type of ['cw-select', 'cw-deselect'] as const) el.addEventListener(type, (e) => heard.push([type, (e as CustomEvent<RoadmapTimelineSelectDetail>).detail]));
    $<HTMLButtonElement>(el, 'li.entry[data-entry="item:campaign"] button.item-button')!.focus();
    await press('Enter');
    await el.updateComplete;
    await press('Escape');
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(heard).to.deep.equal([
      ['cw-select', { item: 'campaign', type: 'item' }],
      ['cw-deselect', { item: 'campaign', type: 'item' }],
    ]);
    // Enter again on the closed entry's title selects it; Enter on the open one closes it: a deselect too.
    await press('Enter');
    await el.updateComplete;
    await press('Enter');
    await el.updateComplete;
    expect(heard.slice(2).map(([type]) => type)).to.deep.equal(['cw-select', 'cw-deselect']);
    // From a script: no event, as for cw-select.
    el.selected = 'campaign';
    await el.updateComplete;
    el.selected = '';
    await el.updateComplete;
    expect(heard).to.have.length(4);
  });

  it('the map: Escape after choosing a city fires it with that city; a script clearing `selected` does not', async () => {
    const el = await cityMap('network="mc2cm" cluster-radius="0"', await atlasOf(await fixtureDoc()), { lang: 'en' });
    await drawnWithLand(el);
    const heard: string[] = [];
    for (const type of ['cw-select', 'cw-deselect'] as const) el.addEventListener(type, (e) => heard.push(`${type} ${(e as CustomEvent<CitySelectDetail>).detail.city}`));
    ($(el, 'svg g.marker[data-city="lyon-fr"]') as unknown as SVGGElement).focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(el.selected).to.equal(undefined);
    expect(heard).to.deep.equal(['cw-select lyon-fr', 'cw-deselect lyon-fr']);
    el.selected = 'lyon-fr';
    await el.updateComplete;
    el.selected = undefined;
    await el.updateComplete;
    expect(heard).to.have.length(2);
  });
});
