/**
 * The validation pipeline, written once as steps (`steps.ts`): `parseAtlas` runs them at once,
 * `parseAtlasAsync` in slices that yield to the page. The steps: a safe plain-data copy of the
 * input (`validate-input.ts`), the size limits (`validate-limits.ts`), the shapes record by record
 * (the schema plan, then zod where the plan does not accept a record: `validate-shape.ts`,
 * `validate-pieces.ts`), then the rules that tie records together (`validate-rules.ts`), over the
 * whole document or, when some records are malformed, over what can be read of every record
 * (`validate-partial.ts`), and last the index (`Atlas`), one task. A page runs the same steps
 * without zod first (`parse-planned.ts`), and these only for a document they did not decide.
 */
import { finish, internalError, type ParseResult } from './parse-result.js';
import { inputSteps, validShapeSteps } from './parse-planned.js';
import { SLICE_END, type Steps } from './steps.js';
import type { Snapshot } from './validate-input.js';
import { salvage } from './validate-partial.js';
import { ruleSteps } from './validate-rules.js';
import { shapeSteps } from './validate-shape.js';

/**
 * From any value to an `Atlas` or issues, as steps. Never throws (a bug becomes an issue that says
 * so). `owned`: the input is fresh `JSON.parse` output that nothing else holds (see
 * `startSnapshot`). `from`: the snapshot `plannedParseSteps` already made of this input.
 */
export function* parseSteps(input: unknown, owned = false, from?: Snapshot): Steps<ParseResult> {
  try {
    const snap = yield* inputSteps(input, owned, from);
    if ('ok' in snap) return snap;
    const shape = yield* shapeSteps(snap);
    if (!shape.ok) {
      yield SLICE_END;
      const { doc, incomplete } = yield* salvage(snap.value, shape.malformed);
      const rules = yield* ruleSteps(doc, { incomplete });
      yield;
      return finish([...shape.issues, ...rules], snap.value);
    }
    return yield* validShapeSteps(shape.data, snap);
  } catch (e) {
    return internalError(e);
  }
}
