/**
 * cityweave: the domain library. Pure TypeScript, no DOM: runs in browsers and in Node.
 * Components (in `cityweave/components/…`) are built on this API and hold no data rules.
 */
export * from './schema/index.js';
export * from './dates.js';
export * from './sdg.js';
export * from './text-search.js';
export { parseAtlas, MAX_ISSUES } from './parse.js';
export type { AtlasIssue, ParseResult } from './parse.js';
export { Atlas, MEMBERSHIP_ROLE_ORDER } from './atlas.js';
export type { AtlasRecordKind, CityFilter, MemberEntry, MembershipEntry, PolicyTerm, ProjectFilter, SdgCoverage, TimelineEntry } from './atlas.js';
export { suggest, didYouMean, editDistance } from './suggest.js';
export * from './i18n/index.js';
export * from './format-date.js';
export * from './jsonld.js';
export { loadDefaultAtlas } from './default-atlas.js';
