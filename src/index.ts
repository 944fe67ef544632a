/**
 * cityweave: the domain library. Pure TypeScript, no DOM: runs in browsers and in Node.
 * Components (in `cityweave/components/…`) are built on this API and hold no data rules.
 *
 * This entry only re-exports: importing it runs nothing (no top-level `await`, no load), so that
 * bundlers may drop what a program does not use (`sideEffects` lists no module of `src/`), and
 * CommonJS code can `require('cityweave')` (Node ≥ 20.19 cannot `require` a module graph with a
 * top-level `await`). The SDG titles load explicitly, in the languages a program asks for:
 * `await loadSdgTitles('fr')` (or `loadSdgTitles()` for all three), then `sdgTarget('10.7').title`
 * is filled, the same in Node, in a bundler's dev server and in a production bundle. Before that,
 * `title` is `undefined`, as its type says.
 */
export * from './schema/index.js';
export * from './dates.js';
export * from './sdg.js';
export * from './text-search.js';
export { parseAtlas, parseAtlasAsync, MAX_ISSUES } from './parse.js';
export type { AtlasIssue, ParseAtlasAsyncOptions, ParseAtlasOptions, ParseResult } from './parse.js';
export { Atlas, MEMBERSHIP_ROLE_ORDER } from './atlas.js';
export type { AtlasRecordKind, CityFilter, EventPersonEntry, MemberEntry, MembershipEntry, PolicyTerm, PostEntry, ProjectFilter, SdgCoverage, TimelineEntry } from './atlas.js';
export { suggest, didYouMean, editDistance, Suggester, SuggestionBudget, type SuggestOptions } from './suggest.js';
export { MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS, MAX_RECORDS, MAX_SUGGESTED_REFERENCES, MAX_SUGGESTION_STEPS } from './limits.js';
export { documentSizeIssue, stripBom } from './document-text.js';
export * from './i18n/index.js';
export { DEFAULT_LANGUAGE } from './default-language.js';
export * from './format-date.js';
export * from './jsonld.js';
export { eventCalendarDays, eventIcs, icsEscape, icsFold, type EventIcsOptions, type EventIcsResult } from './ics.js';
export { defaultAtlasView, loadDefaultAtlas, loadDefaultAtlasView, type DefaultAtlasView } from './default-atlas.js';
export { parseLayers, mergeLayers, recordKey, type AtlasLayer, type LayeredIssue, type LayeredResult, type RecordOrigin } from './layers.js';
export { loadAtlas, type AtlasSourceSpec } from './load-atlas.js';
// The views of <cw-event>, <cw-city-profile> and <cw-sdg-coverage>: what they show, texts resolved.
export { eventView, type EventView, type EventSlotView, type EventOrganizationView, type EventCityView } from './views/event.js';
export { cityProfileView, type CityProfileView, type CityNetworkView, type CityTimelineEntryView, type CityPartnerView } from './views/city-profile.js';
export { sdgCoverageView, sortCoverageRows, coverageCsv, type SdgCoverageView, type CoverageMatrix, type CoverageRow, type CoverageGoal, type CoverageSortKey, type CoverageSortDirection } from './views/sdg-coverage.js';
export type { ViewPerson, ViewPost } from './views/people.js';
/** The shape of `<cw-project-list>`'s `filters` property. */
export type { ProjectListFilters } from './views/project-list.js';
export type { ViewDate } from './views/period.js';
