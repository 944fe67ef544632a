import { css } from 'lit';

/** Styles of `<cw-project-list>`: logical properties only; sized by its container, not the viewport. */
export const projectListStyles = css`
  :host {
    container: cw-project-list / inline-size;
    --_cw-list-gap: var(--cw-project-list-gap, var(--_cw-space-m));
    --_cw-list-card-min: var(--cw-project-list-card-min, 20rem);
    --_cw-list-card-height: var(--cw-project-list-card-height, 14rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-m);
  }

  p {
    margin: 0;
  }

  /* ── Filters ─────────────────────────────────────────────────────────── */
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: end;
    gap: var(--_cw-space-s) var(--_cw-space-m);
    padding: var(--_cw-space-m);
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius);
    background-color: var(--_cw-color-surface-raised);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
    min-inline-size: 0;
  }
  .field-search {
    grid-column: 1 / -1;
  }
  label {
    font-size: var(--_cw-font-size-s);
    font-weight: 600;
  }
  .hint {
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }
  input,
  select,
  button {
    font: inherit;
    font-size: var(--_cw-font-size-m);
  }
  input,
  select {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding-block: 0.35rem;
    padding-inline: 0.6rem;
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius-s);
    background-color: var(--_cw-color-surface);
    color: var(--_cw-color-text);
  }
  input:hover,
  select:hover {
    border-color: var(--_cw-color-text-muted);
  }
  .field-actions {
    justify-content: flex-end;
  }
  .clear,
  .filters-toggle {
    min-block-size: 2.5rem;
    padding-block: 0.35rem;
    padding-inline: var(--_cw-space-m);
    border: 1px solid var(--_cw-color-accent);
    border-radius: var(--_cw-radius-s);
    background-color: var(--_cw-color-surface);
    color: var(--_cw-color-accent);
    cursor: pointer;
  }
  .clear:hover:not(:disabled),
  .filters-toggle:hover {
    background-color: var(--_cw-color-accent);
    color: var(--_cw-color-on-accent);
  }
  .clear:disabled {
    border-color: var(--_cw-color-border);
    color: var(--_cw-color-text-muted);
    cursor: default;
  }

  /* ── Status, list, empty results ─────────────────────────────────────── */
  .status {
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
    font-weight: 600;
    min-block-size: calc(var(--_cw-font-size-s) * var(--_cw-line-height));
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_cw-list-card-min)), 1fr));
    /* Only the rows near the viewport are rendered (card-window.ts): the items of a row stretch to
       one height and carry the gap below them, so that a measured item is its row's height. */
    align-items: stretch;
    column-gap: var(--_cw-list-gap);
    row-gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    /* Cards rendered but off screen are neither laid out nor painted; a page sets
       --cw-content-visibility: visible to capture them all (print does it by itself). */
    content-visibility: var(--cw-content-visibility, auto);
    contain-intrinsic-size: auto var(--_cw-list-card-height);
    min-inline-size: 0;
    padding-block-end: var(--_cw-list-gap);
  }
  .spacer {
    grid-column: 1 / -1;
  }
  .item > cw-project-card {
    block-size: 100%;
  }
  .no-results {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cw-space-s) var(--_cw-space-m);
    padding: var(--_cw-space-m);
    border: 1px dashed var(--_cw-color-border);
    border-radius: var(--_cw-radius);
    color: var(--_cw-color-text-muted);
  }

  /* ── Folded filters (narrow containers) ──────────────────────────────── */
  .filter-fields {
    display: contents;
  }
  .filters-toggle {
    display: none;
  }
  .print-only {
    display: none;
  }
  @container cw-project-list (max-width: 35.99rem) {
    .filters-toggle {
      display: inline-flex;
      align-items: center;
      justify-self: start;
      gap: var(--_cw-space-xs);
      min-block-size: 2.75rem;
    }
    .filters:not(.open) .filter-fields {
      display: none;
    }
    .filters.open .filters-toggle .toggle-icon {
      transform: rotate(180deg);
    }
  }
  .toggle-icon {
    inline-size: 1em;
    block-size: 1em;
  }
  .keys {
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }

  /* ── Print: every matching project, no controls; a line says which filters are set ── */
  @media print {
    .filters {
      display: block;
      padding: 0;
      border: 0;
      background: none;
    }
    .field,
    .filters-toggle,
    .filter-fields,
    .keys,
    .spacer {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .item {
      content-visibility: visible;
      break-inside: avoid;
    }
  }

  /* ── Wider containers ────────────────────────────────────────────────── */
  @container cw-project-list (min-width: 36rem) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container cw-project-list (min-width: 56rem) {
    .filters {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .field-search {
      grid-column: 1 / 3;
    }
  }

  @media (forced-colors: active) {
    .clear,
    .filters-toggle,
    input,
    select {
      border-color: ButtonText;
    }
    .clear:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
