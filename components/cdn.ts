/**
 * The CDN entry, `dist/cdn/cityweave.js` (see rollup.cdn.config.mjs): registers every element, with
 * Lit inlined. `<cw-city-map>` and d3-geo come as a lazy chunk, loaded the first time the page has a
 * `<cw-city-map>` (see `city-map/lazy.ts`); the basemap, the default dataset, the validator, the
 * messages and SDG titles of each language and what writes JSON-LD are lazy chunks too, loaded only
 * by the elements that need them. The npm entry points (`cityweave/components.js`,
 * `cityweave/components/city-map.js`, …) register eagerly.
 */
// First, before Lit: see trusted-types.ts.
import './base/trusted-types.js';
import { defineCityMapWhenUsed } from './city-map/lazy.js';

export { CwSdgBadge } from './sdg-badge/define.js';
export { CwProjectCard } from './project-card/define.js';
export { CwProjectList } from './project-list/define.js';
export { CwRoadmapTimeline } from './roadmap-timeline/define.js';
export { loadCityMap } from './city-map/lazy.js';

defineCityMapWhenUsed();
