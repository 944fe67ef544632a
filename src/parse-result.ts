/** What `parseAtlas` and `parseAtlasAsync` return, and the results they share. */
import type { Atlas } from './atlas.js';
import { errorText, formatPath, MAX_VALUES, sortByDocumentOrder, type RawIssue } from './validate-input.js';

export interface AtlasIssue {
  /** Where: a JSON path like `projects[3].sdgTargets[1]`; `""` for the document as a whole. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export type ParseResult = { ok: true; atlas: Atlas } | { ok: false; issues: AtlasIssue[] };

/** At most this many issues are listed; the last one then says how many more there are. */
export const MAX_ISSUES = 1000;

/** The result for a document with these issues (sorted in document order, at most `MAX_ISSUES`). */
export function finish(raw: RawIssue[], root: unknown): ParseResult {
  const sorted = sortByDocumentOrder(raw, root);
  const issues: AtlasIssue[] = sorted.map((i) => ({ path: formatPath(i.path), message: i.message }));
  if (issues.length > MAX_ISSUES) {
    const more = issues.length - (MAX_ISSUES - 1);
    issues.length = MAX_ISSUES - 1;
    issues.push({ path: '', message: `… and ${more} more issues; fix the ones above and check again` });
  }
  return { ok: false, issues };
}

export function tooLarge(): ParseResult {
  return { ok: false, issues: [{ path: '', message: `the document is too large to check: it holds more than ${MAX_VALUES} values` }] };
}

export function internalError(e: unknown): ParseResult {
  return { ok: false, issues: [{ path: '', message: `the document could not be checked (${errorText(e)}); this is a bug in cityweave, please report it with the document` }] };
}
