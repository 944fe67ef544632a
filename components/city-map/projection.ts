/**
 * Where each city falls on screen, with no DOM: the projection (Mercator for a region, Equal Earth
 * for the globe), the basemap layer, the fit to the frame, the reader's zoom over it, and the
 * frame's aspect for the cities' extent. Pure functions over plain numbers.
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
  /**
   * Bands along the left or right side kept clear of points, in pixels from the frame's edge (the
   * zoom buttons' side: no marker is drawn under the buttons). When a point would fall in one, the
   * fit is made again with that side's padding widened to the band (at most a third of the width);
   * a view whose points all lie away from the side keeps its size. A band, not a corner: a cluster
   * badge between points outside a band is outside it too. Default: none.
   */
  clear?: { left?: number; right?: number };
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
  /**
   * On the regional layer (`layer` is `detail`): the screen point of a longitude and latitude is
   * `(k·lon + x, k·mercatorY(lat) + y)`, an affine map of the raw Mercator (see mercator-units.ts).
   * None on the world layer.
   */
  units?: ZoomTransform;
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
  // No adaptive resampling in Mercator: the basemap's edges are short (1:50m), so a great-circle
  // arc and the straight line between two vertices are the same pixels (the Mediterranean's land
  // and borders give the same path either way), and a border along a parallel or a meridian is
  // straight on this projection anyway. Checking every edge cost about 9 ms of a first render.
  if (!worldWide) projection.precision(0);

  // What to fit: the points, widened to the smallest span around their middle.
  const midLat = (south + north) / 2;
  const latHalf = Math.max((north - south) / 2, minSpan / 2);
  const lonHalf = Math.max(span / 2, minSpan / 2 / Math.max(0.2, Math.cos((midLat * Math.PI) / 180)));
  const coordinates: GeoXY[] = valid.map((p) => [p.lon, Math.max(-85, Math.min(85, p.lat))]);
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
  coordinates.push([wrap(center - lonHalf), clampLat(midLat - latHalf)], [wrap(center + lonHalf), clampLat(midLat + latHalf)]);
  coordinates.push([wrap(center - lonHalf), clampLat(midLat + latHalf)], [wrap(center + lonHalf), clampLat(midLat - latHalf)]);
  const fitInside = (left: number, right: number): MapView['points'] => {
    const inner: [GeoXY, GeoXY] = [
      [left, padding],
      [Math.max(left + 1, width - right), Math.max(padding + 1, height - padding)],
    ];
    projection.fitExtent(inner, { type: 'MultiPoint', coordinates });
    const out: MapView['points'] = [];
    for (const p of valid) {
      const xy = projection([p.lon, p.lat]);
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
      out.push({ id: p.id, x: xy[0], y: xy[1] });
    }
    return out;
  };
  let out = fitInside(padding, padding);
  const band = (side: number | undefined) => Math.max(padding, Math.min(side ?? 0, width / 3));
  const left = band(options.clear?.left);
  const right = band(options.clear?.right);
  if ((left > padding && out.some((p) => p.x < left)) || (right > padding && out.some((p) => p.x > width - right))) out = fitInside(left, right);
  const fit = viewOf({ projection, width, height, kind, center, window, zoom: IDENTITY, points: out });
  return options.zoom ? zoomView(fit, options.zoom) : fit;
}

/** What a view was made from: the fit (at zoom 1), its own projection and points, the detail window. */
interface FitState {
  fit: MapView;
  projection: GeoProjection;
  points: MapView['points'];
  window: GeoWindow;
}
const fits = new WeakMap<MapView, FitState>();

/**
 * The view of `fit` (a view from `fitView`) at the reader's zoom: the fit's projection scaled and
 * moved, its points mapped by the zoom (`k·p + (x, y)`, the same as projecting them again) with
 * those out of sight left out (they are one pan or the reset away). Nothing is fitted or projected
 * again: a zoom or a pan over 5,000 cities projected every city twice (the fit, then the points).
 */
export function zoomView(fit: MapView, zoom: ZoomTransform): MapView {
  const state = fits.get(fit);
  if (!state) throw new Error('zoomView: not a view made by fitView');
  const { width, height } = fit;
  const z = clampZoom(zoom, width, height);
  if (z.k === 1 && z.x === 0 && z.y === 0) return state.fit;
  const base = state.projection;
  const [tx, ty] = base.translate();
  const projection = (fit.kind === 'equal-earth' ? geoEqualEarth() : geoMercator())
    .rotate(base.rotate())
    .precision(base.precision())
    .scale(base.scale() * z.k)
    .translate([tx * z.k + z.x, ty * z.k + z.y]);
  const points: MapView['points'] = [];
  for (const p of state.points) {
    const x = z.k * p.x + z.x;
    const y = z.k * p.y + z.y;
    if (z.k > 1 && (x < 0 || x > width || y < 0 || y > height)) continue;
    points.push({ id: p.id, x, y });
  }
  return viewOf({ projection, width, height, kind: fit.kind, center: fit.centerLon, window: state.window, zoom: z, points }, state);
}

/** A view from its projection (the fit's, or the fit's scaled and moved by the zoom). */
function viewOf(
  v: { projection: GeoProjection; width: number; height: number; kind: MapView['kind']; center: number; window: GeoWindow; zoom: ZoomTransform; points: MapView['points'] },
  state?: FitState,
): MapView {
  const { projection, width, height, kind, center, window } = v;
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const layer: MapView['layer'] = kind === 'mercator' && viewInside(projection, width, height, window) ? 'detail' : 'world';
  const path = geoPath(projection);
  const [tx, ty] = projection.translate();
  const k = (projection.scale() * Math.PI) / 180;
  // Rotated by the centre's longitude, x = tx + k·(lon − center): d3 would also wrap lon − center
  // into ±180°, which changes nothing on screen (the view lies within the window, the far side
  // is off the frame either way).
  const units = layer === 'detail' ? { k, x: tx - k * center, y: ty } : undefined;
  const view: MapView = {
    width,
    height,
    kind,
    layer,
    zoom: v.zoom,
    centerLon: center,
    projection: (point) => projection(point),
    invert: (point) => projection.invert?.(point) ?? null,
    points: v.points,
    path: (object) => path(object as GeoPermissibleObjects) ?? '',
    ...(units ? { units } : {}),
  };
  fits.set(view, state ?? { fit: view, projection, points: v.points, window });
  return view;
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
