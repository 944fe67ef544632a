/**
 * The third step of `parseAtlas`: the rules that tie records together. Ids are unique, every
 * reference resolves (with a suggestion when it does not), SDG codes exist, no network is its own
 * ancestor, membership dates are in order.
 *
 * They run over the valid document, or, when some records are malformed, over what could be read
 * of every record (`validate-partial.ts`), so any value may be absent: a list may have holes, a
 * record may lack fields. An absent value is never a rule issue (its shape issue is already
 * reported). The rules are steps (`steps.ts`) that yield after each record, so that
 * `parseAtlasAsync` runs them in slices; "did you mean" searches share one budget (`suggest.ts`).
 */
import { dateKey, parseDateSpec } from './dates.js';
import type { AtlasDocument } from './schema/index.js';
import { isSdgGoalCode, isSdgTargetCode, sdgTargetsOfGoal, suggestSdgTarget } from './sdg.js';
import { runSteps, type Steps } from './steps.js';
import { SuggestionBudget, Suggester } from './suggest.js';
import { formatPath, quote, type Path, type RawIssue } from './validate-input.js';

/** A value as the rules may find it: any field absent, any list with holes. */
export type Loose<T> = T extends readonly (infer E)[]
  ? ReadonlyArray<Loose<E> | undefined>
  : T extends object
    ? { readonly [K in keyof T]?: Loose<T[K]> }
    : T;

export type LooseDocument = Loose<AtlasDocument>;

export interface RuleOptions {
  /** The budget of the "did you mean" searches (a new one per run by default). */
  budget?: SuggestionBudget;
  /** Objects that were read in part (their shape is wrong): no rule concludes from what they lack. */
  incomplete?: ReadonlySet<object>;
}

type Kind = 'city' | 'network' | 'project' | 'organization' | 'source' | 'vocabulary' | 'roadmap' | 'event' | 'person';

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
  person: 'people',
};

/** The present items of a list with their index (holes and a missing list skipped). */
function* present<T>(list: ReadonlyArray<T | undefined> | undefined): Generator<[T, number]> {
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item !== undefined && item !== null) yield [item, i];
  }
}

/** The rules over a whole document, at once. */
export function checkRules(doc: LooseDocument, options: RuleOptions = {}): RawIssue[] {
  return runSteps(ruleSteps(doc, options));
}

/** The rules as steps: yields after each record. */
export function* ruleSteps(doc: LooseDocument, options: RuleOptions = {}): Steps<RawIssue[]> {
  const budget = options.budget ?? new SuggestionBudget();
  const incomplete = options.incomplete ?? new Set<object>();
  const issues: RawIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path, message });
  const str = (v: unknown): v is string => typeof v === 'string';

  // ── Unique ids ────────────────────────────────────────────────────────────────────────────
  /** Map of id → path of the record that first used it; duplicates are reported. */
  const register = (kind: string, records: ReadonlyArray<{ readonly id?: string } | undefined> | undefined, base: Path, scope = ''): Map<string, Path> => {
    const seen = new Map<string, Path>();
    for (const [r, i] of present(records)) {
      if (!str(r.id)) continue;
      const path = [...base, i];
      const first = seen.get(r.id);
      if (first) {
        report([...path, 'id'], `duplicate ${kind} id ${quote(r.id)}${scope}: ${formatPath(first)} already uses it; give each ${kind} its own id`);
      } else seen.set(r.id, path);
    }
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
    person: register('person', doc.people, ['people']),
  };
  yield;

  // Roadmap items: unique across all roadmaps. Sections: unique within their roadmap.
  const itemRoadmap = new Map<string, { roadmap: string | undefined; path: Path }>();
  for (const [roadmap, r] of present(doc.roadmaps)) {
    for (const [item, i] of present(roadmap.items)) {
      if (!str(item.id)) continue;
      const path: Path = ['roadmaps', r, 'items', i];
      const first = itemRoadmap.get(item.id);
      if (first) {
        report([...path, 'id'], `duplicate roadmap item id ${quote(item.id)}: ${formatPath(first.path)} already uses it (item ids are unique across all roadmaps); give each item its own id`);
      } else itemRoadmap.set(item.id, { roadmap: roadmap.id, path });
    }
    if (roadmap.sections) register('section', roadmap.sections, ['roadmaps', r, 'sections'], ` in roadmap ${quote(String(roadmap.id))}`);
    yield;
  }

  // Vocabulary terms: unique within their vocabulary.
  const termsOf = new Map<string, Set<string>>();
  for (const [v, i] of present(doc.vocabularies)) {
    const terms = register('term', v.terms, ['vocabularies', i, 'terms'], ` in vocabulary ${quote(String(v.id))}`);
    if (str(v.id) && !termsOf.has(v.id)) termsOf.set(v.id, new Set(terms.keys()));
    yield;
  }

  // ── References ────────────────────────────────────────────────────────────────────────────
  const suggesters = new Map<Kind, Suggester>();
  const ref = (kind: Kind, id: unknown, path: Path) => {
    if (!str(id) || ids[kind].has(id)) return;
    let suggester = suggesters.get(kind);
    if (!suggester) suggesters.set(kind, (suggester = new Suggester(() => ids[kind].keys())));
    const hint = suggester.didYouMean(id, { budget });
    report(path, `${kind} ${quote(id)} does not exist${hint || `; use the id of one of the ${COLLECTION[kind]} in the document, or add it to "${COLLECTION[kind]}"`}`);
  };
  const refs = (kind: Kind, list: ReadonlyArray<string | undefined> | undefined, path: Path) => {
    for (const [id, i] of present(list)) ref(kind, id, [...path, i]);
  };
  const orgLinks = (links: ReadonlyArray<{ readonly organization?: string } | undefined> | undefined, path: Path) => {
    for (const [l, i] of present(links)) ref('organization', l.organization, [...path, i, 'organization']);
  };
  const cityLinks = (links: ReadonlyArray<{ readonly city?: string } | undefined> | undefined, path: Path) => {
    for (const [c, j] of present(links)) ref('city', c.city, [...path, j, 'city']);
  };
  const sources = (list: ReadonlyArray<string | undefined> | undefined, path: Path) => refs('source', list, [...path, 'sources']);

  for (const [s, i] of present(doc.sources)) {
    ref('organization', s.publisher, ['sources', i, 'publisher']);
    yield;
  }
  for (const [o, i] of present(doc.organizations)) {
    sources(o.sources, ['organizations', i]);
    yield;
  }
  for (const [c, i] of present(doc.cities)) {
    sources(c.sources, ['cities', i]);
    yield;
  }

  const networkById = new Map<string, NonNullable<NonNullable<LooseDocument['networks']>[number]>>();
  // The last record of an id wins, as in the Atlas index (a duplicate id is reported above).
  for (const [n] of present(doc.networks)) if (str(n.id)) networkById.set(n.id, n);
  for (const [n, i] of present(doc.networks)) {
    const path: Path = ['networks', i];
    ref('network', n.parent, [...path, 'parent']);
    ref('city', n.founded?.place, [...path, 'founded', 'place']);
    ref('vocabulary', n.policyVocabulary, [...path, 'policyVocabulary']);
    orgLinks(n.organizations, [...path, 'organizations']);
    sources(n.sources, path);
    yield;
  }

  for (const [m, i] of present(doc.memberships)) {
    const path: Path = ['memberships', i];
    ref('city', m.city, [...path, 'city']);
    ref('network', m.network, [...path, 'network']);
    sources(m.sources, path);
    if (str(m.start) && str(m.end)) {
      const start = parseDateSpec(m.start);
      const end = parseDateSpec(m.end);
      if (start.ok && end.ok && start.value.start.year !== undefined && end.value.end.year !== undefined) {
        if (dateKey(start.value.start, 'start') > dateKey(end.value.end, 'end')) {
          report([...path, 'end'], `the membership ends (${quote(m.end)}) before it starts (${quote(m.start)}); correct the dates or swap them`);
        }
      }
    }
    yield;
  }

  for (const [v, i] of present(doc.vocabularies)) {
    ref('network', v.network, ['vocabularies', i, 'network']);
    sources(v.sources, ['vocabularies', i]);
    yield;
  }

  const termSuggesters = new Map<string, Suggester>();
  for (const [p, i] of present(doc.projects)) {
    const path: Path = ['projects', i];
    ref('network', p.network, [...path, 'network']);
    cityLinks(p.cities, [...path, 'cities']);
    orgLinks(p.organizations, [...path, 'organizations']);
    sources(p.sources, path);

    // SDG targets: real target codes, each once.
    const seenCodes = new Set<string>();
    for (const [code, j] of present(p.sdgTargets)) {
      const at: Path = [...path, 'sdgTargets', j];
      if (seenCodes.has(code)) report(at, `${quote(code)} is listed twice; remove one`);
      seenCodes.add(code);
      if (isSdgTargetCode(code)) continue;
      if (isSdgGoalCode(code)) {
        const targets = sdgTargetsOfGoal(code).map((t) => t.code);
        const shown = targets.length > 12 ? [...targets.slice(0, 11), '…', targets[targets.length - 1]!] : targets;
        report(at, `${quote(code)} is an SDG goal, not a target; list the targets the project works on instead (the targets of goal ${code} are ${shown.join(', ')})`);
        continue;
      }
      const suggestion = suggestSdgTarget(code);
      report(at, `${quote(code)} is not an SDG target${suggestion ? `; did you mean ${suggestion}?` : '; use a target code from the official list, like "10.7" or "16.b"'}`);
    }

    // Policy areas: terms of the vocabulary of the project's network.
    const network = str(p.network) ? networkById.get(p.network) : undefined;
    if (p.policyAreas && p.policyAreas.length > 0 && network && str(network.id)) {
      const vocabularyId = network.policyVocabulary;
      const terms = vocabularyId !== undefined ? termsOf.get(vocabularyId) : undefined;
      if (vocabularyId === undefined) {
        // A network read in part may have lost its "policyVocabulary" to a shape issue.
        if (!incomplete.has(network)) {
          report([...path, 'policyAreas'], `network ${quote(network.id)} has no "policyVocabulary", so these policy areas cannot be checked; set "policyVocabulary" on the network or remove the policy areas`);
        }
      } else if (terms) {
        const seenTerms = new Set<string>();
        for (const [term, j] of present(p.policyAreas)) {
          const at: Path = [...path, 'policyAreas', j];
          if (seenTerms.has(term)) report(at, `policy area ${quote(term)} is listed twice; remove one`);
          seenTerms.add(term);
          if (terms.has(term)) continue;
          let suggester = termSuggesters.get(vocabularyId);
          if (!suggester) termSuggesters.set(vocabularyId, (suggester = new Suggester(terms)));
          const hint = suggester.didYouMean(term, { budget });
          const list = [...terms];
          report(
            at,
            `policy area ${quote(term)} is not in vocabulary ${quote(vocabularyId)} of network ${quote(network.id)}${
              hint || (list.length <= 12 ? `; use one of ${list.map((t) => JSON.stringify(t)).join(', ')}` : `; use one of its ${list.length} term ids`)
            }`,
          );
        }
      }
    }
    yield;
  }

  for (const [r, i] of present(doc.roadmaps)) {
    const path: Path = ['roadmaps', i];
    ref('network', r.network, [...path, 'network']);
    ref('event', r.adoptedAt, [...path, 'adoptedAt']);
    sources(r.sources, path);
    const own = new Set<string>();
    for (const [item] of present(r.items)) if (str(item.id)) own.add(item.id);
    for (const [item, j] of present(r.items)) {
      const at: Path = [...path, 'items', j];
      cityLinks(item.cities, [...at, 'cities']);
      orgLinks(item.organizations, [...at, 'organizations']);
      ref('event', item.event, [...at, 'event']);
      sources(item.sources, at);
      yield;
    }
    const ownSuggester = new Suggester(own);
    for (const [section, j] of present(r.sections)) {
      for (const [itemId, k] of present(section.items)) {
        if (own.has(itemId)) continue;
        const elsewhere = itemRoadmap.get(itemId);
        const hint = ownSuggester.didYouMean(itemId, { budget });
        report(
          [...path, 'sections', j, 'items', k],
          `item ${quote(itemId)} is not an item of roadmap ${quote(String(r.id))}${elsewhere ? ` (it belongs to roadmap ${quote(String(elsewhere.roadmap))})` : ''}${
            hint || '; a section lists ids of items of its own roadmap'
          }`,
        );
      }
      yield;
    }
  }

  for (const [e, i] of present(doc.events)) {
    const path: Path = ['events', i];
    refs('network', e.networks, [...path, 'networks']);
    ref('city', e.place?.city, [...path, 'place', 'city']);
    cityLinks(e.cities, [...path, 'cities']);
    orgLinks(e.organizations, [...path, 'organizations']);
    for (const [p, j] of present(e.people)) ref('person', p.person, [...path, 'people', j, 'person']);
    for (const [st, j] of present(e.statements)) {
      ref('person', st.person, [...path, 'statements', j, 'person']);
      sources(st.sources, [...path, 'statements', j]);
    }
    sources(e.sources, path);
    yield;
  }

  for (const [person, i] of present(doc.people)) {
    const path: Path = ['people', i];
    for (const [post, j] of present(person.posts)) {
      const at: Path = [...path, 'posts', j];
      ref('city', post.city, [...at, 'city']);
      ref('network', post.network, [...at, 'network']);
      ref('organization', post.organization, [...at, 'organization']);
      ref('event', post.attestedAt, [...at, 'attestedAt']);
      sources(post.sources, at);
    }
    sources(person.sources, path);
    yield;
  }

  // ── Network ancestry ──────────────────────────────────────────────────────────────────────
  const inReportedCycle = new Set<string>();
  for (const [n, i] of present(doc.networks)) {
    if (!str(n.id) || !str(n.parent) || inReportedCycle.has(n.id)) continue;
    const chain: string[] = [n.id];
    const visited = new Set(chain);
    let cur = networkById.get(n.parent);
    while (cur && str(cur.id)) {
      if (cur.id === n.id) {
        chain.forEach((id) => inReportedCycle.add(id));
        report(['networks', i, 'parent'], `network ${quote(n.id)} is its own ancestor: ${[...chain, n.id].join(' → ')}; remove one of these "parent" links`);
        break;
      }
      if (visited.has(cur.id)) break; // a cycle further up, reported from one of its own networks
      chain.push(cur.id);
      visited.add(cur.id);
      cur = str(cur.parent) ? networkById.get(cur.parent) : undefined;
    }
  }

  return issues;
}
