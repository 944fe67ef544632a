/** Colour arithmetic for readable text: WCAG 2 relative luminance and contrast ratio. */

/** `#RGB` or `#RRGGBB` → [r, g, b] in 0–255, or undefined. */
export function parseHex(hex: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance of an sRGB colour (0 for black, 1 for white). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const WHITE = '#ffffff';
export const INK = '#000000';

/**
 * The text colour to write on `background`: white when it reaches 4.5:1 (what the official SDG
 * icons use), else black, whichever contrasts more. One of the two always reaches 4.5:1.
 */
export function readableTextOn(background: string): string {
  const bg = parseHex(background);
  if (!bg) return INK;
  const white = contrastRatio(bg, [255, 255, 255]);
  if (white >= 4.5) return WHITE;
  return contrastRatio(bg, [0, 0, 0]) >= white ? INK : WHITE;
}
