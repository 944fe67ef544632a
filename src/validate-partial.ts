/**
 * When some records have the wrong shape, the rules between records (references, unique ids, SDG
 * codes…) still run over everything that can be read, so that an author sees every problem of a
 * file in one run instead of fixing shapes first and discovering broken references after.
 *
 * Nothing is dropped whole: a record that fails its schema is read field by field, each field by
 * its own schema (recursively, objects and lists alike), and what passes is kept where it was, so
 * paths stay those of the document. A list keeps its length; an item that cannot be read leaves a
 * hole. A record's `id` is kept whenever it is a string, even a malformed one: references to it
 * then resolve (its shape issue is reported on it) and a duplicate is still found.
 */
import { z } from 'zod';
import { recordSchema } from './schema/pieces.js';
import { RECORD_LISTS } from './schema/record-lists.js';
import { unwrapOptional } from './schema/zod-internals.js';
import type { Steps } from './steps.js';
import type { LooseDocument } from './validate-rules.js';
import { recordKey } from './validate-shape.js';

/** What could not be read. */
const UNREADABLE = Symbol('unreadable');

export interface Salvaged {
  doc: LooseDocument;
  /** Objects read in part: a field may be absent because its value was malformed. */
  incomplete: Set<object>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const LONG_LIST = 64;
const holdsLongList = (v: unknown): boolean => isObject(v) && Object.values(v).some((f) => Array.isArray(f) && f.length > LONG_LIST);

/**
 * What the rules can read of a document whose shape is wrong, as steps (one per record and list
 * item). `malformed` names the records with shape issues (`recordKey`); the others are taken as they
 * are, without parsing them again (the rules read ids and references, which the schema does not change).
 */
export function* salvage(value: unknown, malformed: ReadonlySet<string>): Steps<Salvaged> {
  const incomplete = new Set<object>();
  const doc: Record<string, unknown> = {};
  if (isObject(value)) {
    for (const kind of RECORD_LISTS) {
      const list = value[kind];
      if (!Array.isArray(list)) continue;
      const element = recordSchema(kind);
      const out: unknown[] = new Array<unknown>(list.length);
      for (let i = 0; i < list.length; i++) {
        const record: unknown = list[i];
        if (!malformed.has(recordKey(kind, i))) out[i] = record;
        else {
          const v = yield* read(element, record, incomplete, true);
          if (v !== UNREADABLE && v !== undefined) out[i] = v;
        }
        yield;
      }
      doc[kind] = out;
    }
  }
  return { doc: doc as LooseDocument, incomplete };
}

/** `value` as `schema` reads it, or, when it fails, the parts of it that pass their own schemas. */
function* read(schema: z.ZodType, value: unknown, incomplete: Set<object>, knownMalformed = false): Steps<unknown> {
  // A list, or an object holding a long list (a roadmap and its items), is read part by part, in
  // steps, rather than parsed whole in one long step first.
  if (!knownMalformed && !Array.isArray(value) && !holdsLongList(value)) {
    const whole = schema.safeParse(value);
    if (whole.success) return whole.data;
  }
  const s = unwrapOptional(schema);
  if (s instanceof z.ZodArray && Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const v = yield* read(s.element as z.ZodType, item, incomplete);
      if (v !== UNREADABLE && v !== undefined) out[i] = v;
      if (item !== null && typeof item === 'object') yield;
    }
    return out;
  }
  if (s instanceof z.ZodObject && isObject(value)) {
    const out: Record<string, unknown> = {};
    incomplete.add(out);
    for (const [key, field] of Object.entries(s.shape as Record<string, z.ZodType>)) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const given = value[key];
      if (key === 'id' && typeof given === 'string') {
        out[key] = given;
        continue;
      }
      const v = yield* read(field, given, incomplete);
      if (v !== UNREADABLE && v !== undefined) out[key] = v;
    }
    return out;
  }
  return UNREADABLE;
}
