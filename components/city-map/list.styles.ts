import { css } from 'lit';

/**
 * The list of `<cw-city-map>` (list.ts): the cities grouped by country, the primary way in.
 */
export const listStyles = css`
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
