/** The events of `<cw-project-list>`. */
import type { ProjectListFilters } from '../../src/views/project-list.js';
import type { CwProjectSelectEvent } from '../project-card/events.js';

export type { CwErrorEvent } from '../base/states.js';
export type { CwSelectEvent } from '../events.js';
export type { CwProjectSelectDetail, CwProjectSelectEvent } from '../project-card/events.js';

/** The detail of `cw-filter-change`: the filter state after the reader changed it. */
export interface CwFilterChangeDetail {
  filters: ProjectListFilters;
}

/** `cw-filter-change`: bubbles and is composed. */
export type CwFilterChangeEvent = CustomEvent<CwFilterChangeDetail>;

/** The events of `<cw-project-list>`, by name: `cw-select` comes from its cards. */
export interface CwProjectListEventMap extends HTMLElementEventMap {
  'cw-select': CwProjectSelectEvent;
  'cw-filter-change': CwFilterChangeEvent;
}

declare global {
  interface HTMLElementEventMap {
    'cw-filter-change': CwFilterChangeEvent;
  }
  interface DocumentEventMap {
    'cw-filter-change': CwFilterChangeEvent;
  }
  interface WindowEventMap {
    'cw-filter-change': CwFilterChangeEvent;
  }
}
