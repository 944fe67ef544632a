/**
 * Type-level checks of the elements' events, compiled by `npm run typecheck` (never run): each
 * element's listener gets its own detail, the page-wide `cw-select` is the union, and a wrong field
 * is an error (`@ts-expect-error` fails the typecheck when the line compiles).
 */
import type { CwCityMap } from '../../components/city-map/city-map.js';
import type { CwProjectCard } from '../../components/project-card/project-card.js';
import type { CwProjectList } from '../../components/project-list/project-list.js';
import type { CwRoadmapTimeline } from '../../components/roadmap-timeline/roadmap-timeline.js';
import type { CwSelectEvent } from '../../components/events.js';

declare const map: CwCityMap;
declare const card: CwProjectCard;
declare const list: CwProjectList;
declare const timeline: CwRoadmapTimeline;

map.addEventListener('cw-select', (e) => e.detail.city satisfies string);
// @ts-expect-error a map's cw-select carries a city, not a project
map.addEventListener('cw-select', (e) => e.detail.project);
card.addEventListener('cw-select', (e) => e.detail.project satisfies string);
list.addEventListener('cw-select', (e) => e.detail.project satisfies string);
list.addEventListener('cw-filter-change', (e) => e.detail.filters.sdg);
timeline.addEventListener('cw-select', (e) => e.detail.type satisfies 'item' | 'event');
// @ts-expect-error a timeline's cw-select carries an item, not a city
timeline.removeEventListener('cw-select', (e) => e.detail.city);
card.addEventListener('cw-error', (e) => e.detail.message satisfies string);
card.addEventListener('click', (e) => e.clientX satisfies number);
card.addEventListener('anything', () => undefined);

document.body.addEventListener('cw-select', (e) => {
  e satisfies CwSelectEvent;
  const d = e.detail;
  if ('city' in d) d.city satisfies string;
  else if ('item' in d) d.type satisfies 'item' | 'event';
  else d.project satisfies string;
});

// The events bubble out of the shadow root: a page listening once, on the document or the window, gets their types too.
document.addEventListener('cw-select', (e) => e satisfies CwSelectEvent);
document.addEventListener('cw-error', (e) => e.detail.message satisfies string);
window.addEventListener('cw-error', (e) => e.detail.kind satisfies string);
window.addEventListener('cw-select', (e) => e satisfies CwSelectEvent);
document.addEventListener('cw-filter-change', (e) => e.detail.filters.sdg);
// @ts-expect-error a cw-error's detail has no city
document.addEventListener('cw-error', (e) => e.detail.city);

// Each element's module gives the error's types with its own (`cityweave/components/roadmap-timeline.js`).
import type { CwErrorDetail as TimelineErrorDetail } from '../../components/roadmap-timeline/define.js';
import type { CwErrorDetail as MapErrorDetail } from '../../components/city-map/define.js';
export const errorStatus = (d: TimelineErrorDetail | MapErrorDetail): number | undefined => d.status;

// In a listener written as a `function`, `this` is the element, with its own properties.
timeline.addEventListener('cw-select', function () {
  this.selected satisfies string;
});
