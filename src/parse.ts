/**
 * `parseAtlas`: from any value (usually parsed JSON) to an immutable, indexed `Atlas`, or a list of
 * issues that each say where (a JSON path like `projects[3].sdgTargets[1]`, `""` for the document
 * itself), what is wrong and what to do. Never throws, whatever it is given.
 *
 * The steps: a safe plain-data copy of the input (`validate-input.ts`), the size limits
 * (`validate-limits.ts`), the zod schema (`validate-shape.ts`), then the rules that tie records
 * together (`validate-rules.ts`), over the whole document or, when some records are malformed, over
 * what can be read of every record (`validate-partial.ts`). Issues come in the order of the document.
 * `parseAtlasAsync` (`parse-async.ts`) takes the same steps in slices, yielding between them.
 */
import { Atlas } from './atlas.js';
import { finish, internalError, tooLarge, type ParseResult } from './parse-result.js';
import { runSteps } from './steps.js';
import { snapshot } from './validate-input.js';
import { checkLimits } from './validate-limits.js';
import { salvage } from './validate-partial.js';
import { checkRules } from './validate-rules.js';
import { checkShape } from './validate-shape.js';

export { MAX_ISSUES, type AtlasIssue, type ParseResult } from './parse-result.js';
export { parseAtlasAsync, type ParseAtlasAsyncOptions } from './parse-async.js';

/**
 * Validates an atlas document and builds its `Atlas`. Any input is accepted: a value that is not
 * an atlas gives `{ ok: false, issues }`, never an exception.
 */
export function parseAtlas(input: unknown): ParseResult {
  try {
    const snap = snapshot(input);
    if (snap.tooLarge) return tooLarge();
    const limits = checkLimits(snap);
    if (limits.length > 0) return finish(limits, snap.value);
    const shape = checkShape(snap);
    if (!shape.ok) {
      const { doc, incomplete } = runSteps(salvage(snap.value, shape.malformed));
      const rules = checkRules(doc, { incomplete });
      return finish([...shape.issues, ...rules], snap.value);
    }
    const rules = checkRules(shape.data);
    if (rules.length > 0) return finish(rules, snap.value);
    return { ok: true, atlas: new Atlas(shape.data) };
  } catch (e) {
    return internalError(e);
  }
}
