/**
 * The validation of a document without zod, for pages (`components/base/parse-document.ts`): the
 * steps of `parse-steps.ts` with the shapes checked by the schema plan alone (`schema/plan.ts`).
 * A valid document, which most are, gets its `Atlas` here, and so does one that breaks only the
 * rules that tie records together (`validate-rules.ts`, which needs no zod); a document whose
 * shapes the plan does not accept is "not decided": its snapshot is handed to `parseSteps`, with
 * zod, which finds and words the issues. The results are `parseAtlas`'s, whichever way they come
 * (`test/node/schema-plan.test.mjs`).
 */
import { Atlas } from './atlas.js';
import type { AtlasDocument } from './schema/index.js';
import { finish, internalError, tooLarge, type ParseResult } from './parse-result.js';
import { SLICE_END, type Steps } from './steps.js';
import { startSnapshot, type Snapshot } from './validate-input.js';
import { checkLimits } from './validate-limits.js';
import { DOCUMENT_PIECES, parseInPieces } from './validate-pieces.js';
import { ruleSteps } from './validate-rules.js';

/** A document the plan does not accept: its snapshot, for `parseSteps` to check with zod. */
export interface Undecided {
  undecided: Snapshot;
}

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
 * The first steps of every validation: the copy of the input, then the size limits. The snapshot to
 * check, or the result when the input is refused at once; `from`, a snapshot these steps already
 * gave (`plannedParseSteps`), as it is.
 */
export function* inputSteps(input: unknown, owned: boolean, from?: Snapshot): Steps<Snapshot | ParseResult> {
  // The caller gets its promise before any work is done.
  yield SLICE_END;
  if (from) return from;
  const snap = yield* snapshotSteps(input, owned);
  if (snap.tooLarge) return tooLarge();
  const limits = checkLimits(snap);
  if (limits.length > 0) return finish(limits, snap.value);
  yield;
  return snap;
}

/** The steps after a document's shapes are valid: the rules, then the index. */
export function* validShapeSteps(data: AtlasDocument, snap: Snapshot): Steps<ParseResult> {
  yield;
  const rules = yield* ruleSteps(data);
  if (rules.length > 0) {
    yield SLICE_END;
    return finish(rules, snap.value);
  }
  // Indexing is one task that cannot be cut: it starts a slice of its own.
  yield SLICE_END;
  return { ok: true, atlas: new Atlas(data) };
}

/**
 * From any value to an `Atlas` or issues, as steps, like `parseSteps`, or `Undecided` when the
 * shapes need zod. Never throws. `owned`: the input is fresh `JSON.parse` output that nothing else
 * holds (see `startSnapshot`).
 */
export function* plannedParseSteps(input: unknown, owned = false): Steps<ParseResult | Undecided> {
  try {
    const snap = yield* inputSteps(input, owned);
    if ('ok' in snap) return snap;
    const shape = yield* parseInPieces(DOCUMENT_PIECES, snap.value);
    if (!shape.ok) return { undecided: snap };
    return yield* validShapeSteps(shape.data as AtlasDocument, snap);
  } catch (e) {
    return internalError(e);
  }
}
