/**
 * When some records have the wrong shape, the rules between records (references, unique ids, SDG
 * codes…) still run over the records that are well formed, so that an author sees every problem in
 * one pass instead of fixing shapes first and discovering broken references after.
 *
 * Invalid records are left out; a rule issue that names one of them by id (a reference to a city
 * whose record is malformed, say) is dropped, since the real problem is already reported on it.
 */
import { AtlasDocument, type AtlasDocument as AtlasDocumentType } from './schema/index.js';
import type { RawIssue } from './validate-input.js';

const KINDS = ['sources', 'organizations', 'cities', 'networks', 'memberships', 'vocabularies', 'projects', 'roadmaps', 'events'] as const;

export interface PartialDocument {
  doc: AtlasDocumentType;
  /** Maps an issue found on the partial document back to the paths of the original one. */
  remap(issue: RawIssue): RawIssue | undefined;
}

export function validSubset(value: unknown): PartialDocument | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const root = value as Record<string, unknown>;
  const kept: Record<string, unknown[]> = {};
  const originalIndex: Record<string, number[]> = {};
  const droppedIds = new Set<string>();
  for (const kind of KINDS) {
    const list = root[kind];
    kept[kind] = [];
    originalIndex[kind] = [];
    if (!Array.isArray(list)) continue;
    const element = AtlasDocument.shape[kind].unwrap().element;
    list.forEach((record, i) => {
      if (element.safeParse(record).success) {
        kept[kind].push(record);
        originalIndex[kind].push(i);
      } else if (record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string') {
        droppedIds.add((record as { id: string }).id);
      }
    });
  }
  const parsed = AtlasDocument.safeParse({ version: 1, defaultLanguage: typeof root.defaultLanguage === 'string' ? root.defaultLanguage : undefined, ...kept });
  if (!parsed.success) {
    const again = AtlasDocument.safeParse({ version: 1, ...kept });
    if (!again.success) return undefined;
    return build(again.data);
  }
  return build(parsed.data);

  function build(doc: AtlasDocumentType): PartialDocument {
    return {
      doc,
      remap(issue) {
        if ([...droppedIds].some((id) => issue.message.includes(`"${id}"`))) return undefined;
        const [kind, index, ...rest] = issue.path;
        if (typeof kind !== 'string' || typeof index !== 'number' || !(kind in originalIndex)) return issue;
        return { path: [kind, originalIndex[kind][index], ...rest], message: issue.message };
      },
    };
  }
}
