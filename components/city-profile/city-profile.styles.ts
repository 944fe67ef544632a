import { css } from 'lit';

/** Styles of `<cw-city-profile>`: networks as blocks with role labels, cards in a grid, a compact dated list. */
export const cityProfileStyles = css`
  :host {
    container: cw-city-profile / inline-size;
    --_cw-record-padding: var(--cw-city-profile-padding, var(--_cw-space-m));
    --_cw-record-border: var(--cw-city-profile-border, 1px solid var(--_cw-color-border));
    --_cw-record-title-size: var(--cw-city-profile-title-size, var(--_cw-font-size-xl));
    --_cw-profile-role-background: var(--cw-city-profile-role-background, var(--_cw-color-surface-raised));
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
  }
  .network {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
    padding-inline-start: var(--_cw-space-s);
    border-inline-start: 3px solid var(--_cw-color-accent);
  }
  .network-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cw-space-s);
    align-items: baseline;
  }
  .role-list {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cw-space-xs);
  }
  .role {
    padding: 0 var(--_cw-space-s);
    border-radius: var(--_cw-radius);
    background: var(--_cw-profile-role-background);
    border: 1px solid var(--_cw-color-border);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_cw-space-s);
  }
  .entry {
    display: grid;
    grid-template-columns: 10em 1fr;
    gap: var(--_cw-space-m);
    padding-block-end: var(--_cw-space-s);
    border-block-end: 1px solid var(--_cw-color-border);
  }
  .entry-body {
    display: flex;
    flex-direction: column;
  }
  .entry-date {
    font-weight: 700;
  }
  @container cw-city-profile (max-width: 30rem) {
    .entry {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .network {
      border-inline-start-color: CanvasText;
    }
    .role {
      border-color: CanvasText;
    }
  }
`;
