import { expect } from '@open-wc/testing';
import { RowHeights } from '../../components/base/row-heights.js';

/** Ten entries estimated at 50 px, entries 2 and 5 measured at 100 and 10 px. */
function tenRows(): RowHeights {
  const rows = new RowHeights(50);
  rows.fit(10);
  rows.record(2, 100);
  rows.record(5, 10);
  return rows;
}

describe('RowHeights: a windowed list’s heights, measured and estimated', () => {
  it('adds measured heights and estimates, and finds the entry at an offset', () => {
    const rows = tenRows();
    expect(rows.sum(0, 3)).to.equal(200);
    expect(rows.sum(0, 10)).to.equal(50 * 8 + 100 + 10);
    expect(rows.indexAt(0)).to.equal(0);
    expect(rows.indexAt(199)).to.equal(2);
    expect(rows.indexAt(200)).to.equal(3);
    expect(rows.indexAt(1e6), 'past the end: the last entry').to.equal(9);
  });

  it('records only a real change in range, and ignores a height of 0 (not laid out)', () => {
    const rows = tenRows();
    expect(rows.record(2, 100), 'same height').to.equal(false);
    expect(rows.record(3, 0)).to.equal(false);
    expect(rows.of(3)).to.equal(50);
    expect(rows.record(10, 30), 'out of range').to.equal(false);
    expect(rows.record(Number('x'), 30)).to.equal(false);
    expect(rows.record(3, 70)).to.equal(true);
    expect(rows.of(3)).to.equal(70);
  });

  it('keeps the measured heights when the count changes, and forgets them when cleared', () => {
    const rows = tenRows();
    rows.fit(4);
    expect(rows.count).to.equal(4);
    expect(rows.of(2)).to.equal(100);
    rows.fit(20);
    expect(rows.of(2)).to.equal(100);
    expect(rows.of(15)).to.equal(50);
    rows.clear();
    expect(rows.count).to.equal(0);
    rows.fit(4);
    expect(rows.of(2)).to.equal(50);
  });

  it('gives the entries a band touches, at least one when it touches none', () => {
    const rows = tenRows();
    // Entry 2 spans 100–200, entry 3 200–250.
    expect(rows.spanning(150, 210)).to.deep.equal([2, 4]);
    expect(rows.spanning(0, 1)).to.deep.equal([0, 1]);
    expect(rows.spanning(-500, -100), 'the list below the band').to.deep.equal([0, 1]);
    expect(rows.spanning(5000, 6000), 'the list above the band').to.deep.equal([10, 10]);
  });

  it('gives the entries around one, so many pixels above and below it', () => {
    const rows = tenRows();
    // Above entry 4: entry 3 (50 px) leaves 10, entry 2 (100) takes the rest; below: entry 5 (10 px), then 6 (50).
    expect(rows.around(4, 60)).to.deep.equal([2, 7]);
    expect(rows.around(0, 60)).to.deep.equal([0, 3]);
    expect(rows.around(99, 60), 'an index past the end: around the last entry').to.deep.equal([7, 10]);
  });
});
