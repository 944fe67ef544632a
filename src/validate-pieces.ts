/**
 * The schema of a document cut into pieces: the document without its records, then each record
 * by its own schema (and a roadmap without its items, then each item), so that validation takes
 * one step per record and `parseAtlasAsync` can yield between them. Parsing the pieces gives the
 * object zod gives for the whole document, and their issues are the issues of the whole document:
 * a list is cut only when it is `z.array(…).default([])` with no check of its own, in an object
 * with no check of its own and the default handling of unknown keys (`zod-internals.ts`).
 */
import { z } from 'zod';
import { fastParser, FAIL } from './schema/fast-parse.js';
import { AtlasDocument, Roadmap } from './schema/index.js';
import { buildWithoutCodegen } from './schema/no-codegen.js';
import { RECORD_LISTS, recordSchema, roadmapItemSchema } from './schema/record-lists.js';
import { hasDefaultCatchall, hasNoChecks, isStrictObject, recordListKeys } from './schema/zod-internals.js';
import { stepAfter, type Steps } from './steps.js';

/** A schema checked in one piece, or an object checked as its head and then record by record. */
export type Piece = { whole: z.ZodType } | Split;
export interface Split {
  /** The object schema itself. */
  schema: z.ZodObject;
  /** The object with its lists as lists of anything (same defaults): what is left without the records. */
  head: z.ZodType;
  /** The pieces of the records of each list that is cut. */
  lists: ReadonlyMap<string, Piece>;
}

/** Cuts `schema` at the lists `lists` names (those that can be cut); the whole schema when none can. */
function split(schema: z.ZodObject, lists: Record<string, Piece>): Piece {
  const cuttable = new Set(recordListKeys(schema));
  const keys = Object.keys(lists).filter((key) => cuttable.has(key));
  if (!hasNoChecks(schema) || keys.length === 0 || !hasDefaultCatchall(schema)) return { whole: schema };
  const restore = buildWithoutCodegen();
  let head: z.ZodType;
  try {
    const shape: Record<string, z.ZodType> = { ...schema.shape };
    for (const key of keys) shape[key] = z.array(z.unknown()).default([]);
    head = isStrictObject(schema) ? z.strictObject(shape) : z.object(shape);
  } finally {
    restore();
  }
  return { schema, head, lists: new Map(keys.map((key) => [key, lists[key]!])) };
}

let pieces: Split | undefined;

/** The document in pieces: each record one by one, and a roadmap's items one by one. */
export function documentPieces(): Split {
  if (!pieces) {
    const lists: Record<string, Piece> = {};
    for (const kind of RECORD_LISTS) lists[kind] = { whole: recordSchema(kind) };
    lists.roadmaps = split(Roadmap, { items: { whole: roadmapItemSchema() } });
    const document = split(AtlasDocument, lists);
    // The schema is written to be cut; a change that makes it uncuttable is a bug found at once.
    if ('whole' in document) throw new Error('the atlas schema can no longer be checked record by record (see validate-pieces.ts)');
    pieces = document;
  }
  return pieces;
}

export type Parsed = { ok: true; data: unknown } | { ok: false };

/** The fast path first (`fast-parse.ts`); zod decides whatever it does not accept. */
function safeParse(schema: z.ZodType, value: unknown): { success: true; data: unknown } | { success: false } {
  const fast = fastParser(schema)(value);
  if (fast !== FAIL) return { success: true, data: fast };
  return schema.safeParse(value);
}

const inOnePiece = (schema: z.ZodType, value: unknown): Parsed => {
  const r = safeParse(schema, value);
  return r.success ? { ok: true, data: r.data } : { ok: false };
};

/** Parses `value` piece by piece, one step per record: the data zod gives for the whole, or `ok: false` at the first malformed record. */
export function* parseInPieces(piece: Piece, value: unknown): Steps<Parsed> {
  if ('whole' in piece) return inOnePiece(piece.whole, value);
  const top = safeParse(piece.head, value);
  if (!top.success) return { ok: false };
  // A copy when the fast path gave the input object itself (it is the snapshot, which must stay as it is for the issues).
  const data = top.data === value ? { ...(top.data as Record<string, unknown>) } : (top.data as Record<string, unknown>);
  for (const [key, part] of piece.lists) {
    const records = (value as Record<string, unknown>)[key];
    if (records === undefined) continue; // the default, an empty list
    const out: unknown[] = [];
    const list = records as unknown[];
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      const r = 'whole' in part ? inOnePiece(part.whole, record) : yield* parseInPieces(part, record);
      if (!r.ok) return { ok: false };
      out.push(r.data);
      if (stepAfter(i)) yield;
    }
    data[key] = out;
  }
  return { ok: true, data };
}
