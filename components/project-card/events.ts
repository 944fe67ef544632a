/** The events of `<cw-project-card>` (also re-fired by `<cw-project-list>` from its cards). */
export type { CwErrorEvent } from '../base/states.js';
export type { CwSelectEvent } from '../events.js';

/** The detail of `cw-select` from a project card or list. */
export interface CwProjectSelectDetail {
  /** The project's id. */
  project: string;
}

/** `cw-select` from a card or a list: bubbles, is composed, and is cancelable. */
export type CwProjectSelectEvent = CustomEvent<CwProjectSelectDetail>;

/** The events of `<cw-project-card>`, by name. */
export interface CwProjectCardEventMap extends HTMLElementEventMap {
  'cw-select': CwProjectSelectEvent;
}
