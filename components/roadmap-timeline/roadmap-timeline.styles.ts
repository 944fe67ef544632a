import { css } from 'lit';

/**
 * `<cw-roadmap-timeline>`: the overview axis (overview.ts) above a vertical list of entries. Time is
 * drawn on the axis only: the list has no bars, band or "today" line of its own.
 */
export const roadmapTimelineStyles = css`
  :host {
    container: cw-timeline / inline-size;
    --_cw-tl-bar: var(--cw-timeline-bar-color, var(--_cw-color-accent));
    --_cw-tl-band: var(--cw-timeline-band-color, color-mix(in srgb, var(--_cw-color-accent) 14%, transparent));
    --_cw-tl-today: var(--cw-timeline-today-color, light-dark(#b3261e, #ffb4ab));
  }

  .base {
    display: grid;
    /* One column no wider than the element: a select's set width (14rem, 448 px at 200 % text) must not widen it past a phone's screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cw-space-m);
    min-inline-size: 0;
  }

  /* ── Header ─────────────────────────────────────────────────────────────────────────────── */
  .header {
    display: grid;
    gap: var(--_cw-space-xs);
  }
  .title {
    margin: 0;
    font-size: var(--_cw-font-size-xl);
    line-height: 1.25;
  }
  .summary {
    margin: 0;
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }
  .summary time {
    color: var(--_cw-color-text);
    font-weight: 600;
  }

  /* ── Filters ────────────────────────────────────────────────────────────────────────────── */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_cw-space-s) var(--_cw-space-m);
  }
  .filter {
    display: grid;
    /* A column that may be narrower than the select's set width: a phone at 200 % text. */
    grid-template-columns: minmax(0, auto);
    gap: var(--_cw-space-xs);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .filter label {
    font-size: var(--_cw-font-size-s);
    font-weight: 600;
  }
  /* The filters, their search fields and the "all entries" button: one look for the controls. */
  select,
  .find,
  .all-entries {
    padding-block: var(--_cw-space-xs);
    padding-inline: var(--_cw-space-s);
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius-s);
    background-color: var(--_cw-color-surface);
    color: var(--_cw-color-text);
    font: inherit;
    font-size: var(--_cw-font-size-s);
  }
  select,
  .find {
    /* A set width: the search field lines up with its select. */
    inline-size: 14rem;
    max-inline-size: 100%;
  }
  .count {
    margin: 0;
    margin-inline-start: auto;
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }

  /* ── Track: the list of entries (time is drawn on the overview axis only) ───────────────── */
  .track {
    position: relative;
  }

  /* ── Entries: one flat, windowed list; headings open inside the first entry of their group ── */
  .groups {
    position: relative;
    z-index: 1;
  }
  .list {
    /* The rows out of the window, as padding of their height (see WindowedListController). */
    padding-block: var(--before, 0) var(--after, 0);
    margin: 0;
    padding-inline: 0;
    list-style: none;
  }
  .entry {
    /* A row's height is measured (offsetHeight): its margins stay inside it, and the space between
       rows is padding, not a gap. */
    display: flow-root;
  }
  .entry-body {
    /* The rail the entries hang on, continued between rows by the padding. */
    margin-inline-start: var(--_cw-space-s);
    padding-block-end: var(--_cw-space-s);
    padding-inline-start: var(--_cw-space-m);
    border-inline-start: 2px solid var(--_cw-color-border);
  }
  .year-heading {
    margin-block: var(--_cw-space-m) var(--_cw-space-s);
    font-size: var(--_cw-font-size-l);
    line-height: 1.25;
  }
  .card::before {
    /* The entry's dot on the rail. */
    content: '';
    position: absolute;
    z-index: 1;
    inset-block-start: 1.1rem;
    inset-inline-start: calc(-1 * var(--_cw-space-m) - 2px - 0.4rem + 1px);
    inline-size: 0.8rem;
    block-size: 0.8rem;
    box-sizing: border-box;
    border: 2px solid var(--_cw-tl-bar);
    border-radius: 50%;
    background-color: var(--_cw-color-surface);
  }
  .entry.actual .card::before {
    background-color: var(--_cw-tl-bar);
  }
  .all-entries {
    cursor: pointer;
  }
  .all-entries[aria-pressed='true'] {
    border-color: var(--_cw-color-accent);
    box-shadow: inset 0 0 0 1px var(--_cw-color-accent);
  }
  .period-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_cw-space-xs) var(--_cw-space-s);
    margin-block: var(--_cw-space-s);
    font-size: var(--_cw-font-size-m);
    line-height: 1.3;
  }
  .period-heading .date-type {
    font-size: var(--_cw-font-size-s);
    font-weight: 400;
  }
  .group-heading {
    margin-block: var(--_cw-space-s) var(--_cw-space-xs);
    margin-inline-start: calc(var(--_cw-space-s) + var(--_cw-space-m) + 2px);
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
    font-weight: 700;
    line-height: 1.3;
  }
  .card {
    position: relative;
    padding-block: var(--_cw-space-s);
    padding-inline: var(--_cw-space-m);
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius);
    background-color: var(--_cw-color-surface-raised);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .entry.selected .card {
    border-color: var(--_cw-color-accent);
    box-shadow: 0 0 0 1px var(--_cw-color-accent);
  }
  .item-button {
    display: block;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_cw-color-text);
    font: inherit;
    font-weight: 650;
    line-height: 1.35;
    text-align: start;
    cursor: pointer;
  }
  .item-button:hover {
    color: var(--_cw-color-accent);
    text-decoration: underline;
  }
  .item-button[aria-expanded='true'] {
    color: var(--_cw-color-accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_cw-space-xs) var(--_cw-space-s);
    margin-block: var(--_cw-space-xs) 0;
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }
  .date {
    color: var(--_cw-color-text);
    font-weight: 600;
  }
  .date-type,
  .kind,
  .status {
    padding-inline: 0.5em;
    border: 1px solid var(--_cw-color-border);
    border-radius: 999px;
    line-height: 1.4;
  }
  .date-type.planned {
    border-style: dashed;
  }
  .cities,
  .orgs {
    margin-block: var(--_cw-space-xs) 0;
    font-size: var(--_cw-font-size-s);
  }
  .role {
    color: var(--_cw-color-text-muted);
  }

  /* ── Details ─────────────────────────────────────────────────────────────────────────── */
  .details {
    margin-block-start: var(--_cw-space-s);
    padding: var(--_cw-space-m);
    border: 1px solid var(--_cw-color-accent);
    border-inline-start-width: 4px;
    border-radius: var(--_cw-radius);
    background-color: var(--_cw-color-surface);
    font-size: var(--_cw-font-size-m);
  }
  .details-title {
    margin-block: 0 var(--_cw-space-s);
    font-size: var(--_cw-font-size-l);
    line-height: 1.3;
  }
  .details a {
    color: var(--_cw-color-accent);
  }
  .details dl {
    display: grid;
    gap: var(--_cw-space-xs) var(--_cw-space-m);
    margin: 0;
  }
  .details dl > div {
    display: grid;
    gap: 0 var(--_cw-space-m);
  }
  .details dt {
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* ── Wide containers: details as a two-column list ───────────────────────────────────── */
  @container cw-timeline (min-width: 44rem) {
    .details dl > div {
      grid-template-columns: minmax(8rem, max-content) 1fr;
    }
  }

  @media (forced-colors: active) {
    .card::before {
      forced-color-adjust: none;
      border-color: CanvasText;
      background-color: Canvas;
    }
    .entry.actual .card::before {
      forced-color-adjust: none;
      border-color: CanvasText;
      background-color: CanvasText;
    }
    .entry.selected .card {
      outline: 2px solid Highlight;
    }
  }

  /* The value a filter has, printed instead of its select: "Type: Workshop". */
  .filters .chosen {
    display: none;
  }
  /* Every entry of the current filter on paper: no sticky bar over the text, details readable. */
  @media print {
    .filters select,
    .filters .find,
    .filters .find-label {
      display: none;
    }
    .filters .chosen {
      display: inline;
    }
    .entry {
      break-inside: avoid;
    }
    /* The title stays with what it names, not alone at the foot of a page. */
    .header {
      break-after: avoid;
    }
  }
`;
