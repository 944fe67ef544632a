/**
 * The plan of zod schemas (see `plan.ts`): what each schema accepts, as plain data, read off the
 * schemas' definitions (`zod-internals.ts`). Run by `scripts/build-schema-plan.mjs`, which writes
 * the plan of the document's pieces to `schema-plan.generated.ts`; never loaded by a page.
 *
 * A schema or a check this file cannot write down is an error that names where it is (a build
 * error, not a silent hand-over to zod): a plan that skipped a check would accept what zod
 * refuses.
 */
import type { z } from 'zod';
import type { Piece } from './pieces.js';
import type { PlanCheck, PlanField, PlanNode, PlanPiece, SchemaPlan } from './plan.js';
import { PREDICATES, type PredicateName } from './predicates.js';
import { defOf, schemaTraits, schemaValues, type SchemaDef } from './zod-internals.js';

const PREDICATE_NAMES = new Map<unknown, PredicateName>(Object.entries(PREDICATES).map(([name, fn]) => [fn, name as PredicateName]));

/** What zod keeps of a schema's optionality (`_zod.optin`, `_zod.optout`). */
const optionality = (schema: unknown): { optin?: string; optout?: string } => (schema as { _zod: { optin?: string; optout?: string } })._zod;

/** True for an overwrite check that is zod's `.trim()` (its function is zod's own closure, known by what it does). */
function isTrim(tx: (v: unknown) => unknown): boolean {
  try {
    return tx(' \tAb c\u00a0\n') === 'Ab c' && tx('Ab') === 'Ab';
  } catch {
    return false;
  }
}

/** True for what the plan can hold as it is: null, strings, finite numbers, booleans, and arrays and plain objects of these. */
function isPlainData(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isPlainData);
  return typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(isPlainData);
}

/** Collects the nodes of a plan: one per schema, shared by every place that uses it. */
export class PlanWriter {
  readonly nodes: PlanNode[] = [];
  readonly #index = new Map<unknown, number>();

  /** The index of `schema`'s node, written with its parts the first time. `where` names it in errors. */
  node(schema: z.ZodType, where: string): number {
    const known = this.#index.get(schema);
    if (known !== undefined) return known;
    const i = this.nodes.length;
    this.#index.set(schema, i);
    this.nodes.push({ kind: 'unknown' }); // its place, filled below (a recursive schema finds its index)
    const node = this.#base(schema, defOf(schema), where);
    const checks = this.#checks(schema, where);
    this.nodes[i] = checks.length > 0 ? { ...node, checks } : node;
    return i;
  }

  /** The plan of a piece of `schema/pieces.ts`. */
  piece(piece: Piece, where: string): PlanPiece {
    if ('whole' in piece) return { whole: this.node(piece.whole, where) };
    const lists: Record<string, PlanPiece> = {};
    for (const [key, part] of piece.lists) lists[key] = this.piece(part, `${where}.${key}[]`);
    return { head: this.node(piece.head, where), lists };
  }

  #base(schema: z.ZodType, def: SchemaDef, where: string): PlanNode {
    const traits = schemaTraits(schema);
    const fail = (what: string): never => {
      throw new Error(`${where}: ${what} has no plan (src/schema/plan-from-zod.ts): write it with what plan.ts knows, or teach both files`);
    };
    if ((def as { coerce?: boolean }).coerce) fail('a coercing schema');
    if (traits.has('$ZodCheck') || traits.has('$ZodExactOptional')) fail(`a ${def.type} schema that is a check itself`);
    switch (def.type) {
      case 'string':
      case 'boolean':
        return { kind: def.type };
      case 'number':
        if (traits.has('$ZodNumberFormat')) fail('a number format (int, …)');
        return { kind: 'number' };
      case 'unknown':
      case 'any':
        return { kind: 'unknown' };
      case 'enum':
      case 'literal': {
        const values = schemaValues(schema);
        if (!values) return fail(`an ${def.type} without values`);
        for (const v of values) if (v !== null && !['string', 'number', 'boolean'].includes(typeof v)) fail(`an ${def.type} value of type ${typeof v}`);
        return { kind: 'values', values: [...values] as Array<string | number | boolean | null> };
      }
      case 'optional': {
        const inner = def.innerType as z.ZodType;
        return { kind: 'optional', inner: this.node(inner, where), defaulted: optionality(inner).optin === 'defaulted' };
      }
      case 'nullable':
        return { kind: 'nullable', inner: this.node(def.innerType as z.ZodType, where) };
      case 'default': {
        const value: unknown = def.defaultValue;
        if (!isPlainData(value)) fail('a default that is not plain data');
        return { kind: 'default', inner: this.node(def.innerType as z.ZodType, where), value };
      }
      case 'array':
        return { kind: 'array', element: this.node(def.element as z.ZodType, `${where}[]`) };
      case 'object': {
        const shape = def.shape as Record<string, z.ZodType>;
        if (Object.getOwnPropertySymbols(shape).length > 0 || Object.prototype.hasOwnProperty.call(shape, '__proto__')) fail('an object with a symbol or "__proto__" field');
        const catchall = def.catchall as z.ZodType | undefined;
        const strict = catchall !== undefined && defOf(catchall).type === 'never';
        if (catchall !== undefined && !strict) fail('an object with a catchall schema');
        const fields = Object.keys(shape).map((key): PlanField => {
          const field = shape[key]!;
          const { optin, optout } = optionality(field);
          const f: PlanField = { key, node: this.node(field, `${where}.${key}`) };
          if (optin === 'optional' || optin === 'defaulted') f.optin = optin;
          else if (optin !== undefined) fail(`field "${key}" with optin "${optin}"`);
          if (optout === 'optional') f.optout = optout;
          else if (optout !== undefined) fail(`field "${key}" with optout "${optout}"`);
          return f;
        });
        return { kind: 'object', strict, fields };
      }
      case 'record': {
        const keyType = def.keyType as z.ZodType;
        if ((def as { mode?: string }).mode === 'loose' || schemaValues(keyType) !== undefined) fail('a loose record, or one whose keys are an enum');
        return { kind: 'record', key: this.node(keyType, `${where} key`), value: this.node(def.valueType as z.ZodType, `${where}{}`) };
      }
      default:
        return fail(`a ${def.type} schema`);
    }
  }

  #checks(schema: z.ZodType, where: string): PlanCheck[] {
    return (defOf(schema).checks ?? []).map((check): PlanCheck => {
      const traits = schemaTraits(check);
      const def = defOf(check) as SchemaDef & { tx?: (v: unknown) => unknown; fn?: unknown; minimum?: number; maximum?: number; value?: unknown; inclusive?: boolean };
      const fail = (what: string): never => {
        throw new Error(`${where}: ${what} has no plan (src/schema/plan-from-zod.ts): use a check plan.ts knows, or a refinement of src/schema/predicates.ts`);
      };
      const length = traits.has('$ZodCheckMinLength') || traits.has('$ZodCheckMaxLength');
      // zod's length checks run when the value has a length (every string and array): their own `when`.
      if (def.when !== undefined && !length) fail('a check that runs only sometimes');
      if (traits.has('$ZodCheckRegex') && def.pattern instanceof RegExp) return { check: 'regex', source: def.pattern.source, flags: def.pattern.flags };
      if (traits.has('$ZodCheckOverwrite') && typeof def.tx === 'function') return isTrim(def.tx) ? { check: 'trim' } : fail('an overwrite that is not .trim()');
      if (traits.has('$ZodCustom')) {
        const name = PREDICATE_NAMES.get(def.fn);
        return name ? { check: 'refine', name } : fail('a refinement that is not one of PREDICATES');
      }
      if (traits.has('$ZodCheckMinLength') && typeof def.minimum === 'number') return { check: 'minLength', min: def.minimum };
      if (traits.has('$ZodCheckMaxLength') && typeof def.maximum === 'number') return { check: 'maxLength', max: def.maximum };
      if (traits.has('$ZodCheckGreaterThan') && typeof def.value === 'number') return { check: 'greaterThan', value: def.value, inclusive: Boolean(def.inclusive) };
      if (traits.has('$ZodCheckLessThan') && typeof def.value === 'number') return { check: 'lessThan', value: def.value, inclusive: Boolean(def.inclusive) };
      return fail(`a ${[...traits][0] ?? 'custom'} check`);
    });
  }
}

/** `node` with its parts' indexes passed through `to`. */
function renumbered(node: PlanNode, to: (i: number) => number): PlanNode {
  switch (node.kind) {
    case 'optional':
    case 'nullable':
    case 'default':
      return { ...node, inner: to(node.inner) };
    case 'array':
      return { ...node, element: to(node.element) };
    case 'record':
      return { ...node, key: to(node.key), value: to(node.value) };
    case 'object':
      return { ...node, fields: node.fields.map((f) => ({ ...f, node: to(f.node) })) };
    default:
      return node;
  }
}

/**
 * The plan with the nodes that say the same thing merged: the schemas build many alike
 * (`LocalizedText.optional()` in each record is a schema of its own), and the plan is downloaded by
 * every page with a `src`. Nodes are merged when they are equal once their parts are (repeated
 * until nothing changes), and keep the order of their first appearance.
 */
function merged(plan: SchemaPlan): SchemaPlan {
  let same = plan.nodes.map((_, i) => i);
  for (;;) {
    const first = new Map<string, number>();
    const next = plan.nodes.map((node, i) => {
      const key = JSON.stringify(renumbered(node, (j) => same[j]!));
      if (!first.has(key)) first.set(key, i);
      return first.get(key)!;
    });
    if (next.every((v, i) => v === same[i])) break;
    same = next;
  }
  const kept = [...new Set(same)].sort((a, b) => a - b);
  const index = new Map(kept.map((old, i) => [old, i]));
  const to = (i: number): number => index.get(same[i]!)!;
  const piece = (p: PlanPiece): PlanPiece =>
    'whole' in p ? { whole: to(p.whole) } : { head: to(p.head), lists: Object.fromEntries(Object.entries(p.lists).map(([key, part]) => [key, piece(part)])) };
  return { nodes: kept.map((old) => renumbered(plan.nodes[old]!, to)), document: piece(plan.document), recordLists: plan.recordLists };
}

/** The plan of the document's pieces and its record lists. */
export function schemaPlan(document: Piece, recordLists: readonly string[]): SchemaPlan {
  const writer = new PlanWriter();
  const piece = writer.piece(document, 'document');
  return merged({ nodes: writer.nodes, document: piece, recordLists: [...recordLists] });
}
