/**
 * Geometry of the timeline's overview axis, as pure functions (no DOM, no Lit), tested alone in
 * test/components/roadmap-timeline-axis.test.ts. The view (src/views/roadmap-timeline.ts) places
 * entries as fractions of the full axis (0 = January 1 of the first year, 1 = the end of the last);
 * here those fractions become pixels for a zoom window, a width and a writing direction, overlapping
 * marks are stacked in lanes, and ticks are chosen (years, or months when zoomed in).
 */
import type { PartialDate } from '../../src/dates.js';

/** The visible part of the full axis, as fractions of it: 0 ≤ from < to ≤ 1. */
export interface AxisWindow {
  from: number;
  to: number;
}

/** The whole axis: "reset to fit". */
export const FIT: AxisWindow = Object.freeze({ from: 0, to: 1 });

/** Narrowest window: 1/400 of the axis (about a week of a 10-year axis), so zoom always stops. */
export const MIN_WIDTH = 1 / 400;

/** Zoom factor of one `+`/`-` press or button click. */
export const ZOOM_STEP = 1.5;

/**
 * Zooms `window` by `factor` (> 1: in, < 1: out) keeping the point at `anchor` (a fraction of the
 * full axis, by default the window's centre) where it is on screen; the result stays inside [0, 1]
 * and no narrower than MIN_WIDTH.
 */
export function zoomWindow(window: AxisWindow, factor: number, anchor = (window.from + window.to) / 2): AxisWindow {
  if (!(factor > 0) || !Number.isFinite(factor)) return window;
  const width = window.to - window.from;
  const next = Math.min(1, Math.max(MIN_WIDTH, width / factor));
  // Where the anchor sits within the window (0..1), kept after the zoom.
  const at = width > 0 ? (anchor - window.from) / width : 0.5;
  return clampWindow({ from: anchor - at * next, to: anchor - at * next + next });
}

/** Moves `window` by `delta` (a fraction of the full axis), stopping at the ends. */
export function panWindow(window: AxisWindow, delta: number): AxisWindow {
  return clampWindow({ from: window.from + delta, to: window.to + delta });
}

/** The narrowest window showing [start, end] with a margin of 5 % of its width each side. */
export function windowAround(start: number, end: number): AxisWindow {
  const width = Math.max(MIN_WIDTH, end - start);
  const margin = width * 0.05;
  return clampWindow({ from: start - margin, to: end + margin });
}

/** Keeps a window's width and shifts it inside [0, 1]. */
export function clampWindow({ from, to }: AxisWindow): AxisWindow {
  const width = Math.min(1, Math.max(MIN_WIDTH, to - from));
  const start = Math.min(1 - width, Math.max(0, from));
  return { from: start, to: start + width };
}

/**
 * The horizontal pixel of `fraction` (of the full axis) in a box `width` pixels wide showing
 * `window`. Right-to-left: time runs from the right edge (Arabic readers see the start on the right).
 */
export function axisX(fraction: number, window: AxisWindow, width: number, dir: 'ltr' | 'rtl'): number {
  const x = ((fraction - window.from) / (window.to - window.from)) * width;
  return dir === 'rtl' ? width - x : x;
}

/** The fraction of the full axis under pixel `x` (the inverse of axisX): pointer anchors for zoom. */
export function axisFraction(x: number, window: AxisWindow, width: number, dir: 'ltr' | 'rtl'): number {
  const along = dir === 'rtl' ? width - x : x;
  return window.from + (along / Math.max(1, width)) * (window.to - window.from);
}

/** How a dated entry is drawn. */
export type MarkShape = 'point' | 'span';

export interface MarkInput {
  key: string;
  /** Fractions of the full axis (end exclusive), from the view. */
  start: number;
  end: number;
  /** The precision of each end: a year or a month is drawn with a soft (fading) end. */
  startPrecision: PartialDate['precision'];
  endPrecision: PartialDate['precision'];
  /** True when the source gave a range. */
  isRange: boolean;
  /** How the mark is drawn besides its dates (planned or actual): marks alike in this too are one. */
  style?: string;
}

export interface Mark {
  /** The first entry's key (the mark stands for `keys`, in the order given). */
  key: string;
  /**
   * The entries it stands for: those with the same dates, precision and style share one mark (the
   * Moroccan network's eleven "2019–2020" items are one bar that says 11, not eleven stripes).
   */
  keys: string[];
  shape: MarkShape;
  /** Left edge and width in pixels (a point: its centre is `x`, width 0). */
  x: number;
  width: number;
  /** Lane (row) index from the top, 0-based. */
  lane: number;
  /** Ends known only to the year or month: drawn soft. Given in screen terms (left/right). */
  softLeft: boolean;
  softRight: boolean;
}

/** A point is a single known day; anything longer (a month, a year, a range) is a span. */
export function markShape(input: Pick<MarkInput, 'isRange' | 'startPrecision'>): MarkShape {
  return !input.isRange && input.startPrecision === 'day' ? 'point' : 'span';
}

/** Marks closer than this (pixels) share a lane only if they do not touch. */
export const LANE_GAP = 4;
/** A point takes this width for lane packing (its dot and a little room). */
export const POINT_WIDTH = 10;

/**
 * Pixels and lanes for `inputs` (in any order) in a box of `width` pixels showing `window`: inputs
 * alike in dates, precision and style are one mark (with their `keys`), then greedy interval
 * packing puts each mark in the first lane where it fits, so overlapping ranges stack instead of
 * being drawn on top of each other. Marks wholly outside the window are left out. `maxLanes` caps
 * the lanes; marks that do not fit are counted per lane-less overflow (in entries).
 */
export function layoutMarks(
  inputs: readonly MarkInput[],
  window: AxisWindow,
  width: number,
  dir: 'ltr' | 'rtl',
  maxLanes = 12,
): { marks: Mark[]; lanes: number; overflow: number } {
  const placed: Array<Mark & { left: number; right: number; start: number; end: number }> = [];
  const alike = new Map<string, Mark>();
  for (const input of inputs) {
    if (input.end <= window.from || input.start >= window.to) continue;
    const signature = `${input.start}|${input.end}|${input.startPrecision}|${input.endPrecision}|${input.isRange}|${input.style ?? ''}`;
    const same = alike.get(signature);
    if (same) {
      same.keys.push(input.key);
      continue;
    }
    const shape = markShape(input);
    const a = axisX(input.start, window, width, dir);
    const b = axisX(shape === 'point' ? input.start : input.end, window, width, dir);
    let left = Math.min(a, b);
    let right = Math.max(a, b);
    if (shape === 'point') {
      // Centre of the day, not its start.
      const half = Math.abs(axisX(input.end, window, width, dir) - a) / 2;
      const centre = dir === 'rtl' ? a - half : a + half;
      left = centre - POINT_WIDTH / 2;
      right = centre + POINT_WIDTH / 2;
    }
    const startSoft = input.startPrecision !== 'day';
    const endSoft = input.endPrecision !== 'day';
    const mark = {
      key: input.key,
      keys: [input.key],
      shape,
      x: shape === 'point' ? (left + right) / 2 : left,
      width: shape === 'point' ? 0 : Math.max(2, right - left),
      lane: 0,
      softLeft: shape === 'span' && (dir === 'rtl' ? endSoft : startSoft),
      softRight: shape === 'span' && (dir === 'rtl' ? startSoft : endSoft),
      left,
      right: Math.max(right, left + 2),
      start: input.start,
      end: input.end,
    };
    alike.set(signature, mark);
    placed.push(mark);
  }
  placed.sort((p, q) => p.left - q.left || q.right - p.right);
  const laneEnds: number[] = [];
  const marks: Array<Mark & { start: number; end: number }> = [];
  let overflow = 0;
  for (const p of placed) {
    let lane = laneEnds.findIndex((end) => end + LANE_GAP <= p.left);
    if (lane === -1) {
      if (laneEnds.length >= maxLanes) {
        overflow += p.keys.length;
        continue;
      }
      lane = laneEnds.length;
      laneEnds.push(p.right);
    } else laneEnds[lane] = p.right;
    const { left: _l, right: _r, ...mark } = p;
    mark.lane = lane;
    marks.push(mark);
  }
  // Lanes are packed from left to right; the marks are given in time order (earliest first, the
  // longer first on the same start), the order of the page for a screen reader and Tab in either
  // direction: in right-to-left, the earliest is on the right.
  if (dir === 'rtl') marks.sort((p, q) => p.start - q.start || q.end - p.end);
  return { marks: marks.map(({ start: _s, end: _e, ...mark }) => mark), lanes: laneEnds.length, overflow };
}

export interface Tick {
  /** Pixel. */
  x: number;
  year: number;
  /** 1..12 for a month tick; absent for a year tick. */
  month?: number;
}

/**
 * Ticks for a window of the axis from January 1 of `firstYear` to the end of `lastYear`: one per
 * year, or one per month once a month gets `monthMin` pixels; only ticks inside the window.
 * Positions use equal months (1/12 of a year): a tick is a label, not a date computation, and a
 * day's error is below a pixel at any width a month is labelled.
 */
export function axisTicks(
  firstYear: number,
  lastYear: number,
  window: AxisWindow,
  width: number,
  dir: 'ltr' | 'rtl',
  monthMin = 48,
): Tick[] {
  const years = lastYear - firstYear + 1;
  if (!(years > 0)) return [];
  const perYear = width / ((window.to - window.from) * years);
  const months = perYear / 12 >= monthMin;
  // Thin out year ticks when a year gets fewer than 40 pixels.
  const every = months ? 1 : Math.max(1, Math.ceil(40 / Math.max(1, perYear)));
  const ticks: Tick[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    for (let m = 1; m <= (months ? 12 : 1); m++) {
      if (!months && (y - firstYear) % every !== 0) continue;
      const fraction = (y - firstYear + (m - 1) / 12) / years;
      if (fraction < window.from - 1e-9 || fraction > window.to + 1e-9) continue;
      const tick: Tick = { x: axisX(fraction, window, width, dir), year: y };
      if (months) tick.month = m;
      ticks.push(tick);
    }
  }
  return ticks;
}

/**
 * The entry index of the list that a pointer or keyboard choice on the axis should bring into view:
 * the first entry (in list order) whose mark covers `fraction`, else the nearest by start.
 */
export function entryAt(starts: ReadonlyArray<{ start?: number; end?: number }>, fraction: number): number | undefined {
  let best: number | undefined;
  let distance = Infinity;
  for (let i = 0; i < starts.length; i++) {
    const { start, end } = starts[i]!;
    if (start === undefined || end === undefined) continue;
    if (start <= fraction && fraction < end) return i;
    const d = Math.min(Math.abs(start - fraction), Math.abs(end - fraction));
    if (d < distance) {
      distance = d;
      best = i;
    }
  }
  return best;
}

/**
 * Counts of entries per equal slice ("bin") of the window, by where each entry starts, in screen
 * order (the first bin at the left; mirrored right-to-left): the overview of a large timeline, where
 * one mark per entry would cost thousands of DOM nodes. `first` is the index (in `inputs`) of the
 * first entry of each bin, for "show it in the list".
 */
export function densityBins(
  inputs: ReadonlyArray<Pick<MarkInput, 'start' | 'end'>>,
  window: AxisWindow,
  bins: number,
  dir: 'ltr' | 'rtl',
): Array<{ count: number; first: number }> {
  const out = Array.from({ length: bins }, () => ({ count: 0, first: -1 }));
  const width = window.to - window.from;
  inputs.forEach((input, i) => {
    // An entry that started before the window but runs into it counts in the first bin.
    if (input.end <= window.from || input.start >= window.to) return;
    const along = Math.max(0, Math.min(bins - 1, Math.floor(((Math.max(input.start, window.from) - window.from) / width) * bins)));
    const bin = out[dir === 'rtl' ? bins - 1 - along : along]!;
    if (bin.count++ === 0) bin.first = i;
  });
  return out;
}
