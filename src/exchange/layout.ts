/**
 * How an atlas document is laid out as tables (workbook sheets, CSV files), decided once, here, and
 * read off the schema (`AtlasDocument`), so that a record kind or a field added to the schema later
 * gets its sheet and columns with no change to this file:
 * - one sheet per record kind (`Cities`, `Projects`, …), one row per record, and a sheet `Atlas`
 *   for the document's own fields;
 * - a nested object is flattened into dotted columns (`place.city`, `coordinates.lat`);
 * - a localized text gets one column per language tag (`title.fr`, `title.en`, `title.ar-t-fr`);
 * - a list of plain values (ids, roles, SDG codes) sits in one cell, separated by `;`;
 * - a list of objects or of texts (a project's organisations, its activities) gets a child sheet
 *   (`Projects.organizations`) whose rows name their parent: by its id (column `projects.id`) or,
 *   for a parent without an id, by its position among its siblings (column `agenda.#`, from 1).
 *   The order of the rows is the order of the list.
 * Pure: no file, no DOM (the workbook and CSV files are written in `workbook.ts` and `csv.ts`).
 */
import { AtlasDocument, SdgTargetCode } from '../schema/entities.js';
import { CountryCode, DateSpec, Id, LangTag, LocalizedText, Url } from '../schema/primitives.js';
// The schema's definitions are read through the one file that knows zod's internals.
import { defOf as def } from '../schema/zod-internals.js';

/** What a value means, for help texts and drop-down lists (the schema's shared primitives, by identity). */
export type Meaning = 'id' | 'date' | 'country' | 'sdg' | 'url' | 'lang' | 'text' | 'number' | 'choice' | 'other';

/** A column-level field of a record: a plain value, a `;`-separated list, or a localized text (one column per language). */
export interface Field {
  /** The path inside the element, e.g. `["place", "city"]`. */
  path: string[];
  /** The column name, or for a text the prefix of its columns: `place.city`, `title`. */
  name: string;
  shape: 'value' | 'list' | 'text';
  meaning: Meaning;
  /** The allowed values of an enum (or of each item of a list of enums). */
  options?: readonly string[];
  /** Required by the schema (for a text: at least one language). */
  required: boolean;
}

/** The key columns that tie a child row to its parent: an id, or a position (from 1) among siblings. */
export interface Key {
  header: string;
  by: 'id' | 'position';
}

export interface Table {
  /** The sheet name, also the CSV file name (without `.csv`). At most 31 characters (a spreadsheet limit). */
  sheet: string;
  /** The path of the list in the document, e.g. `["roadmaps", "items", "cities"]`; `[]` for the `Atlas` sheet. */
  path: string[];
  /** One per ancestor list (none for a record kind's own sheet). */
  keys: Key[];
  fields: Field[];
  /** The element of the list has an `id` (its children are keyed by it). */
  hasId: boolean;
  /** The element is a localized text itself (a project's `activities`), not an object. */
  textElement: boolean;
  /** Child sheets, each for a list of objects or texts inside this element. */
  children: Table[];
  parent?: Table;
}

/** The sheet of the document's own fields (`version`, `title`, …): one row. */
export const ATLAS_SHEET = 'Atlas';
/** A sheet of the allowed values of the drop-down lists, ignored on import. */
export const LISTS_SHEET = 'Lists';
/**
 * The fields that name another record, and the list of the document that holds it (for the
 * drop-down lists of ids in the workbook, and to follow references when splitting by network).
 */
export const REFERENCES: Readonly<Record<string, string>> = {
  city: 'cities',
  place: 'cities',
  organization: 'organizations',
  publisher: 'organizations',
  network: 'networks',
  networks: 'networks',
  parent: 'networks',
  event: 'events',
  adoptedAt: 'events',
  sources: 'sources',
  policyVocabulary: 'vocabularies',
  person: 'people',
};

/** The sheet of a record kind: `cities` → `Cities`. */
export const kindSheet = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

/** The separator of lists in a cell. Ids, roles, codes and tags never contain it. */
export const LIST_SEPARATOR = ';';

function unwrap(schema: unknown): { schema: unknown; optional: boolean } {
  let s = schema;
  let optional = false;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') {
      optional = true;
      s = d.innerType;
    } else return { schema: s, optional };
  }
}

function meaningOf(schema: unknown): Meaning {
  if (schema === Id) return 'id';
  if (schema === DateSpec) return 'date';
  if (schema === CountryCode) return 'country';
  if (schema === SdgTargetCode) return 'sdg';
  if (schema === Url) return 'url';
  if (schema === LangTag) return 'lang';
  const t = def(schema).type;
  if (t === 'number') return 'number';
  if (t === 'enum') return 'choice';
  if (t === 'literal') return typeof def(schema).values?.[0] === 'number' ? 'number' : 'choice';
  return 'other';
}

const isText = (schema: unknown): boolean => schema === LocalizedText || def(schema).type === 'record';
const isObject = (schema: unknown): boolean => def(schema).type === 'object';
const optionsOf = (schema: unknown): readonly string[] | undefined => {
  const d = def(schema);
  if (d.type === 'enum' && d.entries) return Object.values(d.entries);
  if (d.type === 'literal' && d.values) return d.values.map(String);
  return undefined;
};

/** Sheet name of a child list: the parent's sheet and the field, `Projects.organizations`. */
const childSheet = (parent: string, field: string[]): string => `${parent}.${field.join('.')}`;

/** The fields of an object schema, flattened; lists of objects or texts become child tables. */
function walk(shape: Record<string, unknown>, prefix: string[], optionalParent: boolean, table: Table): void {
  for (const [key, raw] of Object.entries(shape)) {
    const { schema, optional } = unwrap(raw);
    const path = [...prefix, key];
    const required = !optional && !optionalParent;
    const d = def(schema);
    if (isText(schema)) {
      table.fields.push({ path, name: path.join('.'), shape: 'text', meaning: 'text', required });
    } else if (isObject(schema)) {
      walk(d.shape!, path, optionalParent || optional, table);
    } else if (d.type === 'array') {
      const element = unwrap(d.element).schema;
      if (isObject(element) || isText(element)) {
        table.children.push(makeTable(childSheet(table.sheet, path), [...table.path, ...path], element, table));
      } else {
        table.fields.push({ path, name: path.join('.'), shape: 'list', meaning: meaningOf(element), options: optionsOf(element), required });
      }
    } else {
      table.fields.push({ path, name: path.join('.'), shape: 'value', meaning: meaningOf(schema), options: optionsOf(schema), required });
    }
  }
}

function makeTable(sheet: string, path: string[], element: unknown, parent?: Table): Table {
  const keys: Key[] = parent ? [...parent.keys, { header: `${parent.path.at(-1)}.${parent.hasId ? 'id' : '#'}`, by: parent.hasId ? 'id' : 'position' }] : [];
  const textElement = isText(element);
  const hasId = !textElement && def(element).shape !== undefined && 'id' in def(element).shape!;
  const table: Table = { sheet, path, keys, fields: [], hasId, textElement, children: [], parent };
  if (textElement) table.fields.push({ path: [], name: path.at(-1)!, shape: 'text', meaning: 'text', required: true });
  else walk(def(element).shape!, [], false, table);
  return table;
}

/** The tables of an atlas document, in the order of its record kinds, each followed by its children. */
export function atlasTables(): Table[] {
  const shape = def(AtlasDocument).shape!;
  const own: Record<string, unknown> = {};
  const lists: Table[] = [];
  for (const [key, raw] of Object.entries(shape)) {
    const { schema } = unwrap(raw);
    if (def(schema).type === 'array') lists.push(makeTable(kindSheet(key), [key], unwrap(def(schema).element).schema));
    else own[key] = raw;
  }
  const atlas: Table = { sheet: ATLAS_SHEET, path: [], keys: [], fields: [], hasId: false, textElement: false, children: [] };
  walk(own, [], false, atlas);
  const flat: Table[] = [atlas];
  const add = (t: Table): void => {
    flat.push(t);
    t.children.forEach(add);
  };
  lists.forEach(add);
  return flat;
}

/** The order languages get their columns in: French, English, Arabic (the network's languages), then the others by tag. */
export function orderLanguages(tags: Iterable<string>): string[] {
  const rank = (t: string): number => {
    const i = ['fr', 'en', 'ar'].indexOf(t.split('-')[0]!.toLowerCase());
    return i < 0 ? 3 : i;
  };
  return [...new Set(tags)].sort((a, b) => rank(a) - rank(b) || (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Every language tag used by a localized text of the document (found through the schema), plus `extra`. */
export function documentLanguages(doc: Record<string, unknown>, extra: readonly string[] = []): string[] {
  const tags = new Set<string>(extra);
  for (const table of atlasTables()) {
    for (const { element } of elementsOf(doc, table)) {
      for (const field of table.fields) {
        if (field.shape !== 'text') continue;
        const text = field.path.length === 0 ? element : getPath(element, field.path);
        if (text && typeof text === 'object') Object.keys(text).forEach((t) => tags.add(t));
      }
    }
  }
  return orderLanguages(tags);
}

/** The column headers of a table, with one column per language for each text. */
export function headers(table: Table, languages: readonly string[]): string[] {
  return [...table.keys.map((k) => k.header), ...table.fields.flatMap((f) => (f.shape === 'text' ? languages.map((l) => `${f.name}.${l}`) : [f.name]))];
}

export function getPath(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** An element of a table's list in a document, with the keys of its ancestors and its JSON path. */
export interface Located {
  element: unknown;
  keys: string[];
  /** The JSON path of the element, e.g. `["projects", 3, "organizations", 0]`. */
  at: (string | number)[];
}

/** The elements of a table's list, in document order (for the `Atlas` sheet: the document itself). */
export function elementsOf(doc: Record<string, unknown>, table: Table): Located[] {
  if (table.path.length === 0) return [{ element: doc, keys: [], at: [] }];
  if (!table.parent) {
    const list = doc[table.path[0]!];
    return Array.isArray(list) ? list.map((element, i) => ({ element, keys: [], at: [table.path[0]!, i] })) : [];
  }
  const field = table.path.slice(table.parent.path.length);
  return elementsOf(doc, table.parent).flatMap((p) => {
    const list = getPath(p.element, field);
    if (!Array.isArray(list)) return [];
    // A parent without an id is named by its position (from 1) in its own list.
    const own = table.parent!.hasId ? String((p.element as { id?: unknown }).id ?? '') : String((p.at.at(-1) as number) + 1);
    return list.map((element, i) => ({ element, keys: [...p.keys, own], at: [...p.at, ...field, i] }));
  });
}

export type Cell = string | number | undefined;

/** A table's rows for a document: each cell a string or a number, `undefined` when empty. */
export function tableRows(doc: Record<string, unknown>, table: Table, languages: readonly string[]): Cell[][] {
  return elementsOf(doc, table).map(({ element, keys }) => [
    ...keys,
    ...table.fields.flatMap((f): Cell[] => {
      const value = f.path.length === 0 ? element : getPath(element, f.path);
      if (f.shape === 'text') return languages.map((l) => (value && typeof value === 'object' ? ((value as Record<string, string>)[l] ?? undefined) : undefined));
      if (f.shape === 'list') return [Array.isArray(value) && value.length > 0 ? value.join(`${LIST_SEPARATOR} `) : undefined];
      return [typeof value === 'number' || typeof value === 'string' ? value : undefined];
    }),
  ]);
}
