/**
 * The part of the window the reader sees, in the window's client coordinates: all of it, except in
 * the iframe embed. There the host page sizes the iframe to its content (embed-resize.ts), so the
 * embed page's own window never scrolls and all of it counts as "in view": a windowed list would
 * render every entry, and a sticky band would never stick. So the host page's script tells the
 * frame which part of it is on screen, the embed page's script passes it on here (`setVisibleBand`,
 * through the global symbol registry: embed.js and the bundle are separate modules), and windowed
 * lists, the timeline's sticky band and its "where am I" read `visibleBand()` instead of the window.
 */

/** Fired on `window` when the visible band changes (as `scroll` is when the window scrolls). */
export const VISIBLE_BAND_EVENT = 'cityweave:visible-band';

/** The CSS property (on the root element) holding the band's top: where a sticky band sticks. */
export const VISIBLE_TOP_PROPERTY = '--_cw-visible-top';

/**
 * The CSS property (on the root element) that unsticks sticky bands when the host's window is low
 * (`static`): the embed page's own `(max-height: 30em)` never matches, the page being as tall as
 * its content. The elements' styles read it where they would use that media query.
 */
export const BAND_POSITION_PROPERTY = '--_cw-band-position';

/** Below this window height, in em of the root's font, a sticky band would cover too much of it. */
const LOW_WINDOW_EM = 30;

const KEY = Symbol.for('cityweave.visible-band');

interface Band {
  top: number;
  bottom: number;
  /** The host's window height (the embed), when known. */
  screen?: number;
}

/** The visible band, clamped to the window; the whole window when no host said otherwise. */
export function visibleBand(): Band {
  const height = globalThis.innerHeight ?? 0;
  const given = (globalThis as { [KEY]?: Band })[KEY];
  if (!given) return { top: 0, bottom: height };
  const clamp = (y: number) => Math.max(0, Math.min(height, y));
  return { top: clamp(given.top), bottom: clamp(given.bottom) };
}

/** Sets the visible band (the embed page, from its host's message); `undefined`: the whole window again. */
export function setVisibleBand(band: Band | undefined): void {
  const g = globalThis as { [KEY]?: Band };
  if (band) g[KEY] = { top: band.top, bottom: band.bottom };
  else delete g[KEY];
  // Through the CSSOM: a strict policy (style-src 'self') refuses style attributes, not this.
  const root = document.documentElement;
  // Read before the writes below, which would make this read recompute the page's style (a message comes with each scroll).
  const low = band?.screen !== undefined && band.screen < LOW_WINDOW_EM * (parseFloat(getComputedStyle(root).fontSize) || 16);
  if (band) root.style.setProperty(VISIBLE_TOP_PROPERTY, `${Math.max(0, Math.round(band.top))}px`);
  else root.style.removeProperty(VISIBLE_TOP_PROPERTY);
  if (low) root.style.setProperty(BAND_POSITION_PROPERTY, 'static');
  else root.style.removeProperty(BAND_POSITION_PROPERTY);
  dispatchEvent(new Event(VISIBLE_BAND_EVENT));
}
