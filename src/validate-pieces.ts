/**
 * The shapes of a document checked piece by piece, one step per record (see `schema/pieces.ts` for
 * the cut): the document without its records, then each record by its own schema, and a roadmap's
 * items one by one. Each piece is checked by its plan (`schema/plan.ts`), without zod; where the
 * plan answers `FAIL`, zod decides when the caller gives the zod pieces (`parseAtlas`), and the
 * answer is "not decided" otherwise (the validator of a page, which then loads zod: see
 * `parse-planned.ts`).
 */
import type { Piece } from './schema/pieces.js';
import { FAIL, planParsers, type PlanPiece } from './schema/plan.js';
import { SCHEMA_PLAN } from './schema/schema-plan.generated.js';
import { stepAfter, type Steps } from './steps.js';

/** The parser of each node of the plan. */
const parserOf = planParsers(SCHEMA_PLAN);

/** The document's pieces, as the plan writes them. */
export const DOCUMENT_PIECES: PlanPiece = SCHEMA_PLAN.document;

export type Parsed = { ok: true; data: unknown } | { ok: false };

/** The zod schema of a piece as a whole. */
const wholeSchema = (zod: Piece | undefined): ZodLike | undefined => (zod === undefined ? undefined : 'whole' in zod ? zod.whole : zod.schema);

/** What this file asks of a zod schema (typed here: this file loads no zod). */
interface ZodLike {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/** The plan first; then zod, when given, decides whatever the plan does not accept. */
function parsePiece(node: number, schema: ZodLike | undefined, value: unknown): Parsed {
  const fast = parserOf(node)(value);
  if (fast !== FAIL) return { ok: true, data: fast };
  const r = schema?.safeParse(value);
  return r?.success ? { ok: true, data: r.data } : { ok: false };
}

/**
 * Parses `value` piece by piece, one step per few records: the data zod gives for the whole, or
 * `ok: false` at the first record that is malformed (or, without `zod`, that the plan does not accept).
 */
export function* parseInPieces(piece: PlanPiece, value: unknown, zod?: Piece): Steps<Parsed> {
  if ('whole' in piece) return parsePiece(piece.whole, wholeSchema(zod), value);
  const top = parsePiece(piece.head, zod && !('whole' in zod) ? zod.head : undefined, value);
  if (!top.ok) return top;
  // A copy when the plan gave the input object itself (it is the snapshot, which must stay as it is for the issues).
  const data = top.data === value ? { ...(top.data as Record<string, unknown>) } : (top.data as Record<string, unknown>);
  for (const key in piece.lists) {
    const records = (value as Record<string, unknown>)[key];
    if (records === undefined) continue; // the default, an empty list
    const part = piece.lists[key]!;
    const zodPart = zod && !('whole' in zod) ? zod.lists.get(key) : undefined;
    const zodWhole = wholeSchema(zodPart);
    const out: unknown[] = [];
    const list = records as unknown[];
    for (let i = 0; i < list.length; i++) {
      // A record in one piece is checked without a generator of its own (thousands of them).
      const r = 'whole' in part ? parsePiece(part.whole, zodWhole, list[i]) : yield* parseInPieces(part, list[i], zodPart);
      if (!r.ok) return r;
      out.push(r.data);
      if (stepAfter(i)) yield;
    }
    data[key] = out;
  }
  return { ok: true, data };
}
