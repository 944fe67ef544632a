import { css } from 'lit';

/**
 * Styles of `<cw-city-map>`: the host and the layout (the map beside or above the list). The map
 * panel's are in map-panel.styles.ts, the list's in list.styles.ts. Logical properties only; the map
 * itself never mirrors (north stays up, west left).
 */
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
      /* In the iframe embed, below the top of the part of the frame on the host's screen (visible-band.ts). */
      inset-block-start: calc(var(--_cw-visible-top, 0px) + var(--_cw-space-s));
    }
  }

  /* On paper: the map in its place in the flow, not where it was stuck on screen, and whole on one
     page with its legend and credits (the zoom buttons are hidden: map-panel.styles.ts). */
  @media print {
    .layout.both .map-panel {
      position: static;
      inset-block-start: auto;
    }
    .map-panel {
      break-inside: avoid;
    }
  }
`;
