/**
 * The document's schema cut into pieces: the document without its records, then each record by its
 * own schema (and a roadmap without its items, then each item), so that validation takes one step
 * per record and `parseAtlasAsync` can yield between them. Parsing the pieces gives the object zod
 * gives for the whole document, and their issues are the issues of the whole document: a list is
 * cut only when it is `z.array(…).default([])` with no check of its own, in an object with no check
 * of its own and the default handling of unknown keys (`zod-internals.ts`).
 *
 * The same cut is written into the schema plan (`plan.ts`), which `validate-pieces.ts` walks.
 */
import { z } from 'zod';
import { AtlasDocument, Roadmap } from './entities.js';
import { buildWithoutCodegen } from './no-codegen.js';
import type { RecordList } from './record-lists.js';
import { hasDefaultCatchall, hasNoChecks, isStrictObject, listElement, recordListKeys } from './zod-internals.js';

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

/** The schema of one record of a list. */
export const recordSchema = (kind: RecordList): z.ZodType => listElement(AtlasDocument.shape[kind]);

/** The schema of one item of a roadmap (roadmaps may hold thousands: they are checked one by one too). */
export const roadmapItemSchema = (): z.ZodType => listElement(Roadmap.shape.items);

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
    // The lists as the schema has them (not `RECORD_LISTS`, the plan's copy, which is made from these pieces).
    for (const kind of recordListsOfSchema()) lists[kind] = { whole: recordSchema(kind as RecordList) };
    lists.roadmaps = split(Roadmap, { items: { whole: roadmapItemSchema() } });
    const document = split(AtlasDocument, lists);
    // The schema is written to be cut; a change that makes it uncuttable is a bug found at once.
    if ('whole' in document) throw new Error('the atlas schema can no longer be checked record by record (see schema/pieces.ts)');
    pieces = document;
  }
  return pieces;
}

/** The record lists as the schema gives them (`RECORD_LISTS` is the plan's copy, checked against this by the tests). */
export const recordListsOfSchema = (): string[] => recordListKeys(AtlasDocument);
