/**
 * The view model of a project list: which projects are in scope (a network's, a city's, or both),
 * which filter options the data offers with their counts, which projects match a filter state,
 * and how a filter state is written to and read from a URL query string.
 *
 * Counts are taken over the projects in scope (not narrowed by the other filters), so an option
 * never disappears while the reader combines filters. A value that the data does not offer (an
 * old shared link, a typo) is still listed, with a count of zero, so that it can be seen and
 * cleared; it matches nothing.
 */
import type { Atlas, ProjectFilter } from '../atlas.js';
import { collator, countryName, resolveText } from '../i18n/index.js';
import type { City, LocalizedText, Project } from '../schema/index.js';
import { compareSdgCodes, goalOfTarget, sdgGoal, sdgKind, sdgTarget, type SdgGoal, type SdgTarget } from '../sdg.js';
import { projectCountries } from './project-card.js';

/** Which projects the list is about. With both, the city's projects in that network. */
export interface ProjectListScope {
  network?: string;
  city?: string;
}

/** What the reader has chosen. Empty strings and absent fields mean "any". */
export interface ProjectListFilters {
  /** A goal (`"10"`) or a target (`"10.7"`). */
  sdg?: string;
  /** A city id. */
  city?: string;
  /** An ISO 3166-1 alpha-2 code. */
  country?: string;
  /** A policy-area term id. */
  policyArea?: string;
  /** Words to find (accents, Arabic spelling variants and case do not matter). */
  text?: string;
}

export const FILTER_KEYS = ['sdg', 'city', 'country', 'policyArea', 'text'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The URL query parameter of each filter, after the prefix (`cw-` by default: `?cw-sdg=10.7`). */
export const FILTER_PARAMS: Readonly<Record<FilterKey, string>> = { sdg: 'sdg', city: 'city', country: 'country', policyArea: 'policy', text: 'q' };

export interface Counted {
  count: number;
}
export interface GoalOption extends Counted {
  code: string;
  goal?: SdgGoal;
}
export interface TargetOption extends Counted {
  code: string;
  /** The goal code of the target (`"10"` for `"10.7"`), when the code is in the catalogue. */
  goal?: string;
  target?: SdgTarget;
}
export interface CityOption extends Counted {
  id: string;
  city?: City;
}
export interface CountryOption extends Counted {
  code: string;
}
export interface PolicyAreaOption extends Counted {
  id: string;
  label?: LocalizedText;
}

export interface ProjectListOptions {
  goals: GoalOption[];
  targets: TargetOption[];
  cities: CityOption[];
  countries: CountryOption[];
  policyAreas: PolicyAreaOption[];
}

export type ScopeCheck = { ok: true } | { ok: false; kind: 'network' | 'city'; id: string; suggestions: string[] };

const given = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/** Whether the scope names records the atlas has; if not, which id is unknown and the closest ids. */
export function checkScope(atlas: Atlas, scope: ProjectListScope): ScopeCheck {
  if (given(scope.network) && !atlas.network(scope.network)) return { ok: false, kind: 'network', id: scope.network, suggestions: atlas.suggestId('network', scope.network) };
  if (given(scope.city) && !atlas.city(scope.city)) return { ok: false, kind: 'city', id: scope.city, suggestions: atlas.suggestId('city', scope.city) };
  return { ok: true };
}

/** The projects in scope, in document order (every project when the scope is empty). */
export function scopeProjects(atlas: Atlas, scope: ProjectListScope): Project[] {
  const filter: ProjectFilter = {};
  if (given(scope.network)) filter.network = scope.network;
  if (given(scope.city)) filter.city = scope.city;
  return atlas.projects(filter);
}

/** Filters with blank values removed and values trimmed; `text` keeps its inner spaces. */
export function cleanFilters(filters: ProjectListFilters): ProjectListFilters {
  const out: ProjectListFilters = {};
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (given(v)) out[key] = key === 'text' ? v : v.trim();
  }
  return out;
}

/** How many filters are set (the text search counts as one). */
export function activeFilterCount(filters: ProjectListFilters): number {
  return FILTER_KEYS.filter((k) => given(filters[k])).length;
}

export function sameFilters(a: ProjectListFilters, b: ProjectListFilters): boolean {
  const ca = cleanFilters(a);
  const cb = cleanFilters(b);
  return FILTER_KEYS.every((k) => ca[k] === cb[k]);
}

/** The goal and target an SDG filter value selects: a goal alone, or a target and its goal. */
export function splitSdg(code: string | undefined): { goal: string; target: string } {
  if (!given(code)) return { goal: '', target: '' };
  const kind = sdgKind(code);
  if (kind === 'goal') return { goal: code, target: '' };
  if (kind === 'target') return { goal: sdgTarget(code)!.goal, target: code };
  // Not in the catalogue: a target-like code keeps its goal part, so the goal list can show it.
  const m = /^(\d{1,2})\./.exec(code);
  return m ? { goal: m[1]!, target: code } : { goal: code, target: '' };
}

/**
 * The projects in scope that match every filter, in document order. The text is searched in the
 * reader's language `lang` when a text has it, otherwise in all its languages (see `Atlas.projects`).
 */
export function filterProjects(atlas: Atlas, scope: ProjectListScope, filters: ProjectListFilters, lang?: string): Project[] {
  const f = cleanFilters(filters);
  const query: ProjectFilter = {};
  if (given(scope.network)) query.network = scope.network;
  if (given(scope.city)) query.city = scope.city;
  if (f.city !== undefined) {
    // A city filter inside a city scope can only narrow it to nothing or to itself.
    if (query.city !== undefined && query.city !== f.city) return [];
    query.city = f.city;
  }
  if (f.country !== undefined) query.country = f.country;
  if (f.policyArea !== undefined) query.policyArea = f.policyArea;
  if (f.sdg !== undefined) {
    if (sdgKind(f.sdg) === 'goal') query.sdgGoal = f.sdg;
    else query.sdgTarget = f.sdg;
  }
  if (f.text !== undefined) query.text = f.text;
  if (lang !== undefined && lang !== '') query.lang = lang;
  return atlas.projects(query);
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * The filter options the projects in scope offer, with the number of projects for each: goals
 * and targets in catalogue order, cities and countries by name in `lang`, policy areas in the
 * order of their vocabulary (terms of no vocabulary last). `selected` values absent from the data
 * are added with a count of zero.
 */
export function projectListOptions(atlas: Atlas, scope: ProjectListScope, lang?: string, selected: ProjectListFilters = {}, fallbackOrder?: readonly string[]): ProjectListOptions {
  const projects = scopeProjects(atlas, scope);
  const goals = new Map<string, number>();
  const targets = new Map<string, number>();
  const cities = new Map<string, number>();
  const countries = new Map<string, number>();
  const areas = new Map<string, { count: number; label?: LocalizedText; order: number }>();
  const networks = new Set<string>();
  for (const p of projects) {
    networks.add(p.network);
    const goalsOfProject = new Set<string>();
    for (const code of new Set(p.sdgTargets)) {
      bump(targets, code);
      const goal = goalOfTarget(code);
      if (goal) goalsOfProject.add(goal.code);
    }
    for (const g of goalsOfProject) bump(goals, g);
    for (const id of new Set(p.cities.map((c) => c.city))) if (atlas.city(id)) bump(cities, id);
    for (const code of projectCountries(atlas, p)) bump(countries, code);
    for (const id of new Set(p.policyAreas)) {
      const entry = areas.get(id);
      if (entry) entry.count += 1;
      else {
        const term = atlas.policyArea(p.network, id);
        areas.set(id, term ? { count: 1, label: term.label, order: Number.MAX_SAFE_INTEGER } : { count: 1, order: Number.MAX_SAFE_INTEGER });
      }
    }
  }
  // Vocabulary order: the position of each term in the vocabulary of the networks in scope.
  for (const networkId of networks) {
    const vocabularyId = atlas.network(networkId)?.policyVocabulary;
    const vocabulary = vocabularyId !== undefined ? atlas.vocabulary(vocabularyId) : undefined;
    vocabulary?.terms.forEach((term, i) => {
      const entry = areas.get(term.id);
      if (entry && i < entry.order) entry.order = i;
    });
  }

  const { goal: selectedGoal, target: selectedTarget } = splitSdg(selected.sdg);
  if (given(selectedGoal) && !goals.has(selectedGoal)) goals.set(selectedGoal, 0);
  if (given(selectedTarget) && !targets.has(selectedTarget)) targets.set(selectedTarget, 0);
  if (given(selected.city) && !cities.has(selected.city)) cities.set(selected.city, 0);
  if (given(selected.country) && !countries.has(selected.country)) countries.set(selected.country, 0);
  if (given(selected.policyArea) && !areas.has(selected.policyArea)) areas.set(selected.policyArea, { count: 0, order: Number.MAX_SAFE_INTEGER });

  const coll = collator(lang ?? atlas.defaultLanguage);
  const cityName = (id: string) => {
    const city = atlas.city(id);
    return city ? (resolveText(city.name, lang ?? atlas.defaultLanguage, atlas.defaultLanguage, fallbackOrder)?.text ?? id) : id;
  };
  const label = (t: LocalizedText | undefined, id: string) => (t ? (resolveText(t, lang ?? atlas.defaultLanguage, atlas.defaultLanguage, fallbackOrder)?.text ?? id) : id);

  return {
    goals: [...goals]
      .sort(([a], [b]) => compareSdgCodes(a, b))
      .map(([code, count]) => {
        const goal = sdgGoal(code);
        return goal ? { code, count, goal } : { code, count };
      }),
    targets: [...targets]
      .sort(([a], [b]) => compareSdgCodes(a, b))
      .map(([code, count]): TargetOption => {
        const target = sdgTarget(code);
        if (target) return { code, count, goal: target.goal, target };
        const { goal } = splitSdg(code);
        return goal !== '' && goal !== code ? { code, count, goal } : { code, count };
      }),
    cities: [...cities]
      .map(([id, count]) => ({ id, count, name: cityName(id) }))
      .sort((a, b) => coll.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
      .map(({ id, count }) => {
        const city = atlas.city(id);
        return city ? { id, count, city } : { id, count };
      }),
    countries: [...countries]
      .map(([code, count]) => ({ code, count, name: countryName(code, lang) }))
      .sort((a, b) => coll.compare(a.name, b.name) || (a.code < b.code ? -1 : 1))
      .map(({ code, count }) => ({ code, count })),
    policyAreas: [...areas]
      .sort(([ia, a], [ib, b]) => a.order - b.order || coll.compare(label(a.label, ia), label(b.label, ib)))
      .map(([id, { count, label }]) => (label ? { id, count, label } : { id, count })),
  };
}

/**
 * Whether `options` already offer every value of `selected` (a value from an old link may be absent
 * from the data, and `projectListOptions` adds it with a count of zero). The counts do not depend on
 * the selection: when this is true, the options of the unfiltered scope serve every filter change,
 * and a change at 5,000 projects does not count them all again.
 */
export function optionsOffer(options: ProjectListOptions, selected: ProjectListFilters): boolean {
  const f = cleanFilters(selected);
  const { goal, target } = splitSdg(f.sdg);
  return (
    (!given(goal) || options.goals.some((o) => o.code === goal)) &&
    (!given(target) || options.targets.some((o) => o.code === target)) &&
    (!given(f.city) || options.cities.some((o) => o.id === f.city)) &&
    (!given(f.country) || options.countries.some((o) => o.code === f.country)) &&
    (!given(f.policyArea) || options.policyAreas.some((o) => o.id === f.policyArea))
  );
}

/** The targets to offer once a goal is chosen: that goal's targets (every target without a goal). */
export function targetsOfGoal(options: ProjectListOptions, goal: string): TargetOption[] {
  return given(goal) ? options.targets.filter((t) => t.goal === goal) : options.targets;
}

/**
 * The query parameters of a filter state: `prefix + name` (`cw-sdg`) → its value, or undefined for
 * a cleared filter (the parameter is removed). For `editQuery` (src/query-string.ts), which changes
 * these and nothing else of a page's query.
 */
export function filterQueryChanges(filters: ProjectListFilters, prefix = 'cw-'): Record<string, string | undefined> {
  const f = cleanFilters(filters);
  const out: Record<string, string | undefined> = {};
  for (const key of FILTER_KEYS) out[prefix + FILTER_PARAMS[key]] = f[key];
  return out;
}

/**
 * Writes a filter state into URL query parameters, keeping every other parameter as it was:
 * set filters as `prefix + name` (`cw-sdg=10.7`), cleared ones removed. (`URLSearchParams`
 * re-serializes the other parameters: to change a page's URL, use `filterQueryChanges` with
 * `editQuery`.)
 */
export function writeFiltersToQuery(params: URLSearchParams, filters: ProjectListFilters, prefix = 'cw-'): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [name, v] of Object.entries(filterQueryChanges(filters, prefix))) {
    if (v === undefined) out.delete(name);
    else out.set(name, v);
  }
  return out;
}

/** Reads a filter state from URL query parameters (see `writeFiltersToQuery`). */
export function readFiltersFromQuery(params: URLSearchParams, prefix = 'cw-'): ProjectListFilters {
  const out: ProjectListFilters = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(prefix + FILTER_PARAMS[key]);
    if (v !== null && given(v)) out[key] = key === 'text' ? v : v.trim();
  }
  return out;
}

/** Whether any filter parameter with this prefix is present in the query. */
export function queryHasFilters(params: URLSearchParams, prefix = 'cw-'): boolean {
  return FILTER_KEYS.some((k) => params.has(prefix + FILTER_PARAMS[k]));
}
