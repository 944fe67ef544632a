/** The events of `<cw-city-profile>`. Its project cards fire their own `cw-select` (see `project-card/events.ts`), which bubbles out of it. */
export type { CwErrorEvent } from '../base/states.js';
import type { CwErrorEvent } from '../base/states.js';
import type { CwProjectSelectEvent } from '../project-card/events.js';

/** The events of `<cw-city-profile>`, by name. */
export interface CwCityProfileEventMap extends HTMLElementEventMap {
  'cw-error': CwErrorEvent;
  'cw-select': CwProjectSelectEvent;
}
