/**
 * A real heading (`h1`…`h6`) at a level the page chooses (`heading-level`), so that a component's
 * headings fit into the page's outline. Lit needs literal tag names: the level picks a static tag.
 */
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { styleProps, type StyleProps } from './style-props.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

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
  const tag = TAGS[headingLevel(level, 3) - 1]!;
  return staticHtml`<${tag} id=${o.id ?? nothing} part=${o.part ?? nothing} class=${o.class ?? nothing} style=${styleProps(o.style)}>${content}</${tag}>`;
}
