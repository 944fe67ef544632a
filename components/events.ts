/**
 * `cw-select` is one event name with one detail shape per element: a project (`{ project }`, from
 * a card or a list), a city (`{ city }`, from a map) or a roadmap entry (`{ item, type }`, from a
 * timeline). The page-wide `HTMLElementEventMap` holds one type per name, so there it is the union:
 * a listener on `document` narrows it (`'city' in event.detail`). A listener on one element gets
 * that element's own detail (see `base/typed-events.ts`).
 */
import type { CwCityDeselectEvent, CwCitySelectEvent } from './city-map/events.js';
import type { CwProjectSelectEvent } from './project-card/events.js';
import type { CwRoadmapDeselectEvent, CwRoadmapSelectEvent } from './roadmap-timeline/events.js';

/** `cw-select` from any cityweave element. */
export type CwSelectEvent = CwProjectSelectEvent | CwCitySelectEvent | CwRoadmapSelectEvent;

/** `cw-deselect`: the reader cleared a map's or a timeline's selection; the detail is what was selected. */
export type CwDeselectEvent = CwCityDeselectEvent | CwRoadmapDeselectEvent;

// It bubbles out of the shadow root to the document and the window: listeners there are typed too.
declare global {
  interface HTMLElementEventMap {
    'cw-select': CwSelectEvent;
    'cw-deselect': CwDeselectEvent;
  }
  interface DocumentEventMap {
    'cw-select': CwSelectEvent;
    'cw-deselect': CwDeselectEvent;
  }
  interface WindowEventMap {
    'cw-select': CwSelectEvent;
    'cw-deselect': CwDeselectEvent;
  }
}
