import { expect } from '@open-wc/testing';
import type { Atlas } from '../../src/atlas.js';
import type { ItemKind } from '../../src/schema/entities.js';
import { filterTimelineView, partialDateDay, roadmapTimelineView, timelineKeyTarget, timelineRows } from '../../src/views/roadmap-timeline.js';
import { smallAtlas } from '../fixtures/small-atlas.js';
import { atlasOf, defaultAtlas } from '../fixtures/atlas-of.js';
import { roadmapAtlas } from '../fixtures/synthetic-atlas.mjs';

function small(change?: (doc: ReturnType<typeof smallAtlas>) => void): Atlas {
  const doc = smallAtlas();
  change?.(doc);
  return atlasOf(doc);
}

const close = (a: number | undefined, b: number) => expect(a).to.be.closeTo(b, 1e-9);

describe('roadmapTimelineView', () => {
  it('scopes to a city across every network, with no network given', async () => {
    const atlas = await defaultAtlas();
    const v = roadmapTimelineView(atlas, { scopeCity: 'tanger-ma' });
    expect(v.subject).to.deep.include({ type: 'city' });
    expect(v.entries.length).to.be.greaterThan(0);
    for (const e of v.entries) expect(e.entry.cities.map((c) => c.city.id)).to.include('tanger-ma');
    // Every entry of the whole atlas naming Tanger, and only those.
    expect(v.total).to.equal(atlas.timeline().filter((e) => e.cities.some((c) => c.city.id === 'tanger-ma')).length);
    expect(v.spans).to.deep.equal([]);
    // A roadmap or a network given wins over the city scope; an unknown city gives an empty view.
    expect(roadmapTimelineView(atlas, { roadmap: 'rmci-action-plan-2019-2020', scopeCity: 'tanger-ma' }).subject?.type).to.equal('roadmap');
    expect(roadmapTimelineView(atlas, { scopeCity: 'nowhere' }).subject).to.equal(undefined);
  });

  it('lists a roadmap’s items in time order, grouped by year, year unknown last', () => {
    const v = roadmapTimelineView(small(), { roadmap: 'rmci-roadmap' });
    expect(v.subject?.type).to.equal('roadmap');
    expect(v.entries.map((e) => e.entry.id)).to.deep.equal(['rmci-study', 'rmci-training', 'rmci-kickoff', 'rmci-campaign', 'rmci-forum', 'rmci-undated']);
    expect(v.groups.map((g) => g.year)).to.deep.equal([2017, 2018, undefined]);
    expect(v.groups[0]!.entries.map((e) => e.entry.id)).to.deep.equal(['rmci-study', 'rmci-training', 'rmci-kickoff']);
    expect(v.groups[2]!.entries.map((e) => e.entry.id)).to.deep.equal(['rmci-forum', 'rmci-undated']);
    expect(v.total).to.equal(6);
    expect(v.entries.every((e) => e.key === `item:${e.entry.id}`)).to.equal(true);
  });

  it('places entries on an axis of whole years as fractions', () => {
    const v = roadmapTimelineView(small(), { roadmap: 'rmci-roadmap' });
    // Span 2017/2019: 2017-01-01 … 2020-01-01 = 1095 days.
    expect(v.axis).to.deep.include({ firstYear: 2017, lastYear: 2019 });
    expect(v.axis!.ticks.map((t) => t.year)).to.deep.equal([2017, 2018, 2019]);
    close(v.axis!.ticks[1]!.position, 365 / 1095);
    const kickoff = v.entries.find((e) => e.entry.id === 'rmci-kickoff')!;
    // Actual date 2017-04-05 (day precision): one day, starting after 94 days.
    close(kickoff.start, 94 / 1095);
    close(kickoff.end, 95 / 1095);
    const training = v.entries.find((e) => e.entry.id === 'rmci-training')!;
    close(training.start, 90 / 1095);
    close(training.end, 120 / 1095);
    const campaign = v.entries.find((e) => e.entry.id === 'rmci-campaign')!;
    close(campaign.start, 365 / 1095);
    close(campaign.end, 1);
    for (const id of ['rmci-forum', 'rmci-undated']) {
      const e = v.entries.find((x) => x.entry.id === id)!;
      expect(e.start).to.equal(undefined);
      expect(e.year).to.equal(undefined);
    }
  });

  it('gives the roadmap’s span as a band', () => {
    const v = roadmapTimelineView(small(), { roadmap: 'rmci-roadmap' });
    expect(v.spans).to.have.length(1);
    expect(v.spans[0]!.roadmap.id).to.equal('rmci-roadmap');
    expect(v.spans[0]!.dateType).to.equal('planned');
    close(v.spans[0]!.start, 0);
    close(v.spans[0]!.end, 1);
  });

  it('widens the axis to a span wider than the entries', () => {
    const v = roadmapTimelineView(
      small((d) => {
        d.roadmaps[0].period = { planned: '2015/2021' };
      }),
      { roadmap: 'rmci-roadmap' },
    );
    expect(v.axis).to.deep.include({ firstYear: 2015, lastYear: 2021 });
  });

  it('places today and says whether it falls in the span', () => {
    const inside = roadmapTimelineView(small(), { roadmap: 'rmci-roadmap', today: '2018-01-01' });
    expect(inside.today?.iso).to.equal('2018-01-01');
    close(inside.today?.position, 365 / 1095);
    expect(inside.today?.inSpan).to.equal(true);
    const after = roadmapTimelineView(small(), { roadmap: 'rmci-roadmap', today: '2024-05-02' });
    expect(after.today?.position).to.equal(undefined);
    expect(after.today?.inSpan).to.equal(false);
    const fromDate = roadmapTimelineView(small(), { roadmap: 'rmci-roadmap', today: new Date(2019, 11, 31, 23, 0) });
    expect(fromDate.today?.iso).to.equal('2019-12-31');
    expect(fromDate.today?.inSpan).to.equal(true);
    expect(roadmapTimelineView(small(), { roadmap: 'rmci-roadmap', today: 'not a date' }).today).to.equal(undefined);
    expect(roadmapTimelineView(small(), { roadmap: 'rmci-roadmap' }).today).to.equal(undefined);
  });

  it('gives filter options from every entry and filters by kind and city', () => {
    const atlas = small();
    const v = roadmapTimelineView(atlas, { network: 'mc2cm' });
    expect(v.filterOptions.cities.map((c) => [c.city.id, c.count])).to.deep.equal([
      ['tanger-ma', 1],
      ['sfax-tn', 1],
    ]);
    const r = roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap' });
    expect(r.filterOptions.kinds.map((k) => k.kind)).to.deep.equal(['study', 'workshop', 'meeting', 'campaign', 'conference', 'exchange']);
    const byKind = roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap', kind: 'workshop' });
    expect(byKind.entries.map((e) => e.entry.id)).to.deep.equal(['rmci-training']);
    expect(byKind.total).to.equal(6);
    // The options and the axis do not move with the filters.
    expect(byKind.filterOptions).to.deep.equal(r.filterOptions);
    expect(byKind.axis).to.deep.equal(r.axis);
    const byCity = roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap', city: 'tetouan-ma' });
    expect(byCity.entries.map((e) => e.entry.id)).to.deep.equal(['rmci-kickoff']);
    expect(roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap', kind: 'workshop', city: 'tetouan-ma' }).entries).to.deep.equal([]);
    expect(roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap', kind: '', city: '' }).entries).to.have.length(6);
  });

  it('narrows a built view by kind and city without rebuilding it: the same entries, groups of them, the same options', () => {
    const atlas = small();
    const full = roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap', today: '2018-01-01' });
    expect(filterTimelineView(full)).to.equal(full);
    expect(filterTimelineView(full, '', '')).to.equal(full);
    for (const [kind, city] of [['workshop', ''], ['', 'tetouan-ma'], ['workshop', 'tetouan-ma'], ['meeting', ''], ['nope', '']] as const) {
      const f = filterTimelineView(full, kind, city);
      // As if the view had been built with the filters…
      const built = roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap', today: '2018-01-01', kind, city });
      expect(f.entries.map((e) => e.key), `${kind}/${city}`).to.deep.equal(built.entries.map((e) => e.key));
      expect(f.groups.map((g) => [g.year, g.entries.map((e) => e.key)])).to.deep.equal(built.groups.map((g) => [g.year, g.entries.map((e) => e.key)]));
      // …but from the same objects: nothing parsed, placed or sorted again.
      for (const e of f.entries) expect(full.entries).to.include(e);
      expect(f.groups.flatMap((g) => g.entries)).to.deep.equal(f.entries);
      expect(f.groups.every((g) => g.entries.length > 0)).to.equal(true);
      expect(f.total).to.equal(full.total);
      expect(f.filterOptions).to.equal(full.filterOptions);
      expect(f.axis).to.equal(full.axis);
      expect(f.spans).to.equal(full.spans);
      expect(f.today).to.equal(full.today);
    }
    // The unfiltered view is left as it was.
    expect(full.entries).to.have.length(6);
  });

  it('shows a network’s dated entries, items and events', () => {
    const v = roadmapTimelineView(small(), { network: 'rmci' });
    expect(v.subject?.type).to.equal('network');
    // rmci-launch is carried by rmci-kickoff; the undated item is left out.
    expect(v.entries.map((e) => e.key)).to.deep.equal(['item:rmci-study', 'item:rmci-training', 'item:rmci-kickoff', 'item:rmci-campaign', 'item:rmci-forum', 'event:rmci-day']);
    expect(v.spans.map((s) => s.roadmap.id)).to.deep.equal(['rmci-roadmap']);
  });

  it('is empty, without a subject, for an unknown id', () => {
    const v = roadmapTimelineView(small(), { roadmap: 'nope' });
    expect(v.subject).to.equal(undefined);
    expect(v.entries).to.deep.equal([]);
    expect(v.groups).to.deep.equal([]);
    expect(v.axis).to.equal(undefined);
    expect(roadmapTimelineView(small(), {}).subject).to.equal(undefined);
  });

  it('has no axis when nothing has a year', () => {
    const v = roadmapTimelineView(
      small((d) => {
        d.roadmaps[0].period = undefined;
        d.roadmaps[0].items = d.roadmaps[0].items.filter((i: { id: string }) => ['rmci-forum', 'rmci-undated'].includes(i.id));
        d.roadmaps[0].sections = undefined;
      }),
      { roadmap: 'rmci-roadmap', today: '2020-01-01' },
    );
    expect(v.axis).to.equal(undefined);
    expect(v.groups.map((g) => g.year)).to.deep.equal([undefined]);
    expect(v.today).to.deep.equal({ iso: '2020-01-01', inSpan: false });
  });

  it('on the default data: the RMCI plan’s 11 items, the Arab coalition’s events, Tanger’s roundtable', async () => {
    const atlas = await defaultAtlas();
    const rmci = roadmapTimelineView(atlas, { roadmap: 'rmci-action-plan-2019-2020', today: '2019-07-02' });
    expect(rmci.entries).to.have.length(11);
    expect(rmci.groups.map((g) => g.year)).to.deep.equal([2019]);
    expect(rmci.entries.every((e) => e.start === 0 && e.end === 1)).to.equal(true);
    expect(rmci.today?.inSpan).to.equal(true);
    close(rmci.today?.position, 182 / 731);

    const arab = roadmapTimelineView(atlas, { network: 'arab-coalition' });
    expect(arab.entries.map((e) => e.entry.id)).to.deep.equal(['arab-coalition-launch-2008', 'arab-coalition-tunis-2017', 'arab-coalition-rabat-2018']);
    expect(arab.groups.map((g) => g.year)).to.deep.equal([2008, 2017, 2018]);
    expect(arab.spans.map((s) => s.roadmap.id)).to.deep.equal(['arab-coalition-roadmap-2017-2018']);
    expect(arab.axis).to.deep.include({ firstYear: 2008, lastYear: 2018 });
    const positions = arab.entries.map((e) => e.start!);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);

    // The Arab coalition's roadmap lists no items (the sources give none): the view still says where it was adopted.
    const arabRoadmap = roadmapTimelineView(atlas, { roadmap: 'arab-coalition-roadmap-2017-2018' });
    expect(arabRoadmap.total).to.equal(0);
    expect(arabRoadmap.adopted?.event.id).to.equal('arab-coalition-tunis-2017');
    expect(arabRoadmap.adopted?.date?.start).to.deep.include({ year: 2017, month: 4, day: 6 });
    expect(rmci.adopted, 'the RMCI plan names no adopting event').to.equal(undefined);

    const strong = roadmapTimelineView(atlas, { network: 'strong-cities-mena' });
    expect(strong.groups).to.have.length(1);
    expect(strong.groups[0]!.year).to.equal(undefined);
    expect(strong.groups[0]!.entries.map((e) => e.entry.id)).to.deep.equal(['strong-cities-tanger-roundtable']);
    expect(strong.axis).to.equal(undefined);
  });

  it('scales to thousands of entries', () => {
    const atlas = small((d) => {
      const items = [];
      for (let i = 0; i < 5000; i++) {
        const y = 2000 + (Math.floor(i / 2) % 20);
        items.push({ id: `bulk-${i}`, title: { fr: `Action ${i}` }, kind: i % 2 ? 'workshop' : 'meeting', period: { planned: `${y}-${String((i % 12) + 1).padStart(2, '0')}` }, sources: ['seed-rmci'] });
      }
      d.roadmaps[0].items = items;
      d.roadmaps[0].sections = undefined;
      d.roadmaps[0].adoptedAt = undefined;
    });
    const t0 = performance.now();
    const v = roadmapTimelineView(atlas, { roadmap: 'rmci-roadmap', kind: 'workshop' });
    const ms = performance.now() - t0;
    expect(v.entries).to.have.length(2500);
    expect(v.groups).to.have.length(20);
    // Not a benchmark: a generous bound that only an accidentally quadratic build would break.
    expect(ms).to.be.lessThan(1000);
  });
});

describe('partialDateDay', () => {
  it('gives the first day and the day after the last one', () => {
    const d = (y: number, m: number, day: number) => Date.UTC(y, m - 1, day) / 86_400_000;
    expect(partialDateDay({ year: 2020, precision: 'year' }, 'end')).to.equal(d(2021, 1, 1));
    expect(partialDateDay({ year: 2020, month: 2, precision: 'month' }, 'end')).to.equal(d(2020, 3, 1));
    expect(partialDateDay({ year: 2020, month: 12, precision: 'month' }, 'end')).to.equal(d(2021, 1, 1));
    expect(partialDateDay({ year: 2020, month: 2, day: 29, precision: 'day' }, 'end')).to.equal(d(2020, 3, 1));
    expect(partialDateDay({ year: 2020, month: 2, day: 29, precision: 'day' }, 'start')).to.equal(d(2020, 2, 29));
    expect(partialDateDay({ month: 11, day: 27, precision: 'day' }, 'start')).to.equal(undefined);
  });
});

describe('timelineKeyTarget', () => {
  it('moves with time on screen: Right is later in LTR, earlier in RTL', () => {
    expect(timelineKeyTarget('ArrowRight', 2, 5, 'ltr')).to.equal(3);
    expect(timelineKeyTarget('ArrowLeft', 2, 5, 'ltr')).to.equal(1);
    expect(timelineKeyTarget('ArrowRight', 2, 5, 'rtl')).to.equal(1);
    expect(timelineKeyTarget('ArrowLeft', 2, 5, 'rtl')).to.equal(3);
    expect(timelineKeyTarget('ArrowDown', 2, 5, 'rtl')).to.equal(3);
    expect(timelineKeyTarget('ArrowUp', 2, 5, 'rtl')).to.equal(1);
  });
  it('stops at the ends, jumps with Home and End, ignores other keys', () => {
    expect(timelineKeyTarget('ArrowDown', 4, 5, 'ltr')).to.equal(4);
    expect(timelineKeyTarget('ArrowUp', 0, 5, 'ltr')).to.equal(0);
    expect(timelineKeyTarget('Home', 3, 5, 'ltr')).to.equal(0);
    expect(timelineKeyTarget('End', 0, 5, 'rtl')).to.equal(4);
    expect(timelineKeyTarget('a', 0, 5, 'ltr')).to.equal(undefined);
    expect(timelineKeyTarget('Home', 0, 0, 'ltr')).to.equal(undefined);
  });
});

describe('timelineRows: a period many entries share', () => {
  /** A plan whose items all share "2019–2020", of these kinds, in this order. */
  const rows = (kinds: ItemKind[]) => {
    const doc = roadmapAtlas(kinds.length);
    for (const [i, item] of (doc.roadmaps![0]!.items ?? []).entries()) {
      item.kind = kinds[i]!;
      item.period = { planned: '2019/2020' };
    }
    return timelineRows(roadmapTimelineView(atlasOf(doc), { roadmap: 'bulk-plan' }));
  };
  const headings = (r: ReturnType<typeof rows>) => r.flatMap((row) => row.headings.map((h) => (h.type === 'kind' ? `kind ${h.kind} ${h.count}` : h.type === 'period' ? `period ${h.count}` : h.type)));

  it('heads each kind when the kinds group the entries (two or more each on average)', () => {
    const r = rows(['workshop', 'meeting', 'workshop', 'meeting', 'study', 'study']);
    expect(headings(r)).to.deep.equal(['year', 'period 6', 'kind workshop 2', 'kind meeting 2', 'kind study 2']);
    expect(r.map((row) => row.entry.entry.kind)).to.deep.equal(['workshop', 'workshop', 'meeting', 'meeting', 'study', 'study']);
    expect(r.every((row) => row.groupedBy === 'kind' && row.depth === 2 && row.dateInHeading)).to.equal(true);
  });

  it('puts the entries of a kind together without a heading each when most kinds are single (the RMCI plan)', () => {
    const r = rows(['workshop', 'meeting', 'study', 'workshop', 'campaign']);
    expect(headings(r)).to.deep.equal(['year', 'period 5']);
    expect(r.map((row) => row.entry.entry.kind)).to.deep.equal(['workshop', 'workshop', 'meeting', 'study', 'campaign']);
    // The period is said once; each entry shows its own kind.
    expect(r.every((row) => row.groupedBy === undefined && row.depth === 1 && row.dateInHeading)).to.equal(true);
  });

  it('counts each shared period of a year on its own entries', () => {
    // Two runs in 2019: the whole year (four entries), then June (six): each heading counts its own run.
    const doc = roadmapAtlas(10);
    const kinds: ItemKind[] = ['workshop', 'meeting', 'workshop', 'meeting', 'study', 'campaign', 'study', 'campaign', 'study', 'campaign'];
    for (const [i, item] of (doc.roadmaps![0]!.items ?? []).entries()) {
      item.kind = kinds[i]!;
      item.period = { planned: i < 4 ? '2019' : '2019-06' };
    }
    const r = timelineRows(roadmapTimelineView(atlasOf(doc), { roadmap: 'bulk-plan' }));
    expect(headings(r)).to.deep.equal(['year', 'period 4', 'kind workshop 2', 'kind meeting 2', 'period 6', 'kind study 3', 'kind campaign 3']);
  });
});
