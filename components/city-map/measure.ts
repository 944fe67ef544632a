/**
 * The widths of label texts, measured on a canvas in the labels' font (so that the label layout
 * works with the real widths, Arabic shaping included), cached; an estimate where there is no canvas.
 */
export class TextMeasure {
  #context?: CanvasRenderingContext2D | null;
  #widths = new Map<string, number>();
  #font = '';
  #fontSize: number;

  constructor(fontSize: number) {
    this.#fontSize = fontSize;
  }

  /** The width of `text` in `font` (a CSS font shorthand), in whole pixels plus 2 for the halo. */
  width(text: string, font: string): number {
    const key = `${font}|${text}`;
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
    if (ctx) {
      // Setting the font parses it: only when it changes.
      if (this.#font !== font) ctx.font = this.#font = font;
      w = ctx.measureText(text).width;
    } else w = text.length * this.#fontSize * 0.62;
    w = Math.ceil(w) + 2;
    if (this.#widths.size > 5000) this.#widths.clear();
    this.#widths.set(key, w);
    return w;
  }
}
