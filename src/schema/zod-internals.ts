/**
 * The one file that reads zod's internals (zod 4 keeps a schema's definition in `_zod.def`, which
 * is not part of its documented API). Every other module asks these functions, so a zod upgrade
 * that moves a field breaks here, and `test/node/zod-internals.test.mjs` pins what they rely on
 * (`plan.ts` also copies how zod's parsers treat a value: `test/node/plan-parity.test.mjs`).
 */
import { z } from 'zod';

/** The part of a schema's definition this project reads. */
export interface SchemaDef {
  /** `object`, `array`, `record`, `enum`, `literal`, `default`, `optional`, `string`, … */
  type: string;
  shape?: Record<string, unknown>;
  /** The schema inside an optional, nullable or default one. */
  innerType?: unknown;
  /** The item schema of an array. */
  element?: unknown;
  /** The choices of an enum. */
  entries?: Record<string, string>;
  /** The values of a literal. */
  values?: unknown[];
  /** The value a default schema gives for `undefined`. */
  defaultValue?: unknown;
  /** The schema of unknown keys of an object: `ZodNever` for a strict object, absent for a plain one. */
  catchall?: unknown;
  /** The refinements and checks of the schema itself (not of its parts). */
  checks?: unknown[];
  /** The key and value schemas of a record. */
  keyType?: unknown;
  valueType?: unknown;
  /** The pattern of a regex check. */
  pattern?: RegExp;
  /** When a check runs (zod skips it when this says no). */
  when?: (payload: CheckPayload) => boolean;
}

/** What zod hands a check: the value (which a check such as `trim` may replace) and the issues found. */
interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

interface Internals {
  def: SchemaDef;
  traits: Set<string>;
  values?: Set<unknown>;
}

const internalsOf = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;

/** The names of the zod classes a schema or check is built from (`$ZodString`, `$ZodCheckRegex`, …). */
export const schemaTraits = (schema: unknown): ReadonlySet<string> => internalsOf(schema).traits;

/** The values an enum or a literal accepts (as zod tests them); undefined for other schemas. */
export const schemaValues = (schema: unknown): ReadonlySet<unknown> | undefined => internalsOf(schema).values;

/** A schema's definition. */
export const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;

/** True when the schema has no check or refinement of its own (so its parts alone decide). */
export const hasNoChecks = (schema: z.ZodType): boolean => (defOf(schema).checks?.length ?? 0) === 0;

/** The schema inside optional, default and nullable wrappers. */
export function unwrapOptional(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else break;
  }
  return s;
}

/**
 * The fields of an object schema that are lists of records written `z.array(…).default([])` with no
 * check of their own on the list: the lists that may be checked one record at a time and give the
 * same result as the whole list. In the schema's order.
 */
export function recordListKeys(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).filter((key) => {
    const field = schema.shape[key];
    if (!(field instanceof z.ZodDefault)) return false;
    const list = field.unwrap();
    const fallback = defOf(field).defaultValue;
    return list instanceof z.ZodArray && hasNoChecks(list) && Array.isArray(fallback) && fallback.length === 0;
  });
}

/** The item schema of a list field (`z.array(X)`, optional or with a default); `z.never()` when the field is not a list. */
export function listElement(field: z.ZodType): z.ZodType {
  const list = unwrapOptional(field);
  return list instanceof z.ZodArray ? (list.element as z.ZodType) : z.never();
}

/** True for an object schema that takes unknown keys the default way: rejected (strict) or stripped (plain). */
export function isStrictObject(schema: z.ZodObject): boolean {
  return defOf(schema).catchall instanceof z.ZodNever;
}

/** True for an object schema whose unknown keys are rejected or stripped (no catchall schema, no passthrough). */
export function hasDefaultCatchall(schema: z.ZodObject): boolean {
  const catchall = defOf(schema).catchall;
  return catchall === undefined || catchall instanceof z.ZodNever;
}
