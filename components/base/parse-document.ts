/**
 * From a validator's result to what an element shows (`AtlasLoad`), with the issues of an invalid
 * document listed in the console: a lazy chunk with the validator, loaded only by pages that
 * validate a document (see `data-source.ts`).
 */
import { parseAtlasAsync, type ParseResult } from '../../src/parse.js';
import type { AtlasLoad } from './data-source.js';
import type { CwFailure } from './states.js';

const MAX_LOGGED = 50;

function warnIssues(where: string, issues: readonly { path: string; message: string }[]): void {
  const lines = issues.slice(0, MAX_LOGGED).map((i) => `  ${i.path || '(document)'}: ${i.message}`);
  if (issues.length > MAX_LOGGED) lines.push(`  … and ${issues.length - MAX_LOGGED} more`);
  console.warn(`cityweave: ${where} is not a valid atlas (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${lines.join('\n')}`);
}

/** The atlas, or the failure `invalid` (its issues listed in the console); `url` undefined for the bundled dataset. */
export function fromParse(result: ParseResult, url?: string): AtlasLoad {
  if (result.ok) return { ok: true, atlas: result.atlas };
  warnIssues(url ?? 'the bundled dataset', result.issues);
  const failure: CwFailure = { kind: 'invalid', issues: result.issues };
  if (url !== undefined) failure.url = url;
  return { ok: false, failure };
}

/**
 * Validates a document, in slices that yield to the page (`parseAtlasAsync`). `owned`: it is fresh
 * `JSON.parse` output (a fetched document), checked in place rather than copied.
 */
export async function parseDocument(input: unknown, url?: string, owned = false): Promise<AtlasLoad> {
  return fromParse(await parseAtlasAsync(input, { owned }), url);
}
