/**
 * `styleProps`: inline CSS properties that work under a strict Content-Security-Policy.
 *
 * A `style` attribute written as a string (`style="--start:0.2"`, `setAttribute('style', …)`) is
 * inline style, which `style-src 'self'` (without `'unsafe-inline'`) blocks. Properties set
 * through the CSSOM (`element.style.setProperty`) are not. Lit's own `styleMap` uses the CSSOM on
 * updates only: its first render writes the attribute as a string, so under such a policy the
 * first values are lost (an SDG badge without its colour). This directive always goes through the
 * CSSOM, from the first render on.
 *
 * Components use it for the values that come from data (a goal's colour, a position on a time
 * axis), passed as custom properties that their stylesheet reads; everything else is in the
 * stylesheet.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Property names as CSS spells them (`--cw-x`, `inline-size`) and their values; `null`, `undefined` or `false` leaves a property unset. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined | false>>;

class StylePropsDirective extends Directive {
  #set = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('cityweave: `styleProps` must be the whole value of a `style` attribute.');
    }
  }

  // Never rendered as text: the values are only ever written through the CSSOM, in `update`.
  render(_props?: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps?]): typeof noChange {
    const style = (part.element as Element & ElementCSSInlineStyle).style;
    if (!style) return noChange;
    const wanted = new Set<string>();
    for (const [name, value] of Object.entries(props ?? {})) {
      if (value === null || value === undefined || value === false) continue;
      wanted.add(name);
      const text = String(value);
      if (style.getPropertyValue(name) !== text) style.setProperty(name, text);
    }
    for (const name of this.#set) if (!wanted.has(name)) style.removeProperty(name);
    this.#set = wanted;
    return noChange;
  }
}

/**
 * Sets inline CSS properties through the CSSOM, never as a `style` string, so that a page's
 * `style-src` policy allows them: `<div style=${styleProps({ '--start': 0.2 })}>`. Must be the
 * whole value of the `style` attribute. Properties left out on a later render are removed.
 */
export const styleProps = directive(StylePropsDirective);
