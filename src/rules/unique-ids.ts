/** Rule family: ids are unique (records by kind, roadmap items across roadmaps, sections and terms within their parent). */
import type { Steps } from '../steps.js';
import { formatPath, quote, type Path } from '../validate-input.js';
import { present, str, type Kind, type LooseDocument, type RuleContext } from './context.js';

/** What the other rules look ids up in. */
export interface IdIndex {
  /** For each kind, id → index (in its list) of the record that first used it. */
  ids: Record<Kind, Map<string, number>>;
  /** Roadmap item id → its roadmap and path. */
  itemRoadmap: Map<string, { roadmap: string | undefined; path: Path }>;
  /** Vocabulary id → the ids of its terms. */
  termsOf: Map<string, Set<string>>;
}

/**
 * Map of id → index of the record that first used it; duplicates are reported. A plain loop, and
 * paths made only for a message: it runs for every record of the document.
 */
function register(ctx: RuleContext, kind: string, records: ReadonlyArray<{ readonly id?: string } | undefined | null> | undefined, base: Path, scope = ''): Map<string, number> {
  const seen = new Map<string, number>();
  if (!records) return seen;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r === undefined || r === null || !str(r.id)) continue;
    const first = seen.get(r.id);
    if (first !== undefined) {
      ctx.report([...base, i, 'id'], `duplicate ${kind} id ${quote(r.id)}${scope}: ${formatPath([...base, first])} already uses it; give each ${kind} its own id`);
    } else seen.set(r.id, i);
  }
  return seen;
}

export function* uniqueIds(doc: LooseDocument, ctx: RuleContext): Steps<IdIndex> {
  const ids: Record<Kind, Map<string, number>> = {
    source: register(ctx, 'source', doc.sources, ['sources']),
    organization: register(ctx, 'organization', doc.organizations, ['organizations']),
    city: register(ctx, 'city', doc.cities, ['cities']),
    network: register(ctx, 'network', doc.networks, ['networks']),
    vocabulary: register(ctx, 'vocabulary', doc.vocabularies, ['vocabularies']),
    project: register(ctx, 'project', doc.projects, ['projects']),
    roadmap: register(ctx, 'roadmap', doc.roadmaps, ['roadmaps']),
    event: register(ctx, 'event', doc.events, ['events']),
    person: register(ctx, 'person', doc.people, ['people']),
  };
  yield;

  // Roadmap items: unique across all roadmaps. Sections: unique within their roadmap.
  const itemRoadmap: IdIndex['itemRoadmap'] = new Map();
  for (const [roadmap, r] of present(doc.roadmaps)) {
    for (const [item, i] of present(roadmap.items)) {
      if (!str(item.id)) continue;
      const path: Path = ['roadmaps', r, 'items', i];
      const first = itemRoadmap.get(item.id);
      if (first) {
        ctx.report([...path, 'id'], `duplicate roadmap item id ${quote(item.id)}: ${formatPath(first.path)} already uses it (item ids are unique across all roadmaps); give each item its own id`);
      } else itemRoadmap.set(item.id, { roadmap: roadmap.id, path });
    }
    if (roadmap.sections) register(ctx, 'section', roadmap.sections, ['roadmaps', r, 'sections'], ` in roadmap ${quote(String(roadmap.id))}`);
    yield;
  }

  // Vocabulary terms: unique within their vocabulary.
  const termsOf = new Map<string, Set<string>>();
  for (const [v, i] of present(doc.vocabularies)) {
    const terms = register(ctx, 'term', v.terms, ['vocabularies', i, 'terms'], ` in vocabulary ${quote(String(v.id))}`);
    if (str(v.id) && !termsOf.has(v.id)) termsOf.set(v.id, new Set(terms.keys()));
    yield;
  }
  return { ids, itemRoadmap, termsOf };
}
