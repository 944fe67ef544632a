import { css } from 'lit';

/**
 * Styles of `<cw-sdg-coverage>`: the matrices as tables that scroll sideways inside the element, goal
 * headers in the official colours (text colour chosen for contrast, `readableTextOn`), and the
 * compact view (bars per goal) below 36rem or with `compact`. Logical properties only.
 */
export const sdgCoverageStyles = css`
  :host {
    container: cw-sdg-coverage / inline-size;
    --_cw-coverage-mark: var(--cw-sdg-coverage-mark-color, var(--_cw-color-text));
    --_cw-coverage-row-title: var(--cw-sdg-coverage-row-title-width, 16rem);
    --_cw-coverage-bar-height: var(--cw-sdg-coverage-bar-height, 0.75rem);
  }
  .coverage {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-m);
  }
  .title {
    margin: 0;
    font-size: var(--_cw-font-size-xl);
  }
  .tables {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-l);
  }
  .table-block {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .scroll {
    /* The containing block of the visually hidden texts in the cells (position: absolute): without
       it they are placed outside the scroller, and a wide table widens the whole page (1354 px in a
       1200 px window in the gallery), which shifts a right-to-left page sideways. */
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius);
  }
  .scroll:focus-visible,
  button:focus-visible {
    outline: var(--_cw-focus-width) solid var(--_cw-focus-color);
    outline-offset: var(--_cw-focus-offset);
  }
  table {
    border-collapse: collapse;
    font-size: var(--_cw-font-size-s);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: var(--_cw-space-s);
    font-size: var(--_cw-font-size-m);
  }
  th,
  td {
    border: 1px solid var(--_cw-color-border);
    padding: var(--_cw-space-xs);
    text-align: center;
  }
  .row-head {
    text-align: start;
    min-inline-size: var(--_cw-coverage-row-title);
    font-weight: 400;
  }
  thead .row-head,
  tfoot .row-head {
    font-weight: 700;
  }
  .goal-head,
  .goal-col {
    background: var(--_goal);
    color: var(--_on-goal);
    font-weight: 700;
  }
  .goal-col .sort {
    color: inherit;
  }
  .corner {
    border: none;
  }
  .sort {
    font: inherit;
    font-weight: 700;
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    padding: 0.1em 0.2em;
    border: none;
    background: none;
    color: var(--_cw-color-text);
    cursor: pointer;
  }
  .sort-icon {
    inline-size: 0.6em;
    block-size: 0.6em;
    opacity: 0.7;
  }
  .cell.on .mark {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--_cw-coverage-mark);
  }
  .num.on {
    font-weight: 700;
  }
  .count {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_cw-color-text-muted);
  }
  .download {
    align-self: flex-start;
    font: inherit;
    padding: var(--_cw-space-xs) var(--_cw-space-m);
    border: 1px solid var(--_cw-color-accent);
    border-radius: var(--_cw-radius);
    background: var(--_cw-color-surface);
    color: var(--_cw-color-accent);
    cursor: pointer;
  }
  .bars {
    display: none;
  }
  .bars-title {
    margin: 0 0 var(--_cw-space-s);
    font-size: var(--_cw-font-size-l);
  }
  .bar-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .bar {
    display: grid;
    gap: var(--_cw-space-xs);
  }
  .goal-code {
    display: inline-block;
    min-inline-size: 1.8em;
    text-align: center;
    border-radius: var(--_cw-radius);
    background: var(--_goal);
    color: var(--_on-goal);
    font-weight: 700;
  }
  .bar-track {
    display: block;
    block-size: var(--_cw-coverage-bar-height);
    background: var(--_cw-color-surface-raised);
    border-radius: var(--_cw-radius);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_share) * 100%);
    background: var(--_goal);
  }
  .bar-count {
    color: var(--_cw-color-text-muted);
  }
  :host([compact]) .tables {
    display: none;
  }
  :host([compact]) .bars {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  @container cw-sdg-coverage (max-width: 36rem) {
    .tables {
      display: none;
    }
    .bars {
      display: flex;
      flex-direction: column;
      gap: var(--_cw-space-s);
    }
  }
  @media (forced-colors: active) {
    .goal-head,
    .goal-col,
    .goal-code {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .cell.on .mark,
    .bar-fill {
      background: CanvasText;
    }
    .bar-track {
      border: 1px solid CanvasText;
    }
  }
`;
