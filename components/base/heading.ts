/**
 * A real heading (`h1`…`h6`) at a level the page chooses (`heading-level`), so that a component's
 * headings fit into the page's outline. Lit needs literal tag names: one template per level (smaller
 * than Lit's static templates, which the CDN bundle would carry for this alone).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps, type StyleProps } from './style-props.js';
import type { ValueRule } from './value-warnings.js';

export interface HeadingOptions {
  id?: string;
  part?: string;
  class?: string;
  /** Inline custom properties (set through the CSSOM, see `styleProps`). */
  style?: StyleProps;
}

/** A heading level from an attribute or property value: an integer from 1 to 6 (rounded, clamped), else `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n)));
}

/** What `heading-level` takes, and what `headingLevel` makes of another value (value-warnings.ts). */
export const headingLevelRule: ValueRule = (value) => {
  if (value == null) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) return 'takes a whole number from 1 to 6; ignored';
  const used = headingLevel(n, 0);
  return used === n ? undefined : `takes a whole number from 1 to 6; ${used} is used`;
};

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"][aria-level]';

/**
 * The level of a heading at `el` when the page sets no `heading-level`: one below the nearest
 * heading before it in the page (after an `<h1>`, 2), so that the page's outline skips no level
 * (WCAG 1.3.1; axe's `heading-order`); `fallback` where no heading comes before it. Reads the
 * element's own tree (the document, or the shadow root that holds it).
 */
export function outlineLevel(el: Element, fallback: number): number {
  const root = el.getRootNode() as ParentNode;
  if (typeof root.querySelectorAll !== 'function') return fallback;
  let before: Element | undefined;
  for (const h of root.querySelectorAll(HEADINGS)) {
    // Headings come in document order: stop at the first one after the element (or inside it).
    if (!(h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || h.contains(el)) break;
    before = h;
  }
  if (!before) return fallback;
  const level = /^h[1-6]$/i.test(before.localName) ? Number(before.localName[1]) : Number(before.getAttribute('aria-level'));
  return headingLevel(level + 1, fallback);
}

/** A heading of `level` (clamped to 1–6; a level below a level-6 heading stays 6) holding `content`. */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const cls = o.class ?? nothing;
  const style = styleProps(o.style);
  switch (headingLevel(level, 3)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} style=${style}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} style=${style}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} style=${style}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} style=${style}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} style=${style}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} style=${style}>${content}</h6>`;
  }
}
