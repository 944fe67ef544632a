/**
 * The geometry of `<cw-city-map>`, with no DOM: which projection and which basemap layer, where
 * each city falls on screen, which markers merge into a cluster, and where labels go without
 * overlapping. Pure functions over plain numbers, so they are tested on their own and the
 * element only draws what they decide. What the data means (which cities, their roles) is
 * decided in `src/views/city-map.ts`, not here.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** A [x, y] or [longitude, latitude] pair. */
type GeoXY = [number, number];

/** A place to show, in degrees (WGS 84). */
export interface GeoPoint {
  id: string;
  lon: number;
  lat: number;
}

/** An axis-aligned box in screen pixels: `x0 ≤ x1`, `y0 ≤ y1`. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** `[west, south, east, north]` in degrees. */
export type GeoWindow = readonly [number, number, number, number];

/** The window of the basemap's `detail` layer (see data/BASEMAP.md). */
export const DETAIL_WINDOW: GeoWindow = [-32, 0, 70, 72];

export interface FitOptions {
  /** Room kept free on every side, in pixels (markers and labels need it). Default 28. */
  padding?: number;
  /**
   * The smallest area shown, in degrees of latitude (longitude is widened to match at that
   * latitude), so that one city or a few close ones get a regional view, not a street view.
   * Default 3 (about 330 km).
   */
  minSpan?: number;
  /** The window within which the `detail` layer may be drawn. Default `DETAIL_WINDOW`. */
  detailWindow?: GeoWindow;
  /** The reader's zoom and pan over the fitted view (see `ZoomTransform`). Default: none. */
  zoom?: ZoomTransform;
}

/**
 * A zoom and pan over the fitted view: a screen point `p` of the fit is drawn at `k·p + (x, y)`.
 * The identity `{ k: 1, x: 0, y: 0 }` is the fit itself.
 */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
/** The zoom range: never smaller than the fit (every city is in it), at most 256 times larger. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 256;

/**
 * The transform kept within range and with the fitted view still covering the screen: the reader
 * cannot lose the map by panning it away.
 */
export function clampZoom(t: ZoomTransform, width: number, height: number): ZoomTransform {
  const k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Number.isFinite(t.k) ? t.k : 1));
  const clamp = (v: number, size: number) => Math.max(size - k * size, Math.min(0, Number.isFinite(v) ? v : 0));
  return { k, x: clamp(t.x, width), y: clamp(t.y, height) };
}

/** Zooms by `factor` keeping the screen point `(px, py)` where it is (the cursor, the centre). */
export function zoomAround(t: ZoomTransform, factor: number, px: number, py: number, width: number, height: number): ZoomTransform {
  const k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, t.k * factor));
  const f = k / t.k;
  return clampZoom({ k, x: px - (px - t.x) * f, y: py - (py - t.y) * f }, width, height);
}

/** Moves the view by `(dx, dy)` screen pixels. */
export function panBy(t: ZoomTransform, dx: number, dy: number, width: number, height: number): ZoomTransform {
  return clampZoom({ k: t.k, x: t.x + dx, y: t.y + dy }, width, height);
}

/**
 * The transform that shows the points (screen positions of the fit, at zoom 1) as large as they fit
 * with `padding` pixels around, at most `maxK` (a cluster of cities a few streets apart is not blown
 * up to a street map). Points at one place give `maxK` around that place.
 */
export function zoomToPoints(points: readonly { x: number; y: number }[], width: number, height: number, padding = 40, maxK = 64): ZoomTransform {
  if (points.length === 0) return IDENTITY;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const room = (size: number) => Math.max(1, size - 2 * Math.min(padding, size / 3));
  const k = Math.max(MIN_ZOOM, Math.min(maxK, MAX_ZOOM, room(width) / Math.max(x1 - x0, 1e-6), room(height) / Math.max(y1 - y0, 1e-6)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return clampZoom({ k, x: width / 2 - k * cx, y: height / 2 - k * cy }, width, height);
}

/** The transform that brings the fit's screen point `(px, py)` to the centre, zoom unchanged. */
export function centreOn(t: ZoomTransform, px: number, py: number, width: number, height: number): ZoomTransform {
  return clampZoom({ k: t.k, x: width / 2 - t.k * px, y: height / 2 - t.k * py }, width, height);
}

/** A projection as the element uses it: a function from `[lon, lat]` to `[x, y]` (null if not shown). */
export interface MapProjection {
  (point: [number, number]): [number, number] | null;
}

export interface MapView {
  width: number;
  height: number;
  /** Mercator for a region; Equal Earth once the cities span much of the globe. */
  kind: 'mercator' | 'equal-earth';
  /** The basemap layer to draw: `detail` when the whole view lies within its window. */
  layer: 'detail' | 'world';
  /** The reader's zoom over the fit (clamped). */
  zoom: ZoomTransform;
  /** The longitude at the centre of the view (the projection is rotated to it). */
  centerLon: number;
  projection: MapProjection;
  /** From a screen point back to `[lon, lat]` (null where the projection has no inverse). */
  invert(point: [number, number]): [number, number] | null;
  /** Screen positions of the points, in their order (a point that cannot be projected, or zoomed in, one off screen, is left out). */
  points: Array<{ id: string; x: number; y: number }>;
  /** The SVG path of a GeoJSON object (the basemap) in this view, clipped to it. */
  path(object: { type: string; [key: string]: unknown }): string;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * The central longitude of a set of longitudes and their span: the complement of the largest empty
 * arc, so that a network around the Pacific is centred on the Pacific, not cut by the antimeridian.
 */
export function longitudeSpan(lons: readonly number[]): { center: number; span: number } {
  if (lons.length === 0) return { center: 0, span: 0 };
  const sorted = lons.map(wrap).sort((a, b) => a - b);
  let gap = sorted[0]! + 360 - sorted[sorted.length - 1]!;
  let start = sorted[0]!;
  for (let i = 1; i < sorted.length; i++) {
    const g = sorted[i]! - sorted[i - 1]!;
    if (g > gap) {
      gap = g;
      start = sorted[i]!;
    }
  }
  const span = 360 - gap;
  return { center: wrap(start + span / 2), span };
}

/**
 * Fits a projection to the points inside `width × height` with padding: every point lands inside
 * the padded box. The view's kind and layer follow from the points' spread and from what the
 * corners of the view show.
 */
export function fitView(points: readonly GeoPoint[], width: number, height: number, options: FitOptions = {}): MapView {
  const padding = Math.max(0, Math.min(options.padding ?? 28, width / 3, height / 3));
  const minSpan = options.minSpan ?? 3;
  const window = options.detailWindow ?? DETAIL_WINDOW;
  const valid = points.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat));
  const lons = valid.map((p) => p.lon);
  const lats = valid.map((p) => Math.max(-85, Math.min(85, p.lat)));
  const { center, span } = valid.length > 0 ? longitudeSpan(lons) : { center: 15, span: 0 };
  const south = valid.length > 0 ? Math.min(...lats) : 25;
  const north = valid.length > 0 ? Math.max(...lats) : 45;
  const worldWide = span > 150 || north - south > 80 || north > 78 || south < -78;
  const kind: MapView['kind'] = worldWide ? 'equal-earth' : 'mercator';
  const projection: GeoProjection = (worldWide ? geoEqualEarth() : geoMercator()).rotate([-center, 0]);

  // What to fit: the points, widened to the smallest span around their middle.
  const midLat = (south + north) / 2;
  const latHalf = Math.max((north - south) / 2, minSpan / 2);
  const lonHalf = Math.max(span / 2, minSpan / 2 / Math.max(0.2, Math.cos((midLat * Math.PI) / 180)));
  const coordinates: GeoXY[] = valid.map((p) => [p.lon, Math.max(-85, Math.min(85, p.lat))]);
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
  coordinates.push([wrap(center - lonHalf), clampLat(midLat - latHalf)], [wrap(center + lonHalf), clampLat(midLat + latHalf)]);
  coordinates.push([wrap(center - lonHalf), clampLat(midLat + latHalf)], [wrap(center + lonHalf), clampLat(midLat - latHalf)]);
  const inner: [GeoXY, GeoXY] = [
    [padding, padding],
    [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
  ];
  projection.fitExtent(inner, { type: 'MultiPoint', coordinates });
  const zoom = options.zoom ? clampZoom(options.zoom, width, height) : IDENTITY;
  if (zoom.k !== 1 || zoom.x !== 0 || zoom.y !== 0) {
    const [tx, ty] = projection.translate();
    projection.scale(projection.scale() * zoom.k).translate([tx * zoom.k + zoom.x, ty * zoom.k + zoom.y]);
  }
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

  const layer: MapView['layer'] = !worldWide && viewInside(projection, width, height, window) ? 'detail' : 'world';
  const path = geoPath(projection);
  const out: MapView['points'] = [];
  // Zoomed in, the cities out of sight are left out (they are one pan or the reset away).
  const zoomed = zoom.k > 1;
  for (const p of valid) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    if (zoomed && (xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height)) continue;
    out.push({ id: p.id, x: xy[0], y: xy[1] });
  }
  return {
    width,
    height,
    kind,
    layer,
    zoom,
    centerLon: center,
    projection: (point) => projection(point),
    invert: (point) => projection.invert?.(point) ?? null,
    points: out,
    path: (object) => path(object as GeoPermissibleObjects) ?? '',
  };
}

/**
 * The height-to-width ratio that suits the points: their extent in Mercator (widened to `minSpan`
 * degrees, as `fitView` does), between `min` and `max`, so that a coastline running north–south
 * (Tunisia) gets a tall map and one along a parallel (the Maghreb) a wide one, rather than one
 * fixed 4:3 frame for both.
 */
export function preferredAspect(points: readonly GeoPoint[], { minSpan = 3, min = 0.5, max = 1.1 } = {}): number {
  const valid = points.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat));
  if (valid.length === 0) return 0.75;
  const { span } = longitudeSpan(valid.map((p) => p.lon));
  if (span > 150) return min;
  const lats = valid.map((p) => Math.max(-80, Math.min(80, p.lat)));
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const mid = (south + north) / 2;
  const half = Math.max((north - south) / 2, minSpan / 2);
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
  const dy = y(mid + half) - y(mid - half);
  const dx = (Math.max(span, minSpan / Math.max(0.2, Math.cos((mid * Math.PI) / 180))) * Math.PI) / 180;
  const ratio = dy / dx;
  return Math.round(Math.max(min, Math.min(max, ratio)) * 100) / 100;
}

/** Whether the whole screen rectangle shows places inside the geographic window. */
function viewInside(projection: GeoProjection, width: number, height: number, window: GeoWindow): boolean {
  if (!projection.invert) return false;
  const [west, south, east, north] = window;
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    for (const xy of [
      [t * width, 0],
      [t * width, height],
      [0, t * height],
      [width, t * height],
    ] as GeoXY[]) {
      const ll = projection.invert(xy);
      if (!ll || !(ll[0] >= west && ll[0] <= east && ll[1] >= south && ll[1] <= north)) return false;
    }
  }
  return true;
}

// ── Clustering ──────────────────────────────────────────────────────────────────────────────

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Cluster {
  /** A stable key: the id of its first point. */
  key: string;
  /** Its points' ids, in the order given. */
  ids: string[];
  /** The mean of its points. */
  x: number;
  y: number;
}

/**
 * Groups points closer than `radius` pixels. Greedy on a grid, in the given order (so the caller's
 * most important points seed the groups), repeated on the groups until none is closer than
 * `radius` to another: when it returns, every two clusters are at least `radius` apart.
 * Linear in the number of points per pass.
 */
export function clusterPoints(points: readonly ScreenPoint[], radius: number): Cluster[] {
  let clusters: Array<Cluster & { sx: number; sy: number }> = points.map((p) => ({ key: p.id, ids: [p.id], x: p.x, y: p.y, sx: p.x, sy: p.y }));
  if (radius <= 0) return clusters.map(({ key, ids, x, y }) => ({ key, ids, x, y }));
  const r2 = radius * radius;
  for (let pass = 0; pass < 50; pass++) {
    const grid = new Map<string, number[]>();
    const cell = (v: number) => Math.floor(v / radius);
    clusters.forEach((c, i) => {
      const k = `${cell(c.x)},${cell(c.y)}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    const taken = new Uint8Array(clusters.length);
    const next: typeof clusters = [];
    let merged = false;
    for (let i = 0; i < clusters.length; i++) {
      if (taken[i]) continue;
      taken[i] = 1;
      const seed = clusters[i]!;
      const group = { key: seed.key, ids: [...seed.ids], x: seed.x, y: seed.y, sx: seed.sx, sy: seed.sy };
      const cx = cell(seed.x);
      const cy = cell(seed.y);
      const members: number[] = [];
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (taken[j]) continue;
            const o = clusters[j]!;
            const dx = o.x - seed.x;
            const dy = o.y - seed.y;
            if (dx * dx + dy * dy < r2) members.push(j);
          }
        }
      }
      members.sort((a, b) => a - b);
      for (const j of members) {
        taken[j] = 1;
        const o = clusters[j]!;
        group.ids.push(...o.ids);
        group.sx += o.sx;
        group.sy += o.sy;
        merged = true;
      }
      group.x = group.sx / group.ids.length;
      group.y = group.sy / group.ids.length;
      next.push(group);
    }
    clusters = next;
    if (!merged) break;
  }
  return clusters.map(({ key, ids, x, y }) => ({ key, ids, x, y }));
}

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

const inside = (b: Box, bounds: Box): boolean => b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1;

/** Places labels into `index` (the labels placed so far), avoiding `obstacles`; see `placeLabels`. */
function placeInto(requests: readonly LabelRequest[], bounds: Box, gap: number, positions: readonly LabelPosition[], index: BoxIndex, obstacles: BoxIndex): PlacedLabel[] {
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
  /** The cities' labels (of cities drawn alone only), none overlapping another or a marker. */
  labels: PlacedLabel[];
  readonly options: MarkerLayoutOptions;
  /** Every point by id, with its place in the order given. */
  readonly points: ReadonlyMap<string, ScreenPoint & { order: number }>;
  /** The index in `clusters` of the cluster that holds a city. */
  readonly clusterOf: ReadonlyMap<string, number>;
  /** The boxes of the markers (a city's by its id, a badge's by `cluster:` and its key). */
  readonly obstacles: BoxIndex;
  /** The boxes of the labels, by the city's id. */
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
  const requests: LabelRequest[] = [];
  for (const s of singles) {
    const size = options.labelSize(s.id);
    if (size) requests.push({ id: s.id, x: s.x, y: s.y, r: options.markerR + margin, width: size.width, height: size.height });
  }
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
  const selection: SelectionLayout = { id, x: p.x, y: p.y, hidden };
  const index = layout.clusterOf.get(id);
  const cluster = index === undefined ? undefined : layout.clusters[index];
  if (index !== undefined && cluster) {
    gone.add(`cluster:${cluster.key}`);
    const others = cluster.ids
      .filter((c) => c !== id)
      .map((c) => layout.points.get(c)!)
      .sort((a, b) => a.order - b.order);
    const rest = clusterPoints(others, o.radius).map((g) => ({ ...g, r: g.ids.length === 1 ? o.markerR : o.badgeR(g.ids.length) }));
    for (const g of rest) added.push({ id: g.ids.length === 1 ? g.ids[0]! : `cluster:${g.key}`, ...markerBox(g.x, g.y, g.r + margin) });
    selection.cluster = { index, rest };
  }
  const size = o.labelSize(id);
  if (size) {
    const req: LabelRequest = { id, x: p.x, y: p.y, r, width: size.width, height: size.height };
    for (const position of o.positions ?? LABEL_POSITIONS_EAST_FIRST) {
      const label = labelAt(req, position, o.gap ?? 3);
      const b = label.box;
      if (!inside(b, o.bounds)) continue;
      if (layout.obstacles.overlapping(b).some((m) => !gone.has(m.id!)) || added.some((m) => m.id !== id && boxesOverlap(b, m))) continue;
      selection.label = label;
      break;
    }
  }
  for (const b of selection.label ? [...added, selection.label.box] : added) for (const l of layout.labelBoxes.overlapping(b)) hidden.add(l.id!);
  return selection;
}

/** The box of a round marker. */
export const markerBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** The radius of a cluster badge that holds `count` cities: grows slowly with the count. */
export const clusterRadius = (count: number): number => Math.round(9 + 2.2 * Math.log2(Math.max(2, count)));

// ── Moving between markers with the arrow keys ─────────────────────────────────────────────

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker to go to from `from` with an arrow key: among those lying within 60° of the
 * direction, the nearest, distance counted double across the direction (so that Right goes to the
 * city to the right rather than to a closer one well above it). Undefined when there is none that
 * way. Mirroring for right-to-left reading is the caller's: it swaps `left` and `right`.
 */
export function neighbourInDirection<T extends { x: number; y: number }>(from: T, candidates: readonly T[], direction: Direction): T | undefined {
  const [ux, uy] = direction === 'left' ? [-1, 0] : direction === 'right' ? [1, 0] : direction === 'up' ? [0, -1] : [0, 1];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === from) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    // Within 60° of the direction: tan 60° ≈ 1.732.
    if (along <= 0 || across > along * 1.732) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Markers in reading order (rows of `row` pixels top to bottom, then left to right, or right to left in RTL): the order of Tab-free browsing (Home, End). */
export function readingOrder<T extends { x: number; y: number }>(markers: readonly T[], rtl: boolean, row = 24): T[] {
  return [...markers].sort((a, b) => Math.floor(a.y / row) - Math.floor(b.y / row) || (rtl ? b.x - a.x : a.x - b.x));
}

/**
 * Spreads markers that share a place (or nearly) on a small circle around it, so that each can be
 * seen and picked once zoomed in as far as the map goes. Returns them unchanged when they are
 * already at least `gap` apart.
 */
export function spreadPoints<T extends ScreenPoint>(points: readonly T[], gap: number): T[] {
  if (points.length < 2) return [...points];
  let close = false;
  for (let i = 0; i < points.length && !close; i++)
    for (let j = i + 1; j < points.length; j++)
      if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < gap) {
        close = true;
        break;
      }
  if (!close) return [...points];
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  // A circle whose circumference leaves `gap` between neighbours.
  const r = Math.max(gap, (gap * points.length) / (2 * Math.PI));
  return points.map((p, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / points.length;
    return { ...p, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
}
