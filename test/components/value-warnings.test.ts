import { expect } from '@open-wc/testing';
import '../../components/roadmap-timeline/define.js';
import '../../components/city-map/define.js';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import type { CwRoadmapTimeline } from '../../components/roadmap-timeline/roadmap-timeline.js';
import { attach, captureWarnings, element, loaded } from './helpers.js';
import { settle } from './timeline-helpers.js';

/** Mounts a timeline with `attrs` and returns it with the console warnings of its first render. */
async function withWarnings(attrs: Record<string, string>): Promise<{ el: CwRoadmapTimeline; warnings: string[] }> {
  const warnings = captureWarnings();
  try {
    const el = attach(element<CwRoadmapTimeline>('cw-roadmap-timeline', attrs));
    await settle(el);
    return { el, warnings: [...warnings.messages] };
  } finally {
    warnings.restore();
  }
}

describe('a value an element cannot use is said once in the console, with what the attribute takes', () => {
  it('names the element, the attribute, the value and what it takes; the element still shows its data', async () => {
    const { el, warnings } = await withWarnings({ network: 'rmci', 'time-direction': 'up', 'heading-level': '9', today: '2019-13-45', theme: 'blue', 'filter-kind': 'nope', selected: 'nowhere' });
    expect(el.state).to.equal('ready');
    const said = (attribute: string) => warnings.filter((w) => w.startsWith(`cityweave: <cw-roadmap-timeline ${attribute}=`));
    expect(said('time-direction')).to.deep.equal(['cityweave: <cw-roadmap-timeline time-direction="up">: takes "ltr" or "rtl"; ignored.']);
    expect(said('heading-level')).to.deep.equal(['cityweave: <cw-roadmap-timeline heading-level="9">: takes a whole number from 1 to 6; 6 is used.']);
    expect(said('today')).to.deep.equal(['cityweave: <cw-roadmap-timeline today="2019-13-45">: takes a day, YYYY-MM-DD, or a Date; the reader\'s today is used.']);
    expect(said('theme')).to.deep.equal(['cityweave: <cw-roadmap-timeline theme="blue">: takes "light", "dark" or "auto"; ignored.']);
    expect(said('filter-kind')).to.have.length(1);
    expect(said('filter-kind')[0]).to.match(/filter-kind="nope">: takes a kind that entries of this timeline have \(.*\bworkshop\b.*\); ignored\.$/);
    expect(said('selected')).to.deep.equal(['cityweave: <cw-roadmap-timeline selected="nowhere">: takes the id of an entry of this timeline (an item or an event); ignored.']);
    // Said once: another render says nothing again.
    const again = captureWarnings();
    try {
      el.requestUpdate();
      await el.allRendered();
      expect(again.messages).to.deep.equal([]);
    } finally {
      again.restore();
    }
  });

  it('says that a timeline with no roadmap, network or city shows nothing', async () => {
    const { warnings } = await withWarnings({});
    expect(warnings).to.include('cityweave: <cw-roadmap-timeline> shows nothing without roadmap, network or city (the id of one in the data).');
  });

  it('says nothing of values it uses', async () => {
    const { warnings } = await withWarnings({ network: 'rmci', 'time-direction': 'rtl', 'heading-level': '3', today: '2019-06-15', theme: 'dark', 'filter-kind': 'workshop' });
    expect(warnings).to.deep.equal([]);
  });

  it('writes no empty filter or selection attribute onto the element', async () => {
    const { el } = await withWarnings({ network: 'rmci' });
    expect(el.getAttributeNames().filter((n) => ['filter-kind', 'filter-city', 'selected'].includes(n))).to.deep.equal([]);
    el.filterKind = 'workshop';
    await el.allRendered();
    expect(el.getAttribute('filter-kind')).to.equal('workshop');
    el.filterKind = '';
    await el.allRendered();
    expect(el.hasAttribute('filter-kind')).to.equal(false);
    el.setAttribute('filter-kind', 'workshop');
    el.removeAttribute('filter-kind');
    await el.allRendered();
    expect(el.filterKind).to.equal('');
  });

  it('the map: show, cluster-radius and a selected city it does not show', async () => {
    const warnings = captureWarnings();
    try {
      const el = attach(element<CwCityMap>('cw-city-map', { network: 'rmci', show: 'grid', 'cluster-radius': 'big', selected: 'nowhere' }));
      await loaded(el);
      await el.allRendered();
      expect(el.state).to.equal('ready');
      const said = warnings.messages.filter((w) => w.startsWith('cityweave: <cw-city-map '));
      expect(said).to.deep.equal([
        'cityweave: <cw-city-map show="grid">: takes "map", "list" or "both"; the map and the list are shown.',
        'cityweave: <cw-city-map cluster-radius="big">: takes a number of pixels, 0 or more; 28 is used.',
        'cityweave: <cw-city-map selected="nowhere">: takes the id of a city this map shows; ignored.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('quotes a value a script set, not the attribute the page wrote before; says each new value; takes what the element reads', async () => {
    const warnings = captureWarnings();
    try {
      const el = attach(element<CwCityMap>('cw-city-map', { network: 'rmci', show: 'Map ', theme: 'dark', 'cluster-radius': '-5' }));
      await loaded(el);
      el.theme = 'blue' as CwCityMap['theme'];
      el.show = 'grid' as CwCityMap['show'];
      await el.allRendered();
      el.show = 'grid2' as CwCityMap['show'];
      await el.allRendered();
      expect(warnings.messages.filter((w) => w.startsWith('cityweave: <cw-city-map '))).to.deep.equal([
        'cityweave: <cw-city-map cluster-radius="-5">: takes a number of pixels, 0 or more; 0 is used.',
        'cityweave: <cw-city-map theme="blue">: takes "light", "dark" or "auto"; ignored.',
        'cityweave: <cw-city-map show="grid">: takes "map", "list" or "both"; the map and the list are shown.',
        'cityweave: <cw-city-map show="grid2">: takes "map", "list" or "both"; the map and the list are shown.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('a timeline whose selection or filter a script sets to undefined (a controlled component clearing it) stays ready, and says nothing', async () => {
    const { el } = await withWarnings({ network: 'rmci' });
    const warnings = captureWarnings();
    try {
      (el as unknown as { selected: undefined }).selected = undefined;
      (el as unknown as { filterKind: undefined }).filterKind = undefined;
      await el.allRendered();
      expect(el.state).to.equal('ready');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('the map reflects what it shows, as the timeline does: cw-city-map[network=…] matches a map set from a script', async () => {
    const el = attach(element<CwCityMap>('cw-city-map'));
    el.network = 'rmci';
    await loaded(el);
    expect(el.matches('cw-city-map[network="rmci"]')).to.equal(true);
    expect(el.hasAttribute('show'), 'no default written onto the element').to.equal(false);
  });
});
