/**
 * `parseAtlasAsync`: `parseAtlas` in slices, for pages. The same steps (the copy, the shapes, the
 * rules, the index) give the same result, but the work is cut into slices of about
 * `SLICE_MS` milliseconds with a yield to the event loop between them (`scheduler.yield()` where
 * there is one, else a macrotask), so that a page checking a document of thousands of records still
 * answers input and paints meanwhile.
 *
 * Where the slices fall: the copy of the input (`startSnapshot`) pauses every few hundred values;
 * the shapes are checked record by record (each top-level list, and the items of each roadmap), the
 * rest of each object by its schema with those lists left out, then the records put back, which
 * gives the object zod gives for the whole document (`checkShapeInSlices`). When any record is
 * malformed, the shape issues, the reading of malformed records and the rules are steps
 * (`steps.ts`), the same as `parseAtlas` runs at once, here run in slices; the index is one task.
 */
import { z } from 'zod';
import { Atlas } from './atlas.js';
import { finish, internalError, tooLarge, type ParseResult } from './parse-result.js';
import { AtlasDocument, Roadmap, type AtlasDocument as AtlasDocumentType } from './schema/index.js';
import { buildWithoutCodegen } from './schema/no-codegen.js';
import type { Steps } from './steps.js';
import { startSnapshot, type Snapshot } from './validate-input.js';
import { checkLimits } from './validate-limits.js';
import { salvage } from './validate-partial.js';
import { ruleSteps } from './validate-rules.js';
import { shapeIssueSteps, type ShapeResult } from './validate-shape.js';

export interface ParseAtlasAsyncOptions {
  /** Stops the work at the next slice: the promise then rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/** About how long one slice of work runs before it yields. */
export const SLICE_MS = 8;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A macrotask, or `scheduler.yield()` where there is one (it lets input and painting in, then resumes first). */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Node: after the timers and I/O that are due.
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  // Browsers without scheduler.yield: a message, which setTimeout's 4 ms clamp does not delay.
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

class Slices {
  #start = now();
  readonly #signal: AbortSignal | undefined;
  constructor(signal: AbortSignal | undefined) {
    this.#signal = signal;
  }
  /** True when the current slice has run its time. */
  due = (): boolean => now() - this.#start >= SLICE_MS;
  /** Ends the slice: yields, then throws if aborted meanwhile. */
  async next(): Promise<void> {
    await yieldToEventLoop();
    this.#signal?.throwIfAborted();
    this.#start = now();
  }
  async nextIfDue(): Promise<void> {
    if (this.due()) await this.next();
  }
  /** Runs steps to the end, yielding whenever a slice has run its time. */
  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (this.due()) await this.next();
    }
  }
}

// ── Shapes, record by record ────────────────────────────────────────────────────────────────

type Parsed = { ok: true; data: unknown } | { ok: false };
/** Parses a value in slices; `schema`, when set, parses it in one piece (called directly, without a promise per record). */
type Parser = ((value: unknown, slices: Slices) => Promise<Parsed>) & { schema?: z.ZodType };

const inOnePiece = (schema: z.ZodType, value: unknown): Parsed => {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, data: r.data } : { ok: false };
};

/** `schema.safeParse`, in one piece. */
const whole = (schema: z.ZodType): Parser => Object.assign(async (value: unknown) => inOnePiece(schema, value), { schema });

/**
 * A parser of `schema` (an object schema) that checks the lists `lists` names one record at a time,
 * with `lists[key]` for each record, and the rest of the object by a copy of the schema in which those
 * lists are `z.array(z.unknown())` with the same default. Only lists of the form `z.array(…).default([])`
 * without checks of their own, in an object without checks of its own, are split: the result is
 * then the object the schema gives. Any other schema is parsed whole.
 */
function split(schema: z.ZodObject, lists: Record<string, Parser>): Parser {
  const plain = (s: z.ZodType) => (s._zod.def.checks?.length ?? 0) === 0;
  const keys = Object.keys(lists).filter((key) => {
    const field = schema.shape[key];
    if (!(field instanceof z.ZodDefault)) return false;
    const list = field.unwrap();
    const fallback: unknown = field._zod.def.defaultValue;
    return list instanceof z.ZodArray && plain(list) && Array.isArray(fallback) && fallback.length === 0;
  });
  const catchall = schema._zod.def.catchall;
  const strict = catchall instanceof z.ZodNever;
  if (!plain(schema) || keys.length === 0 || !(strict || catchall === undefined)) return whole(schema);
  const restore = buildWithoutCodegen();
  let head: z.ZodType;
  try {
    const shape: Record<string, z.ZodType> = { ...schema.shape };
    for (const key of keys) shape[key] = z.array(z.unknown()).default([]);
    head = strict ? z.strictObject(shape) : z.object(shape);
  } finally {
    restore();
  }
  return async (value, slices) => {
    const top = head.safeParse(value);
    if (!top.success) return { ok: false };
    const data = top.data as Record<string, unknown>;
    for (const key of keys) {
      const records = (value as Record<string, unknown>)[key];
      if (records === undefined) continue; // the default, an empty list
      const out: unknown[] = [];
      const parse = lists[key]!;
      for (const record of records as unknown[]) {
        if (slices.due()) await slices.next();
        const r = parse.schema ? inOnePiece(parse.schema, record) : await parse(record, slices);
        if (!r.ok) return { ok: false };
        out.push(r.data);
      }
      data[key] = out;
    }
    return { ok: true, data };
  };
}

const KINDS = ['sources', 'organizations', 'cities', 'networks', 'memberships', 'vocabularies', 'projects', 'roadmaps', 'events', 'people'] as const;

let documentParser: Parser | undefined;

/** The parser of a whole document: each kind of record one by one, and a roadmap's items one by one. */
function documentInSlices(): Parser {
  if (!documentParser) {
    const element = (kind: (typeof KINDS)[number]): z.ZodType => {
      const field = AtlasDocument.shape[kind] as z.ZodType;
      const list = field instanceof z.ZodDefault ? field.unwrap() : field;
      return list instanceof z.ZodArray ? (list.element as z.ZodType) : z.never();
    };
    const lists: Record<string, Parser> = {};
    for (const kind of KINDS) lists[kind] = whole(element(kind));
    const item = Roadmap.shape.items.unwrap().element as z.ZodType;
    lists.roadmaps = split(Roadmap, { items: whole(item) });
    documentParser = split(AtlasDocument, lists);
  }
  return documentParser;
}

/** `checkShape(snap)`, record by record: the same result. */
async function checkShapeInSlices(snap: Snapshot, slices: Slices): Promise<ShapeResult> {
  const r = await documentInSlices()(snap.value, slices);
  if (r.ok) return { ok: true, data: r.data as AtlasDocumentType };
  // Some record is malformed: the issues of the whole document, worded and ordered as parseAtlas does.
  await slices.next();
  return { ok: false, ...(await slices.run(shapeIssueSteps(snap))) };
}

/**
 * Validates an atlas document and builds its `Atlas`, like `parseAtlas`, with the same result (the
 * same `Atlas` contents or the same issues in the same order), in slices that yield to the event
 * loop between them. The input is read in slices too: do not change it until the promise settles.
 * Rejects only when `options.signal` aborts (with its reason).
 */
export async function parseAtlasAsync(input: unknown, options: ParseAtlasAsyncOptions = {}): Promise<ParseResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  const slices = new Slices(signal);
  try {
    await slices.next();
    const copying = startSnapshot(input);
    let snap: Snapshot | undefined;
    while (!(snap = copying.run(slices.due))) await slices.next();
    if (snap.tooLarge) return tooLarge();
    const limits = checkLimits(snap);
    if (limits.length > 0) return finish(limits, snap.value);
    await slices.nextIfDue();
    const shape = await checkShapeInSlices(snap, slices);
    if (!shape.ok) {
      await slices.next();
      const { doc, incomplete } = await slices.run(salvage(snap.value, shape.malformed));
      const rules = await slices.run(ruleSteps(doc, { incomplete }));
      await slices.nextIfDue();
      return finish([...shape.issues, ...rules], snap.value);
    }
    await slices.nextIfDue();
    const rules = await slices.run(ruleSteps(shape.data));
    if (rules.length > 0) {
      await slices.next();
      return finish(rules, snap.value);
    }
    await slices.next();
    return { ok: true, atlas: new Atlas(shape.data) };
  } catch (e) {
    if (signal?.aborted && e === signal.reason) throw e;
    return internalError(e);
  }
}
