/**
 * The second step of `parseAtlas`: the zod schema, with every issue turned into a message that says
 * what was expected, what was found and what to do. The schema's own messages are kept; zod's
 * generic ones are replaced, and missing fields, unknown fields (with "did you mean") and invalid
 * choices get their own wording.
 */
import { z } from 'zod';
import { DATE_FORMS } from './dates.js';
import { DEFAULT_LANGUAGE } from './default-language.js';
import {
  AtlasDocument,
  Coordinates,
  CountryCode,
  DateSpec,
  Id,
  LangTag,
  LocalizedText,
  Period,
  SdgTargetCode,
  Sources,
  Url,
  type AtlasDocument as AtlasDocumentType,
} from './schema/index.js';
import { documentPieces, type Piece } from './schema/pieces.js';
import { RECORD_LISTS } from './schema/record-lists.js';
import { unwrapOptional as unwrap } from './schema/zod-internals.js';
import { runSteps, SLICE_END, type Steps } from './steps.js';
import { didYouMean, SuggestionBudget } from './suggest.js';
import { DOCUMENT_PIECES, parseInPieces } from './validate-pieces.js';
import { clip, describeValue, quote, valueAt, type Path, type PathSegment, type RawIssue, type Snapshot } from './validate-input.js';

/** What a zod issue says when the schema gave no message of its own: the mapper writes one. */
const DEFAULT = '\u0000default';

type Schema = z.ZodType;

/** The schema that applies at a path of the document, when the path goes through known fields. */
function schemaAt(path: Path): Schema | undefined {
  let s: Schema | undefined = AtlasDocument;
  for (const seg of path) {
    s = s && step(unwrap(s), seg);
    if (!s) return undefined;
  }
  return s;
}

function step(s: Schema, seg: PathSegment): Schema | undefined {
  if (s instanceof z.ZodObject) return Object.prototype.hasOwnProperty.call(s.shape, seg) ? (s.shape[seg as string] as Schema) : undefined;
  if (s instanceof z.ZodArray) return typeof seg === 'number' ? (s.element as Schema) : undefined;
  if (s instanceof z.ZodRecord) return s.valueType as Schema;
  return undefined;
}

/** The fields an object schema accepts, in the schema's order. */
function fieldsOf(s: Schema | undefined): string[] {
  const u = s && unwrap(s);
  return u instanceof z.ZodObject ? Object.keys(u.shape) : [];
}

/** For an id field, what it refers to, by the field's name. */
const REFERENCE_KIND: Record<string, [string, string]> = {
  city: ['city', 'tanger-ma'],
  place: ['city', 'tanger-ma'],
  network: ['network', 'mc2cm'],
  networks: ['network', 'mc2cm'],
  parent: ['network', 'mc2cm'],
  organization: ['organization', 'icmpd'],
  publisher: ['organization', 'icmpd'],
  event: ['event', 'tunis-meeting-2019'],
  adoptedAt: ['event', 'tunis-meeting-2019'],
  attestedAt: ['event', 'tunis-meeting-2019'],
  person: ['person', 'asmaa-rhlalou'],
  policyVocabulary: ['vocabulary', 'mc2cm-policy-recommendations'],
  policyAreas: ['policy-area term', 'access-to-education'],
  items: ['roadmap item', 'kickoff-meeting'],
  sources: ['source', 'mc2cm-brochure'],
};

function idDescription(key: PathSegment | undefined): string {
  const ref = typeof key === 'string' ? REFERENCE_KIND[key] : undefined;
  return ref ? `the id of a ${ref[0]}, like "${ref[1]}"` : 'an id like "tanger-ma" (lower-case letters, digits and single hyphens)';
}

/** A plain-language description of what a schema accepts; `key` is the field name, for ids. */
export function describeExpected(schema: Schema | undefined, key?: PathSegment): string {
  if (!schema) return 'a valid value';
  const s = unwrap(schema);
  if (s === AtlasDocument) return 'an atlas document: a JSON object like { "version": 1, "cities": [ … ], "networks": [ … ] }';
  if (s === LocalizedText) return 'a localized text like { "fr": "…" } (one string per language)';
  if (s === Id) return idDescription(key);
  if (s === LangTag) return 'a language tag like "fr", "en", "ar" or "ar-MA"';
  if (s === CountryCode) return 'a two-letter country code like "MA" (ISO 3166-1 alpha-2)';
  if (s === Url) return 'a link like "https://example.org" (http, https or mailto)';
  if (s === DateSpec) return `a date string (${DATE_FORMS}), like "2017-04"`;
  if (s === Period) return 'a period like { "planned": "2019" } or { "actual": "2019-04-05" }';
  if (s === Coordinates) return 'coordinates like { "lat": 35.77, "lon": -5.8 } (decimal degrees)';
  if (s === Sources) return 'a list of source ids like ["mc2cm-brochure"] (at least one)';
  if (s === SdgTargetCode) return 'an SDG target code like "10.7"';
  if (s instanceof z.ZodEnum) return `one of ${s.options.map((o) => JSON.stringify(o)).join(', ')}`;
  if (s instanceof z.ZodLiteral) return `the value ${[...s.values].map((v) => JSON.stringify(v)).join(' or ')}`;
  if (s instanceof z.ZodArray) {
    const el = unwrap(s.element as Schema);
    if (el === Id) return `a list of ids (${idDescription(key)})`;
    if (el === LocalizedText) return 'a list of localized texts like [{ "fr": "…" }]';
    if (el instanceof z.ZodEnum) return `a list of values from ${el.options.map((o) => JSON.stringify(o)).join(', ')}`;
    if (el instanceof z.ZodObject) return `a list of objects like [{ ${objectSketch(el)} }]`;
    if (el === SdgTargetCode) return 'a list of SDG target codes like ["10.7", "16.b"]';
    return 'a list (a JSON array)';
  }
  if (s instanceof z.ZodObject) return `an object like { ${objectSketch(s)} }`;
  if (s instanceof z.ZodRecord) return 'an object';
  if (s instanceof z.ZodString) return key === 'defaultLanguage' || key === 'language' ? 'a language tag like "fr", "en" or "ar-MA"' : 'a string';
  if (s instanceof z.ZodNumber) return 'a number';
  if (s instanceof z.ZodBoolean) return 'true or false';
  return 'a valid value';
}

function objectSketch(s: z.ZodObject): string {
  const entries = Object.entries(s.shape as Record<string, Schema>);
  const required = entries.filter(([, v]) => !(v instanceof z.ZodOptional || v instanceof z.ZodDefault)).map(([k]) => k);
  const shown = (required.length > 0 ? required : entries.map(([k]) => k)).slice(0, 4);
  return shown.map((k) => `"${k}": …`).join(', ') + (entries.length > shown.length ? ', …' : '');
}

/** The message zod would give when the schema has none: marked, so the mapper writes its own. */
const fallback: z.core.$ZodErrorMap = () => DEFAULT;

/** What the last segment names, for "is required" messages: `"name"` or `item 3`. */
function fieldName(path: Path): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `item ${last}` : `"${String(last)}"`;
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${Number(n) === 1 ? '' : 's'}`;
}

/** Turns one zod issue into the project's issues (an unknown-keys issue becomes one per key). */
function mapIssue(issue: z.core.$ZodIssue, snap: Snapshot, language: string, budget: SuggestionBudget): RawIssue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as PathSegment[];
  const own = issue.message !== DEFAULT ? issue.message : undefined;
  const at = valueAt(snap.value, path);
  const schema = schemaAt(path);
  const key = path[path.length - 1];
  const expected = () => describeExpected(schema, key);
  const received = () => describeValue(at.value, snap.markers);

  // A value the copy could not take (a throwing getter, a cycle, a class instance …).
  if (typeof at.value === 'symbol' && snap.markers.has(at.value)) {
    return [{ path, message: `found ${received()}; expected ${expected()}` }];
  }

  // A required field that is absent (or `undefined`).
  if (path.length > 0 && !at.found && at.parent !== null && typeof at.parent === 'object' && !Array.isArray(at.parent)) {
    return [{ path, message: `${fieldName(path)} is required: ${expected()}` }];
  }

  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0) return [{ path, message: `expected ${describeExpected(AtlasDocument)}; received ${received()}` }];
      let message = own ?? `expected ${expected()}`;
      if (!/received/.test(message)) message += `; received ${received()}`;
      if (unwrap(schema ?? z.never()) === LocalizedText && typeof at.value === 'string' && at.value.trim() !== '') {
        message += `; write it as { ${JSON.stringify(language)}: ${quote(at.value)} }`;
      }
      return [{ path, message }];
    }
    case 'unrecognized_keys': {
      const present = at.value !== null && typeof at.value === 'object' ? Object.keys(at.value) : [];
      const allowed = fieldsOf(schema).filter((k) => !present.includes(k));
      return issue.keys.map((k) => {
        const hint = didYouMean(k, allowed, { budget });
        const all = fieldsOf(schema);
        return {
          path: [...path, k],
          message: `unknown field ${quote(k)}${hint || `; remove it${all.length > 0 ? ` (the fields allowed here are ${all.join(', ')})` : ''}`}`,
        };
      });
    }
    case 'invalid_key': {
      const inner = issue.issues.map((i) => i.message).filter((m) => m && m !== DEFAULT);
      const k = String(key);
      const message = inner.length > 0 ? inner.join('; ') : `${quote(k)} is not an allowed key here`;
      return [{ path, message }];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      let message = own ?? `${typeof at.value === 'string' ? quote(at.value) : received()} is not allowed here; use ${values.length === 1 ? values[0] : `one of ${values.join(', ')}`}`;
      if (typeof at.value === 'string') {
        message += didYouMean(
          at.value,
          issue.values.filter((v): v is string => typeof v === 'string'),
          { budget },
        );
      }
      return [{ path, message }];
    }
    case 'too_small': {
      if (own) return [{ path, message: own }];
      const n = issue.minimum;
      const message =
        issue.origin === 'array' ? `needs at least ${plural(n, 'item')}` : issue.origin === 'string' ? (Number(n) <= 1 ? 'must not be empty' : `needs at least ${plural(n, 'character')}`) : `must be at least ${n}`;
      return [{ path, message }];
    }
    case 'too_big': {
      if (own) return [{ path, message: own }];
      const n = issue.maximum;
      const message = issue.origin === 'array' ? `may have at most ${plural(n, 'item')}` : issue.origin === 'string' ? `may have at most ${plural(n, 'character')}` : `must be at most ${n}`;
      return [{ path, message }];
    }
    case 'invalid_format':
      return [{ path, message: own ?? `${typeof at.value === 'string' ? quote(at.value) : received()} is not in the expected form; expected ${expected()}` }];
    default:
      return [{ path, message: own ?? `invalid value: expected ${expected()}; received ${received()}` }];
  }
}

/** Shortens long quoted values inside a message (a schema message may quote a 5 MB string). */
function shortenQuoted(message: string): string {
  return message.length <= 200 ? message : message.replace(/"([^"]{100,})"/g, (_, inner: string) => quote(inner));
}

export type ShapeResult = { ok: true; data: AtlasDocumentType } | { ok: false; issues: RawIssue[]; malformed: Set<string> };

/** The key of a record in `malformed`: `cities/3`. */
export const recordKey = (kind: string, index: number): string => `${kind}/${index}`;

/**
 * Checks the shape of the snapshot with the zod schema, as steps: record by record (`validate-pieces.ts`),
 * then, when a record is malformed, the issues of the whole document, worded and ordered for people.
 */
export function* shapeSteps(snap: Snapshot): Steps<ShapeResult> {
  const r = yield* parseInPieces(DOCUMENT_PIECES, snap.value, documentPieces());
  if (r.ok) return { ok: true, data: r.data as AtlasDocumentType };
  yield SLICE_END;
  return { ok: false, ...(yield* shapeIssueSteps(snap)) };
}

/** Checks the shape of the snapshot with the zod schema, at once. */
export function checkShape(snap: Snapshot): ShapeResult {
  return runSteps(shapeSteps(snap));
}

/** The zod issues of `value` by `schema`, with `prefix` before their paths. */
function zodIssuesOf(schema: z.ZodType, value: unknown, prefix: PathSegment[], out: z.core.$ZodIssue[]): void {
  const r = schema.safeParse(value, { error: fallback });
  if (!r.success) for (const issue of r.error.issues) out.push({ ...issue, path: [...prefix, ...issue.path] });
}

/**
 * The zod issues of one record, as steps: in one piece, or, when it holds cut lists (a roadmap of
 * thousands of items), the record without them, then each of their items (one step each).
 */
function* issuesOf(piece: Piece, record: unknown, prefix: PathSegment[], out: z.core.$ZodIssue[]): Steps<void> {
  const value = record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : undefined;
  if ('whole' in piece || !value || ![...piece.lists.keys()].some((key) => Array.isArray(value[key]))) {
    zodIssuesOf('whole' in piece ? piece.whole : piece.schema, record, prefix, out);
    return;
  }
  zodIssuesOf(piece.head, record, prefix, out);
  for (const [key, part] of piece.lists) {
    const items = value[key];
    if (!Array.isArray(items)) continue;
    for (let j = 0; j < items.length; j++) {
      yield* issuesOf(part, items[j], [...prefix, key, j], out);
      yield;
    }
  }
}

/**
 * The shape issues of a document that fails the schema, as steps: the document without its records,
 * then each record by its own schema (one step each), which gives the issues zod gives for the whole
 * document, record by record, so that `parseAtlasAsync` can yield between them.
 */
export function* shapeIssueSteps(snap: Snapshot): Steps<{ issues: RawIssue[]; malformed: Set<string> }> {
  const root = snap.value as Record<string, unknown> | null;
  const language = root && typeof root === 'object' && typeof root.defaultLanguage === 'string' && root.defaultLanguage.length <= 20 ? root.defaultLanguage : DEFAULT_LANGUAGE;
  // Thousands of unknown fields or values must not each get a search: one budget for the document.
  const budget = new SuggestionBudget();
  const zodIssues: z.core.$ZodIssue[] = [];
  /** The records with shape issues (the others are valid as they are). */
  const malformed = new Set<string>();
  const document = documentPieces();
  zodIssuesOf(document.head, snap.value, [], zodIssues);
  if (root && typeof root === 'object' && !Array.isArray(root)) {
    for (const kind of RECORD_LISTS) {
      const list = root[kind];
      if (!Array.isArray(list)) continue;
      const piece = document.lists.get(kind)!;
      for (let i = 0; i < list.length; i++) {
        const before = zodIssues.length;
        yield* issuesOf(piece, list[i], [kind, i], zodIssues);
        if (zodIssues.length > before) malformed.add(recordKey(kind, i));
        yield;
      }
    }
  }
  const issues = zodIssues.flatMap((issue) => mapIssue(issue, snap, language, budget));
  return { issues: issues.map((i) => ({ path: i.path, message: clip(shortenQuoted(i.message), 600) })), malformed };
}
