import { css } from 'lit';

/** Styles of `<cw-city-map>`. Logical properties only; the map itself never mirrors (north stays up, west left). */
export const cityMapStyles = css`
  :host {
    --_cw-map-sea: var(--cw-city-map-sea, light-dark(#e6eff6, #0f1a24));
    --_cw-map-land: var(--cw-city-map-land, light-dark(#dde3d3, #27302a));
    --_cw-map-coast: var(--cw-city-map-coast, light-dark(#a8b39b, #4b5a4d));
    --_cw-map-border: var(--cw-city-map-border, light-dark(#8c9681, #6f7f71));
    --_cw-map-place: var(--cw-city-map-place, light-dark(#4f5a47, #b4c0b0));
    --_cw-map-sea-name: var(--cw-city-map-sea-name, light-dark(#3d5f7a, #9dbad3));
    --_cw-map-marker: var(--cw-city-map-marker, var(--_cw-color-accent));
    --_cw-map-marker-stroke: var(--cw-city-map-marker-stroke, var(--_cw-color-surface));
    --_cw-map-selected: var(--cw-city-map-selected, light-dark(#b42318, #ffb4a2));
    --_cw-map-cluster: var(--cw-city-map-cluster, light-dark(#0b4a8b, #a9cfff));
    --_cw-map-on-cluster: var(--cw-city-map-on-cluster, light-dark(#ffffff, #0d1117));
    --_cw-map-label: var(--cw-city-map-label, var(--_cw-color-text));
    --_cw-map-halo: var(--cw-city-map-halo, light-dark(rgb(255 255 255 / 0.9), rgb(13 17 23 / 0.9)));
    --_cw-map-highlight: var(--cw-city-map-highlight, light-dark(#fff4d6, #3a2f12));
    /* The page's ratio if it sets one, else the one that suits the cities (set by the element). */
    --_cw-map-aspect: var(--cw-city-map-aspect-ratio, var(--_cw-map-aspect-auto, 4 / 3));
    display: block;
  }

  .root {
    container-type: inline-size;
  }

  .header {
    margin-block-end: var(--_cw-space-m);
  }
  .title {
    margin: 0;
    font-size: var(--_cw-font-size-xl);
    line-height: 1.25;
    font-weight: 700;
  }
  .summary {
    margin: var(--_cw-space-xs) 0 0;
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cw-space-l);
    align-items: start;
  }
  /* Wide: the map at the start (left in LTR, right in RTL: the grid follows the direction), the list beside it. */
  @container (min-width: 40rem) {
    .layout.both {
      grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr);
    }
    .layout.both .map-panel {
      position: sticky;
      inset-block-start: var(--_cw-space-s);
    }
  }

  /* ── The map ───────────────────────────────────────────────────────────────────────────── */
  .map-panel {
    margin: 0;
    min-inline-size: 0;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--_cw-map-aspect);
    /* On a phone the list must start within the first screen: the map takes at most about half of it. */
    max-block-size: min(34rem, 55svh);
    inline-size: 100%;
    min-block-size: 12rem;
    overflow: hidden;
    /* One finger scrolls the page; two pinch the map (zoom.ts). */
    touch-action: pan-x pan-y;
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius);
    background-color: var(--_cw-map-sea);
  }
  svg {
    display: block;
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    /* A map is not text: its geometry and its label anchors are in screen directions. */
    direction: ltr;
    font-family: inherit;
    user-select: none;
  }
  .sea {
    fill: var(--_cw-map-sea);
  }
  /* Land and borders are drawn in Mercator units under a transform (see mercator-units.ts): their
     strokes keep their width in screen pixels. They take no pointer: the frame handles drag and wheel. */
  .land {
    fill: var(--_cw-map-land);
    stroke: var(--_cw-map-coast);
    stroke-width: 0.75;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .border {
    pointer-events: none;
    fill: none;
    stroke: var(--_cw-map-border);
    stroke-width: 0.75;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .border.disputed {
    stroke-dasharray: 3 2;
  }
  .places text {
    /* The size the layout measured the names at (CONTEXT_FONT_SIZE). */
    font-size: 11px;
    text-anchor: middle;
    dominant-baseline: central;
    paint-order: stroke;
    stroke: var(--_cw-map-halo);
    stroke-width: 2.5px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .places .country {
    fill: var(--_cw-map-place);
    font-weight: 600;
  }
  .places .sea {
    fill: var(--_cw-map-sea-name);
    font-style: italic;
  }
  /* Arabic script has no italic: a slanted Arabic is harder to read, not a sea's name. */
  .places .sea:lang(ar) {
    font-style: normal;
  }
  .locator {
    pointer-events: none;
  }
  .locator-sea {
    fill: var(--_cw-map-sea);
    stroke: var(--_cw-map-border);
    stroke-width: 1;
  }
  .locator-land {
    fill: var(--_cw-map-land);
    stroke: var(--_cw-map-coast);
    stroke-width: 0.5;
  }
  .locator-view {
    fill: none;
    stroke: var(--_cw-map-selected);
    stroke-width: 1.5;
  }
  .marker,
  .cluster {
    cursor: pointer;
  }
  .hit {
    fill: transparent;
    pointer-events: all;
  }
  .paths {
    cursor: pointer;
  }
  .marker .dot,
  .paths .dot {
    fill: var(--_cw-map-marker);
    stroke: var(--_cw-map-marker-stroke);
    stroke-width: 1.5;
  }
  /* Each style differs by shape (shapes.ts); the two most responsible roles also by their fill. */
  .dot.style-lead {
    fill: var(--_cw-map-selected);
  }
  .dot.style-coordinator,
  .dot.style-seat {
    fill: var(--_cw-map-cluster);
  }
  /* Host and pilot cities: hollow, so that they stand apart from members at a glance. */
  .dot.style-host,
  .dot.style-pilot {
    fill: var(--_cw-map-marker-stroke);
    stroke: var(--_cw-map-marker);
    stroke-width: 2;
  }
  .marker:focus-visible,
  .cluster:focus-visible {
    outline: var(--_cw-focus-width) solid var(--_cw-focus-color);
    outline-offset: 2px;
  }
  .controls {
    position: absolute;
    inset-block-start: var(--_cw-space-xs, 0.25rem);
    inset-inline-end: var(--_cw-space-xs, 0.25rem);
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .controls button {
    inline-size: 2.25rem;
    block-size: 2.25rem;
    display: grid;
    place-items: center;
    padding: 0;
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    color: var(--_cw-color-text);
    background: var(--_cw-color-surface);
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius);
    cursor: pointer;
  }
  .controls button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .controls button svg {
    position: static;
    inline-size: 1rem;
    block-size: 1rem;
  }
  .legend {
    margin: var(--_cw-space-xs, 0.25rem) 0 0;
    font-size: var(--_cw-font-size-s);
  }
  .legend figcaption {
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .legend svg {
    position: static;
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  :where(.legend) .dot {
    fill: var(--_cw-map-marker);
    stroke: var(--_cw-map-marker-stroke);
    stroke-width: 1.5;
  }
  .marker.selected .dot {
    fill: var(--_cw-map-selected);
    stroke-width: 2;
  }
  .ring {
    fill: none;
    stroke: none;
  }
  .marker.selected .ring,
  .cluster.highlighted .ring {
    fill: none;
    stroke: var(--_cw-map-selected);
    stroke-width: 2;
  }
  .marker.highlighted .dot,
  .paths .dot.highlighted {
    fill: var(--_cw-map-selected);
  }
  .cluster .badge {
    fill: var(--_cw-map-cluster);
    stroke: var(--_cw-map-marker-stroke);
    stroke-width: 1.5;
  }
  .cluster .count {
    fill: var(--_cw-map-on-cluster);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .labels text {
    fill: var(--_cw-map-label);
    font-size: 12px;
    font-weight: 600;
    dominant-baseline: central;
    paint-order: stroke;
    stroke: var(--_cw-map-halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .labels text.selected {
    font-weight: 700;
  }
  .credits {
    margin: var(--_cw-space-xs) 0 0;
    font-size: var(--_cw-font-size-s);
    color: var(--_cw-color-text-muted);
  }

  /* ── The list ─────────────────────────────────────────────────────────────────────────── */
  .list-panel {
    min-inline-size: 0;
  }
  /* The space between groups is inside the heading's row, so that the windowed list measures it
     with the row (a margin between sections would be height no row accounts for). */
  .country-row {
    display: flow-root;
    padding-block-start: var(--_cw-space-l);
  }
  .country-row[data-index='0'] {
    padding-block-start: 0;
  }
  .country {
    margin: 0 0 var(--_cw-space-s);
    font-size: var(--_cw-font-size-l);
    line-height: 1.3;
    font-weight: 700;
    display: flex;
    align-items: baseline;
    gap: var(--_cw-space-s);
  }
  .country .n {
    font-size: var(--_cw-font-size-s);
    font-weight: 400;
    color: var(--_cw-color-text-muted);
  }
  ul.cities {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.city {
    position: relative;
    padding-block: var(--_cw-space-xs) var(--_cw-space-s);
    padding-inline: var(--_cw-space-m) var(--_cw-space-s);
    border-inline-start: 4px solid transparent;
    /* The space between entries is a transparent border, not a gap: the windowed list measures an
       entry's height with it (offsetHeight), so the rows it adds up match the page. */
    border-block-end: var(--_cw-space-xs) solid transparent;
    background-clip: padding-box;
    border-radius: var(--_cw-radius-s);
    background-color: var(--_cw-color-surface);
  }
  li.city:hover {
    background-color: var(--_cw-color-surface-raised);
  }
  li.city.highlighted {
    background-color: var(--_cw-map-highlight);
    border-inline-start-color: var(--_cw-map-cluster);
  }
  li.city.selected {
    background-color: var(--_cw-color-surface-raised);
    border-inline-start-color: var(--_cw-map-selected);
  }
  .head {
    display: flex;
    align-items: center;
    gap: var(--_cw-space-s);
  }
  .name {
    font: inherit;
    font-size: var(--_cw-font-size-m);
    font-weight: 700;
    color: var(--_cw-color-text);
    text-align: start;
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    cursor: pointer;
    min-block-size: 24px;
    border-radius: var(--_cw-radius-s);
  }
  button.name:hover {
    text-decoration: underline;
  }
  a.name {
    color: var(--_cw-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .locate {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin-inline-start: auto;
    padding: 0;
    border: 1px solid var(--_cw-color-border);
    border-radius: 50%;
    background: var(--_cw-color-surface);
    color: var(--_cw-color-text);
    cursor: pointer;
  }
  .locate[aria-current='true'] {
    background: var(--_cw-map-selected);
    border-color: var(--_cw-map-selected);
    color: var(--_cw-color-surface);
  }
  .locate svg {
    position: static;
    inline-size: 1rem;
    block-size: 1rem;
    fill: currentColor;
  }
  .meta {
    margin: 0;
    line-height: 1.45;
    font-size: var(--_cw-font-size-s);
    color: var(--_cw-color-text-muted);
  }
  .roles {
    color: var(--_cw-color-text);
  }
  .meta .label {
    font-weight: 600;
  }

  details.all {
    margin-block-start: var(--_cw-space-m);
  }
  details.all > summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_cw-color-accent);
    min-block-size: 24px;
  }
  details.all[open] > summary {
    margin-block-end: var(--_cw-space-m);
  }

  @media (forced-colors: active) {
    .sea {
      fill: Canvas;
    }
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .marker .dot,
    .paths .dot,
    .cluster .badge {
      fill: LinkText;
      stroke: Canvas;
    }
    .cluster .count {
      fill: Canvas;
    }
    .marker.selected .dot,
    .marker.highlighted .dot,
    .paths .dot.highlighted {
      fill: Highlight;
    }
    .marker.selected .ring,
    .cluster.highlighted .ring {
      stroke: Highlight;
    }
    .labels text,
    .places text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .border {
      stroke: GrayText;
    }
    .locator-sea,
    .locator-land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .locator-view {
      stroke: Highlight;
    }
    /* The space between entries is a transparent border (see li.city), which forced colours would
       paint as a bar under each city: the colour of what is behind it instead. */
    li.city {
      border-inline-start-color: Canvas;
      border-block-end-color: Canvas;
    }
    li.city.selected,
    li.city.highlighted {
      border-inline-start-color: Highlight;
    }
    .locate[aria-current='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
