// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Atlas } from '../../src/atlas.js';
import { formatNumber, inOtherScript, shortName } from '../../src/i18n/index.js';
import { coverageCsv, sdgCoverageView, sortCoverageRows, type CoverageMatrix, type CoverageSortDirection, type CoverageSortKey, type SdgCoverageView } from '../../src/views/sdg-coverage.js';
import { readableTextOn } from '../base/color.js';
import { styleProps } from '../base/style-props.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { downloadText } from '../base/download.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import type { UiMessageKey } from '../base/messages.js';
import type { LoadingOptions } from '../base/states.js';
import type { CwEventTarget } from '../base/typed-events.js';
import type { CwSdgCoverageEventMap } from './events.js';
import { sdgCoverageStyles } from './sdg-coverage.styles.js';

export type { CwSdgCoverageEventMap } from './events.js';

/** Listeners on this element get its own event types (`CwSdgCoverageEventMap`). */
export interface CwSdgCoverage {
  addEventListener: CwEventTarget<CwSdgCoverageEventMap, CwSdgCoverage>['addEventListener'];
  removeEventListener: CwEventTarget<CwSdgCoverageEventMap, CwSdgCoverage>['removeEventListener'];
}

type Which = 'targets' | 'policy';
interface Column {
  /** What the header shows (a code, kept out of number formatting). */
  code: string;
  /** Its accessible name, for the sort button ("Target 10.7", "Goal 10"). */
  name: string;
  color?: string;
}

/**
 * @summary A network's projects × the SDG targets they work on, grouped by goal in the official
 * colours, with counts per row and column; and its policy recommendations × SDG goals. Sortable,
 * read by screen readers as real tables, with a compact view (bars per goal) for narrow widths and
 * each table as a CSV file.
 *
 * Works from attributes alone (`<cw-sdg-coverage network="mc2cm">`). Below 36rem of width (or with
 * `compact`) the tables give way to one bar per goal.
 *
 * @csspart coverage - The whole element (`section`).
 * @csspart title - The title (a heading at `heading-level`).
 * @csspart table - Each table.
 * @csspart caption - The caption of a table.
 * @csspart sort-button - The buttons in the headers that sort the rows.
 * @csspart goal-header - The header of a goal's group of columns, in the goal's colour.
 * @csspart cell - Each cell of the matrix.
 * @csspart total - The totals (last column and last row).
 * @csspart download - The "download as CSV" buttons.
 * @csspart bars - The compact view (one bar per goal).
 * @csspart bar - Each bar.
 * @cssprop --cw-sdg-coverage-mark-color - Colour of the mark in a covered cell (the text colour).
 * @cssprop --cw-sdg-coverage-row-title-width - Width of the column of row titles.
 * @cssprop --cw-sdg-coverage-bar-height - Height of a bar in the compact view.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state (unknown network, unreachable or invalid data).
 */
export class CwSdgCoverage extends CwDataElement {
  static override styles = [CwDataElement.styles, sdgCoverageStyles];

  /** The id of the network whose projects are shown (`mc2cm`). */
  @property() network?: string;

  /** Shows the compact view (bars per goal) at any width; without it, the compact view shows below 36rem. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The level of the title's heading, 1 to 6. Default: one below the heading before the element on the page, else 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  @state() private sort: Record<Which, { key: CoverageSortKey; direction: CoverageSortDirection } | undefined> = { targets: undefined, policy: undefined };

  #view?: SdgCoverageView;
  #key?: [Atlas, string, string];

  /** The view model shown (undefined until the data is there), for tests and subclasses. */
  get view(): SdgCoverageView | undefined {
    return this.state === 'ready' ? this.#view : undefined;
  }

  protected override loadingOptions(): LoadingOptions {
    return { lines: 8 };
  }

  protected override isEmpty(): boolean {
    return this.#view !== undefined && this.#view.targetColumns.length === 0;
  }

  protected override emptyKey(): UiMessageKey {
    return 'empty.projects';
  }

  protected override prepareView(_changed: PropertyValues): void {
    const atlas = this.data;
    const id = (this.network ?? '').trim();
    const [a, i, l] = this.#key ?? [];
    if (this.#view && a === atlas && i === id && l === this.lang) return;
    const record = this.record('network', id);
    if (i !== id) this.sort = { targets: undefined, policy: undefined };
    this.#view = sdgCoverageView(atlas, record.id, this.lang);
    this.#key = [atlas, id, this.lang];
  }

  /** Offers a table as a CSV file; false when the element shows no data or the page refuses. */
  downloadCsv(which: Which = 'targets'): boolean {
    const v = this.view;
    const matrix = which === 'targets' ? v?.targets : v?.policy;
    if (!v || !matrix) return false;
    const columns = which === 'targets' ? v.targetColumns : v.goals.map((g) => g.code);
    const corner = this.t(which === 'targets' ? 'sdgCoverage.project' : 'sdgCoverage.recommendation');
    const csv = coverageCsv({ ...matrix, rows: this.#rows(which, matrix) }, columns, { corner, total: this.t('sdgCoverage.total') });
    // A byte-order mark, so that spreadsheet programs read the file as UTF-8 (accents, Arabic).
    return downloadText(this, `${v.network.id}-${which === 'targets' ? 'sdg-targets' : 'policy-sdg-goals'}.csv`, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  }

  #rows(which: Which, matrix: CoverageMatrix) {
    const s = this.sort[which];
    return s ? sortCoverageRows(matrix.rows, s.key, s.direction, this.lang) : matrix.rows;
  }

  #sortBy(which: Which, key: CoverageSortKey): void {
    const current = this.sort[which];
    // Titles first A to Z; counts first highest first; a second press reverses.
    const first: CoverageSortDirection = key === 'title' ? 'ascending' : 'descending';
    const direction: CoverageSortDirection = current?.key === key ? (current.direction === 'ascending' ? 'descending' : 'ascending') : first;
    this.sort = { ...this.sort, [which]: { key, direction } };
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  protected override renderView(): unknown {
    const v = this.#view!;
    const level = headingLevel(this.headingLevel ?? outlineLevel(this, 2), 2);
    const name = shortName(v.network.acronym, v.network.name).text;
    const goalColumns: Column[] = v.goals.map((g) => ({ code: g.code, name: this.t('sdgCoverage.goal', { code: g.code }), color: g.color }));
    const targetColumns: Column[] = v.targetColumns.map((code) => ({ code, name: code }));
    return html`<section part="coverage" class="coverage" aria-labelledby="title">
      ${heading(level, this.renderText(v.network.name), { id: 'title', part: 'title', class: 'title' })}
      <div class="tables">
        ${this.#renderTable('targets', v.targets, targetColumns, this.t('sdgCoverage.caption', { network: name }), this.t('sdgCoverage.project'), v)}
        ${v.policy ? this.#renderTable('policy', v.policy, goalColumns, this.t('sdgCoverage.policyCaption', { network: name }), this.t('sdgCoverage.recommendation')) : nothing}
      </div>
      ${this.#renderBars(v, Math.min(level + 1, 6))}
    </section>`;
  }

  #sortButton(which: Which, key: CoverageSortKey, label: unknown, name: string): TemplateResult {
    return html`<button part="sort-button" class="sort" type="button" aria-label=${this.t('sdgCoverage.sortBy', { column: name })} @click=${() => this.#sortBy(which, key)}>
      ${label}<svg class="sort-icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M2 4l3-3 3 3M2 6l3 3 3-3" fill="none" stroke="currentColor" stroke-width="1.5" /></svg>
    </button>`;
  }

  #ariaSort(which: Which, key: CoverageSortKey): string | typeof nothing {
    const s = this.sort[which];
    return s?.key === key ? s.direction : nothing;
  }

  #renderTable(which: Which, matrix: CoverageMatrix, columns: Column[], caption: string, corner: string, v?: SdgCoverageView): TemplateResult {
    const rows = this.#rows(which, matrix);
    const total = this.t('sdgCoverage.total');
    const grouped = which === 'targets' && v !== undefined;
    const head = (c: Column, i: number) => {
      const style = !grouped && c.color ? { '--_goal': c.color, '--_on-goal': readableTextOn(c.color) } : {};
      return html`<th scope="col" class=${!grouped && c.color ? 'goal-col' : 'target-col'} style=${styleProps(style)} aria-sort=${this.#ariaSort(which, `column:${i}`)}>
        ${this.#sortButton(which, `column:${i}`, html`<bdi>${c.code}</bdi>`, c.name)}
      </th>`;
    };
    return html`<div class="table-block">
      <div class="scroll" role="region" aria-label=${caption} tabindex="0">
        <table part="table" class="matrix">
          <caption part="caption">${caption}</caption>
          <thead>
            ${grouped
              ? html`<tr>
                  <td class="corner" aria-hidden="true"></td>
                  ${v!.goals.map(
                    (g) => html`<th part="goal-header" scope="colgroup" colspan=${g.targets.length} class="goal-head" style=${styleProps({ '--_goal': g.color, '--_on-goal': readableTextOn(g.color) })}>
                      <bdi>${g.code}</bdi>${g.title ? html`<span class="cw-visually-hidden"> ${g.title.text}</span>` : nothing}
                    </th>`,
                  )}
                  <td class="corner" aria-hidden="true"></td>
                </tr>`
              : nothing}
            <tr>
              <th scope="col" class="row-head" aria-sort=${this.#ariaSort(which, 'title')}>${this.#sortButton(which, 'title', corner, corner)}</th>
              ${columns.map(head)}
              <th scope="col" part="total" aria-sort=${this.#ariaSort(which, 'count')}>${this.#sortButton(which, 'count', total, total)}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row" class="row-head">${this.renderText(row.title)}${row.acronym ? html` <bdi class="muted" lang=${inOtherScript(row.acronym, this.lang) ? this.data.defaultLanguage : nothing}>${row.acronym}</bdi>` : nothing}</th>
                ${row.cells.map((n) => this.#cell(which, n))}
                <td part="total" class="count">${formatNumber(this.lang, row.count)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" class="row-head">${total}</th>
              ${matrix.columnCounts.map((n) => html`<td part="total" class="count">${formatNumber(this.lang, n)}</td>`)}
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <button part="download" class="download" type="button" @click=${() => this.downloadCsv(which)}>${this.t('sdgCoverage.download')}${which === 'policy' ? html`<span class="cw-visually-hidden"> (${caption})</span>` : nothing}</button>
    </div>`;
  }

  #cell(which: Which, n: number): TemplateResult {
    if (which === 'policy') return html`<td part="cell" class="cell num ${n > 0 ? 'on' : ''}">${n > 0 ? formatNumber(this.lang, n) : html`<span class="cw-visually-hidden">${formatNumber(this.lang, 0)}</span>`}</td>`;
    return html`<td part="cell" class="cell ${n ? 'on' : ''}">
      ${n ? html`<span class="mark" aria-hidden="true"></span>` : nothing}<span class="cw-visually-hidden">${this.t(n ? 'sdgCoverage.yes' : 'sdgCoverage.no')}</span>
    </td>`;
  }

  #renderBars(v: SdgCoverageView, level: number): TemplateResult {
    const total = v.targets.rows.length;
    return html`<div part="bars" class="bars">
      ${heading(level, this.t('sdgCoverage.bars'), { class: 'bars-title' })}
      <ul class="bar-list">
        ${v.goals.map(
          (g) => html`<li part="bar" class="bar" style=${styleProps({ '--_goal': g.color, '--_share': total ? g.count / total : 0 })}>
            <span class="bar-label"><bdi class="goal-code" style=${styleProps({ '--_on-goal': readableTextOn(g.color) })}>${g.code}</bdi> ${g.title ? this.renderText(g.title) : nothing}</span>
            <span class="bar-track" aria-hidden="true"><span class="bar-fill"></span></span>
            <span class="bar-count">${this.t('sdgCoverage.barLabel', { count: g.count, total })}</span>
          </li>`,
        )}
      </ul>
      <button part="download" class="download" type="button" @click=${() => this.downloadCsv('targets')}>${this.t('sdgCoverage.download')}</button>
    </div>`;
  }
}
