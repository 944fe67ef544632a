/**
 * The locator inset of `<cw-city-map>`: when the map shows a small region (Sfax and Tunis, one
 * city's surroundings), a small map of the Mediterranean in the frame's bottom corner with a
 * rectangle where the view lies, so that a strip of coast can be placed. None when the view is
 * already most of the region, or outside it, or when a city would lie under the inset.
 */
import { svg, type TemplateResult } from 'lit';
import { geoMercator, geoPath } from 'd3-geo';
import type { Basemap } from './basemap.js';
import type { Box, MapView } from './layout.js';

/** The region the inset shows: [west, south, east, north], the Mediterranean and its shores. */
export const LOCATOR_REGION = [-11, 27, 43, 48] as const;
export const LOCATOR_WIDTH = 112;
export const LOCATOR_HEIGHT = 58;
/** Space between the inset and the frame's edges. */
const MARGIN = 6;
/** The view is "a small region" below this share of the region's longitudes. */
const SMALL = 0.35;

const [WEST, SOUTH, EAST, NORTH] = LOCATOR_REGION;
// One expression, not a statement that configures it afterwards: a module of this package does
// nothing at its top level but declare (package.json's `sideEffects`, test/node/side-effects.test.mjs).
const projection = geoMercator()
  .fitExtent(
    [
      [2, 2],
      [LOCATOR_WIDTH - 2, LOCATOR_HEIGHT - 2],
    ],
    { type: 'MultiPoint', coordinates: [[WEST, SOUTH], [EAST, NORTH], [WEST, NORTH], [EAST, SOUTH]] },
  )
  .clipExtent([
    [0, 0],
    [LOCATOR_WIDTH, LOCATOR_HEIGHT],
  ]);

export interface Locator {
  /** Where the inset lies in the frame. */
  box: Box;
  /** The view's rectangle in the inset (at least a few pixels, so that a city's view shows). */
  rect: { x: number; y: number; width: number; height: number };
}

/** The inset for a view, or none (see the module's comment). `rtl`: in the bottom right corner. */
export function locatorFor(fit: MapView, rtl: boolean): Locator | undefined {
  const { width, height } = fit;
  if (fit.kind !== 'mercator' || width < LOCATOR_WIDTH * 2.5 || height < LOCATOR_HEIGHT * 2.5) return undefined;
  const nw = fit.invert([0, 0]);
  const se = fit.invert([width, height]);
  if (!nw || !se) return undefined;
  const [west, north] = nw;
  const [east, south] = se;
  if (!(east > west) || (east - west) / (EAST - WEST) > SMALL) return undefined;
  const cx = (west + east) / 2;
  const cy = (south + north) / 2;
  if (cx < WEST || cx > EAST || cy < SOUTH || cy > NORTH) return undefined;
  const x0 = rtl ? width - MARGIN - LOCATOR_WIDTH : MARGIN;
  const box = { x0, y0: height - MARGIN - LOCATOR_HEIGHT, x1: x0 + LOCATOR_WIDTH, y1: height - MARGIN };
  // A city under the inset would be hidden: then no inset.
  const pad = 8;
  if (fit.points.some((p) => p.x > box.x0 - pad && p.x < box.x1 + pad && p.y > box.y0 - pad && p.y < box.y1 + pad)) return undefined;
  const [ax, ay] = projection([Math.max(west, WEST - 5), Math.min(north, NORTH + 5)]) ?? [0, 0];
  const [bx, by] = projection([Math.min(east, EAST + 5), Math.max(south, SOUTH - 5)]) ?? [0, 0];
  const min = 5;
  const w = Math.max(min, bx - ax);
  const h = Math.max(min, by - ay);
  return { box, rect: { x: (ax + bx) / 2 - w / 2, y: (ay + by) / 2 - h / 2, width: w, height: h } };
}

let land: { basemap: Basemap; d: string } | undefined;

/** Degrees around the region that the inset may still show (its frame is not the region's shape). */
const REGION_MARGIN = 5;

/**
 * The world layer's polygons whose box meets the region, with a margin (8 of 107): the others cannot
 * reach the inset (a polygon that does not meet the region's box cannot contain it either), and
 * clipping each of them to the inset was wasted: the inset's land took 21 ms, now 13 (cold, in
 * Node, a slow 2-core machine), the same path.
 */
function regionLand(world: Basemap['world']): unknown {
  const { geometry } = world;
  if (geometry.type !== 'MultiPolygon') return world;
  const polygons = geometry.coordinates as Array<Array<Array<[number, number]>>>;
  const kept = polygons.filter(([outer]) => {
    // The outer ring's box.
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of outer ?? []) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
    return e >= WEST - REGION_MARGIN && w <= EAST + REGION_MARGIN && n >= SOUTH - REGION_MARGIN && s <= NORTH + REGION_MARGIN;
  });
  return { type: 'MultiPolygon', coordinates: kept };
}

/**
 * The region's land (the world layer: the inset is small), computed once per basemap. The map asks
 * for it while the page is idle, before a filter or a zoom first shows the inset.
 */
export function landOf(basemap: Basemap): string {
  if (land?.basemap !== basemap) land = { basemap, d: insetPath(regionLand(basemap.world)) };
  return land.d;
}

/** The SVG path of a GeoJSON object in the inset, clipped to it. */
export function insetPath(object: unknown): string {
  return geoPath(projection)(object as never) ?? '';
}

/** The inset, drawn over the map; hidden from assistive technology (the list names every city's country). */
export function renderLocator(locator: Locator, basemap: Basemap | undefined): TemplateResult {
  const { box, rect } = locator;
  return svg`<g class="locator" aria-hidden="true" transform="translate(${box.x0} ${box.y0})">
    <rect class="locator-sea" width=${LOCATOR_WIDTH} height=${LOCATOR_HEIGHT}></rect>
    ${basemap ? svg`<path class="locator-land" d=${landOf(basemap)}></path>` : ''}
    <rect class="locator-view" x=${rect.x} y=${rect.y} width=${rect.width} height=${rect.height}></rect>
  </g>`;
}
