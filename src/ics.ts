/**
 * An event as an iCalendar file (RFC 5545), for "add to my calendar". Pure: the caller gives the
 * moment of export (`DTSTAMP`), so the same input gives the same file.
 *
 * Dates go in only as far as the source gives them, never further:
 * - a calendar entry needs a day: an event dated to the day (or a range of days) gets an all-day
 *   entry (`VALUE=DATE`, the end exclusive, as the standard wants); an event known only to the month
 *   or the year, or whose year the source does not give (`--11-27`), gets no file at all, and the
 *   result says why, so an element can say it rather than offer a file with an invented date;
 * - each programme session with a time, on a day the data knows, becomes an entry of its own at that
 *   local time, written as floating time (no time zone): the source gives the hour at the place, not
 *   an offset, and inventing a zone would move it for readers elsewhere. A session with a start and
 *   no end gets no end (the standard allows it).
 */
import type { Atlas } from './atlas.js';
import { parseDateSpec, type PartialDate } from './dates.js';
import { resolveText } from './i18n/text.js';
import type { Event, LocalizedText } from './schema/index.js';

export type EventIcsResult =
  | { ok: true; ics: string; filename: string }
  | {
      ok: false;
      /** `unknown-event`: no such event; `no-year`: the source does not give the year; `no-day`: it gives a month or a year only. */
      reason: 'unknown-event' | 'no-year' | 'no-day';
    };

export interface EventIcsOptions {
  /** The moment of export, for `DTSTAMP`. */
  now: Date;
  /** Add one entry per programme session that has a time (default true). */
  programme?: boolean;
}

/** Escapes a text value (RFC 5545 §3.3.11). */
export function icsEscape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 §3.1). */
export function icsFold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = (d: { year: number; month: number; day: number }) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** The day after, for an exclusive end (proleptic Gregorian, in UTC so no time zone shifts it). */
function nextDay(d: { year: number; month: number; day: number }): { year: number; month: number; day: number } {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day + 1);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function fullDay(d: PartialDate): { year: number; month: number; day: number } | undefined {
  return d.year !== undefined && d.month !== undefined && d.day !== undefined ? { year: d.year, month: d.month, day: d.day } : undefined;
}

function stamp(now: Date): string {
  return `${day({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() })}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;
}

/** A text property with its language parameter, for the reader's language (best available). */
function textProp(name: string, text: LocalizedText | undefined, lang: string, defaultLang: string): string | undefined {
  const r = resolveText(text, lang, defaultLang);
  return r ? `${name};LANGUAGE=${r.lang}:${icsEscape(r.text)}` : undefined;
}

type Day = { year: number; month: number; day: number };

/**
 * The first and last day of an event for a calendar (its actual dates, else its planned ones), or
 * why it has none: `no-year` (the source does not give the year), `no-day` (a month or a year only).
 */
export function eventCalendarDays(event: Event): { ok: true; first: Day; last: Day } | { ok: false; reason: 'no-year' | 'no-day' } {
  const spec = event.period.actual ?? event.period.planned;
  const parsed = spec === undefined ? undefined : parseDateSpec(spec);
  if (!parsed?.ok || parsed.value.start.year === undefined) return { ok: false, reason: 'no-year' };
  const first = fullDay(parsed.value.start);
  const last = fullDay(parsed.value.end);
  return first && last ? { ok: true, first, last } : { ok: false, reason: 'no-day' };
}

/** The iCalendar file of an event in the reader's language `lang`, or why there is none. */
export function eventIcs(atlas: Atlas, eventId: string, lang: string, options: EventIcsOptions): EventIcsResult {
  const event = atlas.event(eventId);
  if (!event) return { ok: false, reason: 'unknown-event' };
  const days = eventCalendarDays(event);
  if (!days.ok) return days;
  const { first, last } = days;

  const def = atlas.defaultLanguage;
  const dtstamp = `DTSTAMP:${stamp(options.now)}`;
  const location = eventLocation(atlas, event, lang);
  const lines: Array<string | undefined> = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cityweave//cityweave//EN', 'CALSCALE:GREGORIAN'];
  lines.push(
    'BEGIN:VEVENT',
    `UID:${event.id}@cityweave`,
    dtstamp,
    `DTSTART;VALUE=DATE:${day(first)}`,
    `DTEND;VALUE=DATE:${day(nextDay(last))}`,
    textProp('SUMMARY', event.title, lang, def),
    textProp('DESCRIPTION', event.description ?? event.theme, lang, def),
    location,
    event.url ? `URL:${event.url}` : undefined,
    'END:VEVENT',
  );
  if (options.programme !== false) {
    const single = day(first) === day(last) ? first : undefined;
    event.agenda.forEach((slot, i) => {
      if (slot.kind === 'break' || slot.time === undefined) return;
      const slotDay = slot.date !== undefined ? dayOf(slot.date) : single;
      if (!slotDay) return;
      const [start, end] = slot.time.split('-') as [string, string | undefined];
      const at = (hm: string) => `${day(slotDay)}T${hm.replace(':', '')}00`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${event.id}-${i + 1}@cityweave`,
        dtstamp,
        `DTSTART:${at(start)}`,
        end !== undefined ? `DTEND:${at(end)}` : undefined,
        textProp('SUMMARY', slot.title, lang, def),
        slot.points && slot.points.length > 0
          ? `DESCRIPTION;LANGUAGE=${resolveText(slot.points[0], lang, def)!.lang}:${icsEscape(slot.points.map((p) => `- ${resolveText(p, lang, def)!.text}`).join('\n'))}`
          : undefined,
        location,
        `RELATED-TO:${event.id}@cityweave`,
        'END:VEVENT',
      );
    });
  }
  lines.push('END:VCALENDAR');
  const ics = lines.filter((l): l is string => l !== undefined).map(icsFold).join('\r\n') + '\r\n';
  return { ok: true, ics, filename: `${event.id}.ics` };
}

function dayOf(spec: string): { year: number; month: number; day: number } | undefined {
  const r = parseDateSpec(spec);
  return r.ok && !r.value.isRange ? fullDay(r.value.start) : undefined;
}

function eventLocation(atlas: Atlas, event: Event, lang: string): string | undefined {
  const city = event.place?.city !== undefined ? atlas.city(event.place.city) : undefined;
  const parts = [resolveText(event.place?.venue, lang, atlas.defaultLanguage)?.text, resolveText(city?.name, lang, atlas.defaultLanguage)?.text, city?.country ?? event.place?.country].filter(
    (p): p is string => p !== undefined,
  );
  return parts.length > 0 ? `LOCATION:${icsEscape(parts.join(', '))}` : undefined;
}
