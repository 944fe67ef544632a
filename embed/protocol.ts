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
