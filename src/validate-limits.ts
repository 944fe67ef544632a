/**
 * The size limits of `limits.ts` that the validator checks, between the copy of the input and the
 * schema: a text longer than `MAX_TEXT_CHARS` or more than `MAX_RECORDS` records and the document
 * is refused with these issues alone, before zod or the rules spend time (and memory) on it.
 */
import { formatCount, MAX_RECORDS, MAX_TEXT_CHARS } from './limits.js';
import { RECORD_LISTS } from './schema/record-lists.js';
import type { RawIssue, Snapshot } from './validate-input.js';

/** Records of a document: the items of its top-level lists, the items of its roadmaps and the terms of its vocabularies. */
export function countRecords(value: unknown): number {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 0;
  const root = value as Record<string, unknown>;
  let n = 0;
  for (const kind of RECORD_LISTS) {
    const list = root[kind];
    if (!Array.isArray(list)) continue;
    n += list.length;
    if (kind !== 'roadmaps' && kind !== 'vocabularies') continue;
    const inner = kind === 'roadmaps' ? 'items' : 'terms';
    for (const record of list) {
      const items = record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[inner] : undefined;
      if (Array.isArray(items)) n += items.length;
    }
  }
  return n;
}

export function checkLimits(snap: Snapshot): RawIssue[] {
  const issues: RawIssue[] = snap.longTexts.map(({ path, length, key }) => ({
    path,
    message: `${key ? 'a field name of ' : ''}${formatCount(length)} characters, more than the limit of ${formatCount(MAX_TEXT_CHARS)}; shorten it`,
  }));
  const records = countRecords(snap.value);
  if (records > MAX_RECORDS) {
    issues.push({
      path: [],
      message: `the document holds ${formatCount(records)} records (cities, memberships, projects, roadmap items…), more than the limit of ${formatCount(MAX_RECORDS)}; split it into several documents`,
    });
  }
  return issues;
}
