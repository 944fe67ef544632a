/**
 * The view model of `<cw-sdg-coverage>`: a network's projects × the SDG targets they work on
 * (grouped by goal, in catalogue order), and its policy recommendations × SDG goals, with counts per
 * row and per column; texts resolved for the reader's language.
 *
 * Rules decided here, once: which targets are columns (those at least one of the network's projects
 * names, from `Atlas.sdgCoverage`), how rows sort (`sortCoverageRows`: by title in the reader's
 * language, by count, or by one column, ties in document order), what a policy cell counts (the
 * projects that address both the recommendation and the goal), and the CSV of each matrix
 * (`coverageCsv`, RFC 4180, codes as text).
 */
import type { Atlas } from '../atlas.js';
import { collator, resolveText, type ResolvedText } from '../i18n/index.js';
import type { LocalizedText } from '../schema/index.js';
import { goalOfTarget } from '../sdg.js';

export interface CoverageGoal {
  code: string;
  /** The official colour, `#RRGGBB`. */
  color: string;
  /** The short title, once the titles of the reader's language are loaded (`loadSdgShortTitles`). */
  title?: ResolvedText;
  /** The target columns of this goal, in catalogue order. */
  targets: Array<{ code: string; count: number }>;
  /** Projects with at least one target of this goal. */
  count: number;
}

export interface CoverageRow {
  id: string;
  title: ResolvedText;
  acronym?: string;
  /** One cell per column, in column order: for targets a 0/1 mark, for goals a number of projects. */
  cells: number[];
  /** Targets (or projects) in the row. */
  count: number;
  /** Position in the document, for stable sorting. */
  index: number;
}

export interface CoverageMatrix {
  rows: CoverageRow[];
  /** The sum of each column. */
  columnCounts: number[];
}

export interface SdgCoverageView {
  network: { id: string; name: ResolvedText; acronym?: ResolvedText };
  goals: CoverageGoal[];
  /** Column codes of the target matrix, in order (the goals' targets one after the other). */
  targetColumns: string[];
  targets: CoverageMatrix;
  /** Policy recommendations × goals (the goals of `goals`), when the network has a vocabulary. */
  policy?: CoverageMatrix & { label: ResolvedText };
}

export type CoverageSortKey = 'title' | 'count' | `column:${number}`;
export type CoverageSortDirection = 'ascending' | 'descending';

/** The view for a network; undefined when the atlas has no such network. */
export function sdgCoverageView(atlas: Atlas, networkId: string, lang: string): SdgCoverageView | undefined {
  const network = atlas.network(networkId);
  if (!network) return undefined;
  const r = (t: LocalizedText | undefined) => resolveText(t, lang, atlas.defaultLanguage);
  const coverage = atlas.sdgCoverage(network.id);
  const projects = atlas.projects({ network: network.id });

  const goals: CoverageGoal[] = coverage.goals.map(({ goal, projects: inGoal }) => {
    const g: CoverageGoal = {
      code: goal.code,
      color: goal.color,
      targets: coverage.targets.filter((t) => t.target.goal === goal.code).map((t) => ({ code: t.target.code, count: t.projects.length })),
      count: inGoal.length,
    };
    const title = resolveText(goal.shortTitle, lang, 'en');
    if (title) g.title = title;
    return g;
  });
  const targetColumns = goals.flatMap((g) => g.targets.map((t) => t.code));

  const targetRows: CoverageRow[] = projects.map((p, index) => {
    const codes = new Set(p.sdgTargets);
    const cells: number[] = targetColumns.map((c) => (codes.has(c) ? 1 : 0));
    const row: CoverageRow = { id: p.id, title: r(p.title)!, cells, count: cells.reduce((a, b) => a + b, 0), index };
    if (p.acronym !== undefined) row.acronym = p.acronym;
    return row;
  });

  const view: SdgCoverageView = {
    network: { id: network.id, name: r(network.name)! },
    goals,
    targetColumns,
    targets: { rows: targetRows, columnCounts: targetColumns.map((_, i) => targetRows.reduce((a, row) => a + row.cells[i]!, 0)) },
  };
  const acronym = r(network.acronym);
  if (acronym) view.network.acronym = acronym;

  const vocabulary = network.policyVocabulary !== undefined ? atlas.vocabulary(network.policyVocabulary) : undefined;
  if (vocabulary) {
    const goalCodes = goals.map((g) => g.code);
    const rows: CoverageRow[] = vocabulary.terms.map((term, index) => {
      const withTerm = projects.filter((p) => p.policyAreas.includes(term.id));
      const cells = goalCodes.map((code) => withTerm.filter((p) => p.sdgTargets.some((t) => goalOfTarget(t)?.code === code)).length);
      return { id: term.id, title: r(term.label)!, cells, count: withTerm.length, index };
    });
    view.policy = { label: r(vocabulary.label)!, rows, columnCounts: goalCodes.map((_, i) => rows.reduce((a, row) => a + row.cells[i]!, 0)) };
  }
  return view;
}

/** Rows sorted by title (in the reader's language), by count, or by a column; ties keep document order. */
export function sortCoverageRows(rows: readonly CoverageRow[], key: CoverageSortKey, direction: CoverageSortDirection, lang: string): CoverageRow[] {
  const names = collator(lang);
  const sign = direction === 'ascending' ? 1 : -1;
  const column = key.startsWith('column:') ? Number(key.slice('column:'.length)) : undefined;
  const value = (row: CoverageRow): number => (column !== undefined ? (row.cells[column] ?? 0) : row.count);
  return [...rows].sort((a, b) => {
    const by = key === 'title' ? names.compare(a.title.text, b.title.text) : value(a) - value(b);
    return by * sign || a.index - b.index;
  });
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A matrix as CSV (RFC 4180, CRLF line ends): a header row (`headers[0]` over the row titles, then
 * one header per column, then `totalLabel`), one line per row, and a last line of column totals.
 */
export function coverageCsv(matrix: CoverageMatrix, columns: readonly string[], labels: { corner: string; total: string }): string {
  const lines = [
    [labels.corner, ...columns, labels.total],
    ...matrix.rows.map((row) => [row.title.text, ...row.cells.map(String), String(row.count)]),
    [labels.total, ...matrix.columnCounts.map(String), ''],
  ];
  return lines.map((l) => l.map(field).join(',')).join('\r\n') + '\r\n';
}
