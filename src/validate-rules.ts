/**
 * The third step of `parseAtlas`, run once the shapes are valid: the rules that tie records
 * together. Ids are unique, every reference resolves (with a suggestion when it does not), SDG
 * codes exist, no network is its own ancestor, membership dates are in order.
 */
import { dateKey, parseDateSpec } from './dates.js';
import type { AtlasDocument, OrganizationLink } from './schema/index.js';
import { isSdgGoalCode, isSdgTargetCode, sdgTargetsOfGoal, suggestSdgTarget } from './sdg.js';
import { didYouMean } from './suggest.js';
import { formatPath, quote, type Path, type RawIssue } from './validate-input.js';

type Kind = 'city' | 'network' | 'project' | 'organization' | 'source' | 'vocabulary' | 'roadmap' | 'event';

/** Where each kind of record lives in the document. */
const COLLECTION: Record<Kind, string> = {
  city: 'cities',
  network: 'networks',
  project: 'projects',
  organization: 'organizations',
  source: 'sources',
  vocabulary: 'vocabularies',
  roadmap: 'roadmaps',
  event: 'events',
};

export function checkRules(doc: AtlasDocument): RawIssue[] {
  const issues: RawIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path, message });

  // ── Unique ids ────────────────────────────────────────────────────────────────────────────
  /** Map of id → path of the record that first used it; duplicates are reported. */
  const register = (kind: string, records: ReadonlyArray<{ id: string }>, base: Path, scope = ''): Map<string, Path> => {
    const seen = new Map<string, Path>();
    records.forEach((r, i) => {
      const path = [...base, i];
      const first = seen.get(r.id);
      if (first) {
        report([...path, 'id'], `duplicate ${kind} id ${quote(r.id)}${scope}: ${formatPath(first)} already uses it; give each ${kind} its own id`);
      } else seen.set(r.id, path);
    });
    return seen;
  };

  const ids: Record<Kind, Map<string, Path>> = {
    source: register('source', doc.sources, ['sources']),
    organization: register('organization', doc.organizations, ['organizations']),
    city: register('city', doc.cities, ['cities']),
    network: register('network', doc.networks, ['networks']),
    vocabulary: register('vocabulary', doc.vocabularies, ['vocabularies']),
    project: register('project', doc.projects, ['projects']),
    roadmap: register('roadmap', doc.roadmaps, ['roadmaps']),
    event: register('event', doc.events, ['events']),
  };

  // Roadmap items: unique across all roadmaps. Sections: unique within their roadmap.
  const itemRoadmap = new Map<string, { roadmap: string; path: Path }>();
  doc.roadmaps.forEach((roadmap, r) => {
    roadmap.items.forEach((item, i) => {
      const path: Path = ['roadmaps', r, 'items', i];
      const first = itemRoadmap.get(item.id);
      if (first) {
        report([...path, 'id'], `duplicate roadmap item id ${quote(item.id)}: ${formatPath(first.path)} already uses it (item ids are unique across all roadmaps); give each item its own id`);
      } else itemRoadmap.set(item.id, { roadmap: roadmap.id, path });
    });
    if (roadmap.sections) register('section', roadmap.sections, ['roadmaps', r, 'sections'], ` in roadmap ${quote(roadmap.id)}`);
  });

  // Vocabulary terms: unique within their vocabulary.
  const termsOf = new Map<string, Set<string>>();
  doc.vocabularies.forEach((v, i) => {
    const terms = register('term', v.terms, ['vocabularies', i, 'terms'], ` in vocabulary ${quote(v.id)}`);
    if (!termsOf.has(v.id)) termsOf.set(v.id, new Set(terms.keys()));
  });

  // ── References ────────────────────────────────────────────────────────────────────────────
  const ref = (kind: Kind, id: string | undefined, path: Path) => {
    if (id === undefined || ids[kind].has(id)) return;
    const hint = didYouMean(id, ids[kind].keys());
    report(path, `${kind} ${quote(id)} does not exist${hint || `; use the id of one of the ${COLLECTION[kind]} in the document, or add it to "${COLLECTION[kind]}"`}`);
  };
  const refs = (kind: Kind, list: readonly string[] | undefined, path: Path) => list?.forEach((id, i) => ref(kind, id, [...path, i]));
  const orgLinks = (links: readonly OrganizationLink[] | undefined, path: Path) =>
    links?.forEach((l, i) => ref('organization', l.organization, [...path, i, 'organization']));
  const sources = (list: readonly string[] | undefined, path: Path) => refs('source', list, [...path, 'sources']);

  doc.sources.forEach((s, i) => ref('organization', s.publisher, ['sources', i, 'publisher']));
  doc.organizations.forEach((o, i) => sources(o.sources, ['organizations', i]));
  doc.cities.forEach((c, i) => sources(c.sources, ['cities', i]));

  const networkById = new Map(doc.networks.map((n) => [n.id, n] as const));
  doc.networks.forEach((n, i) => {
    const path: Path = ['networks', i];
    ref('network', n.parent, [...path, 'parent']);
    ref('city', n.founded?.place, [...path, 'founded', 'place']);
    ref('vocabulary', n.policyVocabulary, [...path, 'policyVocabulary']);
    orgLinks(n.organizations, [...path, 'organizations']);
    sources(n.sources, path);
  });

  doc.memberships.forEach((m, i) => {
    const path: Path = ['memberships', i];
    ref('city', m.city, [...path, 'city']);
    ref('network', m.network, [...path, 'network']);
    sources(m.sources, path);
    if (m.start !== undefined && m.end !== undefined) {
      const start = parseDateSpec(m.start);
      const end = parseDateSpec(m.end);
      if (start.ok && end.ok && start.value.start.year !== undefined && end.value.end.year !== undefined) {
        if (dateKey(start.value.start, 'start') > dateKey(end.value.end, 'end')) {
          report([...path, 'end'], `the membership ends (${quote(m.end)}) before it starts (${quote(m.start)}); correct the dates or swap them`);
        }
      }
    }
  });

  doc.vocabularies.forEach((v, i) => {
    ref('network', v.network, ['vocabularies', i, 'network']);
    sources(v.sources, ['vocabularies', i]);
  });

  doc.projects.forEach((p, i) => {
    const path: Path = ['projects', i];
    ref('network', p.network, [...path, 'network']);
    p.cities.forEach((c, j) => ref('city', c.city, [...path, 'cities', j, 'city']));
    orgLinks(p.organizations, [...path, 'organizations']);
    sources(p.sources, path);

    // SDG targets: real target codes, each once.
    const seenCodes = new Set<string>();
    p.sdgTargets.forEach((code, j) => {
      const at: Path = [...path, 'sdgTargets', j];
      if (seenCodes.has(code)) report(at, `${quote(code)} is listed twice; remove one`);
      seenCodes.add(code);
      if (isSdgTargetCode(code)) return;
      if (isSdgGoalCode(code)) {
        const targets = sdgTargetsOfGoal(code).map((t) => t.code);
        const shown = targets.length > 12 ? [...targets.slice(0, 11), '…', targets[targets.length - 1]!] : targets;
        report(at, `${quote(code)} is an SDG goal, not a target; list the targets the project works on instead (the targets of goal ${code} are ${shown.join(', ')})`);
        return;
      }
      const suggestion = suggestSdgTarget(code);
      report(at, `${quote(code)} is not an SDG target${suggestion ? `; did you mean ${suggestion}?` : '; use a target code from the official list, like "10.7" or "16.b"'}`);
    });

    // Policy areas: terms of the vocabulary of the project's network.
    if (p.policyAreas.length > 0) {
      const network = networkById.get(p.network);
      if (network) {
        const vocabularyId = network.policyVocabulary;
        const terms = vocabularyId !== undefined ? termsOf.get(vocabularyId) : undefined;
        if (vocabularyId === undefined) {
          report([...path, 'policyAreas'], `network ${quote(network.id)} has no "policyVocabulary", so these policy areas cannot be checked; set "policyVocabulary" on the network or remove the policy areas`);
        } else if (terms) {
          const seenTerms = new Set<string>();
          p.policyAreas.forEach((term, j) => {
            const at: Path = [...path, 'policyAreas', j];
            if (seenTerms.has(term)) report(at, `policy area ${quote(term)} is listed twice; remove one`);
            seenTerms.add(term);
            if (terms.has(term)) return;
            const hint = didYouMean(term, terms);
            const list = [...terms];
            report(
              at,
              `policy area ${quote(term)} is not in vocabulary ${quote(vocabularyId)} of network ${quote(network.id)}${
                hint || (list.length <= 12 ? `; use one of ${list.map((t) => JSON.stringify(t)).join(', ')}` : `; use one of its ${list.length} term ids`)
              }`,
            );
          });
        }
      }
    }
  });

  doc.roadmaps.forEach((r, i) => {
    const path: Path = ['roadmaps', i];
    ref('network', r.network, [...path, 'network']);
    ref('event', r.adoptedAt, [...path, 'adoptedAt']);
    sources(r.sources, path);
    const own = new Set(r.items.map((item) => item.id));
    r.items.forEach((item, j) => {
      const at: Path = [...path, 'items', j];
      item.cities.forEach((c, k) => ref('city', c.city, [...at, 'cities', k, 'city']));
      orgLinks(item.organizations, [...at, 'organizations']);
      ref('event', item.event, [...at, 'event']);
      sources(item.sources, at);
    });
    r.sections?.forEach((section, j) => {
      section.items.forEach((itemId, k) => {
        if (own.has(itemId)) return;
        const elsewhere = itemRoadmap.get(itemId);
        const hint = didYouMean(itemId, own);
        report(
          [...path, 'sections', j, 'items', k],
          `item ${quote(itemId)} is not an item of roadmap ${quote(r.id)}${elsewhere ? ` (it belongs to roadmap ${quote(elsewhere.roadmap)})` : ''}${
            hint || '; a section lists ids of items of its own roadmap'
          }`,
        );
      });
    });
  });

  doc.events.forEach((e, i) => {
    const path: Path = ['events', i];
    refs('network', e.networks, [...path, 'networks']);
    ref('city', e.place?.city, [...path, 'place', 'city']);
    e.cities.forEach((c, j) => ref('city', c.city, [...path, 'cities', j, 'city']));
    orgLinks(e.organizations, [...path, 'organizations']);
    sources(e.sources, path);
  });

  // ── Network ancestry ──────────────────────────────────────────────────────────────────────
  const inReportedCycle = new Set<string>();
  doc.networks.forEach((n, i) => {
    if (n.parent === undefined || inReportedCycle.has(n.id)) return;
    const chain: string[] = [n.id];
    const visited = new Set(chain);
    let cur = networkById.get(n.parent);
    while (cur) {
      if (cur.id === n.id) {
        chain.forEach((id) => inReportedCycle.add(id));
        report(['networks', i, 'parent'], `network ${quote(n.id)} is its own ancestor: ${[...chain, n.id].join(' → ')}; remove one of these "parent" links`);
        return;
      }
      if (visited.has(cur.id)) return; // a cycle further up, reported from one of its own networks
      chain.push(cur.id);
      visited.add(cur.id);
      cur = cur.parent !== undefined ? networkById.get(cur.parent) : undefined;
    }
  });

  return issues;
}

