// The SDG coverage view, on the default dataset: counts the MC2CM brochure gives.
import { expect } from '@open-wc/testing';
import type { Atlas } from '../../src/atlas.js';
import { coverageCsv, sdgCoverageView, sortCoverageRows } from '../../src/views/sdg-coverage.js';
import { defaultAtlas } from '../fixtures/atlas-of.js';

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

describe('sdgCoverageView', () => {
  it('MC2CM: 15 actions × their targets, grouped by goal; 17.9 in 8 actions, 10.7 in 7, 10.2 in 6', () => {
    const v = sdgCoverageView(atlas, 'mc2cm', 'fr')!;
    expect(v.targets.rows).to.have.length(15);
    const count = (code: string) => v.targets.columnCounts[v.targetColumns.indexOf(code)];
    expect(count('17.9')).to.equal(8);
    expect(count('10.7')).to.equal(7);
    expect(count('10.2')).to.equal(6);
    expect(v.goals.map((g) => g.code)).to.deep.equal([...v.goals.map((g) => g.code)].sort((a, b) => Number(a) - Number(b)));
    expect(v.targetColumns).to.deep.equal(v.goals.flatMap((g) => g.targets.map((t) => t.code)));
    expect(v.goals.find((g) => g.code === '10')!.color).to.match(/^#[0-9A-Fa-f]{6}$/);
    const tanger = v.targets.rows.find((r) => r.id === 'tanger-accueil')!;
    expect(tanger.count).to.equal(6);
    expect(tanger.cells.reduce((a, b) => a + b, 0)).to.equal(6);
  });

  it('policy recommendations × goals: a cell counts the projects with both', () => {
    const v = sdgCoverageView(atlas, 'mc2cm', 'en')!;
    expect(v.policy).to.not.equal(undefined);
    const participation = v.policy!.rows.find((r) => r.id === 'participation')!;
    const projects = atlas.projects({ network: 'mc2cm', policyArea: participation.id });
    expect(participation.count).to.equal(projects.length);
    const col = v.goals.findIndex((g) => g.code === '10');
    expect(participation.cells[col]).to.equal(projects.filter((p) => p.sdgTargets.some((t) => t.startsWith('10.'))).length);
  });

  it('sorts rows by count, by a column and by title, ties in document order', () => {
    const v = sdgCoverageView(atlas, 'mc2cm', 'fr')!;
    const byCount = sortCoverageRows(v.targets.rows, 'count', 'descending', 'fr');
    expect(byCount[0]!.count).to.equal(Math.max(...v.targets.rows.map((r) => r.count)));
    const col = v.targetColumns.indexOf('10.7');
    const byColumn = sortCoverageRows(v.targets.rows, `column:${col}`, 'descending', 'fr');
    expect(byColumn.slice(0, 7).every((r) => r.cells[col] === 1)).to.equal(true);
    const byTitle = sortCoverageRows(v.targets.rows, 'title', 'ascending', 'fr').map((r) => r.title.text);
    expect(byTitle).to.deep.equal([...byTitle].sort(new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare));
  });

  it('writes a matrix as CSV with quoted fields, totals per row and column', () => {
    const v = sdgCoverageView(atlas, 'mc2cm', 'fr')!;
    const csv = coverageCsv(v.targets, v.targetColumns, { corner: 'Action', total: 'Total' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(17);
    expect(lines[0]).to.equal(['Action', ...v.targetColumns, 'Total'].join(','));
    expect(lines.at(-1)!.split(',')[v.targetColumns.indexOf('10.7') + 1]).to.equal('7');
    expect(coverageCsv({ rows: [{ id: 'a', title: { text: 'A, "b"', lang: 'fr', fallback: false }, cells: [1], count: 1, index: 0 }], columnCounts: [1] }, ['1.1'], { corner: 'x', total: 'T' })).to.contain('"A, ""b""",1,1');
  });

  it('an unknown network gives no view', () => {
    expect(sdgCoverageView(atlas, 'nope', 'fr')).to.equal(undefined);
  });
});
