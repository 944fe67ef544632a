/**
 * The CDN entry, `dist/cdn/cityweave.js` (see rollup.cdn.config.mjs): registers every element, with
 * Lit inlined. `<cw-event>`, `<cw-city-profile>` and `<cw-sdg-coverage>` are lazy chunks
 * (`base/lazy-define.ts`), and `<cw-city-map>` and d3-geo come as one, loaded the first time the page has a
 * `<cw-city-map>` (see `city-map/lazy.ts`); the basemap, the default dataset, the validator, the
 * messages and SDG titles of each language and what writes JSON-LD are lazy chunks too, loaded only
 * by the elements that need them. The npm entry points (`cityweave/components.js`,
 * `cityweave/components/city-map.js`, …) register eagerly.
 */
// First, before Lit: see trusted-types.ts.
import './base/trusted-types.js';
import { defineCityMapWhenUsed } from './city-map/lazy.js';
import { lazyElement, lazyLoader } from './base/lazy-define.js';
import { startLoadsFor } from './base/data-source.js';
import { formatterWarmups } from '../src/i18n/warm.js';

export { CwSdgBadge } from './sdg-badge/define.js';
export { CwProjectCard } from './project-card/define.js';
export { CwProjectList } from './project-list/define.js';
export { loadCityMap } from './city-map/lazy.js';

defineCityMapWhenUsed();

// <cw-roadmap-timeline> (its overview axis, zoom and windowed list weigh about 8 KB gzip), <cw-event>,
// <cw-city-profile> and <cw-sdg-coverage>: lazy chunks too, each loaded by the first such element on
// the page (most pages show none of them). `loadRoadmapTimeline()`, `loadEvent()`… register them by
// hand where the watch cannot see (inside shadow roots).
const lazyTimeline = lazyElement('cw-roadmap-timeline', () => import('./roadmap-timeline/define.js'), (lang) => formatterWarmups(lang, { dates: true }));
export const loadRoadmapTimeline = lazyTimeline.load;
lazyTimeline.watch();
const lazyEvent = lazyElement('cw-event', () => import('./event/define.js'), (lang) => formatterWarmups(lang, { dates: true, countries: true }));
const lazyCityProfile = lazyElement('cw-city-profile', () => import('./city-profile/define.js'), (lang) => formatterWarmups(lang, { countries: true }));
const lazySdgCoverage = lazyElement('cw-sdg-coverage', () => import('./sdg-coverage/define.js'));
export const loadEvent = lazyEvent.load;
export const loadCityProfile = lazyCityProfile.load;
export const loadSdgCoverage = lazySdgCoverage.load;
lazyEvent.watch();
lazyCityProfile.watch();
lazySdgCoverage.watch();

/**
 * Registers the element `tag` (`cw-city-map`…), loading its chunk when it is a lazy one; the others
 * are registered already. For code that creates an element only once it is defined, as the iframe
 * embed does: the watch never sees an element that is not in the document yet. `like`, an element
 * with the `lang`, `src` and `extends` the element will have, has its messages and data requested
 * with the chunk, as the watch does for an element it sees.
 */
export function loadElement(tag: string, like?: Element): Promise<void> {
  const load = lazyLoader(tag);
  if (!load) return Promise.resolve();
  if (like) startLoadsFor(like);
  return load();
}
