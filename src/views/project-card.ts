/**
 * The view model of a project card: everything `<cw-project-card>` shows about one project,
 * resolved from an `Atlas` into plain data, in the order it is shown. Texts stay localized
 * (`LocalizedText`): the component picks the language, so a language change does not rebuild this.
 *
 * Rules decided here, once: which organisations count as partners or funders, the order of a
 * project's cities (the most responsible role first), the countries it works in (its cities'
 * countries, then the ones it names), its SDG targets in catalogue order, its policy areas with
 * their labels from the network's vocabulary, the date shown (actual before planned), and what
 * each recorded correction is about.
 */
import type { Atlas } from '../atlas.js';
import type { DateRange } from '../dates.js';
import type { City, Correction, LocalizedText, Network, Organization, OrganizationLink, Project, Status } from '../schema/index.js';
import { PROJECT_CITY_ROLES } from '../schema/index.js';
import { compareSdgCodes, goalOfTarget, type SdgGoal } from '../sdg.js';
import { periodDate } from './period.js';

export type ProjectCityRole = (typeof PROJECT_CITY_ROLES)[number];
export type OrganizationRoleName = OrganizationLink['roles'][number];

/** The order of a project's city roles: the most responsible first. */
export const PROJECT_CITY_ROLE_ORDER: readonly ProjectCityRole[] = ['lead', 'host', 'pilot', 'partner', 'beneficiary', 'transfer'];

/** Organisation roles that make an organisation a funder of a project. */
export const FUNDER_ROLES: readonly OrganizationRoleName[] = ['funder'];
/** Organisation roles listed among a project's partners (anything that is not only a funder). */
export const PARTNER_ROLES: readonly OrganizationRoleName[] = ['implementer', 'partner', 'secretariat', 'supporter', 'organizer', 'co-organizer', 'founder', 'participant', 'contact', 'invited'];

export interface ProjectCardCity {
  city: City;
  roles: ProjectCityRole[];
}

export interface ProjectCardSdg {
  /** The target code as the data holds it (after any correction). */
  code: string;
  /** Its goal, when the code is in the catalogue. */
  goal?: SdgGoal;
  /** The correction that produced this code, when the data records one. */
  correction?: Correction;
}

export interface ProjectCardPolicyArea {
  id: string;
  /** The label from the network's vocabulary; absent when the vocabulary has no such term. */
  label?: LocalizedText;
}

export interface ProjectCardOrganization {
  organization: Organization;
  roles: OrganizationRoleName[];
  note?: LocalizedText;
}

/** What a recorded correction is about, so it can be worded for a reader. */
export type CorrectionSubject = 'sdg-target' | 'policy-area' | 'date' | 'city' | 'other';

export interface ProjectCardCorrection extends Correction {
  subject: CorrectionSubject;
}

export interface ProjectCardView {
  id: string;
  project: Project;
  title: LocalizedText;
  acronym?: string;
  subtitle?: LocalizedText;
  /** The network or programme the project belongs to, and that network's parents (nearest first). */
  network?: Network;
  networkAncestors: Network[];
  cities: ProjectCardCity[];
  /** ISO codes of the countries it works in: its cities' countries, then the ones it names; no duplicates. */
  countries: string[];
  /** Countries the project names that none of its cities is in (where it works without a named city). */
  otherCountries: string[];
  objective?: LocalizedText;
  activities: LocalizedText[];
  results: LocalizedText[];
  /** SDG targets in catalogue order (`compareSdgCodes`), without duplicates. */
  sdgTargets: ProjectCardSdg[];
  policyAreas: ProjectCardPolicyArea[];
  /** The vocabulary the policy-area labels come from, when the network has one. */
  policyVocabularyLabel?: LocalizedText;
  partners: ProjectCardOrganization[];
  funders: ProjectCardOrganization[];
  /** The date shown: the actual period when the data gives one, else the planned one. */
  period?: { range: DateRange; type: 'planned' | 'actual' };
  status?: Status;
  url?: string;
  corrections: ProjectCardCorrection[];
}

function subjectOf(field: string): CorrectionSubject {
  if (/^sdgTargets(?:\[|$)/.test(field)) return 'sdg-target';
  if (/^policyAreas(?:\[|$)/.test(field)) return 'policy-area';
  if (/^period(?:\.|$)/.test(field)) return 'date';
  if (/^cities(?:\[|$)/.test(field)) return 'city';
  return 'other';
}

function orderRoles(roles: readonly ProjectCityRole[]): ProjectCityRole[] {
  const set = new Set(roles);
  return PROJECT_CITY_ROLE_ORDER.filter((r) => set.has(r));
}

function rank(roles: readonly ProjectCityRole[]): number {
  const first = roles[0];
  return first === undefined ? PROJECT_CITY_ROLE_ORDER.length : PROJECT_CITY_ROLE_ORDER.indexOf(first);
}

/** A project's cities, each once with its roles merged, the most responsible role first (stable otherwise). */
export function projectCities(atlas: Atlas, project: Project): ProjectCardCity[] {
  const merged = new Map<string, Set<ProjectCityRole>>();
  for (const link of project.cities) {
    const set = merged.get(link.city) ?? new Set<ProjectCityRole>();
    for (const r of link.roles) set.add(r);
    merged.set(link.city, set);
  }
  const out: Array<ProjectCardCity & { i: number }> = [];
  let i = 0;
  for (const [id, roles] of merged) {
    const city = atlas.city(id);
    if (city) out.push({ city, roles: orderRoles([...roles]), i: i++ });
  }
  return out.sort((a, b) => rank(a.roles) - rank(b.roles) || a.i - b.i).map(({ city, roles }) => ({ city, roles }));
}

/** The countries a project works in: its cities' countries (in city order), then those it names. */
export function projectCountries(atlas: Atlas, project: Project): string[] {
  const out = new Set<string>();
  for (const c of projectCities(atlas, project)) out.add(c.city.country);
  for (const code of project.countries ?? []) out.add(code);
  return [...out];
}

function organizations(atlas: Atlas, links: readonly OrganizationLink[], roles: readonly OrganizationRoleName[]): ProjectCardOrganization[] {
  const out: ProjectCardOrganization[] = [];
  for (const link of links) {
    const matching = link.roles.filter((r) => roles.includes(r));
    if (matching.length === 0) continue;
    const organization = atlas.organization(link.organization);
    if (!organization) continue;
    const entry: ProjectCardOrganization = { organization, roles: matching };
    if (link.note) entry.note = link.note;
    out.push(entry);
  }
  return out;
}

/** The SDG targets of a project, in catalogue order, each once, with the correction that produced it. */
export function projectSdgTargets(project: Project): ProjectCardSdg[] {
  const corrections = (project.corrections ?? []).filter((c) => subjectOf(c.field) === 'sdg-target');
  const byIndex = new Map<number, Correction>();
  for (const c of corrections) {
    const m = /^sdgTargets\[(\d+)\]$/.exec(c.field);
    if (m) byIndex.set(Number(m[1]), c);
  }
  const seen = new Map<string, ProjectCardSdg>();
  project.sdgTargets.forEach((code, index) => {
    const correction = byIndex.get(index) ?? corrections.find((c) => c.corrected === code && !/\[\d+\]$/.test(c.field));
    const existing = seen.get(code);
    if (existing) {
      if (!existing.correction && correction) existing.correction = correction;
      return;
    }
    const entry: ProjectCardSdg = { code };
    const goal = goalOfTarget(code);
    if (goal) entry.goal = goal;
    if (correction) entry.correction = correction;
    seen.set(code, entry);
  });
  return [...seen.values()].sort((a, b) => compareSdgCodes(a.code, b.code));
}

/** The card's view of a project; undefined when the atlas has no project with that id. */
export function projectCardView(atlas: Atlas, projectId: string): ProjectCardView | undefined {
  const project = atlas.project(projectId);
  if (!project) return undefined;
  const network = atlas.network(project.network);
  const cities = projectCities(atlas, project);
  const cityCountries = new Set(cities.map((c) => c.city.country));
  const countries = projectCountries(atlas, project);
  const vocabulary = network?.policyVocabulary !== undefined ? atlas.vocabulary(network.policyVocabulary) : undefined;
  const policyAreas = [...new Set(project.policyAreas)].map((id): ProjectCardPolicyArea => {
    const term = atlas.policyArea(project.network, id);
    return term ? { id, label: term.label } : { id };
  });
  const view: ProjectCardView = {
    id: project.id,
    project,
    title: project.title,
    networkAncestors: network ? atlas.ancestorsOf(network.id) : [],
    cities,
    countries,
    otherCountries: countries.filter((c) => !cityCountries.has(c)),
    activities: [...project.activities],
    results: [...project.results],
    sdgTargets: projectSdgTargets(project),
    policyAreas,
    partners: organizations(atlas, project.organizations, PARTNER_ROLES),
    funders: organizations(atlas, project.organizations, FUNDER_ROLES),
    corrections: (project.corrections ?? []).map((c) => ({ ...c, subject: subjectOf(c.field) })),
  };
  if (project.acronym !== undefined) view.acronym = project.acronym;
  if (project.subtitle) view.subtitle = project.subtitle;
  if (network) view.network = network;
  if (project.objective) view.objective = project.objective;
  if (vocabulary) view.policyVocabularyLabel = vocabulary.label;
  const period = periodDate(project.period);
  if (period) view.period = { range: period.date, type: period.dateType };
  if (project.status !== undefined) view.status = project.status;
  if (project.url !== undefined) view.url = project.url;
  return view;
}
