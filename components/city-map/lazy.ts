/**
 * Registers `<cw-city-map>` on first sight, for the CDN bundle: the map and d3-geo are a chunk of
 * their own that a page without a map never downloads. The document is watched from the start, as
 * for the other lazy elements (`lazyElement` in base/lazy-define.ts, which says how): the first
 * `<cw-city-map>` found, in the page at load or added later, imports `./define.js`, which registers
 * the element; after a failed import (a flaky connection), the next map added tries again. Elements
 * inside shadow roots are not seen: register the map yourself there (import
 * `cityweave/components/city-map.js`, or call `loadCityMap()`).
 */
import { formatterWarmups } from '../../src/i18n/warm.js';
import { lazyElement } from '../base/lazy-define.js';

const lazyMap = lazyElement('cw-city-map', () => {
  // The basemap is requested with the map's chunk, not once that chunk has run (basemap.ts loads
  // the same module: the browser fetches it once).
  import('../../data/basemap.json', { with: { type: 'json' } }).catch(() => {});
  return import('./define.js');
}, (lang) => formatterWarmups(lang, { countries: true }));

/** Imports the map and registers `<cw-city-map>` (once; a failed import can be tried again). */
export const loadCityMap: () => Promise<void> = lazyMap.load;

/**
 * Watches `root` (the document by default) and loads the map the first time a `<cw-city-map>` is in
 * it. Does nothing where there is no DOM, or when the tag is already defined.
 */
export function defineCityMapWhenUsed(root?: Document): void {
  lazyMap.watch(root);
}
