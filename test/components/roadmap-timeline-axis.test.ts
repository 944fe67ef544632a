import { expect } from '@open-wc/testing';
import {
  axisFraction,
  axisTicks,
  axisX,
  clampWindow,
  entryAt,
  FIT,
  layoutMarks,
  markShape,
  MIN_WIDTH,
  panWindow,
  windowAround,
  zoomWindow,
  type MarkInput,
} from '../../components/roadmap-timeline/axis.js';

const span = (key: string, start: number, end: number, precision: MarkInput['startPrecision'] = 'year'): MarkInput => ({
  key,
  start,
  end,
  startPrecision: precision,
  endPrecision: precision,
  isRange: true,
});

describe('roadmap-timeline axis geometry', () => {
  it('maps fractions to pixels, mirrored right-to-left, and back', () => {
    expect(axisX(0, FIT, 1000, 'ltr')).to.equal(0);
    expect(axisX(0.25, FIT, 1000, 'ltr')).to.equal(250);
    expect(axisX(0.25, FIT, 1000, 'rtl')).to.equal(750);
    expect(axisX(0.5, { from: 0.25, to: 0.75 }, 1000, 'ltr')).to.equal(500);
    expect(axisFraction(750, FIT, 1000, 'rtl')).to.be.closeTo(0.25, 1e-9);
    expect(axisFraction(axisX(0.6, { from: 0.5, to: 0.7 }, 800, 'ltr'), { from: 0.5, to: 0.7 }, 800, 'ltr')).to.be.closeTo(0.6, 1e-9);
  });

  it('zooms around an anchor, stays inside the axis and stops at a minimum width', () => {
    const z = zoomWindow(FIT, 2, 0.5);
    expect(z.from).to.be.closeTo(0.25, 1e-9);
    expect(z.to).to.be.closeTo(0.75, 1e-9);
    // The anchor keeps its place on screen.
    const anchored = zoomWindow({ from: 0, to: 1 }, 4, 0.2);
    expect((0.2 - anchored.from) / (anchored.to - anchored.from)).to.be.closeTo(0.2, 1e-9);
    // Zooming out past the whole axis gives the whole axis.
    expect(zoomWindow(z, 0.1)).to.deep.equal({ from: 0, to: 1 });
    let w = FIT;
    for (let i = 0; i < 50; i++) w = zoomWindow(w, 1.5, 0.9);
    expect(w.to - w.from).to.be.closeTo(MIN_WIDTH, 1e-9);
    expect(w.to).to.be.at.most(1);
    expect(zoomWindow(z, Number.NaN)).to.equal(z);
  });

  it('pans and clamps without changing the width', () => {
    const w = panWindow({ from: 0.4, to: 0.6 }, 0.5);
    expect(w.to).to.equal(1);
    expect(w.from).to.be.closeTo(0.8, 1e-9);
    expect(clampWindow({ from: -0.3, to: 0.1 })).to.deep.equal({ from: 0, to: 0.4 });
    const around = windowAround(0.5, 0.6);
    expect(around.from).to.be.closeTo(0.495, 1e-9);
    expect(around.to).to.be.closeTo(0.605, 1e-9);
  });

  it('draws a known day as a point and anything else as a span with soft imprecise ends', () => {
    expect(markShape({ isRange: false, startPrecision: 'day' })).to.equal('point');
    expect(markShape({ isRange: false, startPrecision: 'month' })).to.equal('span');
    expect(markShape({ isRange: true, startPrecision: 'day' })).to.equal('span');
    const { marks } = layoutMarks(
      [{ key: 'a', start: 0.1, end: 0.5, startPrecision: 'day', endPrecision: 'year', isRange: true }],
      FIT,
      1000,
      'ltr',
    );
    expect(marks[0]).to.include({ shape: 'span', x: 100, width: 400, softLeft: false, softRight: true });
    const rtl = layoutMarks([{ key: 'a', start: 0.1, end: 0.5, startPrecision: 'day', endPrecision: 'year', isRange: true }], FIT, 1000, 'rtl');
    // Right-to-left: the start is on the right, so the soft end (the year) is on the left.
    expect(rtl.marks[0]).to.include({ x: 500, width: 400, softLeft: true, softRight: false });
  });

  it('draws identical ranges as one mark that stands for them all, and stacks overlapping ones in lanes', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => span(`rmci-${i}`, 0, 1));
    const one = layoutMarks(eleven, FIT, 600, 'ltr');
    expect(one.marks).to.have.length(1);
    expect(one.marks[0]!.keys).to.deep.equal(eleven.map((e) => e.key));
    expect(one.marks[0]!.key).to.equal('rmci-0');
    expect(one.lanes).to.equal(1);
    // Alike in dates but not in style (planned, actual), or in precision: marks of their own.
    const styled = layoutMarks([{ ...span('a', 0, 1), style: 'planned' }, { ...span('b', 0, 1), style: 'actual' }, { ...span('c', 0, 1), endPrecision: 'month' }], FIT, 600, 'ltr');
    expect(styled.marks.map((m) => m.keys)).to.deep.equal([['a'], ['b'], ['c']]);
    // Overlapping, not identical: one lane each, never drawn on top of each other.
    const overlapping = Array.from({ length: 11 }, (_, i) => span(`o-${i}`, i / 100, 1));
    const { marks, lanes, overflow } = layoutMarks(overlapping, FIT, 600, 'ltr');
    expect(lanes).to.equal(11);
    expect(new Set(marks.map((m) => m.lane)).size).to.equal(11);
    expect(overflow).to.equal(0);
    const capped = layoutMarks(overlapping, FIT, 600, 'ltr', 4);
    expect(capped.lanes).to.equal(4);
    expect(capped.overflow).to.equal(7);
    // The overflow counts entries: a left-out mark of three alike counts three.
    expect(layoutMarks([...overlapping.slice(0, 4), span('x', 0.5, 1), span('y', 0.5, 1), span('z', 0.5, 1)], FIT, 600, 'ltr', 4).overflow).to.equal(3);
    // Disjoint ranges share a lane.
    expect(layoutMarks([span('a', 0, 0.3), span('b', 0.5, 0.8)], FIT, 1000, 'ltr').lanes).to.equal(1);
  });

  it('leaves out marks outside the window', () => {
    const { marks } = layoutMarks([span('a', 0, 0.2), span('b', 0.6, 0.7)], { from: 0.5, to: 1 }, 1000, 'ltr');
    expect(marks.map((m) => m.key)).to.deep.equal(['b']);
  });

  it('labels years, thinned when crowded, and months when zoomed in', () => {
    const years = axisTicks(2015, 2024, FIT, 1000, 'ltr');
    expect(years.map((t) => t.year)).to.deep.equal([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(years[1]!.x).to.equal(100);
    const thin = axisTicks(2015, 2024, FIT, 200, 'ltr');
    expect(thin.map((t) => t.year)).to.deep.equal([2015, 2017, 2019, 2021, 2023]);
    const months = axisTicks(2019, 2020, { from: 0, to: 0.5 }, 1000, 'ltr');
    expect(months).to.have.length(13);
    expect(months[3]).to.include({ year: 2019, month: 4 });
    const rtl = axisTicks(2019, 2020, FIT, 1000, 'rtl');
    expect(rtl[0]).to.include({ year: 2019, x: 1000 });
  });

  it('finds the entry under a point of the axis', () => {
    const entries = [{ start: 0, end: 0.2 }, {}, { start: 0.5, end: 0.6 }];
    expect(entryAt(entries, 0.1)).to.equal(0);
    expect(entryAt(entries, 0.55)).to.equal(2);
    expect(entryAt(entries, 0.45)).to.equal(2);
    expect(entryAt([{}], 0.5)).to.equal(undefined);
  });
});

describe('roadmap-timeline density bins', () => {
  it('counts entries per slice of the window by their start, mirrored right-to-left', async () => {
    const { densityBins } = await import('../../components/roadmap-timeline/axis.js');
    const inputs = [
      { start: 0.05, end: 0.1 },
      { start: 0.07, end: 0.08 },
      { start: 0.95, end: 1 },
      { start: -0.5, end: 0.2 },
    ];
    const ltr = densityBins(inputs, { from: 0, to: 1 }, 10, 'ltr');
    expect(ltr.map((b) => b.count)).to.deep.equal([3, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ltr[0]!.first).to.equal(0);
    const rtl = densityBins(inputs, { from: 0, to: 1 }, 10, 'rtl');
    expect(rtl.map((b) => b.count)).to.deep.equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(densityBins(inputs, { from: 0.5, to: 1 }, 5, 'ltr').map((b) => b.count)).to.deep.equal([0, 0, 0, 0, 1]);
  });
});
