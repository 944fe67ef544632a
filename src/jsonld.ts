/**
 * schema.org JSON-LD for what a page shows: a city, a network (with its members), a project, an
 * event. Texts are given in the requested language (best available, see `resolveText`), with the
 * language used in `inLanguage`, because search engines read one language per page.
 */
import type { Atlas } from './atlas.js';
import { isoDate, parseDateSpec } from './dates.js';
import { eventCalendarDays } from './ics.js';
import { resolveText } from './i18n/index.js';
import type { City, Event, LocalizedText, Network, OrganizationLink, Period, Project } from './schema/index.js';
import { sdgTarget, sdgUri } from './sdg.js';

type Json = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

/**
 * A text for a reader of `lang`: a plain string when it was written in that language, else a
 * JSON-LD value object that says its own language, `{ "@value", "@language" }`: a fallback
 * (`fr` on an Arabic page) or a translation made for the dataset (`ar-t-fr`, BCP 47's extension T).
 */
function text(atlas: Atlas, t: LocalizedText | undefined, lang: string): string | Json | undefined {
  const r = resolveText(t, lang, atlas.defaultLanguage);
  if (!r) return undefined;
  return r.fallback || r.translatedFrom !== undefined ? { '@value': r.text, '@language': r.lang } : r.text;
}

/** schema.org dates are ISO 8601; a date whose year is unknown cannot be written, so it is left out. */
function dates(spec: string | undefined): { startDate?: string; endDate?: string } {
  const r = spec === undefined ? undefined : parseDateSpec(spec);
  if (!r?.ok || r.value.start.year === undefined) return {};
  const out: { startDate?: string; endDate?: string } = { startDate: isoDate(r.value.start) };
  if (r.value.isRange) out.endDate = isoDate(r.value.end);
  return out;
}

const periodDates = (p: Period | undefined) => dates(p?.actual ?? p?.planned);

function compact(o: Json): Json {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete o[k];
  }
  return o;
}

function place(atlas: Atlas, city: City, lang: string): Json {
  return compact({
    '@type': 'City',
    name: text(atlas, city.name, lang),
    alternateName: Object.entries(city.name)
      .filter(([l]) => l !== lang)
      .map(([, v]) => v),
    address: { '@type': 'PostalAddress', addressCountry: city.country },
    geo: { '@type': 'GeoCoordinates', latitude: city.coordinates.lat, longitude: city.coordinates.lon },
  });
}

function orgs(atlas: Atlas, links: OrganizationLink[], role: string, lang: string): Json[] {
  return links
    .filter((l) => l.roles.includes(role as OrganizationLink['roles'][number]))
    .map((l) => atlas.organization(l.organization))
    .filter((o) => o !== undefined)
    .map((o) => compact({ '@type': 'Organization', name: text(atlas, o.name, lang), alternateName: text(atlas, o.acronym, lang), url: o.url }));
}

/** SDG targets as UN URIs, each named by its title when the titles for `lang` are loaded (`loadSdgTitles`). */
function sdgAbout(codes: string[], lang: string): Json[] {
  return codes.map((code) =>
    compact({ '@type': 'Thing', '@id': sdgUri(code), identifier: code, name: resolveText(sdgTarget(code)?.title, lang, 'en')?.text }),
  );
}

/** A city as a schema.org City with its coordinates and country. */
export function cityJsonLd(atlas: Atlas, city: City, lang: string): Json {
  return { '@context': CONTEXT, ...place(atlas, city, lang), inLanguage: lang };
}

/** A network as an Organization, each member city's municipality as an OrganizationRole. */
export function networkJsonLd(atlas: Atlas, network: Network, lang: string): Json {
  const parent = network.parent ? atlas.network(network.parent) : undefined;
  const foundedAt = network.founded?.place ? atlas.city(network.founded.place) : undefined;
  return compact({
    '@context': CONTEXT,
    '@type': 'Organization',
    name: text(atlas, network.name, lang),
    alternateName: text(atlas, network.acronym, lang),
    description: text(atlas, network.description, lang),
    inLanguage: lang,
    url: network.url,
    foundingDate: dates(network.founded?.date).startDate,
    foundingLocation: foundedAt ? place(atlas, foundedAt, lang) : undefined,
    parentOrganization: parent ? { '@type': 'Organization', name: text(atlas, parent.name, lang) } : undefined,
    founder: orgs(atlas, network.organizations, 'founder', lang),
    funder: orgs(atlas, network.organizations, 'funder', lang),
    member: atlas.membersOf(network.id).map(({ city, roles, memberships }) =>
      compact({
        '@type': 'OrganizationRole',
        roleName: roles,
        ...dates(memberships.find((m) => m.start)?.start),
        member: { '@type': 'GovernmentOrganization', name: text(atlas, city.name, lang), areaServed: place(atlas, city, lang) },
      }),
    ),
  });
}

/**
 * A project (schema.org `Project`), its SDG targets as `about` with their UN URIs, named by their
 * titles once `loadSdgTitles(lang)` has resolved: load them first (`await loadSdgTitles(lang)`),
 * otherwise each `about` item has its URI and code but no `name`.
 */
export function projectJsonLd(atlas: Atlas, project: Project, lang: string): Json {
  const network = atlas.network(project.network);
  return compact({
    '@context': CONTEXT,
    '@type': 'Project',
    name: text(atlas, project.title, lang),
    alternateName: project.acronym,
    disambiguatingDescription: text(atlas, project.subtitle, lang),
    description: text(atlas, project.objective, lang),
    inLanguage: lang,
    url: project.url,
    ...periodDates(project.period),
    parentOrganization: network ? { '@type': 'Organization', name: text(atlas, network.name, lang) } : undefined,
    areaServed: project.cities.map((c) => atlas.city(c.city)).filter((c) => c !== undefined).map((c) => place(atlas, c, lang)),
    funder: orgs(atlas, project.organizations, 'funder', lang),
    sponsor: orgs(atlas, project.organizations, 'partner', lang),
    about: sdgAbout(project.sdgTargets, lang),
  });
}

/** An event, with its place, organisers and dates at the precision the source gave. */
export function eventJsonLd(atlas: Atlas, event: Event, lang: string): Json {
  const city = event.place?.city ? atlas.city(event.place.city) : undefined;
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    name: text(atlas, event.title, lang),
    description: text(atlas, event.description ?? event.theme, lang),
    inLanguage: lang,
    url: event.url,
    ...periodDates(event.period),
    eventStatus: 'https://schema.org/EventScheduled',
    location: city ? compact({ '@type': 'Place', name: text(atlas, event.place?.venue, lang) ?? text(atlas, city.name, lang), address: { '@type': 'PostalAddress', addressLocality: text(atlas, city.name, lang), addressCountry: city.country } }) : undefined,
    organizer: [...orgs(atlas, event.organizations, 'organizer', lang), ...orgs(atlas, event.organizations, 'co-organizer', lang)],
    funder: orgs(atlas, event.organizations, 'supporter', lang),
    subEvent: programme(atlas, event, lang),
  });
}

/**
 * The programme's sessions as `subEvent`s (breaks left out), each with its local start and end
 * (`2018-04-05T09:30`) where the day is known: the event's own day, or the session's. No time zone
 * is added: the source gives the hour at the place, not an offset.
 */
function programme(atlas: Atlas, event: Event, lang: string): Json[] {
  const days = eventCalendarDays(event);
  const single = days.ok && isoDate({ ...days.first, precision: 'day' }) === isoDate({ ...days.last, precision: 'day' }) ? isoDate({ ...days.first, precision: 'day' }) : undefined;
  return event.agenda
    .filter((slot) => slot.kind !== 'break')
    .map((slot) => {
      const day = slot.date ?? single;
      const [start, end] = slot.time?.split('-') ?? [];
      return compact({
        '@type': 'Event',
        name: text(atlas, slot.title, lang),
        startDate: day !== undefined && start !== undefined ? `${day}T${start}` : undefined,
        endDate: day !== undefined && end !== undefined ? `${day}T${end}` : undefined,
        about: (slot.points ?? []).map((p) => text(atlas, p, lang)),
      });
    });
}
