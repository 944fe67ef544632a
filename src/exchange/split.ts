/**
 * One document per network: its own records (the network, its memberships, projects, roadmaps,
 * events and vocabularies) and every record they refer to, followed from reference to reference
 * (cities, organisations, sources, a parent network, an event a roadmap was adopted at), so that
 * each document is valid on its own and can be an element's `src`. Pure.
 */
import type { Atlas } from '../atlas.js';
import { parseAtlas } from '../parse.js';
import type { AtlasIssue } from '../parse.js';
import { REFERENCES } from './layout.js';

function references(value: unknown, found: (kind: string, id: string) => void, key?: string): void {
  if (typeof value === 'string') {
    if (key && REFERENCES[key]) found(REFERENCES[key]!, value);
  } else if (Array.isArray(value)) value.forEach((v) => references(v, found, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) references(v, found, k);
}

export type SplitResult = { network: string; ok: true; document: Record<string, unknown> } | { network: string; ok: false; issues: AtlasIssue[] };

export function splitByNetwork(atlas: Atlas): SplitResult[] {
  const doc = atlas.document as unknown as Record<string, Array<Record<string, unknown>>> & { networks: Array<{ id: string; name: unknown }> };
  return atlas.document.networks.map((network) => {
    const mine = (kind: string, test: (r: Record<string, unknown>) => boolean) => (doc[kind] ?? []).filter(test);
    const own: Record<string, Array<Record<string, unknown>>> = {
      networks: [network as unknown as Record<string, unknown>],
      memberships: mine('memberships', (m) => m.network === network.id),
      projects: mine('projects', (p) => p.network === network.id),
      roadmaps: mine('roadmaps', (r) => r.network === network.id),
      events: mine('events', (e) => (e.networks as string[]).includes(network.id)),
      vocabularies: mine('vocabularies', (v) => v.network === network.id),
    };
    const included = new Map<string, Set<unknown>>();
    const queue: Array<Record<string, unknown>> = [];
    const include = (kind: string, record: Record<string, unknown> | undefined): void => {
      if (!record) return;
      const set = included.get(kind) ?? new Set();
      included.set(kind, set);
      if (set.has(record)) return;
      set.add(record);
      queue.push(record);
    };
    for (const [kind, records] of Object.entries(own)) records.forEach((r) => include(kind, r));
    while (queue.length > 0) {
      references(queue.shift(), (kind, id) => include(kind, (doc[kind] ?? []).find((r) => r.id === id)));
    }
    // In the order of the whole document, kind by kind.
    const out: Record<string, unknown> = { version: 1, defaultLanguage: atlas.document.defaultLanguage, title: network.name };
    for (const [kind, list] of Object.entries(doc)) {
      if (!Array.isArray(list)) continue;
      const set = included.get(kind);
      const records = set ? list.filter((r) => set.has(r)) : [];
      if (records.length > 0) out[kind] = records;
    }
    const checked = parseAtlas(out);
    return checked.ok ? { network: network.id, ok: true as const, document: out } : { network: network.id, ok: false as const, issues: checked.issues };
  });
}
