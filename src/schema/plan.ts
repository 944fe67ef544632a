/**
 * The validator of valid documents, without zod. zod, built without code generation (see
 * `no-codegen.ts`), interprets its schemas generically: for every value it allocates a payload and
 * an issues list, walks its check list, looks for promises and wraps results. On the valid data that
 * most documents are, that costs several times `JSON.parse`; and a page that loads zod downloads and
 * evaluates it (91 KB of the 127 KB validator) and builds every schema before the first record.
 *
 * So the schemas are also written as a plan: plain data (`schema-plan.generated.ts`), made from the
 * zod schemas by `scripts/build-schema-plan.mjs` (see `plan-from-zod.ts`), that says what each
 * schema accepts: kinds, fields, defaults, and checks by what they do (a regex, a trim, a length, a
 * bound, a refinement named in `predicates.ts`). `planParser` turns a plan node into plain
 * functions that give exactly the value zod's `safeParse` gives (same keys in the same order,
 * defaults filled in, strings trimmed), or `FAIL`. Where zod's output would hold the same as the
 * input (an object whose keys are already in the schema's order, with nothing to add, trim or
 * drop), the input object itself is the output instead of a copy: the validator gives these
 * parsers its own snapshot of the document (`validate-input.ts`), which nothing else holds, so
 * sharing it saves a second copy of the document (time, and garbage collection during the parse).
 *
 * They answer `FAIL` at the first doubt. `FAIL` is not a verdict: the caller then asks zod, whose
 * answer and issues stand, so messages never come from here. `test/node/plan-parity.test.mjs`
 * compares both on valid and broken documents, and `test/node/schema-plan.test.mjs` that the plan
 * is the one the schemas give.
 */
import { PREDICATES, type PredicateName } from './predicates.js';

/** What a plan parser answers when zod must decide. */
export const FAIL: unique symbol = Symbol('ask zod');
export type FastParser = (value: unknown) => unknown;

/** A check zod runs after a schema's type test, in order, each on the value the previous one left. */
export type PlanCheck =
  | { check: 'regex'; source: string; flags: string }
  | { check: 'trim' }
  | { check: 'refine'; name: PredicateName }
  /** At least `min` items, or code points for a string. */
  | { check: 'minLength'; min: number }
  | { check: 'maxLength'; max: number }
  | { check: 'greaterThan'; value: number; inclusive: boolean }
  | { check: 'lessThan'; value: number; inclusive: boolean };

/** A field of an object, with how zod treats its absence (`_zod.optin` and `optout`). */
export interface PlanField {
  key: string;
  node: number;
  /** `optional`: may be absent from the input; `defaulted`: absent gives its default. */
  optin?: 'optional' | 'defaulted';
  /** `optional`: may be absent from the output. */
  optout?: 'optional';
}

/** A schema, its parts named by their index in `SchemaPlan.nodes`. */
export type PlanNode = { checks?: PlanCheck[] } & (
  | { kind: 'string' | 'number' | 'boolean' | 'unknown' }
  /** An enum or a literal: the values it accepts. */
  | { kind: 'values'; values: Array<string | number | boolean | null> }
  /** `defaulted`: the inner schema has a default, which then stands in for absence. */
  | { kind: 'optional'; inner: number; defaulted: boolean }
  | { kind: 'nullable'; inner: number }
  /** `value`: plain data, given as a fresh shallow copy each time (as zod's `defaultValue` is). */
  | { kind: 'default'; inner: number; value: unknown }
  | { kind: 'array'; element: number }
  /** `strict`: unknown keys are refused; otherwise they are left out. */
  | { kind: 'object'; strict: boolean; fields: PlanField[] }
  /** A record whose keys are checked by a schema (not listed by an enum). */
  | { kind: 'record'; key: number; value: number }
);

/** How the validator cuts the document (`validate-pieces.ts`): one schema, or an object's head and then each item of some of its lists. */
export type PlanPiece = { whole: number } | { head: number; lists: Record<string, PlanPiece> };

export interface SchemaPlan {
  nodes: PlanNode[];
  /** The document in pieces (the pieces of `schema/pieces.ts`). */
  document: PlanPiece;
  /** The record lists of a document, in the schema's order (`schema/record-lists.ts`). */
  recordLists: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's test for a record's input (`util.isPlainObject`), as zod writes it. */
function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (!isObject(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** A string's length in code points (zod's length checks count them), up to `enough`. */
function codePoints(s: string, enough: number): number {
  let n = 0;
  for (const _ of s) if (++n >= enough) break;
  return n;
}

/** The step of one check: the value it leaves, or `FAIL`. */
function checkStep(check: PlanCheck): FastParser {
  switch (check.check) {
    case 'regex': {
      const pattern = new RegExp(check.source, check.flags);
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string) ? value : FAIL;
      };
    }
    case 'trim':
      return (value) => (value as string).trim();
    case 'refine': {
      const fn = PREDICATES[check.name];
      return (value) => (fn(value) ? value : FAIL);
    }
    case 'minLength': {
      const min = check.min;
      // A string of at least twice the minimum in UTF-16 units has enough code points.
      return (value) =>
        typeof value === 'string' ? (value.length >= 2 * min || codePoints(value, min) >= min ? value : FAIL) : (value as unknown[]).length >= min ? value : FAIL;
    }
    case 'maxLength': {
      const max = check.max;
      return (value) => (typeof value === 'string' ? (value.length <= max || codePoints(value, max + 1) <= max ? value : FAIL) : (value as unknown[]).length <= max ? value : FAIL);
    }
    case 'greaterThan': {
      const { value: bound, inclusive } = check;
      return (value) => ((inclusive ? (value as number) >= bound : (value as number) > bound) ? value : FAIL);
    }
    case 'lessThan': {
      const { value: bound, inclusive } = check;
      return (value) => ((inclusive ? (value as number) <= bound : (value as number) < bound) ? value : FAIL);
    }
  }
}

/** A fresh shallow copy of a default value, as zod gives one for each absence. */
const freshCopy = (v: unknown): unknown => (Array.isArray(v) ? [...(v as unknown[])] : isObject(v) ? { ...v } : v);

/** The parsers of a plan's nodes, each made once, on first use. */
export function planParsers(plan: Pick<SchemaPlan, 'nodes'>): (node: number) => FastParser {
  const made = new Map<number, FastParser>();
  const parserOf = (i: number): FastParser => {
    let p = made.get(i);
    if (!p) {
      // A node reached again while its own parser is being made (a recursive schema) waits for it.
      let self: FastParser | undefined;
      made.set(i, (v) => self!(v));
      self = build(plan.nodes[i]!);
      made.set(i, (p = self));
    }
    return p;
  };

  function build(node: PlanNode): FastParser {
    const base = buildBase(node);
    const steps = (node.checks ?? []).map(checkStep);
    if (steps.length === 0) return base;
    if (steps.length === 1) {
      const only = steps[0]!;
      return (value) => {
        const v = base(value);
        return v === FAIL ? FAIL : only(v);
      };
    }
    return (value) => {
      let v = base(value);
      for (let i = 0; i < steps.length && v !== FAIL; i++) v = steps[i]!(v);
      return v;
    };
  }

  function buildBase(node: PlanNode): FastParser {
    switch (node.kind) {
      case 'string':
        return (v) => (typeof v === 'string' ? v : FAIL);
      case 'number':
        return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
      case 'boolean':
        return (v) => (typeof v === 'boolean' ? v : FAIL);
      case 'unknown':
        return (v) => v;
      case 'values': {
        const values = new Set<unknown>(node.values);
        return (v) => (values.has(v) ? v : FAIL);
      }
      case 'optional': {
        const inner = parserOf(node.inner);
        // Only an inner default substitutes a value for absence; otherwise absence stays absence.
        if (node.defaulted) return inner;
        return (v) => (v === undefined ? undefined : inner(v));
      }
      case 'nullable': {
        const inner = parserOf(node.inner);
        return (v) => (v === null ? null : inner(v));
      }
      case 'default': {
        const inner = parserOf(node.inner);
        const value = node.value;
        return (v) => {
          if (v === undefined) return freshCopy(value);
          const r = inner(v);
          return r === undefined ? freshCopy(value) : r;
        };
      }
      case 'array':
        return arrayParser(parserOf(node.element));
      case 'object':
        return objectParser(node.fields, node.strict, parserOf);
      case 'record':
        return recordParser(parserOf(node.key), parserOf(node.value));
    }
  }

  return parserOf;
}

/** The input array itself while every item comes out as it went in; a copy from the first that does not. */
function arrayParser(element: FastParser): FastParser {
  return (v) => {
    if (!Array.isArray(v)) return FAIL;
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      const r = element(item);
      if (r === FAIL) return FAIL;
      if (out) out[i] = r;
      else if (r !== item) {
        // Made at its length, as zod makes it (an array grown by `push` keeps spare room).
        out = new Array<unknown>(v.length);
        for (let j = 0; j < i; j++) out[j] = v[j];
        out[i] = r;
      }
    }
    return out ?? v;
  };
}

/**
 * An object: its fields in the schema's order (zod's output order), each as zod's
 * `handlePropertyResult` treats it, then its unknown keys: rejected (strict) or left out (plain).
 */
function objectParser(planFields: readonly PlanField[], strict: boolean, parserOf: (node: number) => FastParser): FastParser {
  const keys = planFields.map((f) => f.key);
  const position = new Map(keys.map((key, i) => [key, i]));
  // Made on first use: a schema's fields may refer to schemas not built yet when this one is.
  let fields: Array<PlanField & { parse: FastParser }> | undefined;
  const fieldsOf = () => (fields ??= planFields.map((f) => ({ ...f, parse: parserOf(f.node) })));
  return (v) => {
    if (!isObject(v)) return FAIL;
    // The input's own keys: all known (or the object is not valid), and whether they come in the schema's order.
    let inOrder = true;
    let last = -1;
    let count = 0;
    for (const key in v) {
      count++;
      const at = position.get(key);
      if (at === undefined) {
        if (strict) return FAIL;
        inOrder = false;
      } else if (at < last || !Object.prototype.hasOwnProperty.call(v, key)) inOrder = false;
      else last = at;
    }
    // zod's output, made only once it differs from `v` (most objects of a valid document do not).
    let out: Record<string, unknown> | undefined = inOrder ? undefined : {};
    let written = 0;
    const list = fieldsOf();
    for (let f = 0; f < list.length; f++) {
      const field = list[f]!;
      const key = field.key;
      const present = key in v;
      const optionalOut = field.optout === 'optional';
      if (!present && optionalOut && field.optin === 'optional') continue;
      const input = v[key];
      const r = field.parse(input);
      if (r === FAIL) {
        if (field.optin !== undefined && optionalOut && !present) continue;
        return FAIL;
      }
      if (!present && field.optin === undefined) return FAIL;
      // Whether zod's output has this key (`undefined` or the parsed value).
      if (r === undefined && !present && !(field.optin === 'defaulted' && !optionalOut)) continue;
      if (!out && (!present || r !== input)) {
        // The fields before this one went through as they were: the present ones, as in `v`.
        out = {};
        for (let g = 0; g < f; g++) {
          const k = list[g]!.key;
          if (k in v) out[k] = v[k];
        }
      }
      if (out) out[key] = r;
      else written++;
    }
    // `v` is the output only if it has no key besides those written (one zod would not see: not enumerable).
    if (!out && written !== count) return FAIL;
    return out ?? v;
  };
}

/** How many distinct keys a record parser keeps the answers of. */
const KEYS_KEPT = 256;

/** A record whose keys are checked by a schema: each own key in order, as zod does. */
function recordParser(parseKey: FastParser, value: FastParser): FastParser {
  // The keys of a document's records are few (its language tags: `fr`, `ar`, `en`) and met
  // thousands of times; a key's answer depends on the key alone (a key schema checks and
  // normalizes a string), so each is checked once, up to KEYS_KEPT of them.
  const keys = new Map<string, unknown>();
  const key = (k: string): unknown => {
    let r = keys.get(k);
    if (r === undefined && !keys.has(k)) {
      r = parseKey(k);
      if (keys.size < KEYS_KEPT) keys.set(k, r);
    }
    return r;
  };
  return (v) => {
    if (!isPlainObject(v)) return FAIL;
    // zod reads `Reflect.ownKeys` and skips keys that are not enumerable: for own enumerable string
    // keys that is the order of `for…in` (which, unlike `Reflect.ownKeys`, makes no list of keys).
    // Symbol keys, "__proto__" and inherited keys: zod's own handling.
    if (Object.getOwnPropertySymbols(v).length > 0) return FAIL;
    // zod's output, made only once it differs from `v`.
    let out: Record<string, unknown> | undefined;
    for (const k in v) {
      if (k === '__proto__' || !Object.prototype.hasOwnProperty.call(v, k)) return FAIL;
      const outKey = key(k);
      if (typeof outKey !== 'string' || outKey === '__proto__') return FAIL;
      const input = v[k];
      const r = value(input);
      if (r === FAIL) return FAIL;
      if (!out && (outKey !== k || r !== input)) {
        out = {};
        for (const before in v) {
          if (before === k) break;
          out[before] = v[before];
        }
      }
      if (out) out[outKey] = r;
    }
    return out ?? v;
  };
}
