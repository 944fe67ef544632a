/**
 * The view model of `<cw-roadmap-timeline>`: what a roadmap or a network's timeline shows, as plain
 * data. Pure and DOM-free: an `Atlas` and options in, entries grouped by year with their positions on
 * a time axis out. Language and formatting are left to the caller (the component).
 *
 * Positions are fractions of the axis (0 = its start, 1 = its end) in time order; mirroring for
 * right-to-left text is the renderer's business. The axis spans whole years, from January 1 of the
 * earliest dated entry or roadmap span to December 31 of the latest one. A date whose year is unknown
 * (`--11-27`) or an entry with no date cannot be placed: it has no position and sits in the
 * "year unknown" group, which always comes last.
 */
import type { Atlas, TimelineEntry } from '../atlas.js';
import { parseDateSpec, type DateRange, type PartialDate } from '../dates.js';
import type { City, Event, ItemKind, Network, Roadmap } from '../schema/index.js';
import { runSteps, stepAfter, type Steps } from '../steps.js';
import { periodDate } from './period.js';

export interface RoadmapTimelineOptions {
  /** A roadmap id: that roadmap's items (all of them, dated or not). Takes precedence over `network`. */
  roadmap?: string;
  /** A network id: the dated items of its roadmaps and the events it takes part in. */
  network?: string;
  /**
   * A city id, used when neither `roadmap` nor `network` is given: that city's dated and undated
   * roadmap items and events across every network (a city profile needs no network). Not a filter:
   * the filters (`kind`, `city`) still narrow it.
   */
  scopeCity?: string;
  /** Keep only entries of this kind. Empty or absent: every kind. */
  kind?: string;
  /** Keep only entries in which this city (id) takes part. Empty or absent: every city. */
  city?: string;
  /**
   * Today's date, for the "today" marker: a `Date` (its local calendar day is used) or an ISO day
   * string `YYYY-MM-DD`. Absent: no marker.
   */
  today?: Date | string;
}

/** One entry of the timeline with where it sits. */
export interface RoadmapTimelineEntry {
  /** Unique across items and events: `item:<id>` or `event:<id>`. */
  key: string;
  entry: TimelineEntry;
  /** The year of its start, when known (the group it belongs to). */
  year?: number;
  /** Fractions of the axis, in time order; absent when the entry cannot be placed. */
  start?: number;
  end?: number;
}

export interface RoadmapTimelineGroup {
  /** The year, or `undefined` for the "year unknown" group (always last). */
  year?: number;
  entries: RoadmapTimelineEntry[];
}

/** A roadmap's span, drawn as a band behind the entries. */
export interface RoadmapTimelineSpan {
  roadmap: Roadmap;
  date: DateRange;
  dateType: 'planned' | 'actual';
  start: number;
  end: number;
}

export interface RoadmapTimelineAxis {
  /** First year on the axis (starts at its January 1) and last year (ends at its December 31). */
  firstYear: number;
  lastYear: number;
  /** One tick per year, at its January 1. */
  ticks: Array<{ year: number; position: number }>;
}

export interface RoadmapTimelineToday {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Fraction of the axis at the start of today; absent when today lies outside the axis. */
  position?: number;
  /** Whether today falls inside a roadmap span. */
  inSpan: boolean;
}

export interface RoadmapTimelineFilterOptions {
  /** Kinds present among all entries (before filtering), in the order of first appearance, with counts. */
  kinds: Array<{ kind: ItemKind; count: number }>;
  /** Cities present among all entries (before filtering), in the order of first appearance, with counts. */
  cities: Array<{ city: City; count: number }>;
}

export interface RoadmapTimelineView {
  /** What the timeline is about: the roadmap, or the network. `undefined` when the id is unknown. */
  subject?: { type: 'roadmap'; roadmap: Roadmap } | { type: 'network'; network: Network } | { type: 'city'; city: City };
  /** The entries left after the filters, in chronological order. */
  entries: RoadmapTimelineEntry[];
  /** The same entries grouped by year, earliest first, "year unknown" last. */
  groups: RoadmapTimelineGroup[];
  /** Number of entries before filtering. */
  total: number;
  /** Absent when nothing can be placed on an axis. */
  axis?: RoadmapTimelineAxis;
  spans: RoadmapTimelineSpan[];
  today?: RoadmapTimelineToday;
  filterOptions: RoadmapTimelineFilterOptions;
  /** The event at which the roadmap (the subject) was adopted, with its date when it has one. */
  adopted?: { event: Event; date?: DateRange };
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar day (proleptic Gregorian, UTC; any year, even below 100). */
function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY);
}

/** The first day of a partial date, or (exclusive) the day after its last one; undefined without a year. */
export function partialDateDay(d: PartialDate, edge: 'start' | 'end'): number | undefined {
  if (d.year === undefined) return undefined;
  if (edge === 'start') return dayNumber(d.year, d.month ?? 1, d.day ?? 1);
  if (d.month === undefined) return dayNumber(d.year + 1, 1, 1);
  if (d.day === undefined) return dayNumber(d.year, d.month + 1, 1);
  return dayNumber(d.year, d.month, d.day + 1);
}

/** Today as `{ year, month, day }` from a `Date` (local calendar day) or a `YYYY-MM-DD` string. */
function todayParts(today: Date | string): { year: number; month: number; day: number } | undefined {
  if (typeof today === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(today.trim());
    if (!m) return undefined;
    const parsed = parseDateSpec(`${m[1]}-${m[2]}-${m[3]}`);
    if (!parsed.ok) return undefined;
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  if (!(today instanceof Date) || Number.isNaN(today.getTime())) return undefined;
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
}

/** The key of an entry: unique across items and events. */
export function timelineEntryKey(entry: Pick<TimelineEntry, 'type' | 'id'>): string {
  return `${entry.type}:${entry.id}`;
}

/** Builds the view model. Never throws; an unknown roadmap or network gives an empty view without `subject`. */
export function roadmapTimelineView(atlas: Atlas, options: RoadmapTimelineOptions = {}): RoadmapTimelineView {
  return runSteps(roadmapTimelineViewSteps(atlas, options));
}

/**
 * `roadmapTimelineView` as steps (`steps.ts`): the element builds the view of thousands of entries
 * in slices of its first render (at 5,000 entries, one task of 60 to 75 ms on a slow 2-core machine).
 */
export function* roadmapTimelineViewSteps(atlas: Atlas, options: RoadmapTimelineOptions = {}): Steps<RoadmapTimelineView> {
  let subject: RoadmapTimelineView['subject'];
  let all: TimelineEntry[] = [];
  let roadmaps: Roadmap[] = [];
  if (options.roadmap) {
    const roadmap = atlas.roadmap(options.roadmap);
    if (roadmap) {
      subject = { type: 'roadmap', roadmap };
      all = yield* atlas.timelineSteps({ roadmap: roadmap.id });
      roadmaps = [roadmap];
    }
  } else if (options.network) {
    const network = atlas.network(options.network);
    if (network) {
      subject = { type: 'network', network };
      // A network's timeline shows its dated entries only (an undated item cannot be placed in time).
      all = (yield* atlas.timelineSteps({ network: network.id })).filter((e) => e.date !== undefined);
      roadmaps = atlas.roadmaps().filter((r) => r.network === network.id);
    }
  } else if (options.scopeCity) {
    const city = atlas.city(options.scopeCity);
    if (city) {
      subject = { type: 'city', city };
      // Every network's entries in which the city takes part; no roadmap span (they belong to
      // different networks, and a band per roadmap would say nothing about the city).
      all = (yield* atlas.timelineSteps()).filter((e) => e.cities.some((c) => c.city.id === city.id));
    }
  }

  // Filter options, from every entry.
  const kinds = new Map<ItemKind, number>();
  const cities = new Map<string, { city: City; count: number }>();
  for (const [i, e] of all.entries()) {
    if (stepAfter(i)) yield;
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    for (const id of new Set(e.cities.map((c) => c.city.id))) {
      const c = e.cities.find((x) => x.city.id === id)!.city;
      const seen = cities.get(id);
      if (seen) seen.count++;
      else cities.set(id, { city: c, count: 1 });
    }
  }

  // The axis: whole years covering every dated entry (all of them, so filtering does not move the
  // axis) and every roadmap span.
  const spanRanges = roadmaps.flatMap((roadmap) => {
    const r = periodDate(roadmap.period);
    return r && r.date.start.year !== undefined ? [{ roadmap, ...r }] : [];
  });
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const d of [...all.map((e) => e.date), ...spanRanges.map((s) => s.date)]) {
    if (d?.start.year === undefined || d.end.year === undefined) continue;
    firstYear = Math.min(firstYear, d.start.year);
    lastYear = Math.max(lastYear, d.end.year);
  }
  let axis: RoadmapTimelineAxis | undefined;
  let fraction: ((day: number) => number) | undefined;
  if (Number.isFinite(firstYear)) {
    const from = dayNumber(firstYear, 1, 1);
    const length = dayNumber(lastYear + 1, 1, 1) - from;
    const f = (day: number) => (day - from) / length;
    fraction = f;
    const ticks: RoadmapTimelineAxis['ticks'] = [];
    for (let y = firstYear; y <= lastYear; y++) ticks.push({ year: y, position: f(dayNumber(y, 1, 1)) });
    axis = { firstYear, lastYear, ticks };
  }

  const place = (d: DateRange | undefined): { start: number; end: number } | undefined => {
    if (!d || !fraction) return undefined;
    const s = partialDateDay(d.start, 'start');
    const e = partialDateDay(d.end, 'end');
    return s === undefined || e === undefined ? undefined : { start: fraction(s), end: fraction(e) };
  };

  const placed: RoadmapTimelineEntry[] = [];
  for (const entry of all) {
    const out: RoadmapTimelineEntry = { key: timelineEntryKey(entry), entry };
    if (entry.date?.start.year !== undefined) out.year = entry.date.start.year;
    const p = place(entry.date);
    if (p) Object.assign(out, p);
    if (stepAfter(placed.push(out))) yield;
  }
  yield;
  const entries = listOrder(placed);
  yield;
  const groups = groupByYear(entries);

  const spans: RoadmapTimelineSpan[] = spanRanges.flatMap((s) => {
    const p = place(s.date);
    return p ? [{ roadmap: s.roadmap, date: s.date, dateType: s.dateType, ...p }] : [];
  });

  let today: RoadmapTimelineToday | undefined;
  const t = options.today !== undefined ? todayParts(options.today) : undefined;
  if (t) {
    const day = dayNumber(t.year, t.month, t.day);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    today = { iso: `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`, inSpan: false };
    if (fraction) {
      const pos = fraction(day);
      if (pos >= 0 && pos < 1) today.position = pos;
      today.inSpan = spans.some((s) => pos >= s.start && pos < s.end);
    }
  }

  const view: RoadmapTimelineView = {
    entries,
    groups,
    total: all.length,
    spans,
    filterOptions: {
      kinds: [...kinds].map(([k, count]) => ({ kind: k, count })),
      cities: [...cities.values()],
    },
  };
  if (subject) view.subject = subject;
  const adoptedAt = subject?.type === 'roadmap' && subject.roadmap.adoptedAt !== undefined ? atlas.event(subject.roadmap.adoptedAt) : undefined;
  if (adoptedAt) {
    const when = periodDate(adoptedAt.period);
    view.adopted = when ? { event: adoptedAt, date: when.date } : { event: adoptedAt };
  }
  if (axis) view.axis = axis;
  if (today) view.today = today;
  return options.kind || options.city ? filterTimelineView(view, options.kind, options.city) : view;
}

/** Entries grouped by year, earliest first, "year unknown" last (entries keep their order inside a year). */
function groupByYear(entries: readonly RoadmapTimelineEntry[]): RoadmapTimelineGroup[] {
  const groups: RoadmapTimelineGroup[] = [];
  const byYear = new Map<number, RoadmapTimelineGroup>();
  const unknown: RoadmapTimelineEntry[] = [];
  for (const e of entries) {
    if (e.year === undefined) {
      unknown.push(e);
      continue;
    }
    let g = byYear.get(e.year);
    if (!g) {
      g = { year: e.year, entries: [] };
      byYear.set(e.year, g);
      groups.push(g);
    }
    g.entries.push(e);
  }
  groups.sort((a, b) => a.year! - b.year!);
  if (unknown.length > 0) groups.push({ entries: unknown });
  return groups;
}

/** From this many entries sharing one period, the list shows them under one period heading. */
export const SHARED_PERIOD_MIN = 3;

/** Whether two entries have the same period, as written (the same kind of date and the same text); an undated entry shares none. */
const samePeriod = (a: RoadmapTimelineEntry, b: RoadmapTimelineEntry) => a.entry.date !== undefined && b.entry.date !== undefined && a.entry.dateType === b.entry.dateType && a.entry.date.text === b.entry.date.text;

type Difference = { by: 'kind' | 'city'; key: (e: RoadmapTimelineEntry) => string; groups: number };

/**
 * What tells apart the entries of a shared period: their kind when they differ in kind, else their
 * first city when each has one and they differ in it, else nothing. Gives a key per entry and the
 * number of groups; the list puts the entries of a group together.
 */
function differenceOf(run: readonly RoadmapTimelineEntry[]): Difference | undefined {
  const kinds = new Set(run.map((e) => e.entry.kind));
  if (kinds.size > 1) return { by: 'kind', key: (e) => e.entry.kind, groups: kinds.size };
  if (!run.every((e) => e.entry.cities.length > 0)) return undefined;
  const cities = new Set(run.map((e) => e.entry.cities[0]!.city.id));
  return cities.size > 1 ? { by: 'city', key: (e) => e.entry.cities[0]!.city.id, groups: cities.size } : undefined;
}

/**
 * The groups that get a heading of their own: only when they group, two entries or more each on
 * average. The RMCI plan's eleven items come in nine kinds: nine headings, seven of them over a
 * single entry, would only repeat each entry's kind; there, each entry shows its kind instead.
 */
function subgroupOf(run: readonly RoadmapTimelineEntry[]): Difference | undefined {
  const difference = differenceOf(run);
  return difference && difference.groups * 2 <= run.length ? difference : undefined;
}

/** Consecutive entries (in `entries`) that share a period and a year, as [from, to) index pairs. */
function sharedRuns(entries: readonly RoadmapTimelineEntry[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= entries.length; i++) {
    const a = entries[from]!;
    const b = entries[i];
    if (b && samePeriod(a, b) && b.year === a.year) continue;
    if (i - from >= SHARED_PERIOD_MIN && a.entry.date !== undefined) runs.push([from, i]);
    from = i;
  }
  return runs;
}

/**
 * The list order: chronological, and inside a period many entries share (the eleven "2019–2020"
 * items of the RMCI plan) grouped by what tells them apart (kind, else city), groups in order of
 * first appearance; the order inside a group is kept. Grouped even where `subgroupOf` gives the
 * groups no heading: the two workshops of the RMCI plan still sit together.
 */
function listOrder(entries: RoadmapTimelineEntry[]): RoadmapTimelineEntry[] {
  const out = entries.slice();
  for (const [from, to] of sharedRuns(out)) {
    const run = out.slice(from, to);
    // Entries of a kind (or city) together, headed or not.
    const sub = differenceOf(run);
    if (!sub) continue;
    const rank = new Map<string, number>();
    for (const e of run) if (!rank.has(sub.key(e))) rank.set(sub.key(e), rank.size);
    // Array.prototype.sort is stable: entries keep their order inside a group.
    run.sort((a, b) => rank.get(sub.key(a))! - rank.get(sub.key(b))!);
    out.splice(from, run.length, ...run);
  }
  return out;
}

/**
 * An unfiltered view (from `roadmapTimelineView` without `kind` and `city`) narrowed to a kind and a
 * city: the same entry objects, axis, spans and filter options, so a filter change costs one pass
 * over the entries instead of a new view. Empty `kind` and `city` give the view itself.
 */
export function filterTimelineView(view: RoadmapTimelineView, kind?: string, city?: string): RoadmapTimelineView {
  if (!kind && !city) return view;
  const keep = ({ entry: e }: RoadmapTimelineEntry) => (!kind || e.kind === kind) && (!city || e.cities.some((c) => c.city.id === city));
  const entries = listOrder(view.entries.filter(keep));
  return { ...view, entries, groups: groupByYear(entries) };
}

/**
 * The entry a key press moves to, as an index into `count` entries in time order, or `undefined` when
 * the key does not move. `direction` is the direction in which time runs on screen (`rtl`: later to
 * the left), so Left and Right follow what the reader sees; Up and Down always go to the previous and
 * next entry; Home and End to the first and last.
 */
export function timelineKeyTarget(key: string, index: number, count: number, direction: 'ltr' | 'rtl'): number | undefined {
  if (count === 0) return undefined;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  const later = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowDown':
    case later:
      return clamp(index + 1);
    case 'ArrowUp':
    case earlier:
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** A heading the list shows above an entry: its year ("year unknown" when `year` is absent). */
export interface TimelineYearHeading {
  type: 'year';
  year?: number;
}

/** A period many entries share ("2019–2020"), said once above them instead of on each. */
export interface TimelinePeriodHeading {
  type: 'period';
  date: DateRange;
  dateType?: 'planned' | 'actual';
  count: number;
}

/** Inside a shared period, the entries of one kind or of one (first) city. */
export type TimelineSubgroupHeading = { type: 'kind'; kind: ItemKind; count: number } | { type: 'city'; city: City; count: number };

export type TimelineHeading = TimelineYearHeading | TimelinePeriodHeading | TimelineSubgroupHeading;

/**
 * One row of the detail list: an entry with the headings that open before it. The list is flat (one
 * row per entry, in `view.entries` order) so that it can be windowed: a row carries its headings
 * instead of sitting inside a group element that might not be rendered.
 */
export interface TimelineRow {
  entry: RoadmapTimelineEntry;
  /** Its position in `view.entries`. */
  index: number;
  headings: TimelineHeading[];
  /** How many heading levels sit between its year heading and it: 0, 1 (a period), 2 (a period and a kind or city). */
  depth: number;
  /** True when a period heading above it gives its date (the entry need not repeat it on screen). */
  dateInHeading: boolean;
  /** What the heading just above it names (its kind or its city), when it sits in such a group. */
  groupedBy?: 'kind' | 'city';
}

/**
 * The rows of the list for a view: a year heading before the first entry of each year; before a
 * period that at least `SHARED_PERIOD_MIN` entries share, a period heading with their number; inside
 * it, a heading per kind (or city) when they differ in it and the groups have two entries or more
 * on average (`subgroupOf`).
 */
export function timelineRows(view: RoadmapTimelineView): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const g of view.groups) {
    const inRun = new Map<number, [number, number]>();
    for (const run of sharedRuns(g.entries)) for (let i = run[0]; i < run[1]; i++) inRun.set(i, run);
    let sub: ReturnType<typeof subgroupOf>;
    let members: RoadmapTimelineEntry[] = [];
    g.entries.forEach((entry, i) => {
      const headings: TimelineHeading[] = i === 0 ? [g.year === undefined ? { type: 'year' } : { type: 'year', year: g.year }] : [];
      const run = inRun.get(i);
      let depth = 0;
      if (run) {
        if (i === run[0]) {
          // Once per run, at its first entry: a copy for each of its entries was quadratic in the
          // run's length (26 ms for 5,000 entries sharing "2019/2020", 6 ms once).
          members = g.entries.slice(run[0], run[1]);
          sub = subgroupOf(members);
          const date = entry.entry.date!;
          headings.push(entry.entry.dateType ? { type: 'period', date, dateType: entry.entry.dateType, count: members.length } : { type: 'period', date, count: members.length });
        }
        depth = 1;
        if (sub) {
          depth = 2;
          const key = sub.key(entry);
          if (i === run[0] || sub.key(g.entries[i - 1]!) !== key) {
            const count = members.filter((m) => sub!.key(m) === key).length;
            headings.push(sub.by === 'kind' ? { type: 'kind', kind: entry.entry.kind, count } : { type: 'city', city: entry.entry.cities[0]!.city, count });
          }
        }
      }
      const row: TimelineRow = { entry, index: rows.length, headings, depth, dateInHeading: run !== undefined };
      if (run && sub) row.groupedBy = sub.by;
      rows.push(row);
    });
  }
  return rows;
}
