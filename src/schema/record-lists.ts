/**
 * The record lists of an atlas document (`cities`, `projects`, …), read off the schema once: every
 * step of the validator (limits, shapes, the partial reading, the rules' order) and the layered
 * merge iterate over these, so a kind of record added to `AtlasDocument` is validated everywhere.
 */
import type { z } from 'zod';
import { AtlasDocument, Roadmap } from './entities.js';
import { listElement, recordListKeys } from './zod-internals.js';

type Shape = (typeof AtlasDocument)['shape'];

/** The names of the document's record lists, as a type. */
export type RecordList = { [K in keyof Shape]: Shape[K] extends z.ZodDefault<z.ZodArray> ? K : never }[keyof Shape];

/** The record lists, in the schema's order (which is the order of a well-written document). */
export const RECORD_LISTS = recordListKeys(AtlasDocument) as readonly RecordList[];

/** The schema of one record of a list. */
export const recordSchema = (kind: RecordList): z.ZodType => listElement(AtlasDocument.shape[kind]);

/** The schema of one item of a roadmap (roadmaps may hold thousands: they are checked one by one too). */
export const roadmapItemSchema = (): z.ZodType => listElement(Roadmap.shape.items);
