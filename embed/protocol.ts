/** What the embed page (embed.ts) and the host page's script (embed-resize.ts) say to each other. */

/** The elements an embed page can show: `embed.html?el=project-card` shows `<cw-project-card>`. */
export const ELEMENTS: readonly string[] = ['project-card', 'project-list', 'city-map', 'roadmap-timeline', 'sdg-badge', 'event', 'city-profile', 'sdg-coverage'];

/** From the embed page: its content's height in CSS pixels. */
export const RESIZE = 'cityweave:resize';
/** From the host page: "send me your height" (its script may arrive after the embed page's first message). */
export const SIZE_REQUEST = 'cityweave:size?';

export interface ResizeMessage {
  type: typeof RESIZE;
  height: number;
}

/**
 * From the host page: which part of the embed page is on the host's screen, in the embed page's
 * coordinates (`top` and `bottom` may lie outside it). The embed page is as tall as its content and
 * never scrolls itself; this is what it shows as if it did (components/base/visible-band.ts).
 */
export const VISIBLE = 'cityweave:visible';

export interface VisibleMessage {
  type: typeof VISIBLE;
  top: number;
  bottom: number;
  /** The height of the host's window, in CSS pixels: a low one (a phone held sideways) unsticks the timeline's band. */
  screen: number;
}
