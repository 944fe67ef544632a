import { css } from 'lit';

/** Styles of `<cw-event>`: the programme as a two-column schedule; logical properties only. */
export const eventStyles = css`
  :host {
    container: cw-event / inline-size;
    --_cw-record-padding: var(--cw-event-padding, var(--_cw-space-m));
    --_cw-record-border: var(--cw-event-border, 1px solid var(--_cw-color-border));
    --_cw-record-title-size: var(--cw-event-title-size, var(--_cw-font-size-xl));
    --_cw-event-time-width: var(--cw-event-time-width, 7.5em);
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .kind {
    color: var(--_cw-color-text-muted);
  }
  .programme {
    list-style: none;
    padding: 0;
    border-inline-start: 3px solid var(--_cw-color-accent);
  }
  .slot {
    display: grid;
    grid-template-columns: var(--_cw-event-time-width) 1fr;
    gap: var(--_cw-space-m);
    padding-block: var(--_cw-space-s);
    padding-inline-start: var(--_cw-space-m);
    border-block-end: 1px solid var(--_cw-color-border);
  }
  .slot:last-child {
    border-block-end: none;
  }
  .slot-time {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .is-break {
    background: var(--_cw-color-surface-raised);
    color: var(--_cw-color-text-muted);
    font-style: italic;
  }
  .is-break .slot-time {
    font-weight: 400;
  }
  .points {
    margin-block-start: var(--_cw-space-xs);
  }
  .statement {
    margin: var(--_cw-space-xs) 0 0;
    padding-inline-start: var(--_cw-space-m);
    border-inline-start: 3px solid var(--_cw-color-border);
  }
  .footer {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  @container cw-event (max-width: 30rem) {
    .slot {
      grid-template-columns: 1fr;
      gap: var(--_cw-space-xs);
    }
    .facts {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .programme {
      border-inline-start-color: CanvasText;
    }
    .is-break {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
