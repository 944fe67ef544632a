/**
 * The networks, cities and organisations as Popolo JSON: organisations (a network, a city's local
 * government, a partner), and memberships with their role and dates (a city in a network, an
 * organisation's role on a network). Popolo has one `role` per membership: a city that is member
 * and lead gets two memberships. Popolo dates are reduced ISO dates (`2017`, `2017-04`); a date the
 * model holds that Popolo cannot say (a range, a day without a year) is left out and reported.
 * The model has no persons or posts yet: none are written. Pure.
 */
import type { Atlas } from '../atlas.js';
import { parseDateSpec } from '../dates.js';
import type { LocalizedText } from '../schema/index.js';

interface PopoloName {
  name: string;
  note?: string;
}

export interface PopoloDocument {
  organizations: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  persons: Record<string, unknown>[];
  posts: Record<string, unknown>[];
}

/** The name in the dataset's default language (else the first given), and the others as `other_names` with their language in `note`. */
function names(text: LocalizedText, lang: string): { name: string; other_names?: PopoloName[] } {
  const tags = Object.keys(text);
  const main = tags.includes(lang) ? lang : tags[0]!;
  const others = tags.filter((t) => t !== main).map((t) => ({ name: text[t]!, note: `lang:${t}` }));
  return { name: text[main]!, ...(others.length > 0 ? { other_names: others } : {}) };
}

/** A Popolo date (a reduced ISO date), or undefined with the reason added to `skipped`. */
function popoloDate(spec: string | undefined, what: string, skipped: string[]): string | undefined {
  if (spec === undefined) return undefined;
  const parsed = parseDateSpec(spec);
  if (parsed.ok && !parsed.value.isRange && parsed.value.start.year !== undefined) return spec;
  skipped.push(`${what}: the date "${spec}" is not a single dated day, month or year, which is all Popolo can hold; left out`);
  return undefined;
}

export function exportPopolo(atlas: Atlas): { document: PopoloDocument; skipped: string[] } {
  const doc = atlas.document;
  const lang = doc.defaultLanguage;
  const skipped: string[] = [];
  const sourcesOf = (ids: readonly string[]) => {
    const links = ids.flatMap((id) => {
      const s = doc.sources.find((x) => x.id === id);
      return s?.url ? [{ url: s.url, note: names(s.title, lang).name }] : [];
    });
    return links.length > 0 ? { sources: links } : {};
  };
  const organizations: Record<string, unknown>[] = [
    ...doc.networks.map((n) => ({
      id: n.id,
      ...names(n.name, lang),
      classification: n.kind,
      ...(n.parent ? { parent_id: n.parent } : {}),
      ...(n.description ? { description: names(n.description, lang).name } : {}),
      ...(n.founded?.date ? { founding_date: popoloDate(n.founded.date, `network "${n.id}" founded`, skipped) } : {}),
      ...(n.url ? { links: [{ url: n.url }] } : {}),
      ...sourcesOf(n.sources),
    })),
    ...doc.cities.map((c) => ({
      id: c.id,
      ...names(c.name, lang),
      classification: 'city',
      identifiers: [{ identifier: c.country, scheme: 'ISO 3166-1 alpha-2 (country)' }],
      ...sourcesOf(c.sources),
    })),
    ...doc.organizations.map((o) => ({
      id: o.id,
      ...names(o.name, lang),
      ...(o.kind ? { classification: o.kind } : {}),
      ...(o.url ? { links: [{ url: o.url }] } : {}),
      ...sourcesOf(o.sources),
    })),
  ].map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));

  const memberships: Record<string, unknown>[] = [];
  for (const m of doc.memberships) {
    const start = popoloDate(m.start, `membership of "${m.city}" in "${m.network}"`, skipped);
    const end = popoloDate(m.end, `membership of "${m.city}" in "${m.network}"`, skipped);
    for (const role of m.roles) {
      memberships.push({
        id: `${m.city}@${m.network}#${role}`,
        role,
        member: { '@type': 'Organization', id: m.city },
        organization_id: m.network,
        ...(start ? { start_date: start } : {}),
        ...(end ? { end_date: end } : {}),
        ...sourcesOf(m.sources),
      });
    }
  }
  for (const n of doc.networks) {
    for (const link of n.organizations) {
      for (const role of link.roles) {
        memberships.push({ id: `${link.organization}@${n.id}#${role}`, role, member: { '@type': 'Organization', id: link.organization }, organization_id: n.id });
      }
    }
  }
  return { document: { organizations, memberships, persons: [], posts: [] }, skipped };
}
