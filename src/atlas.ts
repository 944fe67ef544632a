/**
 * The query API over a validated atlas. An `Atlas` is immutable: its document is frozen and each
 * index is built once: the records by id in the constructor, the project index on the first project
 * query, the search text on the first text search. Build one with `parseAtlas`, which validates first; the
 * methods assume the references resolve, and skip any that do not rather than fail.
 *
 * Lists come back as new arrays in document order unless a method says otherwise, so callers may
 * sort or filter them freely.
 */
import { parseDateSpec, rangeSortKey, type DateRange } from './dates.js';
import type {
  AtlasDocument,
  City,
  Event,
  ItemKind,
  LocalizedText,
  Membership,
  MembershipRole,
  Network,
  Organization,
  OrganizationLink,
  Period,
  Person,
  PersonPost,
  Project,
  Roadmap,
  RoadmapItem,
  Source,
  Status,
  Vocabulary,
} from './schema/index.js';
import { compareSdgCodes, goalOfTarget, sdgGoal, sdgTarget, type SdgGoal, type SdgTarget } from './sdg.js';
import { MEMBERSHIP_ROLE_ORDER } from './roles.js';
import { suggest } from './suggest.js';
import { containsAllWords, normalizeForSearch, searchWords } from './text-search.js';
import { runSteps, stepAfter, type Steps } from './steps.js';

export { MEMBERSHIP_ROLE_ORDER } from './roles.js';

export type PolicyTerm = Vocabulary['terms'][number];

/** What `projects()` can filter on; every given criterion must hold. Empty strings are ignored. */
export interface ProjectFilter {
  /** A city id: projects in which the city takes part. */
  city?: string;
  /** A network id. */
  network?: string;
  /** A goal code (`"16"`): projects with at least one target of that goal. */
  sdgGoal?: string;
  /** A target code (`"16.b"`). */
  sdgTarget?: string;
  /** A policy-area term id. */
  policyArea?: string;
  /** An ISO country code: projects with a city in that country, or that name the country. */
  country?: string;
  /** Words to find (accents, Arabic spelling variants and case do not matter). */
  text?: string;
  /**
   * The reader's language for `text`: a localized field is searched in that language when it has
   * it, otherwise in all its languages (the text shown is then a fallback). Without it, all languages.
   */
  lang?: string;
}

export interface CityFilter {
  network?: string;
  project?: string;
  ids?: readonly string[];
}

export interface TimelineEntry {
  type: 'item' | 'event';
  id: string;
  title: LocalizedText;
  kind: ItemKind;
  /** The date used for ordering and display: the actual date when known, else the planned one. */
  date?: DateRange;
  dateType?: 'planned' | 'actual';
  status?: Status;
  cities: Array<{ city: City; roles: string[] }>;
  organizations: Array<{ organization: Organization; roles: string[] }>;
  /** For an item: its roadmap. */
  roadmap?: Roadmap;
  /** For an item carried out by a recorded event: that event (it gets no entry of its own). */
  event?: Event;
  record: RoadmapItem | Event;
}

export interface MemberEntry {
  city: City;
  roles: MembershipRole[];
  memberships: Membership[];
}

export interface MembershipEntry {
  network: Network;
  roles: MembershipRole[];
  memberships: Membership[];
}

export interface SdgCoverage {
  goals: Array<{ goal: SdgGoal; projects: Project[] }>;
  targets: Array<{ target: SdgTarget; projects: Project[] }>;
}

export type AtlasRecordKind = 'city' | 'network' | 'project' | 'roadmap' | 'event' | 'organization' | 'person';

/** A post and the person who holds it. */
export interface PostEntry {
  person: Person;
  post: PersonPost;
}

/** A person named at an event: their roles there and what the source reports they said. */
export interface EventPersonEntry {
  person: Person;
  roles: Array<Event['people'][number]['roles'][number]>;
  statements: Event['statements'];
}

interface SearchText {
  all: string;
  /** By primary language subtag (`ar` for `ar-MA`). */
  byLang: Map<string, string>;
}

const NO_PROJECTS: ReadonlySet<Project> = new Set();

/** The criteria of `projects()` that the project index answers. */
const INDEXED = ['city', 'network', 'sdgGoal', 'sdgTarget', 'policyArea', 'country'] as const;
/** For each criterion of `INDEXED`, the projects that meet it, by value (in document order). */
type ProjectIndex = Record<(typeof INDEXED)[number], Map<string, Set<Project>>>;

/**
 * Freezes a document and everything in it, without recursion (a hand-built document may be deep).
 * Only objects go on the stack (most values are strings), and nothing is copied out: an array's
 * items are read by index, an object's by `for…in` (own keys only), not through `Object.values`,
 * whose array per object made this walk 4 times slower on a first parse (1,000 projects: 24 ms
 * against 6, cold, in Node). The index is built on every parse, and this is its largest part.
 */
function freezeDeep<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  const stack: object[] = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    // The test written out twice rather than called: on a page's first parse this runs cold, where a call costs.
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (child !== null && typeof child === 'object' && !Object.isFrozen(child)) stack.push(Object.freeze(child));
      }
    } else {
      const o = v as Record<string, unknown>;
      for (const key in o) {
        const child = o[key];
        if (child !== null && typeof child === 'object' && !Object.isFrozen(child) && Object.prototype.hasOwnProperty.call(o, key)) stack.push(Object.freeze(child));
      }
    }
  }
  return value;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** Whether every one of `sets` (the index's sets of a filter's other criteria) holds `p`. */
const inAll = (sets: readonly ReadonlySet<Project>[], p: Project): boolean => sets.every((s) => s.has(p));

/** A filter's criterion is given: a string that is not empty. */
const given = (v: string | undefined): v is string => typeof v === 'string' && v !== '';

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) if (!map.has(r.id)) map.set(r.id, r);
  return map;
}

function rolesInOrder(roles: readonly MembershipRole[]): MembershipRole[] {
  // One role (most memberships): nothing to order or merge.
  if (roles.length <= 1) return [...roles];
  const set = new Set(roles);
  const known = MEMBERSHIP_ROLE_ORDER.filter((r) => set.has(r));
  return [...known, ...[...set].filter((r) => !MEMBERSHIP_ROLE_ORDER.includes(r))];
}

/** The roles of memberships of one city in one network, merged and in order (one membership's as they are ordered). */
function mergedRoles(memberships: readonly Membership[]): MembershipRole[] {
  return rolesInOrder(memberships.length === 1 ? memberships[0]!.roles : memberships.flatMap((m) => m.roles));
}

/**
 * Memberships grouped by the record they name on one side (`city` or `network`), in the order of
 * each record's first membership, with the records found in `records` and their roles merged. A
 * record named once (nearly every city of a network, and every network of most cities) takes no
 * grouping map and no merged list: a map of 5,000 cities asks this 5,001 times.
 */
function grouped<T, E>(
  list: readonly Membership[] | undefined,
  side: 'city' | 'network',
  records: ReadonlyMap<string, T>,
  entry: (record: T, roles: MembershipRole[], memberships: Membership[]) => E,
): E[] {
  if (!list || list.length === 0) return [];
  if (list.length === 1) {
    const one = [list[0]!];
    const record = records.get(one[0]![side]);
    return record ? [entry(record, mergedRoles(one), one)] : [];
  }
  const groups = new Map<string, Membership[]>();
  for (const m of list) push(groups, m[side], m);
  const out: E[] = [];
  for (const [id, memberships] of groups) {
    const record = records.get(id);
    if (record) out.push(entry(record, mergedRoles(memberships), memberships));
  }
  return out;
}

/** The date of a period to show and sort by: actual first, else planned. */
function periodDate(...periods: Array<Period | undefined>): { date?: DateRange; dateType?: 'planned' | 'actual' } {
  for (const type of ['actual', 'planned'] as const) {
    for (const p of periods) {
      const spec = p?.[type];
      if (spec === undefined) continue;
      const parsed = parseDateSpec(spec);
      if (parsed.ok) return { date: parsed.value, dateType: type };
    }
  }
  return {};
}

export class Atlas {
  readonly document: AtlasDocument;
  readonly defaultLanguage: string;

  #cities: Map<string, City>;
  #networks: Map<string, Network>;
  #projects: Map<string, Project>;
  #organizations: Map<string, Organization>;
  #sources: Map<string, Source>;
  #events: Map<string, Event>;
  #roadmaps: Map<string, Roadmap>;
  #vocabularies: Map<string, Vocabulary>;
  #people: Map<string, Person>;
  #terms = new Map<string, Map<string, PolicyTerm>>();
  #items = new Map<string, { item: RoadmapItem; roadmap: Roadmap }>();
  #children = new Map<string, Network[]>();
  #membershipsByNetwork = new Map<string, Membership[]>();
  #membershipsByCity = new Map<string, Membership[]>();
  /** Projects by network, city, country, goal, target and policy area: made on the first query that needs them. */
  #projectIndex?: ProjectIndex;
  #roadmapsByNetwork = new Map<string, Roadmap[]>();
  #eventsByNetwork = new Map<string, Event[]>();
  /** The normalized text of each project, made on the first text search (most pages never search). */
  #search = new Map<Project, SearchText>();

  /** Use `parseAtlas`, which validates the document first. */
  constructor(document: AtlasDocument) {
    this.document = freezeDeep(document);
    this.defaultLanguage = document.defaultLanguage;
    this.#cities = byId(document.cities);
    this.#networks = byId(document.networks);
    this.#projects = byId(document.projects);
    this.#organizations = byId(document.organizations);
    this.#sources = byId(document.sources);
    this.#events = byId(document.events);
    this.#roadmaps = byId(document.roadmaps);
    this.#vocabularies = byId(document.vocabularies);
    // `?? []`: a document built by hand (not through `parseAtlas`) may predate the field.
    this.#people = byId(document.people ?? []);

    for (const v of document.vocabularies) if (!this.#terms.has(v.id)) this.#terms.set(v.id, byId(v.terms));
    for (const r of document.roadmaps) {
      for (const item of r.items) if (!this.#items.has(item.id)) this.#items.set(item.id, { item, roadmap: r });
      push(this.#roadmapsByNetwork, r.network, r);
    }
    for (const n of document.networks) if (n.parent !== undefined) push(this.#children, n.parent, n);
    for (const m of document.memberships) {
      push(this.#membershipsByNetwork, m.network, m);
      push(this.#membershipsByCity, m.city, m);
    }
    for (const e of document.events) for (const n of new Set(e.networks)) push(this.#eventsByNetwork, n, e);
  }

  /**
   * The project index, made on first use rather than in the constructor: many pages never query
   * projects (a timeline, an event, a card that looks its project up by id), and on code not yet
   * compiled it costs: 11 of the 84 ms of a first parse and first query of 1,000 projects (Node,
   * bench/parse-scale.mjs). The document is frozen, so an index made later is the same as one made at once.
   */
  #indexOfProjects(): ProjectIndex {
    if (this.#projectIndex) return this.#projectIndex;
    const index: ProjectIndex = { city: new Map(), network: new Map(), sdgGoal: new Map(), sdgTarget: new Map(), policyArea: new Map(), country: new Map() };
    for (const p of this.document.projects) {
      add(index.network, p.network, p);
      for (const c of p.cities) {
        add(index.city, c.city, p);
        const city = this.#cities.get(c.city);
        if (city) add(index.country, city.country, p);
      }
      for (const country of p.countries ?? []) add(index.country, country, p);
      for (const code of p.sdgTargets) {
        add(index.sdgTarget, code, p);
        const goal = goalOfTarget(code);
        if (goal) add(index.sdgGoal, goal.code, p);
      }
      for (const term of p.policyAreas) add(index.policyArea, term, p);
    }
    return (this.#projectIndex = index);
  }

  #searchTextOf(p: Project): SearchText {
    const localized: LocalizedText[] = [p.title, ...(p.subtitle ? [p.subtitle] : []), ...(p.objective ? [p.objective] : []), ...p.activities, ...p.results];
    const common: string[] = [p.acronym ?? ''];
    for (const c of p.cities) {
      const city = this.#cities.get(c.city);
      if (city) common.push(...Object.values(city.name));
    }
    const langs = new Set(localized.flatMap((t) => Object.keys(t).map(primary)));
    const all = normalizeForSearch([...localized.flatMap((t) => Object.values(t)), ...common].join(' \n '));
    const byLang = new Map<string, string>();
    for (const lang of langs) {
      const parts = localized.flatMap((t) => {
        const own = Object.entries(t).filter(([tag]) => primary(tag) === lang);
        return (own.length > 0 ? own : Object.entries(t)).map(([, text]) => text);
      });
      byLang.set(lang, normalizeForSearch([...parts, ...common].join(' \n ')));
    }
    return { all, byLang };
  }

  // ── Records by id ─────────────────────────────────────────────────────────────────────────
  network(id: string): Network | undefined {
    return this.#networks.get(id);
  }
  city(id: string): City | undefined {
    return this.#cities.get(id);
  }
  project(id: string): Project | undefined {
    return this.#projects.get(id);
  }
  organization(id: string): Organization | undefined {
    return this.#organizations.get(id);
  }
  source(id: string): Source | undefined {
    return this.#sources.get(id);
  }
  event(id: string): Event | undefined {
    return this.#events.get(id);
  }
  roadmap(id: string): Roadmap | undefined {
    return this.#roadmaps.get(id);
  }
  vocabulary(id: string): Vocabulary | undefined {
    return this.#vocabularies.get(id);
  }
  person(id: string): Person | undefined {
    return this.#people.get(id);
  }
  /** A roadmap item (ids are unique across roadmaps) with the roadmap it belongs to. */
  roadmapItem(id: string): { item: RoadmapItem; roadmap: Roadmap } | undefined {
    return this.#items.get(id);
  }

  // ── Lists ─────────────────────────────────────────────────────────────────────────────────
  networks(): Network[] {
    return [...this.document.networks];
  }
  cities(): City[] {
    return [...this.document.cities];
  }
  events(): Event[] {
    return [...this.document.events];
  }
  roadmaps(): Roadmap[] {
    return [...this.document.roadmaps];
  }
  organizations(): Organization[] {
    return [...this.document.organizations];
  }
  vocabularies(): Vocabulary[] {
    return [...this.document.vocabularies];
  }
  sources(): Source[] {
    return [...this.document.sources];
  }
  people(): Person[] {
    return [...(this.document.people ?? [])];
  }

  // ── People ────────────────────────────────────────────────────────────────────────────────
  /**
   * The posts of a city (its mayors), a network or an organisation, each with the person holding
   * it, in document order. Posts are few (one per person the sources name), so this reads them all.
   */
  postsIn(where: { city?: string; network?: string; organization?: string }): PostEntry[] {
    const out: PostEntry[] = [];
    for (const person of this.document.people ?? []) {
      for (const post of person.posts) {
        const match =
          (where.city !== undefined && post.city === where.city) ||
          (where.network !== undefined && post.network === where.network) ||
          (where.organization !== undefined && post.organization === where.organization);
        if (match) out.push({ person, post });
      }
    }
    return out;
  }

  /** The people an event names, in its order, with their roles there and what the source reports they said. */
  eventPeople(eventId: string): EventPersonEntry[] {
    const event = this.#events.get(eventId);
    if (!event) return [];
    const out = new Map<string, EventPersonEntry>();
    const entry = (id: string): EventPersonEntry | undefined => {
      let e = out.get(id);
      const person = this.#people.get(id);
      if (!e && person) out.set(id, (e = { person, roles: [], statements: [] }));
      return e;
    };
    for (const link of event.people ?? []) entry(link.person)?.roles.push(...link.roles);
    for (const st of event.statements ?? []) entry(st.person)?.statements.push(st);
    return [...out.values()];
  }

  // ── Network hierarchy ─────────────────────────────────────────────────────────────────────
  parentOf(networkId: string): Network | undefined {
    const parent = this.#networks.get(networkId)?.parent;
    return parent !== undefined ? this.#networks.get(parent) : undefined;
  }
  childrenOf(networkId: string): Network[] {
    return [...(this.#children.get(networkId) ?? [])];
  }
  /** The parent, its parent, and so on (nearest first). */
  ancestorsOf(networkId: string): Network[] {
    const out: Network[] = [];
    const seen = new Set([networkId]);
    for (let n = this.parentOf(networkId); n && !seen.has(n.id); n = this.parentOf(n.id)) {
      seen.add(n.id);
      out.push(n);
    }
    return out;
  }

  // ── Memberships ───────────────────────────────────────────────────────────────────────────
  /** The cities of a network, one entry per city (in the order of their first membership), roles merged. */
  membersOf(networkId: string): MemberEntry[] {
    return grouped(this.#membershipsByNetwork.get(networkId), 'city', this.#cities, (city, roles, memberships) => ({ city, roles, memberships }));
  }

  /** The networks a city belongs to, one entry per network, roles merged. */
  membershipsOf(cityId: string): MembershipEntry[] {
    return grouped(this.#membershipsByCity.get(cityId), 'network', this.#networks, (network, roles, memberships) => ({ network, roles, memberships }));
  }

  // ── Projects ──────────────────────────────────────────────────────────────────────────────
  /** Projects matching every given criterion, in document order (all projects without a filter). */
  projects(filter: ProjectFilter = {}): Project[] {
    const sets = this.#projectSets(filter);
    let result: Project[];
    if (sets.length === 0) result = [...this.document.projects];
    else {
      const [smallest, ...rest] = sets as [ReadonlySet<Project>, ...ReadonlySet<Project>[]];
      result = rest.length === 0 ? [...smallest] : [...smallest].filter((p) => inAll(rest, p));
      // Sets hold projects in document order; the smallest one keeps that order.
    }
    const words = given(filter.text) ? searchWords(filter.text) : [];
    if (words.length > 0) {
      const lang = given(filter.lang) ? primary(filter.lang) : undefined;
      result = result.filter((p) => {
        let text = this.#search.get(p);
        if (!text) this.#search.set(p, (text = this.#searchTextOf(p)));
        return containsAllWords((lang !== undefined ? text.byLang.get(lang) : undefined) ?? text.all, words);
      });
    }
    return result;
  }

  /**
   * How many projects `projects(filter)` would give, without making the list: a map counts the
   * projects of each of its cities (5,000 lists made and dropped, otherwise).
   */
  countProjects(filter: ProjectFilter = {}): number {
    if (given(filter.text)) return this.projects(filter).length;
    const sets = this.#projectSets(filter);
    if (sets.length === 0) return this.document.projects.length;
    const [smallest, ...rest] = sets as [ReadonlySet<Project>, ...ReadonlySet<Project>[]];
    if (rest.length === 0) return smallest.size;
    let n = 0;
    for (const p of smallest) if (inAll(rest, p)) n++;
    return n;
  }

  /** The index's sets for the criteria given in `filter`, smallest first. */
  #projectSets(filter: ProjectFilter): ReadonlySet<Project>[] {
    const sets: ReadonlySet<Project>[] = [];
    for (const key of INDEXED) {
      const value = filter[key];
      if (given(value)) sets.push(this.#indexOfProjects()[key].get(value) ?? NO_PROJECTS);
    }
    return sets.sort((a, b) => a.size - b.size);
  }

  projectsOfCity(cityId: string): Project[] {
    return this.projects({ city: cityId });
  }

  /**
   * Cities matching every given criterion. Order: as in `ids` when given, else as in the project,
   * else as the network's members, else document order.
   */
  citiesOf(filter: CityFilter = {}): City[] {
    const lists: string[][] = [];
    if (filter.ids) lists.push([...filter.ids]);
    if (filter.project !== undefined) lists.push(this.#projects.get(filter.project)?.cities.map((c) => c.city) ?? []);
    if (filter.network !== undefined) lists.push(this.membersOf(filter.network).map((m) => m.city.id));
    if (lists.length === 0) return this.cities();
    const [first, ...rest] = lists as [string[], ...string[][]];
    const others = rest.map((l) => new Set(l));
    const seen = new Set<string>();
    const out: City[] = [];
    for (const id of first) {
      if (seen.has(id) || !others.every((s) => s.has(id))) continue;
      seen.add(id);
      const city = this.#cities.get(id);
      if (city) out.push(city);
    }
    return out;
  }

  /** A policy-area term, from a vocabulary id or from the id of a network that has a policy vocabulary. */
  policyArea(networkOrVocabularyId: string, termId: string): PolicyTerm | undefined {
    const terms = this.#terms.get(networkOrVocabularyId) ?? this.#terms.get(this.#networks.get(networkOrVocabularyId)?.policyVocabulary ?? '');
    return terms?.get(termId);
  }

  // ── Timeline ──────────────────────────────────────────────────────────────────────────────
  /**
   * Roadmap items and events in chronological order (actual dates preferred to planned ones;
   * dates without a year after dated ones; undated entries last; ties in document order).
   * With `network`: the items of its roadmaps and the events it takes part in. With `roadmap`:
   * only that roadmap's items. An event that an included item points to is not listed again:
   * the item carries it (`entry.event`).
   */
  timeline(filter: { network?: string; roadmap?: string } = {}): TimelineEntry[] {
    return runSteps(this.timelineSteps(filter));
  }

  /** `timeline` as steps (`steps.ts`): an element building the view of thousands of entries runs them in slices. */
  *timelineSteps(filter: { network?: string; roadmap?: string } = {}): Steps<TimelineEntry[]> {
    let roadmaps: Roadmap[];
    let events: Event[];
    if (filter.roadmap !== undefined) {
      const r = this.#roadmaps.get(filter.roadmap);
      roadmaps = r && (filter.network === undefined || r.network === filter.network) ? [r] : [];
      events = [];
    } else if (filter.network !== undefined) {
      roadmaps = this.#roadmapsByNetwork.get(filter.network) ?? [];
      events = this.#eventsByNetwork.get(filter.network) ?? [];
    } else {
      roadmaps = this.document.roadmaps;
      events = this.document.events;
    }
    const entries: TimelineEntry[] = [];
    const carried = new Set<string>();
    for (const roadmap of roadmaps) {
      for (const item of roadmap.items) {
        const event = item.event !== undefined ? this.#events.get(item.event) : undefined;
        if (event) carried.add(event.id);
        const cities = this.#cityRoles(item.cities);
        const entry: TimelineEntry = {
          type: 'item',
          id: item.id,
          title: item.title,
          kind: item.kind,
          ...periodDate(item.period, event?.period),
          cities: cities.length > 0 || !event ? cities : this.eventCities(event),
          organizations: this.#orgRoles(item.organizations.length > 0 || !event ? item.organizations : event.organizations),
          roadmap,
          record: item,
        };
        if (item.status !== undefined) entry.status = item.status;
        if (event) entry.event = event;
        if (stepAfter(entries.push(entry))) yield;
      }
    }
    for (const event of events) {
      if (carried.has(event.id)) continue;
      if (stepAfter(entries.length)) yield;
      entries.push({
        type: 'event',
        id: event.id,
        title: event.title,
        kind: event.kind,
        ...periodDate(event.period),
        cities: this.eventCities(event),
        organizations: this.#orgRoles(event.organizations),
        record: event,
      });
    }
    // Dated entries by `compareRanges` (its keys computed once per entry), then undated ones; ties in document order.
    yield;
    return entries
      .map((entry, i) => ({ entry, i, key: entry.date ? rangeSortKey(entry.date) : undefined }))
      .sort((a, b) => {
        const ka = a.key;
        const kb = b.key;
        if (ka && kb) return ka[0] - kb[0] || ka[1] - kb[1] || a.i - b.i;
        if (ka) return -1;
        if (kb) return 1;
        return a.i - b.i;
      })
      .map(({ entry }) => entry);
  }

  #cityRoles(links: ReadonlyArray<{ city: string; roles: readonly string[] }>): Array<{ city: City; roles: string[] }> {
    const out: Array<{ city: City; roles: string[] }> = [];
    for (const l of links) {
      const city = this.#cities.get(l.city);
      if (city) out.push({ city, roles: [...l.roles] });
    }
    return out;
  }

  /** An event's cities; its place's city is listed as host when the event does not list it. */
  eventCities(event: Event): Array<{ city: City; roles: string[] }> {
    const out = this.#cityRoles(event.cities);
    const place = event.place?.city !== undefined ? this.#cities.get(event.place.city) : undefined;
    if (place && !out.some((c) => c.city.id === place.id)) out.unshift({ city: place, roles: ['host'] });
    return out;
  }

  #orgRoles(links: readonly OrganizationLink[]): Array<{ organization: Organization; roles: string[] }> {
    const out: Array<{ organization: Organization; roles: string[] }> = [];
    for (const l of links) {
      const organization = this.#organizations.get(l.organization);
      if (organization) out.push({ organization, roles: [...l.roles] });
    }
    return out;
  }

  // ── SDGs ──────────────────────────────────────────────────────────────────────────────────
  /** The goals and targets the network's projects work on, each with its projects, sorted by code. */
  sdgCoverage(networkId: string): SdgCoverage {
    const goals = new Map<string, Project[]>();
    const targets = new Map<string, Project[]>();
    for (const p of this.#indexOfProjects().network.get(networkId) ?? []) {
      const goalsOfProject = new Set<string>();
      for (const code of new Set(p.sdgTargets)) {
        const target = sdgTarget(code);
        if (!target) continue;
        push(targets, code, p);
        goalsOfProject.add(target.goal);
      }
      for (const g of goalsOfProject) push(goals, g, p);
    }
    return {
      goals: [...goals.keys()]
        .sort(compareSdgCodes)
        .flatMap((code) => {
          const goal = sdgGoal(code);
          return goal ? [{ goal, projects: goals.get(code)! }] : [];
        }),
      targets: [...targets.keys()].sort(compareSdgCodes).map((code) => ({ target: sdgTarget(code)!, projects: targets.get(code)! })),
    };
  }

  // ── Suggestions ───────────────────────────────────────────────────────────────────────────
  /** The ids of that kind closest to `id` (for "did you mean" in components and tools), best first. */
  suggestId(kind: AtlasRecordKind, id: string): string[] {
    const maps: Record<AtlasRecordKind, Map<string, unknown>> = {
      city: this.#cities,
      network: this.#networks,
      project: this.#projects,
      roadmap: this.#roadmaps,
      event: this.#events,
      organization: this.#organizations,
      person: this.#people,
    };
    const map = maps[kind];
    return map ? suggest(id, map.keys()) : [];
  }
}
