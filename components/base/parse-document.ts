/**
 * From a validator's result to what an element shows (`AtlasLoad`), with the issues of an invalid
 * document listed in the console: a lazy chunk with the validator of valid documents, loaded only
 * by pages that validate a document (see `data-source.ts`). zod, which finds and words the issues
 * of a malformed document, is a chunk of its own, loaded only then (`parse-planned.ts`).
 */
import { plannedParseSteps } from '../../src/parse-planned.js';
import type { ParseResult } from '../../src/parse-result.js';
import { runInSlices } from '../../src/slices.js';
import type { AtlasLoad } from './data-source.js';
import type { CwFailure } from './states.js';

const MAX_LOGGED = 50;

function warnIssues(where: string, issues: readonly { path: string; message: string }[]): void {
  const lines = issues.slice(0, MAX_LOGGED).map((i) => `  ${i.path || '(document)'}: ${i.message}`);
  if (issues.length > MAX_LOGGED) lines.push(`  … and ${issues.length - MAX_LOGGED} more`);
  console.warn(`cityweave: ${where} is not a valid atlas (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${lines.join('\n')}`);
}

/**
 * The atlas, or the failure `invalid` (its issues listed in the console, under `where`: the URL, or
 * what else the document came from); `url` undefined for a document that was not downloaded.
 */
export function fromParse(result: ParseResult, url?: string, where = url ?? 'the bundled dataset'): AtlasLoad {
  if (result.ok) return { ok: true, atlas: result.atlas };
  warnIssues(where, result.issues);
  const failure: CwFailure = { kind: 'invalid', issues: result.issues };
  if (url !== undefined) failure.url = url;
  return { ok: false, failure };
}

/**
 * Validates a document, in slices that yield to the page (as `parseAtlasAsync` does): without zod
 * first, then, for a document whose shapes that does not decide, with zod, from the same snapshot.
 * `owned`: it is fresh `JSON.parse` output (a fetched document), checked in place rather than copied.
 */
export async function parseDocument(input: unknown, url?: string, owned = false, where?: string): Promise<AtlasLoad> {
  const first = await runInSlices(plannedParseSteps(input, owned));
  if (!('undecided' in first)) return fromParse(first, url, where);
  const { parseSteps } = await import('../../src/parse-steps.js');
  return fromParse(await runInSlices(parseSteps(input, owned, first.undecided)), url, where);
}
