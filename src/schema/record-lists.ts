/**
 * The record lists of an atlas document (`cities`, `projects`, …): every step of the validator
 * (limits, shapes, the partial reading, the rules' order) and the layered merge iterate over these,
 * so a kind of record added to `AtlasDocument` is validated everywhere. Read off the schema by
 * `scripts/build-schema-plan.mjs` into the schema plan, so that this list needs no zod at run time
 * (`test/node/schema-plan.test.mjs` checks that it is the schema's).
 */
import type { z } from 'zod';
import type { AtlasDocument } from './entities.js';
import { SCHEMA_PLAN } from './schema-plan.generated.js';

type Shape = (typeof AtlasDocument)['shape'];

/** The names of the document's record lists, as a type. */
export type RecordList = { [K in keyof Shape]: Shape[K] extends z.ZodDefault<z.ZodArray> ? K : never }[keyof Shape];

/** The record lists, in the schema's order (which is the order of a well-written document). */
export const RECORD_LISTS = SCHEMA_PLAN.recordLists as readonly RecordList[];
