/**
 * The regional layer (land and borders) written once per page in raw Mercator units, and placed in
 * each view by one SVG transform.
 *
 * A regional view is Mercator rotated in longitude only, which for Mercator is a horizontal shift;
 * its fit to the frame and the reader's zoom are a scale and a translation. So the whole view is an
 * affine map of the raw projection (see `MapView.units`), and a zoom or a pan changes one attribute
 * instead of projecting, clipping and writing again the layer's 7,000 vertices: in d3-geo that was
 * about 15 ms of each zoom at 5,000 cities and 10 ms of a first drawing, for the same pixels.
 *
 * Units: x is the longitude in degrees, y is the Mercator ordinate in degrees of arc, growing
 * southward as the screen's y does.
 */
import type { MapView } from './projection.js';

const DEGREES = 180 / Math.PI;

/** The Mercator ordinate of a latitude, in degrees of arc, positive southward (the screen's direction). */
export function mercatorY(lat: number): number {
  return -Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * DEGREES;
}

type Position = readonly [number, number];
interface Geometry {
  type: string;
  coordinates: unknown;
}

const written = new WeakMap<object, string>();

/**
 * A Polygon, MultiPolygon, LineString or MultiLineString as an SVG path in Mercator units, written
 * once per geometry object (a basemap's layers are read once per page). Rings are closed with `Z`;
 * y keeps 4 decimals (a few metres), finer than the basemap's own 0.01°.
 */
export function unitsPath(geometry: Geometry): string {
  let d = written.get(geometry);
  if (d !== undefined) return d;
  const parts: string[] = [];
  const line = (points: readonly Position[], closed: boolean) => {
    const n = closed && points.length > 1 && samePoint(points[0]!, points[points.length - 1]!) ? points.length - 1 : points.length;
    if (n === 0) return;
    let s = 'M';
    for (let i = 0; i < n; i++) {
      const [lon, lat] = points[i]!;
      s += `${i === 0 ? '' : ' '}${lon},${Math.round(mercatorY(lat) * 1e4) / 1e4}`;
    }
    parts.push(closed ? `${s}Z` : s);
  };
  const c = geometry.coordinates;
  if (geometry.type === 'MultiPolygon') for (const polygon of c as Position[][][]) for (const ring of polygon) line(ring, true);
  else if (geometry.type === 'Polygon') for (const ring of c as Position[][]) line(ring, true);
  else if (geometry.type === 'MultiLineString') for (const l of c as Position[][]) line(l, false);
  else if (geometry.type === 'LineString') line(c as Position[], false);
  d = parts.join('');
  written.set(geometry, d);
  return d;
}

const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** The SVG transform that draws a path in Mercator units in a regional view; none for a view on the globe. */
export function unitsTransform(view: Pick<MapView, 'units'>): string | undefined {
  const u = view.units;
  return u ? `matrix(${u.k} 0 0 ${u.k} ${u.x} ${u.y})` : undefined;
}
