/**
 * cityweave: the domain library. Pure TypeScript, no DOM: runs in browsers and in Node.
 * Components (in `cityweave/components/…`) are built on this API and hold no data rules.
 *
 * This entry loads the SDG titles in every language before it resolves (a top-level await), so
 * that `sdgTarget(code).title` and `sdgGoal(code).title` are always filled for its users, as they
 * were when the titles were bundled. The components do not import this entry: they load the titles
 * they show on demand, in the page's language (`loadSdgTitles(lang)` in `sdg.ts`).
 */
import { loadSdgTitles } from './sdg.js';

export * from './schema/index.js';
export * from './dates.js';
export * from './sdg.js';
export * from './text-search.js';
export { parseAtlas, parseAtlasAsync, MAX_ISSUES } from './parse.js';
export type { AtlasIssue, ParseAtlasAsyncOptions, ParseResult } from './parse.js';
export { Atlas, MEMBERSHIP_ROLE_ORDER } from './atlas.js';
export type { AtlasRecordKind, CityFilter, MemberEntry, MembershipEntry, PolicyTerm, ProjectFilter, SdgCoverage, TimelineEntry } from './atlas.js';
export { suggest, didYouMean, editDistance, Suggester, SuggestionBudget, type SuggestOptions } from './suggest.js';
export { MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS, MAX_RECORDS, MAX_SUGGESTED_REFERENCES, MAX_SUGGESTION_STEPS } from './limits.js';
export { documentSizeIssue, stripBom } from './document-text.js';
export * from './i18n/index.js';
export * from './format-date.js';
export * from './jsonld.js';
export { defaultAtlasView, loadDefaultAtlas, loadDefaultAtlasView, type DefaultAtlasView } from './default-atlas.js';

await loadSdgTitles();
