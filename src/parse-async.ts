/**
 * `parseAtlasAsync`: `parseAtlas` in slices, for pages. The same steps (`parse-steps.ts`: the copy,
 * the shapes record by record, the rules, the index) give the same result, but the work is cut into
 * slices (`slices.ts`), so that a page checking a document of thousands of records still answers
 * input and paints meanwhile.
 */
import type { ParseAtlasOptions } from './parse-options.js';
import type { ParseResult } from './parse-result.js';
import { parseSteps } from './parse-steps.js';
import { runInSlices } from './slices.js';

export interface ParseAtlasAsyncOptions extends ParseAtlasOptions {
  /** Stops the work at the next slice: the promise then rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/**
 * Validates an atlas document and builds its `Atlas`, like `parseAtlas`, with the same result (the
 * same `Atlas` contents or the same issues in the same order), in slices that yield to the event
 * loop between them. The input is read in slices too: do not change it until the promise settles.
 * Rejects only when `options.signal` aborts (with its reason).
 */
export function parseAtlasAsync(input: unknown, options: ParseAtlasAsyncOptions = {}): Promise<ParseResult> {
  return runInSlices(parseSteps(input, options.owned), options.signal);
}
