/**
 * The view model of `<cw-event>`: everything the element shows about one event, with its texts
 * resolved for the reader's language (`resolveText`, marked when they fall back), in the order they
 * are shown.
 *
 * Rules decided here, once: the date shown (actual before planned) at the precision the source
 * gives; the place (venue, city, country); organisers and supporters apart from the other
 * organisations; the programme's times split into start and end, with a machine-readable time only
 * where the day is known; the people with their posts and what the source reports they said; and
 * whether a calendar file can be made (see `src/ics.ts`), and why not.
 */
import type { Atlas } from '../atlas.js';
import { parseDateSpec } from '../dates.js';
import { countryName, distinctAcronym, resolveText, type ResolvedText } from '../i18n/index.js';
import type { Event, ItemKind, LocalizedText, OrganizationLink } from '../schema/index.js';
import { eventCalendarDays } from '../ics.js';
import { periodDate, viewDate, type ViewDate } from './period.js';

export type { ViewDate } from './period.js';
import { peopleEntry, type ViewPerson } from './people.js';


export interface EventOrganizationView {
  id: string;
  name: ResolvedText;
  acronym?: ResolvedText;
  url?: string;
  roles: Array<OrganizationLink['roles'][number]>;
}

export interface EventSlotView {
  /** `HH:MM`, as the source gives it. */
  start?: string;
  end?: string;
  /** For `<time datetime>`: `2018-04-05T09:30` when the day is known, else `09:30`. */
  startDatetime?: string;
  endDatetime?: string;
  title: ResolvedText;
  kind: 'session' | 'break';
  points: ResolvedText[];
}

export interface EventCityView {
  id: string;
  name: ResolvedText;
  country: string;
  roles: string[];
}

export interface EventView {
  id: string;
  event: Event;
  title: ResolvedText;
  kind: ItemKind;
  networks: Array<{ id: string; name: ResolvedText }>;
  date?: ViewDate;
  place?: { venue?: ResolvedText; city?: ResolvedText; country?: string };
  theme?: ResolvedText;
  description?: ResolvedText;
  objectives: ResolvedText[];
  programme: EventSlotView[];
  /** Organisers and co-organisers, then supporters. */
  organizers: EventOrganizationView[];
  /** Every other organisation (participants, contacts, …). */
  organizations: EventOrganizationView[];
  cities: EventCityView[];
  people: ViewPerson[];
  participation?: ResolvedText;
  outcomes: ResolvedText[];
  url?: string;
  sources: ResolvedText[];
  /** Whether a calendar file can be made: `no-year` or `no-day` say why not (see `eventIcs`). */
  calendar: { ok: true } | { ok: false; reason: 'no-year' | 'no-day' };
  /** The language the main texts were translated from, when they are translations made for the dataset. */
  translatedFrom?: string;
}

const ORGANIZER_ROLES = new Set(['organizer', 'co-organizer', 'supporter', 'founder', 'secretariat']);


/** The event's view for a reader of `lang`; undefined when the atlas has no such event. */
export function eventView(atlas: Atlas, eventId: string, lang: string): EventView | undefined {
  const event = atlas.event(eventId);
  if (!event) return undefined;
  const r = (t: LocalizedText | undefined): ResolvedText | undefined => resolveText(t, lang, atlas.defaultLanguage);
  const all = (ts: readonly LocalizedText[]): ResolvedText[] => ts.map(r).filter((t): t is ResolvedText => t !== undefined);

  const period = periodDate(event.period);
  const single = period && !period.date.isRange && period.date.start.precision === 'day' && period.date.start.year !== undefined ? period.date.text : undefined;
  const programme: EventSlotView[] = event.agenda.map((slot) => {
    const out: EventSlotView = { title: r(slot.title)!, kind: slot.kind, points: all(slot.points ?? []) };
    const dayText = slot.date !== undefined && parseDateSpec(slot.date).ok ? slot.date : single;
    if (slot.time !== undefined) {
      const [start, end] = slot.time.split('-') as [string, string | undefined];
      out.start = start;
      out.startDatetime = dayText !== undefined ? `${dayText}T${start}` : start;
      if (end !== undefined) {
        out.end = end;
        out.endDatetime = dayText !== undefined ? `${dayText}T${end}` : end;
      }
    }
    return out;
  });

  const orgs = (pick: (l: OrganizationLink) => boolean): EventOrganizationView[] =>
    event.organizations.filter(pick).flatMap((l) => {
      const o = atlas.organization(l.organization);
      if (!o) return [];
      const v: EventOrganizationView = { id: o.id, name: r(o.name)!, roles: [...l.roles] };
      const acronym = distinctAcronym(r(o.acronym), v.name);
      if (acronym) v.acronym = acronym;
      if (o.url !== undefined) v.url = o.url;
      return [v];
    });
  const isOrganizer = (l: OrganizationLink) => l.roles.some((role) => ORGANIZER_ROLES.has(role));

  const view: EventView = {
    id: event.id,
    event,
    title: r(event.title)!,
    kind: event.kind,
    networks: event.networks.flatMap((id) => {
      const n = atlas.network(id);
      return n ? [{ id, name: r(n.name)! }] : [];
    }),
    objectives: all(event.objectives),
    programme,
    organizers: orgs(isOrganizer),
    organizations: orgs((l) => !isOrganizer(l)),
    cities: atlas.eventCities(event).map((c) => ({ id: c.city.id, name: r(c.city.name)!, country: countryName(c.city.country, lang), roles: c.roles })),
    people: atlas.eventPeople(event.id).map((e) => peopleEntry(atlas, e.person, lang, { roles: e.roles, statements: e.statements })),
    outcomes: all(event.outcomes),
    sources: event.sources.flatMap((id) => {
      const s = atlas.source(id);
      return s ? [r(s.title)!] : [];
    }),
    calendar: { ok: true },
  };
  const date = viewDate(period, lang);
  if (date) view.date = date;
  const city = event.place?.city !== undefined ? atlas.city(event.place.city) : undefined;
  const country = city?.country ?? event.place?.country;
  if (event.place) {
    view.place = {};
    const venue = r(event.place.venue);
    if (venue) view.place.venue = venue;
    if (city) view.place.city = r(city.name)!;
    if (country !== undefined) view.place.country = countryName(country, lang);
  }
  const theme = r(event.theme);
  if (theme) view.theme = theme;
  const description = r(event.description);
  if (description) view.description = description;
  const participation = r(event.participation);
  if (participation) view.participation = participation;
  if (event.url !== undefined) view.url = event.url;
  const days = eventCalendarDays(event);
  if (!days.ok) view.calendar = { ok: false, reason: days.reason };
  if (view.title.translatedFrom !== undefined) view.translatedFrom = view.title.translatedFrom;
  return view;
}
