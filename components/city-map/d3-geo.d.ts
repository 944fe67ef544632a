/**
 * The few d3-geo 3.1 declarations `<cw-city-map>` uses. The package ships no types and
 * `@types/d3-geo` is not a dependency (yet): if it is added, delete this file.
 * Kept minimal on purpose, and never exposed in a public signature of the component.
 */
declare module 'd3-geo' {
  export type GeoXY = [number, number];
  export interface GeoObject {
    type: string;
    [key: string]: unknown;
  }
  export interface GeoProjection {
    (point: GeoXY): GeoXY | null;
    invert?(point: GeoXY): GeoXY | null;
    rotate(): [number, number, number];
    rotate(angles: [number, number] | [number, number, number]): this;
    scale(): number;
    scale(k: number): this;
    translate(): GeoXY;
    translate(t: GeoXY): this;
    clipExtent(): [GeoXY, GeoXY] | null;
    clipExtent(extent: [GeoXY, GeoXY] | null): this;
    fitExtent(extent: [GeoXY, GeoXY], object: GeoObject): this;
    precision(): number;
    precision(p: number): this;
  }
  export interface GeoPath {
    (object: GeoObject): string | null;
    projection(): GeoProjection | null;
  }
  export function geoMercator(): GeoProjection;
  export function geoEqualEarth(): GeoProjection;
  export function geoPath(projection?: GeoProjection | null): GeoPath;
}
