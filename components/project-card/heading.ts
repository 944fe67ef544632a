/**
 * A real heading (`h1`…`h6`) at a level chosen at run time, without static templates: Lit needs
 * literal tag names, so each level has its own template. Levels outside 1–6 are clamped.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  part?: string;
  class?: string;
}

/** A heading level from an attribute value: an integer from 1 to 6, else `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n)));
}

export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const cls = o.class ?? nothing;
  switch (headingLevel(level, 3)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`;
  }
}
