/**
 * The view model of `<cw-city-profile>`: one city's international commitments, with texts resolved
 * for the reader's language.
 *
 * Rules decided here, once: the networks a city belongs to with its roles merged (most responsible
 * first, `MEMBERSHIP_ROLE_ORDER`) and each membership's dates as the sources give them (none when
 * they give none); its projects (those it takes part in); its events and roadmap items across every
 * network on one chronological list (the order of `Atlas.timeline`: actual dates before planned,
 * dates without a year after dated ones), each with the city's own roles there; the people holding
 * a post in the city (its mayors) with every post the sources give them; and the organisations it
 * works with: those on its projects, events and roadmap items, each once, with what they share.
 */
import type { Atlas } from '../atlas.js';
import { parseDateSpec, type DateRange } from '../dates.js';
import { countryName, distinctAcronym, resolveText, shortName, type ResolvedText } from '../i18n/index.js';
import type { ItemKind, LocalizedText, MembershipRole, Network } from '../schema/index.js';
import { viewDate, type ViewDate } from './period.js';
import { peopleEntry, type ViewPerson } from './people.js';

export interface CityNetworkView {
  id: string;
  name: ResolvedText;
  acronym?: ResolvedText;
  kind: Network['kind'];
  /** The larger network it belongs to (the Strong Cities Network for its MENA hub). */
  parent?: ResolvedText;
  roles: MembershipRole[];
  /** One entry per membership that the sources date: its roles, start and end. */
  dates: Array<{ roles: MembershipRole[]; start?: ViewDate; end?: ViewDate }>;
  notes: ResolvedText[];
}

export interface CityTimelineEntryView {
  /** `item:<id>` or `event:<id>`. */
  key: string;
  type: 'item' | 'event';
  id: string;
  title: ResolvedText;
  kind: ItemKind;
  date?: ViewDate;
  /** The city's own roles in the entry (host, pilot, example, …). */
  roles: string[];
  network?: ResolvedText;
}

export interface CityPartnerView {
  id: string;
  name: ResolvedText;
  acronym?: ResolvedText;
  url?: string;
  /** Every role it plays where the city takes part, each once. */
  roles: string[];
  /** How many of the city's projects, events and roadmap items it takes part in. */
  count: number;
}

export interface CityProfileView {
  id: string;
  name: ResolvedText;
  countryCode: string;
  country: string;
  networks: CityNetworkView[];
  /** Ids of the projects the city takes part in, in document order (shown as compact cards). */
  projects: string[];
  timeline: CityTimelineEntryView[];
  people: ViewPerson[];
  partners: CityPartnerView[];
}

/** The city's profile for a reader of `lang`; undefined when the atlas has no such city. */
export function cityProfileView(atlas: Atlas, cityId: string, lang: string): CityProfileView | undefined {
  const city = atlas.city(cityId);
  if (!city) return undefined;
  const r = (t: LocalizedText | undefined): ResolvedText | undefined => resolveText(t, lang, atlas.defaultLanguage);
  const date = (spec: string | undefined, dateType: 'planned' | 'actual' = 'actual'): ViewDate | undefined => {
    if (spec === undefined) return undefined;
    const parsed = parsePeriod(spec);
    return parsed ? viewDate({ date: parsed, dateType }, lang) : undefined;
  };

  const networks: CityNetworkView[] = atlas.membershipsOf(city.id).map(({ network, roles, memberships }) => {
    const v: CityNetworkView = {
      id: network.id,
      name: r(network.name)!,
      kind: network.kind,
      roles,
      dates: memberships.flatMap((m) => {
        const start = date(m.start);
        const end = date(m.end);
        if (!start && !end) return [];
        const d: CityNetworkView['dates'][number] = { roles: [...m.roles] };
        if (start) d.start = start;
        if (end) d.end = end;
        return [d];
      }),
      notes: memberships.map((m) => r(m.note)).filter((t): t is ResolvedText => t !== undefined),
    };
    const acronym = distinctAcronym(r(network.acronym), v.name);
    if (acronym) v.acronym = acronym;
    const parent = network.parent !== undefined ? atlas.network(network.parent) : undefined;
    if (parent) v.parent = r(parent.name)!;
    return v;
  });

  const projects = atlas.projectsOfCity(city.id);

  const entries = atlas.timeline().filter((e) => e.cities.some((c) => c.city.id === city.id));
  const timeline: CityTimelineEntryView[] = entries.map((e) => {
      const v: CityTimelineEntryView = {
        key: `${e.type}:${e.id}`,
        type: e.type,
        id: e.id,
        title: r(e.title)!,
        kind: e.kind,
        roles: [...new Set(e.cities.filter((c) => c.city.id === city.id).flatMap((c) => c.roles))],
      };
      if (e.date && e.dateType) {
        const d = viewDate({ date: e.date, dateType: e.dateType }, lang);
        if (d) v.date = d;
      }
      const networkId = e.roadmap?.network ?? (e.type === 'event' ? (e.record as { networks: string[] }).networks[0] : undefined);
      const network = networkId !== undefined ? atlas.network(networkId) : undefined;
      if (network) v.network = shortName(r(network.acronym), r(network.name)!);
      return v;
    });

  // Partners: organisations on the city's projects, its events and the roadmap items it takes part in.
  const partners = new Map<string, { roles: Set<string>; count: number }>();
  const note = (links: ReadonlyArray<{ organization: string; roles: readonly string[] }>) => {
    for (const l of links) {
      const p = partners.get(l.organization) ?? { roles: new Set<string>(), count: 0 };
      for (const role of l.roles) p.roles.add(role);
      p.count++;
      partners.set(l.organization, p);
    }
  };
  for (const p of projects) note(p.organizations);
  for (const e of entries) note(e.organizations.map((o) => ({ organization: o.organization.id, roles: o.roles })));

  const people = atlas
    .postsIn({ city: city.id })
    .map((p) => p.person)
    .filter((p, i, all) => all.indexOf(p) === i)
    .map((p) => peopleEntry(atlas, p, lang));

  return {
    id: city.id,
    name: r(city.name)!,
    countryCode: city.country,
    country: countryName(city.country, lang),
    networks,
    projects: projects.map((p) => p.id),
    timeline,
    people,
    partners: [...partners].flatMap(([id, p]) => {
      const o = atlas.organization(id);
      if (!o) return [];
      const v: CityPartnerView = { id, name: r(o.name)!, roles: [...p.roles], count: p.count };
      const acronym = distinctAcronym(r(o.acronym), v.name);
      if (acronym) v.acronym = acronym;
      if (o.url !== undefined) v.url = o.url;
      return [v];
    }),
  };
}

function parsePeriod(spec: string): DateRange | undefined {
  const p = parseDateSpec(spec);
  return p.ok ? p.value : undefined;
}
