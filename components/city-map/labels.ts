/** Where labels go around their markers without overlapping, with no DOM (pure): greedy placement over a grid of boxes. */
import type { Box } from './projection.js';
// ── Labels ──────────────────────────────────────────────────────────────────────────────────

/** Where a label sits around its marker (screen directions: a map does not mirror). */
export type LabelPosition = 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw' | 'n' | 's';

export interface LabelRequest {
  id: string;
  /** The marker's centre and radius. */
  x: number;
  y: number;
  r: number;
  /** The label's measured size in pixels. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  position: LabelPosition;
  /** The text's anchor point: draw with `text-anchor` = `anchor` and a central baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface LabelOptions {
  /** Space between a marker and its label. Default 3. */
  gap?: number;
  /** Positions to try, best first. Default east first (`e w ne nw se sw n s`). */
  positions?: readonly LabelPosition[];
  /** Boxes no label may cover (the markers); one with the label's `id` is its own marker and is skipped. */
  obstacles?: readonly Obstacle[];
}

export const LABEL_POSITIONS_EAST_FIRST: readonly LabelPosition[] = ['e', 'w', 'ne', 'nw', 'se', 'sw', 'n', 's'];
export const LABEL_POSITIONS_WEST_FIRST: readonly LabelPosition[] = ['w', 'e', 'nw', 'ne', 'sw', 'se', 'n', 's'];

/** A box no label may cover; `id` names the marker it belongs to. */
export interface Obstacle extends Box {
  id?: string;
}

export const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A label's box and anchor at a position around its marker. */
export function labelAt(req: LabelRequest, position: LabelPosition, gap = 3): PlacedLabel {
  const { x, y, r, width: w, height: h } = req;
  const d = r + gap;
  const diag = d * Math.SQRT1_2;
  let ax: number;
  let ay: number;
  let anchor: PlacedLabel['anchor'];
  switch (position) {
    case 'e':
      [ax, ay, anchor] = [x + d, y, 'start'];
      break;
    case 'w':
      [ax, ay, anchor] = [x - d, y, 'end'];
      break;
    case 'ne':
      [ax, ay, anchor] = [x + diag, y - diag - h / 2, 'start'];
      break;
    case 'nw':
      [ax, ay, anchor] = [x - diag, y - diag - h / 2, 'end'];
      break;
    case 'se':
      [ax, ay, anchor] = [x + diag, y + diag + h / 2, 'start'];
      break;
    case 'sw':
      [ax, ay, anchor] = [x - diag, y + diag + h / 2, 'end'];
      break;
    case 'n':
      [ax, ay, anchor] = [x, y - d - h / 2, 'middle'];
      break;
    case 's':
      [ax, ay, anchor] = [x, y + d + h / 2, 'middle'];
      break;
  }
  const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
  return { id: req.id, position, x: ax, y: ay, anchor, box: { x0, y0: ay - h / 2, x1: x0 + w, y1: ay + h / 2 } };
}

/** A grid of boxes for overlap queries in time proportional to the boxes nearby. */
export class BoxIndex {
  /** Boxes by cell; cells are numbered by a hash of their coordinates (two cells that share a number only cost a comparison). */
  #cells = new Map<number, Obstacle[]>();
  constructor(private readonly size = 64) {}
  /** Calls `visit` with the list of each cell a box touches, until it returns true. */
  #cellsOf(b: Box, visit: (list: Obstacle[] | undefined, key: number) => boolean | void): void {
    const s = this.size;
    for (let gx = Math.floor(b.x0 / s); gx <= Math.floor(b.x1 / s); gx++)
      for (let gy = Math.floor(b.y0 / s); gy <= Math.floor(b.y1 / s); gy++) {
        const key = ((gx & 0xffff) << 16) | (gy & 0xffff);
        if (visit(this.#cells.get(key), key)) return;
      }
  }
  add(b: Obstacle): void {
    this.#cellsOf(b, (list, key) => {
      if (list) list.push(b);
      else this.#cells.set(key, [b]);
    });
  }
  /** Whether a box overlaps one of the boxes, other than those with the id `except`. */
  hits(b: Box, except?: string): boolean {
    let hit = false;
    this.#cellsOf(b, (list) => (hit = list?.some((o) => (except === undefined || o.id !== except) && boxesOverlap(b, o)) ?? false));
    return hit;
  }
  /** The boxes a box overlaps, each once. */
  overlapping(b: Box): Obstacle[] {
    const found = new Set<Obstacle>();
    this.#cellsOf(b, (list) => list?.forEach((o) => boxesOverlap(b, o) && found.add(o)));
    return [...found];
  }
}

export const inside = (b: Box, bounds: Box): boolean => b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1;

/** Places labels into `index` (the labels placed so far), avoiding `obstacles`; see `placeLabels`. */
export function placeInto(requests: readonly LabelRequest[], bounds: Box, gap: number, positions: readonly LabelPosition[], index: BoxIndex, obstacles: BoxIndex): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    if (!(req.width > 0 && req.height > 0)) continue;
    for (const position of positions) {
      const label = labelAt(req, position, gap);
      const b = label.box;
      if (!inside(b, bounds)) continue;
      if (index.hits(b) || obstacles.hits(b, req.id)) continue;
      index.add({ id: req.id, ...b });
      placed.push(label);
      break;
    }
  }
  return placed;
}

/**
 * Greedy label placement: in the order given (most important first), each label takes the first
 * position around its marker where its box stays inside `bounds` and overlaps neither a label
 * already placed nor an obstacle other than its own marker; a label with no such position is left
 * out (the list still names the city). No two returned boxes overlap.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, options: LabelOptions = {}): PlacedLabel[] {
  const obstacles = new BoxIndex(64);
  for (const o of options.obstacles ?? []) obstacles.add(o);
  return placeInto(requests, bounds, options.gap ?? 3, options.positions ?? LABEL_POSITIONS_EAST_FIRST, new BoxIndex(64), obstacles);
}
