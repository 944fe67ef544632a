/** The events of `<cw-city-map>`. */
export type { CwErrorEvent } from '../base/states.js';
export type { CwSelectEvent } from '../events.js';

/** The detail of `cw-select`: the id of the city picked, in the list or on the map. */
export interface CitySelectDetail {
  city: string;
}

/** `cw-select` from a map: bubbles and is composed. */
export type CwCitySelectEvent = CustomEvent<CitySelectDetail>;

/** `cw-deselect` from a map: the reader cleared the selection (Escape, or a cluster chosen); its detail is the city that was selected. Bubbles and is composed. */
export type CwCityDeselectEvent = CustomEvent<CitySelectDetail>;

/** The events of `<cw-city-map>`, by name. */
export interface CwCityMapEventMap extends HTMLElementEventMap {
  'cw-select': CwCitySelectEvent;
  'cw-deselect': CwCityDeselectEvent;
}
