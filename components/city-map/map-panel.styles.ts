import { css } from 'lit';

/**
 * The map panel of `<cw-city-map>` (map-panel.ts): the frame, the land, borders and names, the markers,
 * clusters and labels, the zoom buttons, the legend, the locator inset and the credits. The map
 * itself never mirrors: north stays up, west left.
 */
export const mapPanelStyles = css`
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

  /* On paper: no zoom buttons (nothing to press). */
  @media print {
    .controls {
      display: none;
    }
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
    /* The legend in system colours, as the markers are drawn. */
    .legend .dot {
      fill: LinkText;
      stroke: Canvas;
    }
    /* Host and pilot cities stay hollow, on the map as in the legend (before the selection's fill). */
    .marker .dot.style-host,
    .marker .dot.style-pilot,
    .paths .dot.style-host,
    .paths .dot.style-pilot,
    .legend .dot.style-host,
    .legend .dot.style-pilot {
      fill: Canvas;
      stroke: LinkText;
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
  }
`;
