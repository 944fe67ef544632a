/**
 * Registers `<cw-city-map>`. Never throws: a tag already taken (the bundle loaded twice, or another
 * version) is left alone, with a warning when the version differs.
 */
import { defineElement } from '../base/define.js';
import { CwCityMap } from './city-map.js';

defineElement('cw-city-map', CwCityMap);

export { CwCityMap };
export type { CitySelectDetail, CityMapShow, CwCityMapEventMap, CwCitySelectEvent } from './city-map.js';

declare global {
  interface HTMLElementTagNameMap {
    'cw-city-map': CwCityMap;
  }
}
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
