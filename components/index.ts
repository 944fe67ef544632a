/**
 * Every cityweave element, registered (guarded: loading this twice, or next to another version,
 * never throws): the npm entry `cityweave/components.js`, for bundlers. The CDN entry is
 * `cdn.ts`, which registers the map lazily. Either way the basemap and the default dataset are
 * loaded lazily, only by the elements that need them.
 */
// First, before Lit: see trusted-types.ts.
import './base/trusted-types.js';
export { CwSdgBadge } from './sdg-badge/define.js';
export { CwProjectCard } from './project-card/define.js';
export { CwProjectList } from './project-list/define.js';
export { CwCityMap } from './city-map/define.js';
export { CwRoadmapTimeline } from './roadmap-timeline/define.js';
export { CwEvent } from './event/define.js';
export { CwCityProfile } from './city-profile/define.js';
export { CwSdgCoverage } from './sdg-coverage/define.js';
export type { CwSelectEvent } from './events.js';
export type { CwProjectCardEventMap, CwProjectSelectDetail, CwProjectSelectEvent, ProjectCardVariant } from './project-card/define.js';
export type { CwFilterChangeDetail, CwFilterChangeEvent, CwProjectListEventMap } from './project-list/define.js';
export type { CitySelectDetail, CityMapShow, CwCityMapEventMap, CwCitySelectEvent } from './city-map/define.js';
export type { CwRoadmapSelectEvent, CwRoadmapTimelineEventMap, RoadmapTimelineSelectDetail } from './roadmap-timeline/define.js';
export type { CwEventEventMap } from './event/define.js';
export type { CwCityProfileEventMap } from './city-profile/define.js';
export type { CwSdgCoverageEventMap } from './sdg-coverage/define.js';
export type { CwErrorDetail, CwErrorEvent } from './base/states.js';
