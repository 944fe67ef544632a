/**
 * Many markers in one layer: past `PATH_THRESHOLD` cities drawn alone, their markers are one SVG
 * path per marker style (a few nodes for thousands of cities, where one button each would be
 * thousands of nodes), and only the city that holds the map's tab stop, the selected city and the
 * cluster badges are elements. The keyboard still reaches every city: the arrow keys move the tab
 * stop from city to city on the layout's data, and the element of the city reached is drawn then
 * (see `navigable`). A click on the paths is matched to the nearest city (`singleAt`).
 */
import { svg } from 'lit';
import type { CityMapCity, MarkerStyle } from '../../src/views/city-map.js';
import { readingOrder, type ScreenPoint } from './layout.js';
import type { Geometry } from './markers-layer.js';
import { markerPath } from './shapes.js';

/** Up to this many cities drawn alone, each marker is its own element (a button a screen reader can find on the map). */
export const PATH_THRESHOLD = 150;
/** How far from a marker's centre a click still hits it (the elements' hit circle). */
export const HIT_RADIUS = 11;

export const drawsPaths = (geo: Geometry): boolean => geo.singles.length > PATH_THRESHOLD;

/** The d of one path per style, and per style for the highlighted cities (drawn with the highlight). */
export function stylePaths(geo: Geometry, byId: ReadonlyMap<string, CityMapCity>, highlighted: ReadonlySet<string> | undefined, r: number): Array<{ style: MarkerStyle; highlighted: boolean; d: string }> {
  const parts = new Map<string, { style: MarkerStyle; highlighted: boolean; d: string[] }>();
  for (const s of geo.singles) {
    const style = byId.get(s.id)?.markerStyle ?? 'member';
    const hl = highlighted?.has(s.id) ?? false;
    const key = `${style}|${hl}`;
    let part = parts.get(key);
    if (!part) parts.set(key, (part = { style, highlighted: hl, d: [] }));
    part.d.push(markerPath(style, s.x, s.y, r));
  }
  // Highlighted cities last, on top.
  return [...parts.values()].sort((a, b) => Number(a.highlighted) - Number(b.highlighted)).map((p) => ({ style: p.style, highlighted: p.highlighted, d: p.d.join('') }));
}

export function renderStylePaths(paths: ReturnType<typeof stylePaths>): unknown {
  return svg`<g class="paths" aria-hidden="true">${paths.map((p) => svg`<path class="dot style-${p.style}${p.highlighted ? ' highlighted' : ''}" d=${p.d}></path>`)}</g>`;
}

/** The city drawn alone nearest to `(x, y)` within the hit radius, if any. */
export function singleAt(geo: Geometry, x: number, y: number, radius = HIT_RADIUS): string | undefined {
  let best: ScreenPoint | undefined;
  let bestD = radius * radius;
  for (const s of geo.singles) {
    const d = (s.x - x) ** 2 + (s.y - y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = s;
    }
  }
  return best?.id;
}

/** A place the arrow keys can go to: a key (city id, or `cluster:` and a key) and its place. */
export interface NavigableMarker {
  key: string;
  x: number;
  y: number;
}

/** Every marker and cluster of the layout, as the keyboard moves between them. */
export function navigable(geo: Geometry): NavigableMarker[] {
  return [...geo.singles.map((s) => ({ key: s.id, x: s.x, y: s.y })), ...geo.clusters.map((c) => ({ key: `cluster:${c.key}`, x: c.x, y: c.y }))];
}

/** The tab stop when the reader has not moved it yet: the selected city's, else the first marker in reading order. */
export function defaultStop(geo: Geometry, selected: string | undefined, rtl: boolean): string | undefined {
  if (selected && geo.points.has(selected)) return selected;
  return readingOrder(navigable(geo), rtl)[0]?.key;
}
