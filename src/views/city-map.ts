/**
 * The view model of `<cw-city-map>`: which cities it shows (a network's members, a project's
 * cities, or a list of ids), what each one's entry says (its roles here, the other networks it
 * belongs to, its number of projects) and how the list is grouped by country, as plain data.
 * Pure and DOM-free: an `Atlas`, a scope and the reader's language in; names resolved to the best
 * available language (with the language actually used), countries named through
 * `Intl.DisplayNames`, groups and cities sorted for that language out.
 *
 * Screen geometry (projection, clusters, labels) is not decided here: see
 * `components/city-map/layout.ts`.
 */
import type { Atlas } from '../atlas.js';
import { MEMBERSHIP_ROLE_ORDER } from '../roles.js';
import { runSteps, stepAfter, type Steps } from '../steps.js';
import { collator, countryName, formatList, resolveText, shortName } from '../i18n/index.js';
import type { City, LocalizedText, Network, Project } from '../schema/index.js';

/** Which cities the map shows. With several, the cities named by all of them (in the first one's terms). */
export interface CityMapScope {
  /** A network id: its member cities, with their membership roles. */
  network?: string;
  /** A project id: its cities, with their roles in the project. */
  project?: string;
  /** City ids, in any order (duplicates and blanks are ignored). */
  cities?: readonly string[];
}

/** A text in the language it could be given in. */
export interface ShownText {
  text: string;
  /** The language tag of `text`; differs from the reader's when the text is a fallback. */
  lang: string;
}

export interface CityMapNetwork {
  id: string;
  network: Network;
  /** The acronym when there is one (short enough for a list), else the name. */
  label: ShownText;
  /** The full name. */
  name: ShownText;
}

/**
 * How a city's marker looks, from its most responsible role: one style per kind of responsibility,
 * told apart by shape as well as colour (see the legend), most responsible first.
 */
export const MARKER_STYLES = ['lead', 'coordinator', 'seat', 'host', 'pilot', 'member'] as const;
export type MarkerStyle = (typeof MARKER_STYLES)[number];

/** The marker style of each role (membership and project roles alike); a role not here is drawn as a member. */
const STYLE_OF_ROLE: Readonly<Record<string, MarkerStyle>> = {
  lead: 'lead',
  coordinator: 'coordinator',
  'co-chair': 'coordinator',
  seat: 'seat',
  host: 'host',
  pilot: 'pilot',
};

/** The style of a city's marker: that of its most responsible role (`member` without one). */
export function markerStyleOf(roles: readonly string[]): MarkerStyle {
  let best = MARKER_STYLES.length - 1;
  for (const r of roles) {
    const i = MARKER_STYLES.indexOf(STYLE_OF_ROLE[r] ?? 'member');
    if (i < best) best = i;
  }
  return MARKER_STYLES[best]!;
}

/**
 * Names a role in the reader's language: `kind` is the catalogue's prefix. The elements pass their
 * loaded catalogue (`CwElement.termName`); plain TypeScript can pass
 * `(kind, role) => msg(lang, \`${kind}.${role}\`)` from `cityweave`'s i18n. Why a parameter: the
 * view is in the map's lazy chunk, which must not carry the three catalogues.
 */
export type RoleNamer = (kind: 'membershipRole' | 'cityRole', role: string) => string;

/** A city's roles in one network, with their names in the reader's language. */
export interface CityMapNetworkRoles {
  network: CityMapNetwork;
  /** Most responsible first. */
  roles: string[];
  roleNames: string[];
}

/**
 * One entry of the map's legend: a marker style present on the map and its name, in the words of
 * the markers' roles: a network's membership roles, or on a project's map the roles in the project
 * that are drawn in that style ("Partner city, Transfer city").
 */
export interface CityMapLegendEntry {
  style: MarkerStyle;
  name: string;
}

export interface CityMapCity {
  id: string;
  city: City;
  name: ShownText;
  /** ISO 3166-1 alpha-2. */
  country: string;
  countryName: string;
  lat: number;
  lon: number;
  /**
   * Its roles in the network (`rolesOf: 'membership'`, ordered most responsible first) or in the
   * project (`rolesOf: 'project'`, as the project lists them); none when the scope is a list of ids only.
   */
  roles: string[];
  /** `roles`, named in the reader's language (the role itself when the catalogue has no name for it). */
  roleNames: string[];
  /** Its marker's style, from its most responsible role. */
  markerStyle: MarkerStyle;
  /**
   * Its roles in each network it belongs to, in document order (the network in scope included).
   * With a list of ids only, this is where its roles are: Tanger is the seat of one network and a
   * pilot in another.
   */
  networkRoles: CityMapNetworkRoles[];
  /** The networks it belongs to besides the one in scope (all of them when no network is in scope), in document order. */
  otherNetworks: CityMapNetwork[];
  /** How many projects of the atlas it takes part in. */
  projectCount: number;
  /** How many of them belong to the network in scope (absent without one). */
  networkProjectCount?: number;
  /**
   * Its prominence on the map, 0 first: the most responsible roles, then the most projects, then
   * list order. The map seeds its clusters and places its labels in that order.
   */
  rank: number;
}

export interface CityMapGroup {
  country: string;
  countryName: string;
  cities: CityMapCity[];
}

export interface CityMapView {
  scope: 'network' | 'project' | 'cities';
  /** The network in scope: the `network` asked for, else the project's network. */
  network?: Network;
  project?: Project;
  /**
   * What kind of roles `CityMapCity.roles` holds: in a network, in the project, or (`networks`,
   * with a list of ids only) in every network the city belongs to, merged (see `networkRoles`).
   */
  rolesOf: 'membership' | 'project' | 'networks';
  /** The marker styles on the map, in `MARKER_STYLES` order, named in the reader's language. */
  legend: CityMapLegendEntry[];
  /** The title of what is shown: the network's or project's name. */
  title?: ShownText;
  /** Every city once, in list order (groups flattened). */
  cities: CityMapCity[];
  groups: CityMapGroup[];
  cityCount: number;
  countryCount: number;
}

export type CityMapCheck = { ok: true } | { ok: false; kind: 'network' | 'project' | 'city'; id: string; suggestions: string[] };

const given = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/** The city ids of a `cities="a, b,c"` attribute: trimmed, blanks and duplicates dropped. */
export function parseCityIds(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,]+/).filter((s) => s !== ''))];
}

/** Whether the scope names records the atlas has; if not, the first unknown id and the closest ids. */
export function checkCityMapScope(atlas: Atlas, scope: CityMapScope): CityMapCheck {
  if (given(scope.network) && !atlas.network(scope.network.trim())) return { ok: false, kind: 'network', id: scope.network, suggestions: atlas.suggestId('network', scope.network.trim()) };
  if (given(scope.project) && !atlas.project(scope.project.trim())) return { ok: false, kind: 'project', id: scope.project, suggestions: atlas.suggestId('project', scope.project.trim()) };
  for (const id of scope.cities ?? []) {
    if (given(id) && !atlas.city(id.trim())) return { ok: false, kind: 'city', id, suggestions: atlas.suggestId('city', id.trim()) };
  }
  return { ok: true };
}

function shown(t: LocalizedText | undefined, lang: string, fallback: string, otherwise: string, order?: readonly string[]): ShownText {
  const r = t ? resolveText(t, lang, fallback, order) : undefined;
  return r ? { text: r.text, lang: r.lang } : { text: otherwise, lang: fallback };
}

/** The order of a city's roles in a project: the most responsible first. */
const PROJECT_ROLE_ORDER: readonly string[] = ['lead', 'host', 'pilot', 'partner', 'transfer', 'beneficiary'];
/** A project role's place in that order (a role it does not list: after them all). */
const projectRoleRank = (r: string): number => {
  const i = PROJECT_ROLE_ORDER.indexOf(r);
  return i < 0 ? PROJECT_ROLE_ORDER.length : i;
};

function roleWeight(roles: readonly string[], rolesOf: CityMapView['rolesOf']): number {
  if (rolesOf === 'membership' || rolesOf === 'networks') {
    const idx = roles.map((r) => MEMBERSHIP_ROLE_ORDER.indexOf(r as (typeof MEMBERSHIP_ROLE_ORDER)[number])).filter((i) => i >= 0);
    return idx.length > 0 ? Math.min(...idx) : MEMBERSHIP_ROLE_ORDER.length;
  }
  if (rolesOf === 'project') return Math.min(PROJECT_ROLE_ORDER.length, ...roles.map(projectRoleRank));
  return 0;
}

/**
 * The legend of a project's map, named with the roles of its markers (`cityRole`, not a network's
 * `membershipRole`: a project has no "member city"): each style by the project roles that give it
 * on this map, most responsible first. A style that takes all the other roles (`member`) may stand
 * for several ("Partner city, Transfer city").
 */
function projectLegend(styles: readonly MarkerStyle[], cities: readonly CityMapCity[], lang: string, nameOf: (kind: 'membershipRole' | 'cityRole', role: string) => string): CityMapLegendEntry[] {
  const rolesOfStyle = new Map<MarkerStyle, Set<string>>();
  for (const c of cities) {
    let set = rolesOfStyle.get(c.markerStyle);
    if (!set) rolesOfStyle.set(c.markerStyle, (set = new Set()));
    // The roles drawn in the city's style: those of that style, or for `member` all of them (none has a style of its own).
    for (const r of c.roles) if (c.markerStyle === 'member' || STYLE_OF_ROLE[r] === c.markerStyle) set.add(r);
  }
  return styles.map((style) => {
    const roles = [...(rolesOfStyle.get(style) ?? [])].sort((a, b) => projectRoleRank(a) - projectRoleRank(b));
    // No role to name it by (not in valid data: a project's city has at least one): the style's own name.
    const name = roles.length > 0 ? formatList(lang, roles.map((r) => nameOf('cityRole', r)), 'unit') : nameOf('membershipRole', style);
    return { style, name };
  });
}

/**
 * What the map and its list show for a scope, in the reader's language `lang`. Unknown ids are
 * skipped (check them first with `checkCityMapScope`). An empty scope shows every city. Roles are
 * named by `roleName` (their ids without one).
 */
export function cityMapView(atlas: Atlas, scope: CityMapScope, lang: string, fallbackOrder?: readonly string[], roleName: RoleNamer = (_kind, role) => role): CityMapView {
  return runSteps(cityMapViewSteps(atlas, scope, lang, fallbackOrder, roleName));
}

/**
 * `cityMapView` as steps (`steps.ts`): the element builds the view of thousands of cities in slices
 * of its first render (at 5,000 cities, one task of 50 to 60 ms on a slow 2-core machine).
 */
export function* cityMapViewSteps(atlas: Atlas, scope: CityMapScope, lang: string, fallbackOrder?: readonly string[], roleName: RoleNamer = (_kind, role) => role): Steps<CityMapView> {
  const fallback = atlas.defaultLanguage;
  const networkId = given(scope.network) ? scope.network.trim() : undefined;
  const projectId = given(scope.project) ? scope.project.trim() : undefined;
  const ids = (scope.cities ?? []).map((s) => s.trim()).filter((s) => s !== '');
  const project = projectId !== undefined ? atlas.project(projectId) : undefined;
  const network = networkId !== undefined ? atlas.network(networkId) : project ? atlas.network(project.network) : undefined;

  const kind: CityMapView['scope'] = networkId !== undefined ? 'network' : projectId !== undefined ? 'project' : 'cities';
  const filter: { network?: string; project?: string; ids?: string[] } = {};
  if (networkId !== undefined) filter.network = networkId;
  if (projectId !== undefined) filter.project = projectId;
  if (ids.length > 0) filter.ids = ids;
  // A network's members are read once: for its cities (when it is the whole scope) and their roles.
  const members = networkId !== undefined ? atlas.membersOf(networkId) : [];
  const chosen: City[] = Object.keys(filter).length === 0 ? atlas.cities() : filter.network !== undefined && filter.project === undefined && !filter.ids ? members.map((m) => m.city) : atlas.citiesOf(filter);

  // Roles: the network's when a network is asked for, else the project's.
  const rolesOf: CityMapView['rolesOf'] = networkId !== undefined ? 'membership' : project ? 'project' : 'networks';
  const inOrder = (roles: Iterable<string>): string[] => {
    const rank = (r: string) => {
      const i = MEMBERSHIP_ROLE_ORDER.indexOf(r as (typeof MEMBERSHIP_ROLE_ORDER)[number]);
      return i < 0 ? MEMBERSHIP_ROLE_ORDER.length : i;
    };
    return [...new Set(roles)].sort((a, b) => rank(a) - rank(b));
  };
  const membershipRoles = new Map<string, string[]>();
  // The Atlas's entries are made for this call: their role lists are ours to keep.
  for (const m of members) membershipRoles.set(m.city.id, m.roles);
  const projectRoles = new Map<string, string[]>();
  if (project) for (const c of project.cities) projectRoles.set(c.city, [...new Set([...(projectRoles.get(c.city) ?? []), ...c.roles])]);

  const networkEntries = new Map<string, CityMapNetwork>();
  const networkEntry = (n: Network): CityMapNetwork => {
    let e = networkEntries.get(n.id);
    if (!e) {
      const name = shown(n.name, lang, fallback, n.id, fallbackOrder);
      e = { id: n.id, network: n, name, label: shortName(n.acronym && shown(n.acronym, lang, fallback, n.id, fallbackOrder), name) };
      networkEntries.set(n.id, e);
    }
    return e;
  };

  // One name per country, not one lookup per city (thousands in a large network).
  const countryNames = new Map<string, string>();
  const nameOfCountry = (code: string): string => {
    let name = countryNames.get(code);
    if (name === undefined) countryNames.set(code, (name = countryName(code, lang)));
    return name;
  };
  // A role's name once per view, not once per city.
  const roleNames = { membershipRole: new Map<string, string>(), cityRole: new Map<string, string>() };
  const nameOfRole = (kind: 'membershipRole' | 'cityRole', role: string): string => {
    const names = roleNames[kind];
    let name = names.get(role);
    if (name === undefined) names.set(role, (name = roleName(kind, role)));
    return name;
  };
  const entries: CityMapCity[] = [];
  for (const city of chosen) {
    const memberships = atlas.membershipsOf(city.id);
    const networkRoles = memberships.map((m) => ({ network: networkEntry(m.network), roles: m.roles, roleNames: m.roles.map((r) => nameOfRole('membershipRole', r)) }));
    const roles =
      rolesOf === 'membership' ? (membershipRoles.get(city.id) ?? []) : rolesOf === 'project' ? (projectRoles.get(city.id) ?? []) : inOrder(memberships.flatMap((m) => m.roles));
    const otherNetworks = memberships.filter((m) => m.network.id !== network?.id).map((m) => networkEntry(m.network));
    const entry: CityMapCity = {
      id: city.id,
      city,
      name: shown(city.name, lang, fallback, city.id, fallbackOrder),
      country: city.country,
      countryName: nameOfCountry(city.country),
      lat: city.coordinates.lat,
      lon: city.coordinates.lon,
      roles,
      roleNames: roles.map((r) => nameOfRole(rolesOf === 'project' ? 'cityRole' : 'membershipRole', r)),
      markerStyle: markerStyleOf(roles),
      networkRoles,
      otherNetworks,
      projectCount: atlas.countProjects({ city: city.id }),
      rank: 0,
    };
    if (network) entry.networkProjectCount = atlas.countProjects({ city: city.id, network: network.id });
    if (stepAfter(entries.push(entry))) yield;
  }
  yield;

  const names = collator(lang);
  const byCountry = new Map<string, CityMapCity[]>();
  for (const e of entries) {
    const list = byCountry.get(e.country);
    if (list) list.push(e);
    else byCountry.set(e.country, [e]);
  }
  const groups: CityMapGroup[] = [...byCountry.entries()]
    .map(([country, cities]) => ({
      country,
      countryName: cities[0]!.countryName,
      cities: cities.sort((a, b) => names.compare(a.name.text, b.name.text) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    }))
    .sort((a, b) => names.compare(a.countryName, b.countryName) || (a.country < b.country ? -1 : 1));
  const cities = groups.flatMap((g) => g.cities);
  yield;

  const order = cities.map((c, i) => ({ c, i, w: roleWeight(c.roles, rolesOf) }));
  order.sort((a, b) => a.w - b.w || b.c.projectCount - a.c.projectCount || a.i - b.i);
  order.forEach(({ c }, rank) => (c.rank = rank));

  const present = new Set(cities.map((c) => c.markerStyle));
  const styles = MARKER_STYLES.filter((st) => present.has(st));
  // Named in the words of the markers' roles (see `CityMapCity.roleNames`).
  const legend = rolesOf === 'project' ? projectLegend(styles, cities, lang, nameOfRole) : styles.map((style) => ({ style, name: nameOfRole('membershipRole', style) }));
  const view: CityMapView = { scope: kind, rolesOf, legend, cities, groups, cityCount: cities.length, countryCount: groups.length };
  if (network) view.network = network;
  if (project) view.project = project;
  if (kind === 'network' && network) view.title = shown(network.name, lang, fallback, network.id, fallbackOrder);
  else if (kind === 'project' && project) view.title = shown(project.title, lang, fallback, project.id, fallbackOrder);
  return view;
}
