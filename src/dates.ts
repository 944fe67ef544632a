/**
 * Imprecise dates, as the sources give them.
 *
 * A date keeps the precision it was given and nothing more: a year (`2017`), a month (`2017-04`),
 * a day (`2017-04-05`), or a day or month whose year the source does not give (`--11-27`, `--11`,
 * the ISO 8601 / XML Schema "gMonthDay" form). A range joins two of them with a slash, as in EDTF
 * and ISO 8601 intervals: `2019/2020`, `2017-04-06/2017-04-07`, `--11-27/--11-28`.
 *
 * This module is the one place that decides what a date string means; validation, ordering and
 * formatting all go through `parseDateSpec`.
 */

export type Precision = 'year' | 'month' | 'day';

/** One end of a date: the parts the source gave. `year` is absent when the source does not give it. */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  precision: Precision;
}

/** A parsed date or range. `end` equals `start` for a single date. */
export interface DateRange {
  start: PartialDate;
  end: PartialDate;
  /** True when the source gave a range (`a/b`), false for a single date. */
  isRange: boolean;
  /** The string as written, so it can be written back unchanged. */
  text: string;
}

export type DateParse = { ok: true; value: DateRange } | { ok: false; message: string };

const ONE = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})(?:-(\d{2}))?)$/;

/**
 * The accepted forms as one regular expression (source text), for the JSON Schema: a date, or two
 * joined by "/". It checks the form only; `parseDateSpec` also checks that the date exists. A
 * function, not a constant, so that bundles that do not call it leave it out.
 */
export function dateSpecPattern(): string {
  const one = ONE.source.slice(1, -1);
  return `^(?:${one})(?:/(?:${one}))?$`;
}

/** A human-readable statement of the accepted forms, used in every error message about dates. */
export const DATE_FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD (year unknown), or two of them joined by "/" for a range';

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) {
    // With no year, 29 February may exist: accept it.
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseOne(text: string): PartialDate | string {
  const m = ONE.exec(text);
  if (!m) return `"${text}" is not a date; use ${DATE_FORMS}`;
  const year = m[1] !== undefined ? Number(m[1]) : undefined;
  const month = m[2] ?? m[4];
  const day = m[3] ?? m[5];
  const d: PartialDate = { precision: day ? 'day' : month ? 'month' : 'year' };
  if (year !== undefined) d.year = year;
  if (month !== undefined) {
    d.month = Number(month);
    if (d.month < 1 || d.month > 12) return `"${text}" has month ${month}; months run from 01 to 12`;
  }
  if (day !== undefined) {
    d.day = Number(day);
    const max = daysIn(d.month!, year);
    if (d.day < 1 || d.day > max) return `"${text}" is not a real day: that month has ${max} days`;
  }
  return d;
}

/**
 * A sort key for one end of a date. Where the year is unknown the date sorts after every dated one
 * (it cannot be placed), then by month and day. `edge` chooses the earliest or latest moment the
 * date can mean, so that `2017` starts before `2017-04` and ends after it.
 */
export function dateKey(d: PartialDate, edge: 'start' | 'end' = 'start'): number {
  const year = d.year ?? 99999;
  const month = d.month ?? (edge === 'start' ? 1 : 12);
  const day = d.day ?? (edge === 'start' ? 1 : 31);
  return year * 10000 + month * 100 + day;
}

/** Parses a date or range. Never throws: a malformed or impossible date gets a message. */
export function parseDateSpec(input: unknown): DateParse {
  if (typeof input !== 'string') return { ok: false, message: `expected a date string (${DATE_FORMS})` };
  let known = parsed.get(input);
  if (known === undefined) {
    known = frozenAnswer(parseDateText(input));
    // A document has few distinct dates; a long-lived page that reads many documents keeps a bounded memo.
    if (parsed.size >= MEMO_SIZE) parsed.clear();
    parsed.set(input, known);
  }
  return known;
}

/**
 * Answers already given, by string: the validator parses each date of a document, then the `Atlas`
 * and the views parse the same strings again (ordering, formatting, the timeline's axis), so that
 * each was parsed three times or more per load. The answers are frozen, since callers share them.
 */
const parsed = new Map<string, DateParse>();
const MEMO_SIZE = 5000;

function frozenAnswer(r: DateParse): DateParse {
  if (r.ok) {
    Object.freeze(r.value.start);
    Object.freeze(r.value.end);
    Object.freeze(r.value);
  }
  return Object.freeze(r);
}

function parseDateText(input: string): DateParse {
  const text = input.trim();
  const parts = text.split('/');
  if (parts.length > 2) return { ok: false, message: `"${text}" has more than one "/"; a range is two dates joined by one "/"` };
  const ends = parts.map(parseOne);
  const bad = ends.find((e): e is string => typeof e === 'string');
  if (bad) return { ok: false, message: bad };
  const [start, end = start] = ends as PartialDate[];
  if ((start.year === undefined) !== (end.year === undefined)) {
    return { ok: false, message: `"${text}" gives a year on one end only; give it on both or neither` };
  }
  if (dateKey(start, 'start') > dateKey(end, 'start')) {
    return { ok: false, message: `"${text}" ends before it starts; write the earlier date first` };
  }
  return { ok: true, value: { start, end, isRange: parts.length === 2, text } };
}

/** Sort key of a whole range: by start, then by end (shorter first). */
export function compareRanges(a: DateRange, b: DateRange): number {
  return dateKey(a.start) - dateKey(b.start) || dateKey(a.end, 'end') - dateKey(b.end, 'end');
}

/**
 * The two numbers `compareRanges` compares (start, then end), for sorting many ranges: computed
 * once per range rather than four times per comparison (5,000 entries make about 60,000).
 */
export function rangeSortKey(d: DateRange): [start: number, end: number] {
  return [dateKey(d.start), dateKey(d.end, 'end')];
}

/** An ISO string suitable for `<time datetime>` and schema.org: the start (or the range as `a/b`). */
export function isoDate(d: PartialDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const head = d.year !== undefined ? String(d.year).padStart(4, '0') : '-';
  return [head, d.month !== undefined ? p(d.month) : undefined, d.day !== undefined ? p(d.day) : undefined]
    .filter((x) => x !== undefined)
    .join('-');
}
