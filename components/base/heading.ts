/**
 * A real heading (`h1`…`h6`) at a level the page chooses (`heading-level`), so that a component's
 * headings fit into the page's outline. Lit needs literal tag names: one template per level (smaller
 * than Lit's static templates, which the CDN bundle would carry for this alone).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps, type StyleProps } from './style-props.js';

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
