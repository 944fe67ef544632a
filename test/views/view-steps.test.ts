// The view models built by steps, as the elements build them in slices on a first render of a
// large view (components/base/stepped-build.ts): the same view as built at once, in more than one slice.
import { expect } from '@open-wc/testing';
import { runSlice } from '../../src/slices.js';
import { SLICE_END, type Steps } from '../../src/steps.js';
import { cityMapView, cityMapViewSteps } from '../../src/views/city-map.js';
import { roadmapTimelineView, roadmapTimelineViewSteps } from '../../src/views/roadmap-timeline.js';
import { atlasOf } from '../fixtures/atlas-of.js';
import { generateAtlas } from '../fixtures/synthetic-atlas.mjs';

/** Runs `steps` in slices of no time at all (each ends at the first clock reading): the value and the number of slices. */
function inSlices<T>(steps: Steps<T>): { value: T; slices: number } {
  for (let slices = 1; ; slices++) {
    const r = runSlice(steps, 0);
    if (r.done) return { value: r.value, slices };
  }
}

describe('view models built by steps', () => {
  const doc = generateAtlas(600);
  const atlas = atlasOf(doc);

  it('the timeline: in slices, the view built at once', () => {
    const options = { roadmap: doc.roadmaps![0]!.id, today: '2026-12-07' };
    const whole = roadmapTimelineView(atlas, options);
    const { value, slices } = inSlices(roadmapTimelineViewSteps(atlas, options));
    expect(slices, 'several slices for 600 entries (a clock reading every 16 steps of 16 entries)').to.be.at.least(3);
    expect(value.entries.map((e) => [e.key, e.start, e.end, e.year])).to.deep.equal(whole.entries.map((e) => [e.key, e.start, e.end, e.year]));
    expect(value.groups.map((g) => [g.year, g.entries.length])).to.deep.equal(whole.groups.map((g) => [g.year, g.entries.length]));
    expect(value.filterOptions.kinds).to.deep.equal(whole.filterOptions.kinds);
    expect(value.filterOptions.cities.map((c) => [c.city.id, c.count])).to.deep.equal(whole.filterOptions.cities.map((c) => [c.city.id, c.count]));
    expect([value.total, value.axis, value.today, value.spans.length]).to.deep.equal([whole.total, whole.axis, whole.today, whole.spans.length]);
    expect(value.total).to.equal(600);
  });

  it('the timeline of a network and of a city, in slices', () => {
    for (const options of [{ network: doc.networks![0]!.id }, { scopeCity: doc.cities![0]!.id }]) {
      const whole = roadmapTimelineView(atlas, options);
      const { value } = inSlices(roadmapTimelineViewSteps(atlas, options));
      expect(value.entries.map((e) => e.key), JSON.stringify(options)).to.deep.equal(whole.entries.map((e) => e.key));
      expect(value.entries.length).to.be.greaterThan(0);
    }
  });

  it('the map: in slices, the view built at once', () => {
    const scope = { network: doc.networks![0]!.id };
    const whole = cityMapView(atlas, scope, 'fr');
    const { value, slices } = inSlices(cityMapViewSteps(atlas, scope, 'fr'));
    expect(slices, 'several slices for 600 cities').to.be.at.least(3);
    expect(value.cities.map((c) => [c.id, c.name.text, c.countryName, c.rank, c.markerStyle])).to.deep.equal(whole.cities.map((c) => [c.id, c.name.text, c.countryName, c.rank, c.markerStyle]));
    expect(value.groups.map((g) => [g.country, g.cities.length])).to.deep.equal(whole.groups.map((g) => [g.country, g.cities.length]));
    expect([value.cityCount, value.countryCount, value.legend]).to.deep.equal([whole.cityCount, whole.countryCount, whole.legend]);
    expect(value.cityCount).to.equal(600);
  });
});

describe('runSlice', () => {
  function* counted(log: string[]): Steps<string> {
    for (let i = 0; i < 40; i++) {
      log.push(String(i));
      yield i === 4 ? SLICE_END : undefined;
    }
    return 'done';
  }

  it('ends a slice at SLICE_END whatever its time, and returns the value once the steps end', () => {
    const log: string[] = [];
    const steps = counted(log);
    expect(runSlice(steps, 1e9)).to.deep.equal({ done: false });
    expect(log).to.deep.equal(['0', '1', '2', '3', '4']);
    expect(runSlice(steps, 1e9)).to.deep.equal({ done: true, value: 'done' });
    expect(log.length).to.equal(40);
  });

  it('ends a slice when its time is up, read every few steps', () => {
    const log: string[] = [];
    const steps = counted(log);
    runSlice(steps, 1e9);
    expect(runSlice(steps, 0)).to.deep.equal({ done: false });
    // The clock is read once every 16 steps: a slice of no time still runs 16.
    expect(log.length).to.equal(5 + 16);
  });
});
