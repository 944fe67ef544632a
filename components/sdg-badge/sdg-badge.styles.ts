import { css } from 'lit';

export const sdgBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    background-color: transparent;
    max-inline-size: 100%;
  }
  /* On its own among blocks (see standalone.ts): a block, so that the theme's content column takes it
     in. Its error stays an inline message, like the error of a badge in a sentence. */
  :host(:state(standalone):not(:state(error))) {
    display: block;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-inline-size: 100%;
    padding-block: 0.2em;
    padding-inline: 0.55em;
    border: 1px solid transparent; /* shows as an outline in forced-colours mode */
    border-radius: var(--cw-sdg-badge-radius, var(--_cw-radius-s));
    background-color: var(--_sdg-color);
    color: var(--_sdg-ink);
    font-size: var(--_cw-font-size-s);
    line-height: 1.25;
    text-decoration: none;
  }
  a.badge:hover .title {
    text-decoration: underline;
  }
  a.badge:focus-visible {
    outline: var(--_cw-focus-width) solid var(--_cw-focus-color);
    outline-offset: var(--_cw-focus-offset);
  }

  .code {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .title {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .small {
    justify-content: center;
    min-inline-size: 2.4em;
    padding-inline: 0.4em;
  }

  .large {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.15em;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    font-size: var(--_cw-font-size-m);
    border-radius: var(--cw-sdg-badge-radius, var(--_cw-radius));
  }
  .large .code {
    font-size: 1.75em;
    line-height: 1;
  }
  .large .title {
    white-space: normal;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    a.badge {
      border-color: LinkText;
    }
  }
`;
