/**
 * The widths of label texts, measured on a canvas in the labels' font (so that the label layout
 * works with the real widths, Arabic shaping included) and with their letter and word spacing (a
 * reader's stylesheet may widen them: WCAG 1.4.12, text spacing), cached; an estimate where there
 * is no canvas.
 */

/** Letter and word spacing in pixels, added to the font's own (CSS `letter-spacing`, `word-spacing`). */
export interface TextSpacing {
  letter: number;
  word: number;
}

export const NO_SPACING: TextSpacing = { letter: 0, word: 0 };

/** The spacing of an element's text, from its computed style (`normal` is none), to hundredths of a pixel. */
export function spacingOf(style: CSSStyleDeclaration | undefined): TextSpacing {
  const px = (value: string | undefined) => Math.round((parseFloat(value ?? '') || 0) * 100) / 100;
  return { letter: px(style?.letterSpacing), word: px(style?.wordSpacing) };
}

export const sameSpacing = (a: TextSpacing, b: TextSpacing): boolean => a.letter === b.letter && a.word === b.word;

export class TextMeasure {
  #context?: CanvasRenderingContext2D | null;
  #widths = new Map<string, number>();
  #font = '';
  #fontSize: number;

  constructor(fontSize: number) {
    this.#fontSize = fontSize;
  }

  /**
   * The width of `text` in `font` (a CSS font shorthand) with `spacing`, in whole pixels plus 2 for
   * the halo.
   */
  width(text: string, font: string, { letter, word }: TextSpacing = NO_SPACING): number {
    const key = `${font}|${letter}|${word}|${text}`;
    let w = this.#widths.get(key);
    if (w !== undefined) return w;
    if (this.#context === undefined) {
      try {
        this.#context = globalThis.document?.createElement('canvas').getContext('2d') ?? null;
      } catch {
        this.#context = null;
      }
    }
    const ctx = this.#context;
    // The spacing, as CSS adds it: after each character, and after each space (in the estimate, or
    // where a canvas cannot space its text: Safari before 18).
    const spacing = letter * [...text].length + word * text.split(' ').length - word;
    if (ctx) {
      // Setting the font parses it: only when it changes.
      if (this.#font !== font) ctx.font = this.#font = font;
      if (typeof ctx.letterSpacing === 'string') {
        ctx.letterSpacing = `${letter}px`;
        ctx.wordSpacing = `${word}px`;
        w = ctx.measureText(text).width;
      } else w = ctx.measureText(text).width + spacing;
    } else w = text.length * this.#fontSize * 0.62 + spacing;
    w = Math.ceil(w) + 2;
    if (this.#widths.size > 5000) this.#widths.clear();
    this.#widths.set(key, w);
    return w;
  }
}
