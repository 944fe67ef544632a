/** Registers `<cw-roadmap-timeline>` (guarded: never throws, see `defineElement`). */
import { defineElement } from '../base/define.js';
import { CwRoadmapTimeline } from './roadmap-timeline.js';

defineElement('cw-roadmap-timeline', CwRoadmapTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'cw-roadmap-timeline': CwRoadmapTimeline;
  }
}

export { CwRoadmapTimeline };
export type { CwRoadmapSelectEvent, CwRoadmapTimelineEventMap, RoadmapTimelineSelectDetail } from './roadmap-timeline.js';
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
