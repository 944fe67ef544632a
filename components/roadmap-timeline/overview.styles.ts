import { css } from 'lit';

/**
 * The overview band of `<cw-roadmap-timeline>` (overview.ts): the time axis above the list, with every
 * entry at its date, the roadmaps' spans, today, the "year unknown" lane and the zoom buttons. After
 * the list's styles (roadmap-timeline.styles.ts), whose custom properties (`--_cw-tl-bar`…) it reads.
 */
export const overviewStyles = css`
  .overview {
    /* Static where the host's window is low, in the iframe embed (visible-band.ts); see the media query below. */
    position: var(--_cw-band-position, sticky);
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
  /*
   * Three states a mark can be in at once, each drawn its own way (a review found the focused mark
   * hard to tell from the others): the selected entry's mark, solid; the mark of the first entry in
   * view in the list, dashed; the keyboard focus, the focus colour with a ring of the band's
   * background between it and the mark (in forced colours, where every outline takes one system
   * colour, a double line).
   */
  .ov-mark.current {
    outline: 2px dashed var(--_cw-color-text-muted);
    outline-offset: 1px;
  }
  .ov-mark.selected {
    outline: 2px solid var(--_cw-color-text);
    outline-offset: 1px;
  }
  .ov-mark:focus-visible {
    outline: 3px solid var(--_cw-focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_cw-color-surface);
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
    .ov-mark:focus-visible {
      outline: 5px double Highlight;
    }
  }
  /*
   * A window of little height (a phone held sideways, 400 % zoom: 256 px): the band, sticky, would
   * cover half of it. It scrolls with the list there.
   */
  @media (max-height: 30em) {
    .overview {
      position: static;
    }
  }
  /*
   * On paper: the band where it is, no buttons, no "where am I" (no list scrolls on paper), and the
   * bars and dots printed even where the print dialog leaves backgrounds out (its default), so that
   * a done entry (filled) stays apart from a planned one (hollow). The axis is drawn again for the
   * paper's width (overview-band.ts, on beforeprint), so its labels do not run into each other.
   */
  @media print {
    .overview {
      position: static;
      break-inside: avoid;
    }
    .zoom,
    .ov-window {
      display: none;
    }
    .ov-mark.current {
      outline: none;
    }
    .ov-mark::before,
    .ov-bin,
    .ov-span {
      print-color-adjust: exact;
    }
  }
`;
