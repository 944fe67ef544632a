/**
 * Design tokens. Every component includes these styles, so it looks right with no theme.
 *
 * The public tokens are `--cw-*` custom properties. Each component declares on `:host` a private
 * copy (`--_cw-*`) that takes the public token when the page sets it and the default otherwise:
 * `--_cw-color-text: var(--cw-color-text, <default>)`. Components use only the private copies.
 * This (rather than declaring `--cw-*` themselves on `:host`) lets a page set a token on any
 * ancestor (`body { --cw-color-accent: … }`) or on a component, and lets it reach the components
 * nested inside another one: a `--cw-*` declared on every `:host` would hide the page's value.
 *
 * Light and dark: colours are `light-dark(light, dark)` pairs, resolved against the element's
 * `color-scheme`. `theme="light"` or `theme="dark"` sets it; with no theme (or `auto`) it follows
 * `prefers-color-scheme`, unless the component sits inside another that has a theme: the private
 * `--_cw-scheme` passes the outer theme down. In forced-colours mode the system colours are used.
 * Every text colour has a contrast of at least 4.5:1 on its surface, in both themes (tested).
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: var(--_cw-scheme, light dark);

    /* Colours (light, dark) */
    --_cw-color-text: var(--cw-color-text, light-dark(#1f2328, #e6e9ed));
    --_cw-color-text-muted: var(--cw-color-text-muted, light-dark(#555f6b, #a9b3be));
    --_cw-color-surface: var(--cw-color-surface, light-dark(#ffffff, #16191d));
    --_cw-color-surface-raised: var(--cw-color-surface-raised, light-dark(#f5f7f9, #1f242a));
    --_cw-color-border: var(--cw-color-border, light-dark(#c9d1d9, #3b434c));
    --_cw-color-accent: var(--cw-color-accent, light-dark(#0b5cad, #7cb7ff));
    --_cw-color-on-accent: var(--cw-color-on-accent, light-dark(#ffffff, #0d1117));
    --_cw-color-error: var(--cw-color-error, light-dark(#b3261e, #ffb4ab));
    --_cw-color-error-surface: var(--cw-color-error-surface, light-dark(#fdf0ef, #2b1716));
    --_cw-color-skeleton: var(--cw-color-skeleton, light-dark(#e3e8ed, #2b3139));
    --_cw-focus-color: var(--cw-focus-color, light-dark(#0b5cad, #7cb7ff));
    --_cw-focus-width: var(--cw-focus-width, 2px);
    --_cw-focus-offset: var(--cw-focus-offset, 2px);

    /* Type scale (relative to the page's root size) */
    --_cw-font-size-s: var(--cw-font-size-s, 0.875rem);
    --_cw-font-size-m: var(--cw-font-size-m, 1rem);
    --_cw-font-size-l: var(--cw-font-size-l, 1.25rem);
    --_cw-font-size-xl: var(--cw-font-size-xl, 1.5rem);
    --_cw-line-height: var(--cw-line-height, 1.5);

    /* Spacing and shape */
    --_cw-space-xs: var(--cw-space-xs, 0.25rem);
    --_cw-space-s: var(--cw-space-s, 0.5rem);
    --_cw-space-m: var(--cw-space-m, 1rem);
    --_cw-space-l: var(--cw-space-l, 1.5rem);
    --_cw-radius: var(--cw-radius, 0.5rem);
    --_cw-radius-s: var(--cw-radius-s, 0.25rem);
  }

  :host([theme='light']) {
    --_cw-scheme: light;
  }
  :host([theme='dark']) {
    --_cw-scheme: dark;
  }
  :host([theme='auto']) {
    --_cw-scheme: light dark;
  }

  @media (forced-colors: active) {
    :host {
      --_cw-color-text: CanvasText;
      --_cw-color-text-muted: CanvasText;
      --_cw-color-surface: Canvas;
      --_cw-color-surface-raised: Canvas;
      --_cw-color-border: CanvasText;
      --_cw-color-accent: LinkText;
      --_cw-color-on-accent: Canvas;
      --_cw-color-error: CanvasText;
      --_cw-color-error-surface: Canvas;
      --_cw-color-skeleton: GrayText;
      --_cw-focus-color: Highlight;
    }
  }
`;

/** Host defaults, focus, and the shared state blocks (loading, error, empty). Logical properties only. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_cw-color-text);
    /* Following the page's colour scheme, the element lets the page's background show: a painted
       surface of our own would show its edge on every page whose background is not exactly ours (in
       dark mode, most). With a theme set, it may differ from the page's: then it paints its surface.
       --cw-color-background sets it in both cases. */
    background-color: var(--cw-color-background, transparent);
    /* The page's font unless --cw-font-family is set (an unset var() makes font-family inherit). */
    font-family: var(--cw-font-family);
    line-height: var(--_cw-line-height);
    text-align: start;
  }
  :host([theme='light']),
  :host([theme='dark']) {
    background-color: var(--cw-color-background, var(--_cw-color-surface));
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Set here, not inherited from the host: a theme's \`* { box-sizing: content-box }\` reaches the host
     (the page's rules beat \`:host\`), and fields at \`inline-size: 100%\` would then run past their panel. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_cw-focus-width) solid var(--_cw-focus-color);
    outline-offset: var(--_cw-focus-offset);
  }

  .cw-visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    margin: -1px;
    padding: 0;
    border: 0;
  }

  .cw-state {
    padding: var(--_cw-space-m);
    border: 1px solid var(--_cw-color-border);
    border-radius: var(--_cw-radius);
    background-color: var(--_cw-color-surface);
    color: var(--_cw-color-text);
    font-size: var(--_cw-font-size-m);
  }
  .cw-state p {
    margin: 0;
  }
  .cw-state.cw-inline {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_cw-space-xs);
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border-radius: var(--_cw-radius-s);
    font-size: var(--_cw-font-size-s);
  }

  .cw-error {
    border-color: var(--_cw-color-error);
    border-inline-start-width: 4px;
    background-color: var(--_cw-color-error-surface);
  }
  .cw-error-title {
    font-weight: 700;
    color: var(--_cw-color-error);
  }
  .cw-error-text {
    margin-block-start: var(--_cw-space-xs);
    /* The message names the URL that failed, one long word: it breaks where it must rather than
       widen a phone's page (in a right-to-left page that overflow shifts the whole page sideways). */
    overflow-wrap: anywhere;
  }

  .cw-empty {
    color: var(--_cw-color-text-muted);
    border-style: dashed;
  }

  .cw-loading {
    display: flex;
    flex-direction: column;
    gap: var(--_cw-space-s);
  }
  .cw-loading.cw-inline {
    display: inline-flex;
    inline-size: 6em;
  }
  .cw-skeleton-line {
    display: block;
    block-size: 1em;
    border-radius: var(--_cw-radius-s);
    background-color: var(--_cw-color-skeleton);
    animation: cw-pulse 1.6s ease-in-out infinite;
  }
  .cw-skeleton-line + .cw-skeleton-line:last-child {
    inline-size: 60%;
  }
  @keyframes cw-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .cw-skeleton-line {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .cw-skeleton-line {
      border: 1px solid GrayText;
    }
  }
`;
