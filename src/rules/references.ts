/** Rule family: every reference to a record resolves, with a "did you mean" when it does not. */
import { Suggester } from '../suggest.js';
import { quote, type Path, type PathSegment } from '../validate-input.js';
import { COLLECTION, present, str, type Kind, type LooseRecord, type RuleContext } from './context.js';
import type { IdIndex } from './unique-ids.js';

type Links<K extends string> = ReadonlyArray<{ readonly [P in K]?: string } | undefined> | undefined;

/** The reference checks of each kind of record, over the ids of `index`. */
export function referenceChecks(ctx: RuleContext, index: IdIndex) {
  const { ids } = index;
  const suggesters = new Map<Kind, Suggester>();
  // The path of a reference is built only for an issue: most references resolve, and a document
  // holds tens of thousands of them. `at` and `more` extend the record's path (`base`).
  const ref = (kind: Kind, id: unknown, base: Path, at?: PathSegment, more?: PathSegment, last?: PathSegment) => {
    if (!str(id) || ids[kind].has(id)) return;
    const path: PathSegment[] = [...base];
    for (const segment of [at, more, last]) if (segment !== undefined) path.push(segment);
    let suggester = suggesters.get(kind);
    if (!suggester) suggesters.set(kind, (suggester = new Suggester(() => ids[kind].keys())));
    const hint = suggester.didYouMean(id, { budget: ctx.budget });
    ctx.report(path, `${kind} ${quote(id)} does not exist${hint || `; use the id of one of the ${COLLECTION[kind]} in the document, or add it to "${COLLECTION[kind]}"`}`);
  };
  // Plain loops (not `present`) over the lists: the items that are present (holes and a missing list skipped).
  const refs = (kind: Kind, list: ReadonlyArray<string | undefined> | undefined, base: Path, key: string) => {
    if (!list) return;
    for (let i = 0; i < list.length; i++) if (list[i] !== undefined && list[i] !== null) ref(kind, list[i], base, key, i);
  };
  const orgLinks = (links: Links<'organization'>, base: Path) => {
    if (!links) return;
    for (let i = 0; i < links.length; i++) {
      const l = links[i];
      if (l !== undefined && l !== null) ref('organization', l.organization, base, 'organizations', i, 'organization');
    }
  };
  const cityLinks = (links: Links<'city'>, base: Path) => {
    if (!links) return;
    for (let j = 0; j < links.length; j++) {
      const c = links[j];
      if (c !== undefined && c !== null) ref('city', c.city, base, 'cities', j, 'city');
    }
  };
  const sources = (list: ReadonlyArray<string | undefined> | undefined, path: Path) => refs('source', list, path, 'sources');

  return {
    source(s: LooseRecord<'sources'>, path: Path) {
      ref('organization', s.publisher, path, 'publisher');
    },
    organization(o: LooseRecord<'organizations'>, path: Path) {
      sources(o.sources, path);
    },
    city(c: LooseRecord<'cities'>, path: Path) {
      sources(c.sources, path);
    },
    network(n: LooseRecord<'networks'>, path: Path) {
      ref('network', n.parent, path, 'parent');
      ref('city', n.founded?.place, path, 'founded', 'place');
      ref('vocabulary', n.policyVocabulary, path, 'policyVocabulary');
      orgLinks(n.organizations, path);
      sources(n.sources, path);
    },
    membership(m: LooseRecord<'memberships'>, path: Path) {
      ref('city', m.city, path, 'city');
      ref('network', m.network, path, 'network');
      sources(m.sources, path);
    },
    vocabulary(v: LooseRecord<'vocabularies'>, path: Path) {
      ref('network', v.network, path, 'network');
      sources(v.sources, path);
    },
    project(p: LooseRecord<'projects'>, path: Path) {
      ref('network', p.network, path, 'network');
      cityLinks(p.cities, path);
      orgLinks(p.organizations, path);
      sources(p.sources, path);
    },
    roadmap(r: LooseRecord<'roadmaps'>, path: Path) {
      ref('network', r.network, path, 'network');
      ref('event', r.adoptedAt, path, 'adoptedAt');
      sources(r.sources, path);
    },
    roadmapItem(item: NonNullable<NonNullable<LooseRecord<'roadmaps'>['items']>[number]>, path: Path) {
      cityLinks(item.cities, path);
      orgLinks(item.organizations, path);
      ref('event', item.event, path, 'event');
      sources(item.sources, path);
    },
    event(e: LooseRecord<'events'>, path: Path) {
      refs('network', e.networks, path, 'networks');
      ref('city', e.place?.city, path, 'place', 'city');
      cityLinks(e.cities, path);
      orgLinks(e.organizations, path);
      for (const [p, j] of present(e.people)) ref('person', p.person, path, 'people', j, 'person');
      for (const [st, j] of present(e.statements)) {
        ref('person', st.person, path, 'statements', j, 'person');
        sources(st.sources, [...path, 'statements', j]);
      }
      sources(e.sources, path);
    },
    person(person: LooseRecord<'people'>, path: Path) {
      for (const [post, j] of present(person.posts)) {
        const at: Path = [...path, 'posts', j];
        ref('city', post.city, at, 'city');
        ref('network', post.network, at, 'network');
        ref('organization', post.organization, at, 'organization');
        ref('event', post.attestedAt, at, 'attestedAt');
        sources(post.sources, at);
      }
      sources(person.sources, path);
    },
  };
}
