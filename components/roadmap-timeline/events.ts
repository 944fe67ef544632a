/** The events of `<cw-roadmap-timeline>`. */
export type { CwErrorEvent } from '../base/states.js';
export type { CwSelectEvent } from '../events.js';

/** The detail of `cw-select` from a timeline. */
export interface RoadmapTimelineSelectDetail {
  /** The id of the roadmap item or event. */
  item: string;
  type: 'item' | 'event';
}

/** `cw-select` from a timeline: bubbles and is composed. */
export type CwRoadmapSelectEvent = CustomEvent<RoadmapTimelineSelectDetail>;

/** `cw-deselect` from a timeline: the reader closed the selected entry (its detail). Bubbles and is composed. */
export type CwRoadmapDeselectEvent = CustomEvent<RoadmapTimelineSelectDetail>;

/** The events of `<cw-roadmap-timeline>`, by name. */
export interface CwRoadmapTimelineEventMap extends HTMLElementEventMap {
  'cw-select': CwRoadmapSelectEvent;
  'cw-deselect': CwRoadmapDeselectEvent;
}
