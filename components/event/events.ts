/** The events of `<cw-event>`. */
export type { CwErrorEvent } from '../base/states.js';
import type { CwErrorEvent } from '../base/states.js';

/** The events of `<cw-event>`, by name. */
export interface CwEventEventMap extends HTMLElementEventMap {
  'cw-error': CwErrorEvent;
}
