/**
 * The overview band of `<cw-roadmap-timeline>`: every placed entry at its date and precision (a dot
 * for a day, a bar for a span, soft ends for a year or a month), stacked in lanes; the roadmap spans;
 * today as one marker on the axis only; a lane for entries whose year is unknown; zoom buttons.
 * Choosing a mark brings the list to that entry. Rendering only: geometry is in axis.ts, zoom state
 * in zoom.ts, texts come from the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { RoadmapTimelineEntry, RoadmapTimelineView } from '../../src/views/roadmap-timeline.js';
import { axisFraction, axisTicks, axisX, densityBins, layoutMarks, type MarkInput, type Tick } from './axis.js';
import type { AxisZoomController } from './zoom.js';
import { styleProps } from '../base/style-props.js';

/** Virtual width of the band: marks are placed in these units, drawn as percentages. */
const WIDTH = 1000;
/**
 * Above this many entries in the window, the band shows their density (BINS bars) instead of one mark
 * each: thousands of marks cost more DOM nodes and time than the whole list budget (measured: 5,000
 * entries, +40,000 nodes).
 */
const MAX_MARKS = 300;
const BINS = 120;
const pct = (x: number) => `${(x / WIDTH) * 100}%`;

export interface OverviewContext {
  view: RoadmapTimelineView;
  zoom: AxisZoomController;
  /** The direction in which time runs on screen. */
  dir: 'ltr' | 'rtl';
  /** How much larger than 16 px the reader's text is (`textScale`): fewer axis labels fit. */
  textScale: number;
  /** The band's width in CSS pixels, which the axis labels are chosen for (the paper's while printing); 0 before it is measured. */
  width: number;
  lang: string;
  t: (key: string) => string;
  /** An entry's accessible name on the axis: title and date. */
  label: (e: RoadmapTimelineEntry) => string;
  /** The name of a mark that stands for `count` entries alike in dates: "2019–2020 : 11 entrées". */
  groupLabel: (e: RoadmapTimelineEntry, count: number) => string;
  selectedKey?: string;
  /** The key of the entry the list shows at its top ("where am I"). */
  currentKey?: string;
  /** The stretch of time of the entries visible in the list (fractions of the axis), and their keys: drawn as a window on the axis. */
  visible?: { start: number; end: number; keys: ReadonlySet<string> };
  choose: (key: string) => void;
  /** A point of the axis chosen (a click on the band, off the marks): the list goes to the entry there. */
  choosePeriod: (fraction: number) => void;
  /** The mark holding the overview's one tab stop (roving tabindex), by key: kept across renderings (zoom, scroll); the first mark when it is not drawn. */
  tabStop?: string;
  /** The arrow keys moved the tab stop to the mark of `key`. */
  setTabStop: (key: string) => void;
  /** A zoom is about to change the marks or the buttons: the element puts the focus back in the overview if it is lost (its mark left the window, its button was disabled). */
  keepFocus: () => void;
}

const markInputs = new WeakMap<readonly RoadmapTimelineEntry[], MarkInput[]>();

function inputsOf(entries: readonly RoadmapTimelineEntry[]): MarkInput[] {
  let inputs = markInputs.get(entries);
  if (!inputs) {
    inputs = [];
    for (const e of entries) {
      const d = e.entry.date;
      if (e.start === undefined || e.end === undefined || !d) continue;
      inputs.push({ key: e.key, start: e.start, end: e.end, startPrecision: d.start.precision, endPrecision: d.end.precision, isRange: d.isRange, style: e.entry.dateType });
    }
    markInputs.set(entries, inputs);
  }
  return inputs;
}

/**
 * Arrow keys among the marks in the order they appear on screen (left to right), Home and End to the
 * ends: the axis is reachable without a pointer. True when the key was used.
 */
function moveAmongMarks(e: KeyboardEvent, c: OverviewContext): boolean {
  const dir = c.dir;
  const from = (e.target as Element | null)?.closest?.('[data-mark]');
  const overview = e.currentTarget as Element | null;
  if (!from || !overview) return false;
  // The marks and density bars of the band from left to right, then the "year unknown" lane.
  const placed = [...overview.querySelectorAll<HTMLElement>('.ov-band [data-mark]')].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
  const unknown = [...overview.querySelectorAll<HTMLElement>('.ov-unknown [data-mark]')];
  // In screen order, left to right: the "year unknown" lane comes after the dated marks in reading
  // order, so on the right in left-to-right and on the left (its last mark leftmost) in right-to-left.
  const marks = dir === 'rtl' ? [...unknown.reverse(), ...placed] : [...placed, ...unknown];
  const i = marks.indexOf(from as HTMLElement);
  const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: dir === 'rtl' ? marks.length - 1 : 0, End: dir === 'rtl' ? 0 : marks.length - 1 }[e.key];
  if (next === undefined || i === -1) return false;
  const target = marks[Math.max(0, Math.min(marks.length - 1, next))];
  if (!target) return false;
  e.preventDefault();
  for (const m of marks) m.tabIndex = m === target ? 0 : -1;
  c.setTabStop(target.dataset['mark']!);
  target.focus();
  return true;
}

/**
 * How many times 16 px the page's root font is, at least 1: a reader's larger text (a browser
 * setting, 200 % zoom of text only). The axis labels are sized in rem.
 */
export function textScale(): number {
  const px = parseFloat(globalThis.getComputedStyle?.(document.documentElement).fontSize ?? '');
  return px > 16 ? px / 16 : 1;
}

/** How far from a mark, in CSS pixels, a tap still chooses it: a target 24 px across around a thin mark (WCAG 2.5.8). */
const TAP_SLOP = 12;

/** The key of the mark of `band` nearest to a point, within TAP_SLOP of its box. */
function nearestMark(band: Element, x: number, y: number): string | undefined {
  let best: string | undefined;
  let distance = TAP_SLOP;
  for (const mark of band.querySelectorAll<HTMLElement>('[data-mark]')) {
    const r = mark.getBoundingClientRect();
    const d = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    if (d <= distance) {
      distance = d;
      best = mark.dataset['mark'];
    }
  }
  return best;
}

/** Roughly how wide a label of the axis is, in CSS pixels at 16 px text (labels of 11–12 px): per character, and its padding. */
const LABEL_CHAR_PX = 7.2;
const LABEL_PAD_PX = 6;
const labelPx = (text: string) => text.length * LABEL_CHAR_PX + LABEL_PAD_PX;

/**
 * The ticks whose labels the "today" label would run into: the last tick before today, in time,
 * when its label reaches today's line, and the ticks after today that start under the "today"
 * label. Their labels are hidden (the ticks stay): half a label ("يون" for يونيو) reads as a
 * glitch, and the summary above the axis says today's date in full.
 */
function coveredByToday(ticks: readonly Tick[], todayX: number, dir: 'ltr' | 'rtl', real: number, label: (t: Tick) => string, todayLabel: string): Set<number> {
  const px = (t: Tick) => (Math.abs(t.x - todayX) * real) / WIDTH;
  const covered = new Set<number>();
  let before = -1;
  ticks.forEach((t, i) => {
    const earlier = dir === 'rtl' ? t.x >= todayX : t.x <= todayX;
    if (!earlier) {
      if (px(t) < labelPx(todayLabel)) covered.add(i);
    } else if (before < 0 || px(t) < px(ticks[before]!)) before = i;
  });
  if (before >= 0 && px(ticks[before]!) < labelPx(label(ticks[before]!))) covered.add(before);
  return covered;
}

/** The stretch of time the list shows, as a band on the axis ("where am I"), clipped to the zoom window. */
function visibleWindow(c: OverviewContext): TemplateResult | typeof nothing {
  const v = c.visible;
  const w = c.zoom.window;
  if (!v || v.end <= w.from || v.start >= w.to) return nothing;
  const a = axisX(Math.max(v.start, w.from), w, WIDTH, c.dir);
  const b = axisX(Math.min(v.end, w.to), w, WIDTH, c.dir);
  return html`<div part="overview-window" class="ov-window" aria-hidden="true" style=${styleProps({ left: pct(Math.min(a, b)), width: pct(Math.abs(b - a)) })}></div>`;
}

/**
 * A grouped mark's name with its visible count in it (WCAG 2.5.3, label in name): "2019–2020 : 11
 * entrées" has it; the Arabic dual, "2016: عنصران", says two without the digit, so it comes first.
 */
function groupName(label: string, count: number): string {
  // As a number of its own: the "2" of "2016" is not the count.
  return new RegExp(`(?<!\\d)${count}(?!\\d)`).test(label) ? label : `${count} – ${label}`;
}

/**
 * The band's layout, kept per view while its window, width, direction and language stay: choosing an
 * entry or scrolling the list (which moves the "where am I" window) changes a few classes, and
 * re-placing hundreds of marks and writing their names again on each of them cost a selection about
 * 7 ms at 1,000 entries (`bench/render.mjs --profile`).
 */
const bandLayouts = new WeakMap<RoadmapTimelineView, { key: string; layout: BandLayout }>();

function bandLayout(c: OverviewContext, axis: NonNullable<RoadmapTimelineView['axis']>): BandLayout {
  const key = [c.zoom.window.from, c.zoom.window.to, c.width, c.textScale, c.dir, c.lang].join('|');
  const kept = bandLayouts.get(c.view);
  if (kept?.key === key) return kept.layout;
  const layout = layBand(c, axis);
  bandLayouts.set(c.view, { key, layout });
  return layout;
}

/** What the band draws: everything but the selection and the list's position. */
type BandLayout = ReturnType<typeof layBand>;

function layBand(c: OverviewContext, axis: NonNullable<RoadmapTimelineView['axis']>) {
  const { view, zoom, dir } = c;
  const window = zoom.window;
  const inputs = inputsOf(view.entries);
  const inWindow = inputs.filter((m) => m.end > window.from && m.start < window.to);
  const dense = inWindow.length > MAX_MARKS;
  const { marks, lanes, overflow } = dense ? { marks: [], lanes: 4, overflow: 0 } : layoutMarks(inWindow, window, WIDTH, dir, 16);
  const bins = dense ? densityBins(inWindow, window, BINS, dir) : [];
  const byKey = new Map(view.entries.map((e) => [e.key, e]));
  // Ticks chosen for the real width (how many labels fit), placed in virtual units. Among month
  // ticks, January is labelled with its year alone ("janv. 2019" did not fit in a month's width and
  // touched February's label): the year says where the months start. The width is counted in
  // pixels of 16 px text: at 200 % text, labels twice as wide, half as many fit.
  const real = (c.width > 0 ? c.width : WIDTH) / c.textScale;
  const ticks = axisTicks(axis.firstYear, axis.lastYear, window, real, dir).map((t) => ({ ...t, x: (t.x * WIDTH) / real }));
  const monthFormat = new Intl.DateTimeFormat(c.lang, { month: 'short', timeZone: 'UTC' });
  const tickLabel = (t: Tick) => (t.month && t.month > 1 ? monthFormat.format(new Date(Date.UTC(2000, t.month - 1, 1))) : String(t.year));
  const today = view.today?.position;
  const todayShown = today !== undefined && today >= window.from && today <= window.to;
  return {
    inWindow,
    dense,
    marks,
    lanes,
    overflow,
    bins,
    peak: Math.max(1, ...bins.map((b) => b.count)),
    byKey,
    unknown: view.entries.filter((e) => e.start === undefined),
    ticks,
    tickLabels: ticks.map(tickLabel),
    covered: todayShown ? coveredByToday(ticks, axisX(today, window, WIDTH, dir), dir, real, tickLabel, c.t('date.today')) : new Set<number>(),
    todayShown,
    names: marks.map((m) => {
      const e = byKey.get(m.key)!;
      return m.keys.length > 1 ? groupName(c.groupLabel(e, m.keys.length), m.keys.length) : c.label(e);
    }),
  };
}

/**
 * A density bar's name: its first entry's when it holds one, else its count from its first entry's
 * date on, in the language's words ("avril 2018 : 12 éléments"), not one entry's title with a
 * number after it, which read as one entry.
 */
function binName(c: OverviewContext, first: RoadmapTimelineEntry, count: number): string {
  return count === 1 ? c.label(first) : c.groupLabel(first, count);
}

export function renderOverview(c: OverviewContext): TemplateResult | typeof nothing {
  const { view, zoom, dir } = c;
  const axis = view.axis;
  if (!axis) {
    // No entry has a year: no axis to draw, the "year unknown" lane alone.
    const unknown = view.entries.filter((e) => e.start === undefined);
    if (unknown.length === 0) return nothing;
    const stop = unknown.some((e) => e.key === c.tabStop) ? c.tabStop : unknown[0]!.key;
    return html`<div part="overview" class="overview" role="group" aria-label=${c.t('timeline.overview')} @keydown=${(e: KeyboardEvent) => moveAmongMarks(e, c)}>
      ${unknownLane(c, unknown, (key) => (key === stop ? '0' : '-1'))}
    </div>`;
  }
  const window = zoom.window;
  const { inWindow, dense, marks, lanes, overflow, bins, peak, byKey, unknown, ticks, tickLabels, covered, todayShown, names } = bandLayout(c, axis);
  const today = view.today?.position;
  // One tab stop for every mark, density bar and "year unknown" mark: the one the arrow keys last
  // reached while it is drawn, else the first drawn.
  const binKey = (b: (typeof bins)[number]) => inWindow[b.first]!.key;
  // The density bars in time order, as the marks are (see `layoutMarks`): in right-to-left, from the right.
  const binsInTime = bins.map((b, i) => ({ ...b, i })).filter((b) => b.count > 0);
  if (dir === 'rtl') binsInTime.reverse();
  const drawn = [...(dense ? binsInTime.map(binKey) : marks.map((m) => m.key)), ...unknown.map((e) => e.key)];
  const stop = c.tabStop !== undefined && drawn.includes(c.tabStop) ? c.tabStop : drawn[0];
  const tabindex = (key: string) => (key === stop ? '0' : '-1');
  const zoomBy = (run: () => void) => () => {
    c.keepFocus();
    run();
  };
  // The band's click is a pointer shortcut to the period under the pointer; the keyboard reaches the
  // same periods through the marks (arrow keys) and the zoom keys handled on the group.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  // The marks' and the bars' lists are unstyled <ol>s: WebKit drops the list role of a list without
  // bullets, so they say role="list" again.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`<div part="overview" class="overview" role="group" aria-label=${c.t('timeline.overview')}
    @keydown=${(e: KeyboardEvent) => {
      c.keepFocus();
      return zoom.key(e) || moveAmongMarks(e, c);
    }}>
    <div class="zoom" part="zoom">
      <button type="button" class="zoom-in" aria-label=${c.t('timeline.zoomIn')} title=${c.t('timeline.zoomIn')} @click=${zoomBy(() => zoom.zoom(1.5))}>+</button>
      <button type="button" class="zoom-out" aria-label=${c.t('timeline.zoomOut')} title=${c.t('timeline.zoomOut')} ?disabled=${!zoom.zoomed} @click=${zoomBy(() => zoom.zoom(1 / 1.5))}>−</button>
      <button type="button" class="zoom-fit" ?disabled=${!zoom.zoomed} @click=${zoomBy(() => zoom.fit())}>${c.t('timeline.zoomFit')}</button>
    </div>
    <div class="ov-band ${marks.some((m) => m.keys.length > 1) ? 'grouped' : ''}" style=${styleProps({ '--lanes': Math.max(1, lanes) })}
      @wheel=${(e: WheelEvent) => zoom.wheel(e, e.currentTarget as Element, dir)}
      @pointerdown=${(e: PointerEvent) => zoom.pointerDown(e)}
      @pointermove=${(e: PointerEvent) => zoom.pointerMove(e, e.currentTarget as Element, dir)}
      @pointerup=${(e: PointerEvent) => zoom.pointerUp(e)}
      @pointercancel=${(e: PointerEvent) => zoom.pointerUp(e)}
      @click=${(e: MouseEvent) => {
        // Marks have their own click. Beside one (a mark of a day is a few pixels wide: a finger
        // misses it), the nearest mark within TAP_SLOP; elsewhere on the band, the entry at the time
        // under the pointer. Hit areas grown on each mark overlapped their neighbours instead.
        if ((e.target as Element).closest('[data-mark]')) return;
        const band = e.currentTarget as Element;
        const near = nearestMark(band, e.clientX, e.clientY);
        if (near) return c.choose(near);
        const box = band.getBoundingClientRect();
        c.choosePeriod(axisFraction(e.clientX - box.left, window, box.width, dir));
      }}>
      <div class="ov-ticks" aria-hidden="true">
        ${ticks.map((t, i) => html`<span class="ov-tick ${t.month && t.month > 1 ? 'month' : 'year'} ${dir} ${covered.has(i) ? 'covered' : ''}" style=${styleProps(dir === 'rtl' ? { right: pct(WIDTH - t.x) } : { left: pct(t.x) })}
          ><bdi>${tickLabels[i]}</bdi></span>`)}
      </div>
      ${view.spans.map((s) => {
        const a = axisX(s.start, window, WIDTH, dir);
        const b = axisX(s.end, window, WIDTH, dir);
        return html`<div part="overview-span" class="ov-span ${s.dateType}" aria-hidden="true" style=${styleProps({ left: pct(Math.min(a, b)), width: pct(Math.abs(b - a)) })}></div>`;
      })}
      ${visibleWindow(c)}
      ${todayShown && today !== undefined
        ? html`<div part="overview-today" class="ov-today" aria-hidden="true" style=${styleProps({ left: pct(axisX(today, window, WIDTH, dir)) })}><span>${c.t('date.today')}</span></div>`
        : nothing}
      <ol class="ov-marks" role="list">
        ${repeat(marks, (m) => m.key, (m, i) => {
          const e = byKey.get(m.key)!;
          const has = (key: string | undefined) => key !== undefined && m.keys.includes(key);
          const group = m.keys.length > 1;
          const cls = `ov-mark ${m.shape} ${e.entry.dateType ?? ''} ${m.softLeft ? 'soft-left' : ''} ${m.softRight ? 'soft-right' : ''} ${has(c.selectedKey) ? 'selected' : ''} ${has(c.currentKey) ? 'current' : ''} ${m.keys.some((k) => c.visible?.keys.has(k)) ? 'in-view' : ''} ${group ? 'group' : ''}`;
          const name = names[i]!;
          return html`<li class="ov-item" style=${styleProps({ '--lane': m.lane, left: pct(m.x), width: m.shape === 'point' ? '0' : pct(m.width) })}>
            <button type="button" class=${cls} data-mark=${m.key} data-count=${m.keys.length} tabindex=${tabindex(m.key)} aria-label=${name} title=${name} @click=${() => c.choose(m.key)}
              >${group && m.shape === 'span' ? html`<span class="ov-count" aria-hidden="true">${m.keys.length}</span>` : nothing}</button>
          </li>`;
        })}
      </ol>
      ${dense
        ? html`<ol class="ov-density" role="list">
            ${binsInTime.map(
              (b) => html`<li class="ov-bin" style=${styleProps({ left: pct((b.i * WIDTH) / BINS), width: pct(WIDTH / BINS), '--fill': b.count / peak })}>
                <button type="button" class="ov-mark bin" data-mark=${binKey(b)} tabindex=${tabindex(binKey(b))}
                  aria-label=${binName(c, byKey.get(inWindow[b.first]!.key)!, b.count)} title=${String(b.count)}
                  @click=${() => c.choose(inWindow[b.first]!.key)}></button>
              </li>`,
            )}
          </ol>`
        : nothing}
      ${overflow > 0 ? html`<p class="ov-overflow">+${overflow}</p>` : nothing}
    </div>
    ${unknown.length > 0 ? unknownLane(c, unknown, tabindex) : nothing}
  </div>`;
  /* eslint-enable lit-a11y/no-redundant-role */
  /* eslint-enable lit-a11y/click-events-have-key-events */
}

/** The lane of the entries whose year is unknown (`--11-27`, no date): one mark each, in list order. */
function unknownLane(c: OverviewContext, unknown: readonly RoadmapTimelineEntry[], tabindex: (key: string) => string): TemplateResult {
  return html`<div class="ov-unknown" part="unknown-lane">
    <span class="ov-unknown-label">${c.t('timeline.unknownLane')}</span>
    ${unknown.map((e) => html`<button type="button" class="ov-mark unknown" data-mark=${e.key} tabindex=${tabindex(e.key)} aria-label=${c.label(e)} title=${c.label(e)} @click=${() => c.choose(e.key)}></button>`)}
  </div>`;
}
