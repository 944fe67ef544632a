/** Markers, labels and a selection together: the layout of a map's markers, and what a selection changes in it (pure). */
import type { Box } from './projection.js';
import { clusterPoints, type Cluster, type ScreenPoint } from './clusters.js';
import { boxesOverlap, BoxIndex, inside, LABEL_POSITIONS_EAST_FIRST, labelAt, placeInto, type LabelPosition, type LabelRequest, type Obstacle, type PlacedLabel } from './labels.js';
// ── Markers, labels and a selection, together ───────────────────────────────────────────────

export interface MarkerLayoutOptions {
  /** Markers closer than this merge into a cluster (0: none do). */
  radius: number;
  /** The radius of a city's own marker. */
  markerR: number;
  /** The radius of a cluster badge of `count` cities. */
  badgeR(count: number): number;
  /** Room kept free around every marker and badge (labels keep out of it). Default 1. */
  margin?: number;
  /** Where labels may go. */
  bounds: Box;
  /** Label positions, best first. Default east first. */
  positions?: readonly LabelPosition[];
  /** Space between a marker and its label. Default 3. */
  gap?: number;
  /** The size of a city's label; none: no label. */
  labelSize(id: string): { width: number; height: number } | undefined;
  /**
   * The size of a cluster's label (the names of its few cities); none: no label. On a phone, a
   * network's cities a tram ride apart merge, and a bare "2" would hide both of them.
   */
  clusterLabelSize?(ids: readonly string[]): { width: number; height: number } | undefined;
  /** Boxes labels keep out of besides the markers (the zoom buttons over the map). */
  reserved?: readonly Box[];
}

/** A cluster badge with its radius. */
export interface Badge extends Cluster {
  r: number;
}

/**
 * The markers of a map, with no selection: cities drawn alone, cluster badges, and labels. Also
 * holds what `selectInLayout` needs to change it for a selection without laying it all out again.
 */
export interface MarkerLayout {
  /** Cities drawn alone, most important first. */
  singles: ScreenPoint[];
  clusters: Badge[];
  /**
   * The labels, none overlapping another or a marker: a city drawn alone's by its id, a cluster's
   * (the names of its cities, when `clusterLabelSize` gives it a size) by `cluster:` and its key.
   */
  labels: PlacedLabel[];
  readonly options: MarkerLayoutOptions;
  /** Every point by id, with its place in the order given. */
  readonly points: ReadonlyMap<string, ScreenPoint & { order: number }>;
  /** The index in `clusters` of the cluster that holds a city. */
  readonly clusterOf: ReadonlyMap<string, number>;
  /** The boxes of the markers (a city's by its id, a badge's by `cluster:` and its key). */
  readonly obstacles: BoxIndex;
  /** The boxes of the labels, by the city's id (a cluster's by `cluster:` and its key). */
  readonly labelBoxes: BoxIndex;
}

/**
 * Clusters the points (in the order given: most important first) and places the labels of the
 * cities drawn alone, most important first.
 */
export function layoutMarkers(points: readonly ScreenPoint[], options: MarkerLayoutOptions): MarkerLayout {
  const margin = options.margin ?? 1;
  const singles: ScreenPoint[] = [];
  const clusters: Badge[] = [];
  const clusterOf = new Map<string, number>();
  const byId = new Map<string, ScreenPoint & { order: number }>();
  points.forEach((p, order) => byId.set(p.id, { id: p.id, x: p.x, y: p.y, order }));
  const obstacles = new BoxIndex(64);
  for (const g of clusterPoints(points, options.radius)) {
    if (g.ids.length === 1) {
      singles.push({ id: g.ids[0]!, x: g.x, y: g.y });
      obstacles.add({ id: g.ids[0]!, ...markerBox(g.x, g.y, options.markerR + margin) });
    } else {
      for (const id of g.ids) clusterOf.set(id, clusters.length);
      const badge = { ...g, r: options.badgeR(g.ids.length) };
      clusters.push(badge);
      obstacles.add({ id: `cluster:${g.key}`, ...markerBox(g.x, g.y, badge.r + margin) });
    }
  }
  (options.reserved ?? []).forEach((b, i) => obstacles.add({ id: `reserved:${i}`, ...b }));
  // Labels in the order of importance of the cities they name (a cluster's is its first city's).
  const requests: Array<LabelRequest & { order: number }> = [];
  for (const s of singles) {
    const size = options.labelSize(s.id);
    if (size) requests.push({ id: s.id, x: s.x, y: s.y, r: options.markerR + margin, width: size.width, height: size.height, order: byId.get(s.id)!.order });
  }
  for (const c of clusters) {
    const size = options.clusterLabelSize?.(c.ids);
    if (size) requests.push({ id: `cluster:${c.key}`, x: c.x, y: c.y, r: c.r + margin, width: size.width, height: size.height, order: byId.get(c.key)!.order });
  }
  if (clusters.length > 0) requests.sort((a, b) => a.order - b.order);
  const labelBoxes = new BoxIndex(64);
  const labels = placeInto(requests, options.bounds, options.gap ?? 3, options.positions ?? LABEL_POSITIONS_EAST_FIRST, labelBoxes, obstacles);
  return { singles, clusters, labels, options, points: byId, clusterOf, obstacles, labelBoxes };
}

/** What a selection changes in a `MarkerLayout`. */
export interface SelectionLayout {
  /** The selected city and where its marker goes (drawn on top of the others). */
  id: string;
  x: number;
  y: number;
  /** Its label, first choice: only the bounds and the markers limit it (other labels give way). None when it does not fit. */
  label?: PlacedLabel;
  /**
   * When the city was in a cluster: the cluster's index in `clusters`, and what it becomes without
   * the city, clustered again (a group of one is a city drawn alone).
   */
  cluster?: { index: number; rest: Badge[] };
  /** The labels of what is left of that cluster, where they fit without moving another label. */
  restLabels: PlacedLabel[];
  /** The labels of the layout to leave out: the city's own, and those its marker, its label or the changed cluster cover. */
  hidden: Set<string>;
}

/**
 * The changes a selected city makes to a layout, in time proportional to the markers and labels
 * around it (the layout itself is left as it is): the city leaves its cluster (only that cluster is
 * clustered again) and gets its own marker of radius `r` and its label first. Undefined when the
 * city is not on the map.
 */
export function selectInLayout(layout: MarkerLayout, id: string, r: number): SelectionLayout | undefined {
  const p = layout.points.get(id);
  if (!p) return undefined;
  const o = layout.options;
  const margin = o.margin ?? 1;
  const hidden = new Set<string>([id]);
  /** Markers of the layout that are gone: the city's own, the cluster it left. */
  const gone = new Set<string>([id]);
  /** Markers that are new: the city's, what is left of its cluster. */
  const added: Obstacle[] = [{ id, ...markerBox(p.x, p.y, r) }];
  const selection: SelectionLayout = { id, x: p.x, y: p.y, hidden, restLabels: [] };
  const index = layout.clusterOf.get(id);
  const cluster = index === undefined ? undefined : layout.clusters[index];
  if (index !== undefined && cluster) {
    gone.add(`cluster:${cluster.key}`);
    hidden.add(`cluster:${cluster.key}`);
    const others = cluster.ids
      .filter((c) => c !== id)
      .map((c) => layout.points.get(c)!)
      .sort((a, b) => a.order - b.order);
    const rest = clusterPoints(others, o.radius).map((g) => ({ ...g, r: g.ids.length === 1 ? o.markerR : o.badgeR(g.ids.length) }));
    for (const g of rest) added.push({ id: g.ids.length === 1 ? g.ids[0]! : `cluster:${g.key}`, ...markerBox(g.x, g.y, g.r + margin) });
    selection.cluster = { index, rest };
  }
  /**
   * Where a label fits among the markers as they are with the selection, and passes `clear` (the
   * labels it must keep out of): every position is tried against both, so that a first position
   * clear of the markers but not of a label does not cost the label its other positions.
   */
  const place = (req: LabelRequest, clear: (b: Box) => boolean = () => true): PlacedLabel | undefined => {
    for (const position of o.positions ?? LABEL_POSITIONS_EAST_FIRST) {
      const label = labelAt(req, position, o.gap ?? 3);
      const b = label.box;
      if (!inside(b, o.bounds)) continue;
      if (layout.obstacles.overlapping(b).some((m) => !gone.has(m.id!)) || added.some((m) => m.id !== req.id && boxesOverlap(b, m))) continue;
      if (!clear(b)) continue;
      return label;
    }
    return undefined;
  };
  const size = o.labelSize(id);
  if (size) selection.label = place({ id, x: p.x, y: p.y, r, width: size.width, height: size.height });
  for (const b of selection.label ? [...added, selection.label.box] : added) for (const l of layout.labelBoxes.overlapping(b)) hidden.add(l.id!);
  // What is left of the cluster keeps its names where they fit: the labels that stay give no way.
  const taken = selection.label ? [selection.label.box] : [];
  const clear = (b: Box) => !taken.some((t) => boxesOverlap(b, t)) && !layout.labelBoxes.overlapping(b).some((l) => !hidden.has(l.id!));
  for (const g of selection.cluster?.rest ?? []) {
    const alone = g.ids.length === 1;
    const gSize = alone ? o.labelSize(g.ids[0]!) : o.clusterLabelSize?.(g.ids);
    if (!gSize) continue;
    const label = place({ id: alone ? g.ids[0]! : `cluster:${g.key}`, x: g.x, y: g.y, r: g.r + margin, width: gSize.width, height: gSize.height }, clear);
    if (!label) continue;
    taken.push(label.box);
    selection.restLabels.push(label);
  }
  return selection;
}

/** The box of a round marker. */
export const markerBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** The radius of a cluster badge that holds `count` cities: grows slowly with the count. */
export const clusterRadius = (count: number): number => Math.round(9 + 2.2 * Math.log2(Math.max(2, count)));
