/**
 * Layered data: the bundled dataset, say, with a network's own file on top. Records are merged by
 * id, kind by kind (a record of a later layer replaces the record of the same id of an earlier one,
 * whole; a new id is added after the others), then validated together, so that a layer may hold
 * only its additions and refer to the records of the layers below it. The result says which layer
 * each record came from; an issue names the layer and the path inside it.
 *
 * Pure; `loadAtlas` (`load-atlas.ts`) fetches the layers first. Separate from it so that code that
 * brings its own layers (an element, with the view of the bundled dataset it already has) never
 * reaches the loader of the whole bundled dataset.
 */
import type { Atlas } from './atlas.js';
import { parseAtlas } from './parse.js';
import { RECORD_LISTS } from './schema/record-lists.js';

/** One layer: a document and the name issues and provenance give it (a file name, a URL, `default`). */
export interface AtlasLayer {
  label: string;
  document: unknown;
}

/** Where a record came from: the label of its layer, and whether it replaced a record of a layer below. */
export interface RecordOrigin {
  layer: string;
  overrides?: string;
}

export interface LayeredIssue {
  /** The label of the layer the issue is in (the last layer that gave the value). */
  layer: string;
  /** The JSON path inside that layer's document. */
  path: string;
  message: string;
}

export type LayeredResult =
  | { ok: true; atlas: Atlas; document: Record<string, unknown>; origin: (kind: string, key: string) => RecordOrigin | undefined }
  | { ok: false; issues: LayeredIssue[] };

/**
 * The key records of a kind are merged by: the `id`, or for a record without one (a membership),
 * the ids it ties together (`city` and `network`): a layer that gives the membership of the same
 * city in the same network replaces it.
 */
export function recordKey(record: unknown): string | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  if (typeof r.id === 'string') return r.id;
  if (typeof r.city === 'string' && typeof r.network === 'string') return `${r.city}@${r.network}`;
  return undefined;
}

/** Merges layers into one document (not validated), with the origin of every record. */
export function mergeLayers(layers: readonly AtlasLayer[]): {
  document: Record<string, unknown>;
  origins: Map<string, Map<string, RecordOrigin>>;
  /** For each record path of the merged document (`projects[3]`), its layer and path there. */
  paths: Map<string, { layer: string; path: string }>;
  issues: LayeredIssue[];
} {
  const kinds: readonly string[] = RECORD_LISTS;
  const document: Record<string, unknown> = {};
  const origins = new Map<string, Map<string, RecordOrigin>>();
  const issues: LayeredIssue[] = [];
  const lists = new Map<string, { record: unknown; layer: string; index: number }[]>();
  const positions = new Map<string, Map<string, number>>();
  for (const { label, document: doc } of layers) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      issues.push({ layer: label, path: '', message: 'expected an atlas document: a JSON object like { "version": 1, "cities": [ … ] }' });
      continue;
    }
    for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
      if (!kinds.includes(key)) {
        // The document's own fields (version, title, defaultLanguage): the last layer that gives one wins.
        document[key] = value;
        continue;
      }
      if (!Array.isArray(value)) {
        issues.push({ layer: label, path: key, message: `expected a list of ${key}` });
        continue;
      }
      const list = lists.get(key) ?? [];
      lists.set(key, list);
      const of = origins.get(key) ?? new Map<string, RecordOrigin>();
      origins.set(key, of);
      // Where each key sits in the merged list (the first record of a key in a layer: a second one in
      // the same layer is kept beside it, and reported as a duplicate by the validation).
      const at = positions.get(key) ?? new Map<string, number>();
      positions.set(key, at);
      value.forEach((record, index) => {
        const id = recordKey(record);
        const i = id === undefined ? undefined : at.get(id);
        if (i !== undefined && list[i]!.layer !== label) {
          of.set(id!, { layer: label, overrides: list[i]!.layer });
          list[i] = { record, layer: label, index };
        } else {
          if (id !== undefined && i === undefined) {
            of.set(id, { layer: label });
            at.set(id, list.length);
          }
          list.push({ record, layer: label, index });
        }
      });
    }
  }
  const paths = new Map<string, { layer: string; path: string }>();
  for (const [kind, list] of lists) {
    document[kind] = list.map((e) => e.record);
    list.forEach((e, i) => paths.set(`${kind}[${i}]`, { layer: e.layer, path: `${kind}[${e.index}]` }));
  }
  return { document, origins, paths, issues };
}

/** Merges and validates layers: one `Atlas`, or every issue with the layer and path it is in. */
export function parseLayers(layers: readonly AtlasLayer[]): LayeredResult {
  const { document, origins, paths, issues } = mergeLayers(layers);
  if (issues.length > 0) return { ok: false, issues };
  const result = parseAtlas(document);
  const top = layers.at(-1)?.label ?? '';
  if (!result.ok) {
    return {
      ok: false,
      issues: result.issues.map((i) => {
        const record = /^[A-Za-z]+\[\d+\]/.exec(i.path)?.[0];
        const at = record ? paths.get(record) : undefined;
        // Paths in the message (`projects[12] already uses it`) are paths of the merged document: named by layer too.
        const message = i.message.replace(/\b[a-z]+\[\d+\]/g, (m) => {
          const p = paths.get(m);
          return p ? `${p.layer}: ${p.path}` : m;
        });
        return at ? { layer: at.layer, path: at.path + i.path.slice(record!.length), message } : { layer: top, path: i.path, message };
      }),
    };
  }
  return { ok: true, atlas: result.atlas, document, origin: (kind, key) => origins.get(kind)?.get(key) };
}

