/**
 * Dates for display, at the precision the source gave, through `Intl.DateTimeFormat` with the
 * reader's full language tag (so `ar-MA` gets "نونبر" and `ar-TN` "أفريل"). Years are never
 * number-formatted: digits are always Latin (`numberingSystem: 'latn'`, whatever the locale's
 * default) and a year is never grouped. The calendar is always the Gregorian one, the calendar of
 * the data, even where the locale's default is another (`ar-SA`, `fa-IR`). In French, the first day
 * of a month is an ordinal, "1er juin 2025", "1er–3 juin 2025" (Intl writes "1 juin").
 */
import { isoDate, parseDateSpec, type DateRange, type PartialDate } from './dates.js';
import { normalizeLanguageTag } from './i18n/text.js';

export interface FormatDateOptions {
  /** Month names in full (`long`, "avril", the default) or abbreviated (`short`, "avr."). */
  month?: 'long' | 'short';
}

/** A leap year, so that a day whose year is unknown may be 29 February. */
const YEAR_UNKNOWN = 2000;

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, d: PartialDate, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${d.year !== undefined ? 'y' : ''}${d.month !== undefined ? 'm' : ''}${d.day !== undefined ? 'd' : ''}|${month}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' };
    if (d.year !== undefined) options.year = 'numeric';
    if (d.month !== undefined) options.month = month;
    if (d.day !== undefined) options.day = 'numeric';
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat('en', options);
    }
    formats.set(key, f);
  }
  return f;
}

function instant(d: PartialDate): number {
  return Date.UTC(d.year ?? YEAR_UNKNOWN, (d.month ?? 1) - 1, d.day ?? 1);
}

const sameFields = (a: PartialDate, b: PartialDate) =>
  (a.year === undefined) === (b.year === undefined) && (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);

const yearOnly = (d: PartialDate) => d.year !== undefined && d.month === undefined && d.day === undefined;

function toRange(range: DateRange | string): DateRange | undefined {
  if (typeof range !== 'string') return range && typeof range === 'object' && range.start && range.end ? range : undefined;
  const parsed = parseDateSpec(range);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * A date or range as a reader of `locale` writes it, with only the parts the source gave:
 * `2019/2020` → "2019–2020"; `2017-04` → "avril 2017" (fr), "April 2017" (en); `2018-04-05` →
 * "5 avril 2018"; `2017-04-06/2017-04-07` → "6–7 avril 2017"; `--11-27/--11-28` → "27–28
 * novembre" (the year is unknown: day and month only). Ends of different precisions are written
 * each at its own (`2017/2018-03` → "2017 – mars 2018"). A string that is not a date is returned
 * as it is. Never throws.
 */
export function formatDate(range: DateRange | string, locale: string, opts: FormatDateOptions = {}): string {
  const r = toRange(range);
  if (!r) return typeof range === 'string' ? range : '';
  const tag = normalizeLanguageTag(locale) ?? 'en';
  const month = opts.month ?? 'long';
  // Kept by what decides the text: a list or an axis writes the same few dates again and again, and
  // one `formatRange` costs about 0.1 ms (5 ms of a selection that brings 30 entries into a list).
  const key = `${tag}|${month}|${isoDate(r.start)}${r.isRange ? `/${isoDate(r.end)}` : ''}`;
  let text = written.get(key);
  if (text === undefined) {
    if (written.size >= 5000) written.clear();
    written.set(key, (text = write(r, tag, month)));
  }
  return text;
}

/** Formatted dates by language, month style and ISO date or range (see `formatDate`). */
const written = new Map<string, string>();

/** French writes the first day of a month as an ordinal: "1er juin", where Intl gives "1 juin". */
const FIRST_DAY_ORDINAL: Readonly<Record<string, string>> = { fr: '1er' };

/** The text of formatted parts, with the first day of a month as the language writes it. */
function joinParts(parts: readonly Intl.DateTimeFormatPart[], first: string | undefined): string {
  let text = '';
  for (const p of parts) text += first !== undefined && p.type === 'day' && p.value === '1' ? first : p.value;
  return text;
}

function write(r: DateRange, tag: string, month: 'long' | 'short'): string {
  const { start, end } = r;
  const startFormat = dateFormat(tag, start, month);
  const first = FIRST_DAY_ORDINAL[tag.split('-')[0]!.toLowerCase()];
  const one = (f: Intl.DateTimeFormat, d: PartialDate): string => (first !== undefined && d.day === 1 ? joinParts(f.formatToParts(instant(d)), first) : f.format(instant(d)));
  const single = !r.isRange || (instant(start) === instant(end) && start.precision === end.precision);
  if (single) return one(startFormat, start);
  // A range of years is one typographic unit in every language: "2024–2025", an en dash without
  // spaces (English's formatRange would space it, French's and Arabic's do not).
  if (yearOnly(start) && yearOnly(end)) return `${startFormat.format(instant(start))}–${startFormat.format(instant(end))}`;
  if (sameFields(start, end) && typeof startFormat.formatRange === 'function') {
    if (first !== undefined && (start.day === 1 || end.day === 1) && typeof startFormat.formatRangeToParts === 'function') {
      return joinParts(startFormat.formatRangeToParts(instant(start), instant(end)), first);
    }
    return startFormat.formatRange(instant(start), instant(end));
  }
  return `${one(startFormat, start)} – ${one(dateFormat(tag, end, month), end)}`;
}

/**
 * The value of a `<time datetime>` attribute: the ISO date at its precision (`2017`, `2017-04`,
 * `2017-04-05`, `--11-27`), for a range its start. HTML's `datetime` has no form for an interval
 * (`2017-04-06/2017-04-07` is refused by validators, and in the declarative shadow roots that
 * `cityweave render` writes it would be in the page's own HTML): the end is in the element's text,
 * and in the JSON-LD (`endDate`). An empty string for a string that is not a date.
 */
export function datetimeAttr(range: DateRange | string): string {
  const r = toRange(range);
  return r ? isoDate(r.start) : '';
}
