/**
 * A fast path in front of zod for valid records. zod, built without code generation (see
 * `no-codegen.ts`), interprets its schemas generically: for every value it allocates a payload and an
 * issues list, walks its check list, looks for promises and wraps results. On the valid data that
 * most documents are, that costs several times `JSON.parse`, and more on a page's first (cold) call.
 *
 * `fastParser(schema)` turns a schema into plain functions, once per schema, that give exactly the
 * value zod's `safeParse` gives (same keys in the same order, defaults filled in, strings trimmed),
 * or `FAIL`. Where zod's output would hold the same as the input (an object whose keys are already
 * in the schema's order, with nothing to add, trim or drop), the input object itself is the output
 * instead of a copy: the validator gives these parsers its own snapshot of the document
 * (`validate-input.ts`), which nothing else holds, so sharing it saves a second copy of the document
 * (time, and garbage collection during the parse). They answer `FAIL` at the first doubt: a value zod would reject, or one whose handling
 * they do not copy (then they say nothing about it). `FAIL` is not a verdict: the caller then asks
 * zod, whose answer and issues stand, so messages never come from here. A schema kind this file does
 * not know is handed to zod whole (`safeParse`), and the checks of a schema (regexes, lengths,
 * refinements, trims) are zod's own, run in zod's order. `test/node/fast-parse.test.mjs` compares
 * both on valid and broken documents.
 */
import type { z } from 'zod';
import { checkKind, checksOf, defOf, runCheck, schemaTraits, schemaValues, type SchemaDef } from './zod-internals.js';

/** What a fast parser answers when zod must decide. */
export const FAIL: unique symbol = Symbol('ask zod');
export type FastParser = (value: unknown) => unknown;

const cache = new WeakMap<object, FastParser>();

/** The fast parser of a schema (made once, on first use). */
export function fastParser(schema: z.ZodType): FastParser {
  let parser = cache.get(schema);
  if (!parser) {
    // A schema reached again while its own parser is being made (a recursive schema) goes to zod.
    cache.set(schema, viaZod(schema));
    parser = build(schema);
    cache.set(schema, parser);
  }
  return parser;
}

/** zod's own answer, for what this file does not copy. */
function viaZod(schema: z.ZodType): FastParser {
  return (value) => {
    const r = schema.safeParse(value);
    return r.success ? r.data : FAIL;
  };
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

function build(schema: z.ZodType): FastParser {
  const traits = schemaTraits(schema);
  const def = defOf(schema);
  // A schema that is itself a check (a string format such as z.email()) runs itself first: left to zod.
  if (traits.has('$ZodCheck') || traits.has('$ZodExactOptional')) return viaZod(schema);
  const base = buildBase(schema, def, traits);
  if (!base) return viaZod(schema);
  const checks = checksOf(schema);
  if (checks.length === 0) return base;
  // The checks as zod runs them after the type, in order, each on the value the previous one left.
  const steps = checks.map((check): ((value: unknown) => unknown) => {
    const generic = (value: unknown) => runCheck(check, value, FAIL);
    const kind = checkKind(check);
    switch (kind?.kind) {
      case 'regex': {
        const pattern = kind.pattern;
        return (value) => {
          pattern.lastIndex = 0;
          return pattern.test(value as string) ? value : FAIL;
        };
      }
      case 'overwrite':
        return kind.tx;
      case 'refine': {
        const fn = kind.fn;
        // A falsy answer is an issue; a promise (an async refinement) is zod's to refuse.
        return (value) => {
          const r = fn(value);
          return r instanceof Promise ? generic(value) : r ? value : FAIL;
        };
      }
      case 'min_length': {
        const min = kind.minimum;
        // zod counts a string's code points: one of at least twice the minimum in UTF-16 units has enough.
        return (value) => ((typeof value === 'string' ? value.length >= 2 * min : Array.isArray(value) && value.length >= min) ? value : generic(value));
      }
      default:
        return generic;
    }
  });
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

/** The parser of the schema's kind, without its checks; undefined for a kind left to zod. */
function buildBase(schema: z.ZodType, def: SchemaDef, traits: ReadonlySet<string>): FastParser | undefined {
  if ((def as { coerce?: boolean }).coerce) return undefined;
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      if (traits.has('$ZodNumberFormat')) return undefined;
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'unknown':
    case 'any':
      return (v) => v;
    case 'enum':
    case 'literal': {
      const values = schemaValues(schema);
      if (!values) return undefined;
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'optional': {
      const innerType = def.innerType as z.ZodType;
      const inner = fastParser(innerType);
      // Only an inner default substitutes a value for absence; otherwise absence stays absence.
      if (optinOf(innerType) === 'defaulted') return inner;
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      const inner = fastParser(def.innerType as z.ZodType);
      return (v) => (v === null ? null : inner(v));
    }
    case 'default': {
      const inner = fastParser(def.innerType as z.ZodType);
      // `defaultValue` is read each time, as zod does: it gives a fresh copy of the default.
      return (v) => {
        if (v === undefined) return def.defaultValue;
        const r = inner(v);
        return r === undefined ? def.defaultValue : r;
      };
    }
    case 'array': {
      const element = fastParser(def.element as z.ZodType);
      // The input array itself while every item comes out as it went in; a copy from the first that does not.
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
    case 'object':
      return objectParser(def);
    case 'record':
      return recordParser(def);
    default:
      return undefined;
  }
}

const optinOf = (schema: z.ZodType): string | undefined => (schema as unknown as { _zod: { optin?: string } })._zod.optin;
const optoutOf = (schema: z.ZodType): string | undefined => (schema as unknown as { _zod: { optout?: string } })._zod.optout;

interface Field {
  key: string;
  parse: FastParser;
  optin: string | undefined;
  optout: string | undefined;
}

/**
 * An object: its fields in the schema's order (zod's output order), each as zod's
 * `handlePropertyResult` treats it, then its unknown keys: rejected (strict) or left out (plain).
 */
function objectParser(def: SchemaDef): FastParser | undefined {
  const shape = def.shape as Record<string, z.ZodType>;
  if (Object.getOwnPropertySymbols(shape).length > 0 || Object.prototype.hasOwnProperty.call(shape, '__proto__')) return undefined;
  const catchall = def.catchall as z.ZodType | undefined;
  const strict = catchall !== undefined && defOf(catchall).type === 'never';
  if (catchall !== undefined && !strict) return undefined;
  const keys = Object.keys(shape);
  const position = new Map(keys.map((key, i) => [key, i]));
  let fields: Field[] | undefined;
  // Made on first use: a schema's fields may refer to schemas not built yet when this one is.
  const fieldsOf = () => (fields ??= keys.map((key) => ({ key, parse: fastParser(shape[key]!), optin: optinOf(shape[key]!), optout: optoutOf(shape[key]!) })));
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

/** A record whose keys are checked by a schema (not listed by an enum): each own key in order, as zod does. */
function recordParser(def: SchemaDef): FastParser | undefined {
  const keyType = def.keyType as z.ZodType;
  const valueType = def.valueType as z.ZodType;
  if ((def as { mode?: string }).mode === 'loose' || schemaValues(keyType) !== undefined) return undefined;
  const parseKey = fastParser(keyType);
  const value = fastParser(valueType);
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
