import { css } from 'lit';

/** Styles of `<cw-project-card>`: logical properties only; sized by its container, not the viewport. */
export const projectCardStyles = css`
  :host {
    container: cw-project-card / inline-size;
    background-color: transparent;
    --_cw-card-padding: var(--cw-project-card-padding, var(--_cw-space-m));
    --_cw-card-border: var(--cw-project-card-border, 1px solid var(--_cw-color-border));
    --_cw-card-shadow: var(--cw-project-card-shadow, none);
    --_cw-card-title-size: var(--cw-project-card-title-size, var(--_cw-font-size-l));
    --_cw-card-label-background: var(--cw-project-card-label-background, var(--_cw-color-surface-raised));
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
    padding: var(--_cw-card-padding);
    border: var(--_cw-card-border);
    border-radius: var(--_cw-radius);
    background-color: var(--_cw-color-surface);
    box-shadow: var(--_cw-card-shadow);
    font-size: var(--_cw-font-size-m);
    overflow-wrap: anywhere;
  }

  ul,
  p,
  dl,
  dd {
    margin: 0;
  }

  /* ── Header ──────────────────────────────────────────────────────────── */
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
  }
  .title {
    margin: 0;
    font-size: var(--_cw-card-title-size);
    font-weight: 700;
    line-height: 1.3;
  }
  .title-link {
    color: var(--_cw-color-accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .title-link:hover {
    text-decoration-thickness: 2px;
  }
  .title-button {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_cw-space-s);
    inline-size: 100%;
    min-block-size: 24px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }
  .title-button:hover {
    color: var(--_cw-color-accent);
  }
  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.15em;
    color: var(--_cw-color-accent);
    transition: transform 0.15s ease-out;
  }
  /* Points down (it opens in place, below), and up once open: not sideways, which reads as "go to another page". */
  .title-button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .subtitle {
    color: var(--_cw-color-text-muted);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_cw-space-xs) var(--_cw-space-m);
    font-size: var(--_cw-font-size-s);
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_cw-space-xs);
  }
  .fact dt {
    color: var(--_cw-color-text-muted);
  }
  .fact dt::after {
    content: ':' / '';
  }
  :host(:lang(fr)) .fact dt::after {
    content: '\\a0:' / '';
  }
  .fact dd {
    font-weight: 600;
  }
  .acronym {
    padding-inline: 0.5em;
    border: 1px solid var(--_cw-color-accent);
    border-radius: var(--_cw-radius-s);
    color: var(--_cw-color-accent);
    letter-spacing: 0.02em;
  }
  .status {
    padding-inline: 0.6em;
    border: 1px solid var(--_cw-color-border);
    border-radius: 999px;
    background-color: var(--_cw-color-surface-raised);
  }

  /* ── Places ──────────────────────────────────────────────────────────── */
  .places {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
  }
  .cities {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cw-space-xs) var(--_cw-space-m);
    padding: 0;
    list-style: none;
  }
  .city {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_cw-space-xs);
  }
  .city-name {
    font-weight: 600;
  }
  .city-roles,
  .city-country,
  .countries {
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }
  .city-roles::before {
    content: '(' / '';
  }
  .city-roles::after {
    content: ')' / '';
  }
  .city-country::before {
    content: '· ' / '';
  }
  .countries-label::after {
    content: ':' / '';
  }
  :host(:lang(fr)) .countries-label::after {
    content: '\\a0:' / '';
  }

  /* ── SDG badges and policy labels ────────────────────────────────────── */
  .tags {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .sdgs,
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cw-space-xs) var(--_cw-space-s);
    padding: 0;
    list-style: none;
  }
  .sdg {
    display: inline-flex;
    align-items: flex-start;
    /* A badge's title does not wrap (it is cut with an ellipsis): without these, a long one sets the
       item's minimum width and runs past a 320 px screen (WCAG 1.4.10, reflow). */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .sdg cw-sdg-badge {
    min-inline-size: 0;
  }
  .corrected-mark {
    color: var(--_cw-color-accent);
    font-weight: 700;
    line-height: 1;
  }
  .label {
    padding-block: 0.15em;
    padding-inline: 0.65em;
    border: 1px solid var(--_cw-color-border);
    border-radius: 999px;
    background-color: var(--_cw-card-label-background);
    font-size: var(--_cw-font-size-s);
  }

  /* ── Sections ────────────────────────────────────────────────────────── */
  .details {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-m);
    margin-block-start: var(--_cw-space-xs);
  }
  .details[hidden] {
    display: none;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
  }
  .section-title {
    margin: 0;
    font-size: var(--_cw-font-size-m);
    font-weight: 700;
  }
  .bullets {
    padding-inline-start: 1.25em;
  }
  .bullets li + li {
    margin-block-start: var(--_cw-space-xs);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    align-self: flex-start;
    gap: var(--_cw-space-xs);
    min-block-size: 24px;
    padding-block: 0.2em;
    padding-inline: 0.6em;
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius-s);
    background-color: var(--_cw-color-surface);
    color: var(--_cw-color-accent);
    font: inherit;
    font-size: var(--_cw-font-size-s);
    cursor: pointer;
  }
  .toggle:hover {
    border-color: var(--_cw-color-accent);
  }
  .toggle-icon {
    inline-size: 1em;
    block-size: 1em;
    transition: transform 0.15s ease-out;
  }
  .toggle[aria-expanded='true'] .toggle-icon {
    transform: rotate(180deg);
  }

  .organizations {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .org-group dt {
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }
  .orgs {
    padding: 0;
    list-style: none;
  }
  .org-acronym,
  .org-roles {
    color: var(--_cw-color-text-muted);
  }
  .org-roles::before {
    content: '· ' / '';
  }
  .org-note {
    display: block;
    color: var(--_cw-color-text-muted);
    font-size: var(--_cw-font-size-s);
  }
  a {
    color: var(--_cw-color-accent);
  }

  /* ── Corrections ─────────────────────────────────────────────────────── */
  .translation-note {
    margin: 0;
    font-size: var(--_cw-font-size-s);
    color: var(--_cw-color-text-muted);
  }
  .corrections {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-xs);
    padding-block: var(--_cw-space-s);
    padding-inline: var(--_cw-space-m);
    border-inline-start: 3px solid var(--_cw-color-accent);
    border-radius: var(--_cw-radius-s);
    background-color: var(--_cw-color-surface-raised);
    font-size: var(--_cw-font-size-s);
  }
  .correction summary {
    cursor: pointer;
    min-block-size: 24px;
  }
  .correction .reason {
    margin-block-start: var(--_cw-space-xs);
  }

  /* ── Sizes: the card's own width, not the viewport's ──────────────────── */
  @container cw-project-card (min-width: 40rem) {
    .card.full {
      --_cw-card-title-size: var(--cw-project-card-title-size, var(--_cw-font-size-xl));
      padding: var(--cw-project-card-padding, var(--_cw-space-l));
    }
    .card.full .details {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_cw-space-m) var(--_cw-space-l);
    }
    .card.full .section-objective {
      grid-column: 1 / -1;
    }
  }

  /* Print: every item is rendered (print-controller.ts); the controls that show more have no use on paper. */
  @media print {
    .toggle,
    .chevron {
      display: none;
    }
    .card {
      break-inside: avoid;
      box-shadow: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron,
    .toggle-icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .label,
    .status,
    .acronym,
    .toggle {
      border-color: CanvasText;
    }
    .chevron,
    .toggle-icon {
      color: ButtonText;
    }
  }
`;
