/**
 * The documented limits of an atlas document, checked before expensive work so that a hostile or
 * broken file gets a clear message instead of freezing a page or a CI job. One place for each
 * number: the validator, the CLI and the elements' `src` loader all read them from here.
 */

/** Bytes of a document (a `src` response, a file given to the CLI) before it is parsed as JSON: 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Characters in one text value (a title, an objective, a URL…): 20,000. */
export const MAX_TEXT_CHARS = 20_000;

/** Records in one document, all kinds together (cities, projects, roadmap items…): 100,000. */
export const MAX_RECORDS = 100_000;

/** Unknown references that get a "did you mean" suggestion; beyond it only the reference is named. */
export const MAX_SUGGESTED_REFERENCES = 50;

/**
 * Steps of work all "did you mean" searches of one document may take together (a step is a
 * candidate looked at or a cell of an edit distance table): some 10 ms of work on a laptop. Beyond it the
 * remaining unknown names are reported without a suggestion.
 */
export const MAX_SUGGESTION_STEPS = 500_000;

/** `1234567` as `1,234,567`, for messages (not locale-dependent, unlike `toLocaleString`). */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
