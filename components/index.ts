/**
 * Every cityweave element, registered (guarded: loading this twice, or next to another version,
 * never throws). This is the CDN entry: `<script type="module" src="…/cityweave.js">`.
 * The map's basemap and the default dataset are loaded lazily, only by the elements that need them.
 */
export { CwSdgBadge } from './sdg-badge/define.js';
export { CwProjectCard } from './project-card/define.js';
export { CwProjectList } from './project-list/define.js';
export { CwCityMap } from './city-map/define.js';
export { CwRoadmapTimeline } from './roadmap-timeline/define.js';
