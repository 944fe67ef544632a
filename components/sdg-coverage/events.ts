/** The events of `<cw-sdg-coverage>`. */
export type { CwErrorEvent } from '../base/states.js';
import type { CwErrorEvent } from '../base/states.js';

/** The events of `<cw-sdg-coverage>`, by name. */
export interface CwSdgCoverageEventMap extends HTMLElementEventMap {
  'cw-error': CwErrorEvent;
}
