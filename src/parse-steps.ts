/**
 * The validation pipeline, written once as steps (`steps.ts`): `parseAtlas` runs them at once,
 * `parseAtlasAsync` in slices that yield to the page. The steps: a safe plain-data copy of the
 * input (`validate-input.ts`), the size limits (`validate-limits.ts`), the zod schema record by
 * record (`validate-shape.ts`, `validate-pieces.ts`), then the rules that tie records together
 * (`validate-rules.ts`), over the whole document or, when some records are malformed, over what can
 * be read of every record (`validate-partial.ts`), and last the index (`Atlas`), one task.
 */
import { Atlas } from './atlas.js';
import { finish, internalError, tooLarge, type ParseResult } from './parse-result.js';
import { SLICE_END, type Steps } from './steps.js';
import { startSnapshot, type Snapshot } from './validate-input.js';
import { checkLimits } from './validate-limits.js';
import { salvage } from './validate-partial.js';
import { ruleSteps } from './validate-rules.js';
import { shapeSteps } from './validate-shape.js';

/** The copy of the input, as steps: a step every few hundred values. */
function* snapshotSteps(input: unknown, owned: boolean): Steps<Snapshot> {
  const copying = startSnapshot(input, owned);
  for (;;) {
    const snap = copying.run(() => true);
    if (snap) return snap;
    yield;
  }
}

/**
 * From any value to an `Atlas` or issues, as steps. Never throws (a bug becomes an issue that says
 * so). `owned`: the input is fresh `JSON.parse` output that nothing else holds (see `startSnapshot`).
 */
export function* parseSteps(input: unknown, owned = false): Steps<ParseResult> {
  try {
    // The caller of parseAtlasAsync gets its promise before any work is done.
    yield SLICE_END;
    const snap = yield* snapshotSteps(input, owned);
    if (snap.tooLarge) return tooLarge();
    const limits = checkLimits(snap);
    if (limits.length > 0) return finish(limits, snap.value);
    yield;
    const shape = yield* shapeSteps(snap);
    if (!shape.ok) {
      yield SLICE_END;
      const { doc, incomplete } = yield* salvage(snap.value, shape.malformed);
      const rules = yield* ruleSteps(doc, { incomplete });
      yield;
      return finish([...shape.issues, ...rules], snap.value);
    }
    yield;
    const rules = yield* ruleSteps(shape.data);
    if (rules.length > 0) {
      yield SLICE_END;
      return finish(rules, snap.value);
    }
    // Indexing is one task that cannot be cut: it starts a slice of its own.
    yield SLICE_END;
    return { ok: true, atlas: new Atlas(shape.data) };
  } catch (e) {
    return internalError(e);
  }
}
