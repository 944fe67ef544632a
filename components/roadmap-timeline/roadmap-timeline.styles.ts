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
  }

  /* ── Overview band (overview.ts): the time axis above the list ─────────────────────────── */
  .overview {
    position: sticky;
    /* In the iframe embed, the top of the part of the frame on the host's screen (visible-band.ts). */
    inset-block-start: var(--_cw-visible-top, 0px);
    z-index: 3;
    margin-block-end: var(--_cw-space-m, 1rem);
    padding-block: var(--_cw-space-xs, 0.25rem);
    /* Opaque, so nothing scrolling beneath it shows through. */
    background-color: var(--_cw-color-surface);
    border-block-end: 1px solid var(--_cw-color-border);
  }
  .zoom {
    display: flex;
    gap: var(--_cw-space-xs, 0.25rem);
    justify-content: flex-end;
  }
  .zoom button {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    font: inherit;
  }
  .ov-band {
    --_lane: 0.75rem;
    position: relative;
    block-size: calc(1.75rem + var(--lanes) * var(--_lane) + 0.5rem);
    margin-inline: 0.5rem;
    touch-action: pan-y;
  }
  .ov-ticks {
    position: absolute;
    inset: 0;
  }
  /* Physical sides: the time direction can differ from the text direction (time-direction). */
  .ov-tick {
    position: absolute;
    inset-block: 0;
    border-left: 1px solid var(--_cw-color-border);
    font-size: var(--_cw-font-size-s);
    color: var(--_cw-color-text-muted);
    padding-inline: 0.2rem;
    white-space: nowrap;
  }
  .ov-tick.rtl {
    border-left: 0;
    border-right: 1px solid var(--_cw-color-border);
  }
  .ov-tick.month bdi {
    font-size: 0.85em;
  }
  /* The label under the "today" label (overview.ts, coveredByToday): the tick line stays. */
  .ov-tick.covered bdi {
    visibility: hidden;
  }
  /* Among months, the year marks where they start. */
  .ov-tick.year bdi {
    font-weight: 600;
  }
  .ov-span {
    position: absolute;
    inset-block: 1.5rem 0;
    background-color: var(--_cw-tl-band);
  }
  /* The stretch of time the list shows ("where am I"), under the marks. */
  .ov-window {
    position: absolute;
    inset-block: 1.5rem 0;
    min-inline-size: 4px;
    box-sizing: border-box;
    border: 2px solid var(--_cw-color-text-muted);
    border-radius: 3px;
    background-color: color-mix(in srgb, var(--_cw-color-text) 6%, transparent);
    pointer-events: none;
  }
  .ov-mark.in-view::before {
    border-color: var(--_cw-color-text);
  }
  .ov-today {
    position: absolute;
    inset-block: 1.25rem 0;
    border-inline-start: 2px solid var(--_cw-tl-today);
  }
  /* Drawn over the month tick it falls on, on the band's background, so the two never overlap. */
  .ov-today span {
    position: absolute;
    z-index: 1;
    padding-inline: 0.2rem;
    background-color: var(--_cw-color-surface);
    color: var(--_cw-tl-today);
    font-weight: 700;
    inset-block-end: 100%;
    font-size: 0.7rem;
    white-space: nowrap;
  }
  .ov-marks {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Lanes with room for the count of a mark that stands for several entries. */
  .ov-band.grouped {
    --_lane: 1.25rem;
  }
  .ov-item {
    position: absolute;
    inset-block-start: calc(1.75rem + var(--lane) * var(--_lane));
    block-size: calc(var(--_lane) - 0.15rem);
  }
  .ov-band.grouped .ov-mark.point {
    inset-block-start: 0.25rem;
    block-size: 0.6rem;
  }
  .ov-count {
    /* Above the bar (the button's ::before). */
    position: relative;
    display: block;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: calc(var(--_lane) - 0.35rem);
    text-align: center;
    color: var(--_cw-color-on-accent);
  }
  .ov-mark.planned .ov-count {
    color: var(--_cw-color-text);
  }
  .ov-mark {
    position: relative;
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    min-inline-size: 3px;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: none;
    font-family: inherit;
    cursor: pointer;
  }
  /*
   * The bar, on a layer of its own: the mask that softens an imprecise end would also clip the
   * button's focus and selection outlines.
   */
  .ov-mark::before {
    content: '';
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    border: 1px solid var(--cw-timeline-bar-color, var(--_cw-color-accent));
    border-radius: inherit;
    background-color: var(--cw-timeline-bar-color, var(--_cw-color-accent));
  }
  /* A target of at least 24 × 24 px around the bar, for a finger (WCAG 2.5.8); the bar keeps its size. */
  .ov-mark::after {
    content: '';
    position: absolute;
    inset-block: min(0px, calc((100% - 24px) / 2));
    inset-inline: min(0px, calc((100% - 24px) / 2));
  }
  .ov-mark.planned::before {
    background-color: transparent;
  }
  .ov-mark.point {
    position: absolute;
    inset-inline-start: -0.3rem;
    inline-size: 0.6rem;
    border-radius: 50%;
  }
  .ov-mark.soft-left::before {
    border-left-style: dashed;
    mask-image: linear-gradient(to right, transparent, #000 min(1.5rem, 40%));
  }
  .ov-mark.soft-right::before {
    border-right-style: dashed;
    mask-image: linear-gradient(to left, transparent, #000 min(1.5rem, 40%));
  }
  .ov-mark.soft-left.soft-right::before {
    mask-image: linear-gradient(to right, transparent, #000 min(1.5rem, 30%), #000 calc(100% - min(1.5rem, 30%)), transparent);
  }
  .ov-mark.selected,
  .ov-mark.current {
    outline: 2px solid var(--_cw-color-text);
    outline-offset: 1px;
  }
  .ov-mark:focus-visible {
    outline: 3px solid var(--_cw-color-text);
    outline-offset: 2px;
  }
  .ov-density {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .ov-bin {
    position: absolute;
    inset-block-end: 0;
    block-size: calc(0.3rem + var(--fill) * 3rem);
  }
  .ov-mark.bin {
    border-radius: 0;
  }
  .ov-overflow {
    position: absolute;
    inset-inline-end: 0;
    inset-block-end: 0;
    margin: 0;
    font-size: var(--_cw-font-size-s);
  }
  .ov-unknown {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
    margin-inline: 0.5rem;
    font-size: var(--_cw-font-size-s);
  }
  .ov-mark.unknown {
    inline-size: 0.9rem;
    block-size: 0.6rem;
  }
  .ov-mark.unknown::before {
    border-style: dashed;
    background-color: transparent;
  }
  @media (forced-colors: active) {
    /* The bar keeps its fill; the button's outlines are the system's (Highlight, CanvasText). */
    .ov-mark::before {
      forced-color-adjust: none;
      border-color: CanvasText;
      background-color: CanvasText;
    }
    .ov-mark.planned::before,
    .ov-mark.unknown::before {
      background-color: Canvas;
    }
    .ov-count {
      forced-color-adjust: none;
      color: Canvas;
    }
    .ov-mark.planned .ov-count {
      color: CanvasText;
    }
    .ov-today {
      border-inline-start-color: Highlight;
    }
    .ov-window {
      forced-color-adjust: none;
      border-color: Highlight;
      background-color: transparent;
    }
    /* A roadmap's span: its translucent band would vanish, an outline stays. */
    .ov-span {
      forced-color-adjust: none;
      background-color: Canvas;
      border: 1px dashed GrayText;
    }
    .overview {
      background-color: Canvas;
    }
  }
  @media print {
    .overview {
      position: static;
    }
    .zoom {
      display: none;
    }
  }
`;
