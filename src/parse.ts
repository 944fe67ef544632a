/**
 * `parseAtlas`: from any value (usually parsed JSON) to an immutable, indexed `Atlas`, or a list of
 * issues that each say where (a JSON path like `projects[3].sdgTargets[1]`, `""` for the document
 * itself), what is wrong and what to do. Never throws, whatever it is given.
 *
 * Three steps: a safe plain-data copy of the input (`validate-input.ts`), the zod schema
 * (`validate-shape.ts`), then the rules that tie records together (`validate-rules.ts`), over the
 * whole document or, when some records are malformed, over the well-formed ones (`validate-partial.ts`). Issues come in the order of the document.
 */
import { Atlas } from './atlas.js';
import { errorText, formatPath, MAX_VALUES, snapshot, sortByDocumentOrder, type RawIssue } from './validate-input.js';
import { checkRules } from './validate-rules.js';
import { checkShape } from './validate-shape.js';
import { validSubset } from './validate-partial.js';

export interface AtlasIssue {
  /** Where: a JSON path like `projects[3].sdgTargets[1]`; `""` for the document as a whole. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export type ParseResult = { ok: true; atlas: Atlas } | { ok: false; issues: AtlasIssue[] };

/** At most this many issues are listed; the last one then says how many more there are. */
export const MAX_ISSUES = 1000;

function finish(raw: RawIssue[], root: unknown): ParseResult {
  const sorted = sortByDocumentOrder(raw, root);
  const issues: AtlasIssue[] = sorted.map((i) => ({ path: formatPath(i.path), message: i.message }));
  if (issues.length > MAX_ISSUES) {
    const more = issues.length - (MAX_ISSUES - 1);
    issues.length = MAX_ISSUES - 1;
    issues.push({ path: '', message: `… and ${more} more issues; fix the ones above and check again` });
  }
  return { ok: false, issues };
}

/**
 * Validates an atlas document and builds its `Atlas`. Any input is accepted: a value that is not
 * an atlas gives `{ ok: false, issues }`, never an exception.
 */
export function parseAtlas(input: unknown): ParseResult {
  try {
    const snap = snapshot(input);
    if (snap.tooLarge) {
      return { ok: false, issues: [{ path: '', message: `the document is too large to check: it holds more than ${MAX_VALUES} values` }] };
    }
    const shape = checkShape(snap);
    if (!shape.ok) {
      const partial = validSubset(snap.value);
      const rules = partial ? checkRules(partial.doc).flatMap((i) => partial.remap(i) ?? []) : [];
      return finish([...shape.issues, ...rules], snap.value);
    }
    const rules = checkRules(shape.data);
    if (rules.length > 0) return finish(rules, snap.value);
    return { ok: true, atlas: new Atlas(shape.data) };
  } catch (e) {
    return { ok: false, issues: [{ path: '', message: `the document could not be checked (${errorText(e)}); this is a bug in cityweave, please report it with the document` }] };
  }
}
