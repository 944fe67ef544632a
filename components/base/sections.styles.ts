import { css } from 'lit';

/**
 * Styles shared by the elements that lay out one record in titled sections (`<cw-event>`,
 * `<cw-city-profile>`): the frame, headings, fact lists, bullet lists and the action buttons.
 * Logical properties only, so right-to-left mirrors by itself. Each element maps its own public
 * tokens (`--cw-event-*`, `--cw-city-profile-*`) onto the private `--_cw-record-*` ones.
 */
export const sectionStyles = css`
  .record {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-m);
    padding: var(--_cw-record-padding, var(--_cw-space-m));
    border: var(--_cw-record-border, 1px solid var(--_cw-color-border));
    border-radius: var(--_cw-radius);
    background-color: var(--_cw-color-surface);
    overflow-wrap: anywhere;
  }
  ul,
  ol,
  p,
  dl,
  dd,
  blockquote {
    margin: 0;
  }
  .title {
    margin: 0;
    font-size: var(--_cw-record-title-size, var(--_cw-font-size-xl));
    line-height: 1.25;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .section-title {
    margin: 0;
    font-size: var(--_cw-font-size-l);
    line-height: 1.3;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_cw-space-xs) var(--_cw-space-m);
  }
  .facts dt {
    color: var(--_cw-color-text-muted);
  }
  .bullets {
    padding-inline-start: 1.25em;
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
  }
  .plain {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .muted {
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }
  .roles {
    color: var(--_cw-color-text-muted);
  }
  .action {
    align-self: flex-start;
    font: inherit;
    padding: var(--_cw-space-xs) var(--_cw-space-m);
    border: 1px solid var(--_cw-color-accent);
    border-radius: var(--_cw-radius);
    background: var(--_cw-color-accent);
    color: var(--_cw-color-on-accent);
    cursor: pointer;
  }
  .action:focus-visible,
  a:focus-visible {
    outline: var(--_cw-focus-width) solid var(--_cw-focus-color);
    outline-offset: var(--_cw-focus-offset);
  }
  a {
    color: var(--_cw-color-accent);
  }
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .record {
      border-color: CanvasText;
    }
  }
`;
