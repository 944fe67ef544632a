/**
 * `parseAtlas`: from any value (usually parsed JSON) to an immutable, indexed `Atlas`, or a list of
 * issues that each say where (a JSON path like `projects[3].sdgTargets[1]`, `""` for the document
 * itself), what is wrong and what to do. Never throws, whatever it is given.
 *
 * The steps are written once in `parse-steps.ts`; here they run at once. `parseAtlasAsync`
 * (`parse-async.ts`) runs the same steps in slices, yielding between them. Issues come in the
 * order of the document.
 */
import type { ParseResult } from './parse-result.js';
import type { ParseAtlasOptions } from './parse-options.js';
import { parseSteps } from './parse-steps.js';
import { runSteps } from './steps.js';

export { MAX_ISSUES, type AtlasIssue, type ParseResult } from './parse-result.js';
export { parseAtlasAsync, type ParseAtlasAsyncOptions } from './parse-async.js';
export type { ParseAtlasOptions } from './parse-options.js';

/**
 * Validates an atlas document and builds its `Atlas`. Any input is accepted: a value that is not
 * an atlas gives `{ ok: false, issues }`, never an exception. `{ owned: true }` for a document
 * fresh from `JSON.parse` that nothing else holds: it is checked in place, not copied.
 */
export function parseAtlas(input: unknown, options: ParseAtlasOptions = {}): ParseResult {
  return runSteps(parseSteps(input, options.owned));
}
