#!/usr/bin/env node
// Builds data/basemap.json: the land, the country borders and the label points of countries and
// seas that <cw-city-map> draws, from Natural Earth's land and admin-0 country polygons as packaged
// in the npm package world-atlas (TopoJSON), and a small table of sea names of our own (SEAS).
//
//   node scripts/build-basemap.mjs            write data/basemap.json and print its sizes
//   node scripts/build-basemap.mjs --check    rebuild in memory; exit 1 if data/basemap.json differs
//   node scripts/build-basemap.mjs --out FILE write somewhere else
//   node scripts/build-basemap.mjs --preview /tmp/basemap.html [--layer detail|world]
//                                             write a page with an SVG of the built data and city
//                                             points, to screenshot with headless Chromium (no build)
//
// Two layers, each a Feature with a MultiPolygon of land:
//   - "detail": Natural Earth 1:50m land clipped to WINDOW (lon −32…70, lat 0…72: the
//     Mediterranean, all of Europe, the Middle East, North and West Africa, the Azores and Cape
//     Verde), simplified lightly, coordinates at 2 decimals (~1 km);
//   - "world": Natural Earth 1:110m land for the whole globe, simplified heavily, 1 decimal (~11 km),
//     for maps that reach outside WINDOW.
//
// Simplification: topojson-simplify's Visvalingam–Whyatt (presimplify + simplify) with spherical
// triangle areas as weights. It is already the tool of the TopoJSON toolchain, and it runs on the
// topology, before conversion to GeoJSON, so an arc shared by two rings is simplified once, the same
// way for both; the weight is an area on the sphere, so one threshold in km² means the same thing at
// 10°N and at 70°N (a planar weight in degrees² would over-simplify the south and under-simplify the
// north); and an area criterion keeps a coastline's overall shape (peninsulas, gulfs) better than
// Douglas–Peucker's distance criterion at the same number of points, without its spikes. Islands and
// lakes smaller than a threshold are dropped (topojson-simplify's filter + filterWeight), and every
// island kept keeps at least a few vertices (see keepMinimumVertices), so Malta stays an island.
//
// Clipping: d3-geo's rectangle clip (geoClipRectangle, reached through a projection's clipExtent),
// which cuts rings and rejoins them along the rectangle's edges so every ring stays closed. It runs
// behind a plate carrée projection of scale 180/π, i.e. in the (longitude, −latitude) plane, the
// y-down plane the clip is written for; the projection first cuts rings at the antimeridian. The new
// edges along the window's parallels are densified (a point every DENSIFY_DEG degrees) because
// d3-geo draws polygon edges as great-circle arcs, and a long arc between two points on one parallel
// bulges poleward.
//
// Winding follows d3-geo (and Natural Earth, shapefiles, world-atlas): exterior rings are clockwise
// in (longitude, latitude), holes anticlockwise. That is the opposite of RFC 7946's advice; d3-geo
// needs it, and reads an anticlockwise exterior ring as "the whole globe except this island".
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, mesh } from 'topojson-client';
import isoCountries from 'i18n-iso-countries';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { geoArea, geoEqualEarth, geoEquirectangular, geoGraticule10, geoMercator, geoPath, geoStream } from 'd3-geo';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = join(ROOT, 'data', 'basemap.json');

/** [west, south, east, north] in degrees: the detailed layer covers exactly this. */
export const WINDOW = [-32, 0, 70, 72];
const DENSIFY_DEG = 1;
/** Earth's mean radius, to turn km² into steradians (the unit of topojson-simplify's spherical weights). */
const EARTH_RADIUS_KM = 6371.0088;
const km2 = (a) => a / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);

/** The two layers: source file, thresholds, precision. */
const LAYERS = [
  {
    id: 'detail',
    file: 'land-50m.json',
    scale: '1:50m',
    window: WINDOW,
    minTriangleKm2: 40, // a vertex goes when the triangle it makes with its neighbours is smaller
    minRingKm2: 40, // islands and lakes smaller than this go (Gozo, 56 km² here, stays)
    minRingVertices: 6, // an island keeps at least this many vertices (or all it has)
    decimals: 2,
  },
  {
    id: 'world',
    file: 'land-110m.json',
    scale: '1:110m',
    window: [-180, -90, 180, 90],
    minTriangleKm2: 3000,
    minRingKm2: 5000,
    minRingVertices: 4,
    decimals: 1,
  },
];

const ATTRIBUTION = 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com';
/** 40 KB for the land; 46 KB since the borders and label points were added (see scripts/size.mjs). */
const GZIP_BUDGET = 46 * 1024;
/** Borders: coarser than the coast (they are drawn thin, under the markers, at low zoom). */
const BORDER_MIN_TRIANGLE_KM2 = 500;
const BORDER_DECIMALS = 1;

/** The installed version of a package (d3-geo's "exports" hides its package.json: then walk up from its entry). */
function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
  } catch {}
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (meta.name === pkg) return meta.version;
    } catch {}
  }
  throw new Error(`cannot find the version of ${pkg}`);
}

// ---------------------------------------------------------------------------------------------
// planar helpers in (longitude, latitude)

/** Twice the signed area of a closed ring; negative = clockwise with y up (d3's exterior). */
function signedArea2(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/** Even–odd point-in-ring test (ring closed). */
function inRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const close = (ring) => {
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0], a[1]]);
  return ring;
};

/** Groups loose rings into polygons: clockwise rings are exteriors, anticlockwise ones holes. */
function assemble(rings, [west, south, east, north]) {
  const orphans = []; // anticlockwise rings outside every exterior: left by a self-crossing ring
  const exteriors = [];
  const holes = [];
  for (const r of rings) {
    const a = signedArea2(r);
    if (a < 0) exteriors.push(r);
    else if (a > 0) holes.push(r);
    // a ring of zero area (land-50m.json has one, by Novaya Zemlya) is no land: drop it
  }
  const polygons = exteriors.map((r) => [r]);
  const onEdge = ([x, y]) => x === west || x === east || y === south || y === north;
  for (const h of holes) {
    // geoClipRectangle may return a bay cut by the window's edge (the White Sea at 66°N) as a hole
    // that touches its exterior along that edge: test a vertex that is not on the edge.
    const probe = h.find((p) => !onEdge(p)) ?? h[0];
    // the smallest exterior that contains it owns the hole
    let best = null;
    for (const p of polygons) {
      if (inRing(probe, p[0]) && (!best || Math.abs(signedArea2(p[0])) < Math.abs(signedArea2(best[0])))) best = p;
    }
    if (best) best.push(h);
    else orphans.push(probe);
  }
  return { polygons, orphans };
}

// ---------------------------------------------------------------------------------------------
// clip to a window with d3-geo's geoClipRectangle

function clipToWindow(multiPolygon, window) {
  const [west, south, east, north] = window;
  // A plate carrée with scale 180/π maps (lon, lat) to (lon, −lat), i.e. screen-like coordinates
  // with y down, which is what geoClipRectangle is written for. Going through a projection rather
  // than clipping the raw numbers also cuts rings at the antimeridian first (d3's spherical
  // preclip): Eurasia's ring jumps from +180° to −180° at Chukotka, and a plain planar clip would
  // read that jump as an edge across the whole window. precision(0) turns off resampling, so the
  // vertices are the source's own.
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .precision(0)
    .clipExtent([
      [west, -north],
      [east, -south],
    ]);
  const snap = (v, edges) => {
    for (const e of edges) if (Math.abs(v - e) < 1e-9) return e;
    return v;
  };
  const rings = [];
  let ring = null;
  const sink = {
    polygonStart() {},
    polygonEnd() {},
    lineStart() {
      ring = [];
    },
    point(x, y) {
      ring.push([snap(x, [west, east]), snap(-y, [south, north])]);
    },
    lineEnd() {
      if (ring.length >= 3) rings.push(close(ring));
      ring = null;
    },
    sphere() {
      throw new Error('the land covers the whole sphere?');
    },
  };
  geoStream(multiPolygon, projection.stream(sink));
  const { polygons, orphans } = assemble(
    rings.map((r) => densifyParallels(r, south, north)),
    window,
  );
  return { geometry: { type: 'MultiPolygon', coordinates: polygons }, orphans };
}

/** Adds points along the window's south and north edges, so great-circle drawing follows them. */
function densifyParallels(ring, south, north) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    if (y0 === y1 && (y0 === south || y0 === north) && Math.abs(x1 - x0) > DENSIFY_DEG) {
      const n = Math.ceil(Math.abs(x1 - x0) / DENSIFY_DEG);
      for (let k = 1; k < n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0]);
    }
    out.push(ring[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// quantize, and keep only rings that stay valid

/**
 * Rounds to `decimals`, drops repeated points, and drops rings that collapse (fewer than 4
 * positions, zero area) or whose winding flips when rounded (d3-geo would read a flipped exterior
 * as covering the rest of the globe).
 */
function quantize(multiPolygon, decimals) {
  const k = 10 ** decimals;
  const round = (v) => Math.round(v * k) / k;
  const dropped = { rings: 0 };
  const fix = (ring) => {
    const out = [];
    for (const [x, y] of ring) {
      const p = [round(x), round(y)];
      const q = out[out.length - 1];
      if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
    }
    close(out);
    const before = Math.sign(signedArea2(ring));
    const after = Math.sign(signedArea2(out));
    if (out.length < 4 || after === 0 || after !== before) {
      dropped.rings++;
      return null;
    }
    return out;
  };
  const coordinates = [];
  for (const polygon of multiPolygon.coordinates) {
    const exterior = fix(polygon[0]);
    if (!exterior) continue; // its holes go with it
    coordinates.push([exterior, ...polygon.slice(1).map(fix).filter(Boolean)]);
  }
  return { geometry: { type: 'MultiPolygon', coordinates }, dropped: dropped.rings };
}

/** Number of pairs of non-adjacent edges that cross, within each ring and between rings of a polygon (planar test). */
export function countSelfIntersections(multiPolygon) {
  const cross = (a, b, c, d) => {
    const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
    return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
  };
  let count = 0;
  for (const polygon of multiPolygon.coordinates) {
    const segs = [];
    polygon.forEach((ring, r) => {
      for (let i = 0; i < ring.length - 1; i++) {
        // an edge that crosses the antimeridian (Chukotka, Antarctica in the 1:110m data) is short
        // on the sphere but spans the plane: it is no crossing for d3-geo, so leave it out
        if (Math.abs(ring[i + 1][0] - ring[i][0]) <= 180) segs.push([ring[i], ring[i + 1], r, i, ring.length - 1]);
      }
    });
    // sweep on x to keep this fast
    segs.sort((s, t) => Math.min(s[0][0], s[1][0]) - Math.min(t[0][0], t[1][0]));
    for (let i = 0; i < segs.length; i++) {
      const [a, b, ra, ia, na] = segs[i];
      const maxX = Math.max(a[0], b[0]);
      for (let j = i + 1; j < segs.length && Math.min(segs[j][0][0], segs[j][1][0]) <= maxX; j++) {
        const [c, d, rc, ic] = segs[j];
        if (ra === rc && (Math.abs(ia - ic) === 1 || Math.abs(ia - ic) === na - 1)) continue; // neighbours
        if (cross(a, b, c, d)) count++;
      }
    }
  }
  return count;
}

/**
 * Visvalingam alone would shrink a small island (Malta: 8 vertices, 219 km² in the 1:50m data) to a
 * sliver or a point. For every ring that would keep fewer than `min` vertices, raise the weights of
 * its `min` most important vertices (the last ones Visvalingam would remove) so that they stay: the
 * island keeps its best `min`-gon. Works on a presimplified topology, in place.
 */
function keepMinimumVertices(topology, minWeight, min) {
  const rings = [];
  const walk = (g) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else if (g.type === 'Polygon') rings.push(...g.arcs);
    else if (g.type === 'MultiPolygon') for (const p of g.arcs) rings.push(...p);
  };
  Object.values(topology.objects).forEach(walk);
  for (const ring of rings) {
    const arcs = ring.map((i) => topology.arcs[i < 0 ? ~i : i]);
    // each arc's last point is the next arc's first: count distinct positions
    const interior = arcs.flatMap((arc) => arc.slice(1, -1));
    const kept = arcs.length + interior.filter((p) => p[2] >= minWeight).length;
    if (kept >= min) continue;
    interior
      .sort((a, b) => b[2] - a[2])
      .slice(0, min - arcs.length)
      .forEach((p) => (p[2] = Infinity));
  }
}

const countPoints = (g) => g.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
const countRings = (g) => g.coordinates.reduce((n, p) => n + p.length, 0);

// ---------------------------------------------------------------------------------------------

function buildLayer(spec) {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${spec.file}`), 'utf8'));

  // Drop degenerate rings that d3-geo would read as covering the globe (land-10m.json has three, of
  // 4 positions and area 4π; the 50m and 110m files have none), and small islands and lakes by their
  // true area; then simplify the rest.
  const insideOut = filterWeight(topology, 2 * Math.PI, sphericalRingArea);
  const bigEnough = filterWeight(topology, km2(spec.minRingKm2), sphericalRingArea);
  const source = feature(filter(topology, (r, i) => !insideOut(r, i)), 'land').features[0].geometry;
  let topo = filter(topology, (ring, interior) => bigEnough(ring, interior) && !insideOut(ring, interior));
  topo = presimplify(topo, sphericalTriangleArea);
  keepMinimumVertices(topo, km2(spec.minTriangleKm2), spec.minRingVertices);
  topo = simplify(topo, km2(spec.minTriangleKm2));
  const simplified = feature(topo, topo.objects.land).features[0].geometry;

  const [west, south, east, north] = spec.window;
  const whole = west <= -180 && east >= 180 && south <= -90 && north >= 90;
  const clipped = whole ? { geometry: simplified, orphans: [] } : clipToWindow(simplified, spec.window);
  const reference = whole ? source : clipToWindow(source, spec.window).geometry;
  for (const p of clipped.orphans) {
    console.warn(`${spec.id}: dropped a stray anticlockwise ring at ${p} (simplification made a ring cross itself)`);
  }
  const { geometry, dropped } = quantize(clipped.geometry, spec.decimals);

  for (const polygon of geometry.coordinates) {
    const a = geoArea({ type: 'Polygon', coordinates: polygon });
    if (!(a < 2 * Math.PI)) throw new Error(`${spec.id}: a polygon at ${polygon[0][0]} is inside out`);
  }
  const area = geoArea(geometry);
  const referenceArea = geoArea(reference);
  const stats = {
    sourcePoints: countPoints(reference),
    points: countPoints(geometry),
    polygons: geometry.coordinates.length,
    rings: countRings(geometry),
    droppedWhenQuantized: dropped,
    strayRings: clipped.orphans.length,
    selfIntersections: countSelfIntersections(geometry),
    areaKm2: Math.round(area * EARTH_RADIUS_KM ** 2),
    areaVsSource: +(area / referenceArea).toFixed(4),
  };
  if (stats.selfIntersections > 0) throw new Error(`${spec.id}: ${stats.selfIntersections} crossing edges`);
  if (Math.abs(stats.areaVsSource - 1) > 0.01) throw new Error(`${spec.id}: area ${stats.areaVsSource} of the source's`);
  const properties = {
    layer: spec.id,
    source: `Natural Earth ${spec.scale} land (world-atlas/${spec.file})`,
    scale: spec.scale,
    window: spec.window,
    clipped: !whole,
    simplification: {
      method: 'Visvalingam–Whyatt, spherical triangle areas (topojson-simplify presimplify + simplify)',
      minTriangleAreaKm2: spec.minTriangleKm2,
      minRingAreaKm2: spec.minRingKm2,
      minRingVertices: spec.minRingVertices,
    },
    decimals: spec.decimals,
    points: stats.points,
  };
  return {
    feature: { type: 'Feature', id: spec.id, properties, bbox: spec.window, geometry },
    stats,
  };
}

// ---------------------------------------------------------------------------------------------
// context: country borders, country label points, sea label points (drawn with the detail layer)

/**
 * Borders between countries whose line is disputed: drawn dashed, not as a settled border. Natural
 * Earth's countries are its "de facto" view (the line as held on the ground); for these pairs the
 * line on the ground is not an agreed border, and a solid line would take a side. By world-atlas's
 * country names (Natural Earth's NAME field).
 */
const DISPUTED = new Set(['W. Sahara', 'N. Cyprus', 'Kosovo', 'Somaliland', 'Palestine']);

/**
 * Sea names, our own table (Natural Earth's marine labels are not in world-atlas): the point where
 * the name is centred, its rank (1 first: drawn before the others when they collide), and its name
 * in the three languages. The points are placed in open water by hand, not taken from a source.
 */
const SEAS = [
  { at: [17.5, 34.2], rank: 1, fr: 'Mer Méditerranée', en: 'Mediterranean Sea', ar: 'البحر الأبيض المتوسط' },
  { at: [-22, 33], rank: 1, fr: 'Océan Atlantique', en: 'Atlantic Ocean', ar: 'المحيط الأطلسي' },
  { at: [34.5, 43.2], rank: 2, fr: 'Mer Noire', en: 'Black Sea', ar: 'البحر الأسود' },
  { at: [38.6, 20.3], rank: 2, fr: 'Mer Rouge', en: 'Red Sea', ar: 'البحر الأحمر' },
  { at: [50.8, 42.3], rank: 2, fr: 'Mer Caspienne', en: 'Caspian Sea', ar: 'بحر قزوين' },
  { at: [3.5, 56], rank: 2, fr: 'Mer du Nord', en: 'North Sea', ar: 'بحر الشمال' },
  { at: [19.5, 56.8], rank: 3, fr: 'Mer Baltique', en: 'Baltic Sea', ar: 'بحر البلطيق' },
  { at: [15.2, 43.1], rank: 3, fr: 'Mer Adriatique', en: 'Adriatic Sea', ar: 'البحر الأدرياتيكي' },
  { at: [25, 38.6], rank: 3, fr: 'Mer Égée', en: 'Aegean Sea', ar: 'بحر إيجه' },
  { at: [11.8, 40], rank: 3, fr: 'Mer Tyrrhénienne', en: 'Tyrrhenian Sea', ar: 'البحر التيراني' },
  { at: [19, 37.6], rank: 3, fr: 'Mer Ionienne', en: 'Ionian Sea', ar: 'البحر الأيوني' },
];

/** Lines (a MultiLineString) clipped to a window, through the same plate carrée clip as the land. */
function clipLines(multiLine, [west, south, east, north]) {
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .precision(0)
    .clipExtent([
      [west, -north],
      [east, -south],
    ]);
  const lines = [];
  let line = null;
  const sink = {
    polygonStart() {},
    polygonEnd() {},
    lineStart() {
      line = [];
    },
    point(x, y) {
      line.push([x, -y]);
    },
    lineEnd() {
      if (line.length >= 2) lines.push(line);
      line = null;
    },
    sphere() {},
  };
  geoStream(multiLine, projection.stream(sink));
  return lines;
}

/** Rounds lines to `decimals`, dropping repeated points and lines that collapse to a point. */
function quantizeLines(lines, decimals) {
  const k = 10 ** decimals;
  const out = [];
  for (const l of lines) {
    const q = [];
    for (const [x, y] of l) {
      const p = [Math.round(x * k) / k, Math.round(y * k) / k];
      const last = q[q.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) q.push(p);
    }
    if (q.length >= 2) out.push(q);
  }
  return out;
}

/**
 * The point of a polygon farthest from its edges (its "pole of inaccessibility"), where a name
 * sits best: a grid search refined three times around the best point, in a plane where a degree of
 * longitude is shrunk by the cosine of the latitude. Not the centroid: Croatia's or Norway's
 * centroid lies outside them.
 */
function labelPoint(polygon) {
  const [outer] = polygon;
  const lat0 = outer.reduce((s, p) => s + p[1], 0) / outer.length;
  const c = Math.cos((lat0 * Math.PI) / 180);
  const inside = (p) => inRing(p, outer) && !polygon.slice(1).some((h) => inRing(p, h));
  const distance = ([x, y]) => {
    let best = Infinity;
    for (const ring of polygon)
      for (let i = 0; i < ring.length - 1; i++) {
        const [ax, ay] = ring[i];
        const [bx, by] = ring[i + 1];
        const dx = (bx - ax) * c;
        const dy = by - ay;
        const px = (x - ax) * c;
        const py = y - ay;
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
      }
    return best;
  };
  let x0 = Math.min(...outer.map((p) => p[0]));
  let x1 = Math.max(...outer.map((p) => p[0]));
  let y0 = Math.min(...outer.map((p) => p[1]));
  let y1 = Math.max(...outer.map((p) => p[1]));
  let best = { p: outer[0], d: -1 };
  for (let round = 0; round < 4; round++) {
    const n = 24;
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n; j++) {
        const p = [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n];
        if (!inside(p)) continue;
        const d = distance(p);
        if (d > best.d) best = { p, d };
      }
    const wx = (x1 - x0) / 6;
    const wy = (y1 - y0) / 6;
    [x0, x1, y0, y1] = [best.p[0] - wx, best.p[0] + wx, best.p[1] - wy, best.p[1] + wy];
  }
  return best.p;
}

/** Borders (settled and disputed) and label points for countries and seas, within WINDOW. */
function buildContext() {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const countries = topology.objects.countries;
  const nameOf = (g) => g.properties?.name ?? '';
  let topo = presimplify(topology, sphericalTriangleArea);
  topo = simplify(topo, km2(BORDER_MIN_TRIANGLE_KM2));
  const settled = mesh(topo, topo.objects.countries, (a, b) => a !== b && !DISPUTED.has(nameOf(a)) && !DISPUTED.has(nameOf(b)));
  const disputed = mesh(topo, topo.objects.countries, (a, b) => a !== b && (DISPUTED.has(nameOf(a)) || DISPUTED.has(nameOf(b))));
  const lines = (m) => quantizeLines(clipLines(m, WINDOW), BORDER_DECIMALS);

  // One label per country with an ISO code, at the label point of its largest polygon, if that
  // point lies in the window; its area (km², whole country) lets the map label only the countries
  // large enough on screen.
  const [west, south, east, north] = WINDOW;
  const labels = [];
  for (const g of countries.geometries) {
    const code = g.id === undefined ? undefined : isoCountries.numericToAlpha2(g.id);
    if (!code) continue; // Kosovo, N. Cyprus, Somaliland: no ISO 3166 code, no name to show
    const f = feature(topology, g);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const areaOf = (coordinates) => geoArea({ type: 'Polygon', coordinates });
    const largest = polygons.reduce((a, b) => (areaOf(b) > areaOf(a) ? b : a));
    const [lon, lat] = labelPoint(largest);
    if (lon < west || lon > east || lat < south || lat > north) continue;
    const areaKm2 = Math.round((geoArea(f) * EARTH_RADIUS_KM ** 2) / 100) * 100;
    labels.push({ code, at: [Math.round(lon * 10) / 10, Math.round(lat * 10) / 10], areaKm2: Number(areaKm2.toPrecision(2)) });
  }
  labels.sort((a, b) => b.areaKm2 - a.areaKm2 || (a.code < b.code ? -1 : 1));
  const common = { source: 'Natural Earth 1:50m admin-0 countries (world-atlas/countries-50m.json)', window: WINDOW };
  return [
    {
      type: 'Feature',
      id: 'borders',
      bbox: WINDOW,
      properties: { ...common, layer: 'borders', decimals: BORDER_DECIMALS, minTriangleAreaKm2: BORDER_MIN_TRIANGLE_KM2, note: 'Land borders between countries as held on the ground (Natural Earth "de facto"), except those in "disputed".' },
      geometry: { type: 'MultiLineString', coordinates: lines(settled) },
    },
    {
      type: 'Feature',
      id: 'disputed',
      bbox: WINDOW,
      properties: { ...common, layer: 'disputed', decimals: BORDER_DECIMALS, note: `Lines that are not agreed borders (${[...DISPUTED].join(', ')}): draw them dashed.` },
      geometry: { type: 'MultiLineString', coordinates: lines(disputed) },
    },
    {
      type: 'Feature',
      id: 'countries',
      bbox: WINDOW,
      properties: {
        ...common,
        layer: 'countries',
        note: 'Where to write each country\'s name, largest first: its ISO 3166-1 alpha-2 code (the map names it in the reader\'s language) and its area in km².',
        codes: labels.map((l) => l.code),
        areasKm2: labels.map((l) => l.areaKm2),
      },
      geometry: { type: 'MultiPoint', coordinates: labels.map((l) => l.at) },
    },
    {
      type: 'Feature',
      id: 'seas',
      bbox: WINDOW,
      properties: {
        layer: 'seas',
        source: 'cityweave (scripts/build-basemap.mjs, SEAS): names and points of our own',
        ranks: SEAS.map((s) => s.rank),
        names: { fr: SEAS.map((s) => s.fr), en: SEAS.map((s) => s.en), ar: SEAS.map((s) => s.ar) },
      },
      geometry: { type: 'MultiPoint', coordinates: SEAS.map((s) => s.at) },
    },
  ];
}

export function buildBasemap() {
  const layers = LAYERS.map(buildLayer);
  const context = buildContext();
  const doc = {
    type: 'FeatureCollection',
    properties: {
      name: 'cityweave basemap',
      description:
        'Land, country borders and label points, for <cw-city-map>. Draw "detail" when the view lies within its window, "world" otherwise; borders, country and sea names go with "detail" only.',
      source: 'Natural Earth land and admin-0 country polygons, version 4.1.0 (1:50m and 1:110m), via the npm package world-atlas; sea names: our own table',
      attribution: ATTRIBUTION,
      licence:
        'Natural Earth data: public domain (naturalearthdata.com/about/terms-of-use). world-atlas packaging: ISC licence, Copyright 2013-2019 Michael Bostock.',
      packages: Object.fromEntries(
        ['world-atlas', 'topojson-client', 'topojson-simplify', 'd3-geo', 'i18n-iso-countries'].map((p) => [p, versionOf(p)]),
      ),
      coordinates: 'WGS 84 longitude, latitude in degrees',
      winding: 'd3-geo convention: exterior rings clockwise, holes anticlockwise (the opposite of RFC 7946)',
      generator: 'node scripts/build-basemap.mjs',
      layers: [...layers.map((l) => l.feature.id), ...context.map((f) => f.id)],
    },
    features: [...layers.map((l) => l.feature), ...context],
  };
  return { doc, stats: Object.fromEntries(layers.map((l) => [l.feature.id, l.stats])) };
}

export const serialize = (doc) => JSON.stringify(doc) + '\n';
export const gzip9 = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Cities the preview marks, [longitude, latitude]: the window's corners of interest and a few more. */
const PREVIEW_CITIES = {
  Tanger: [-5.834, 35.7595],
  Lisbon: [-9.1393, 38.7223],
  Nouakchott: [-15.98, 18.08],
  Vienna: [16.3738, 48.2082],
  Valletta: [14.5146, 35.8989],
  Beirut: [35.5018, 33.8938],
  Ramallah: [35.2044, 31.9038],
  Amman: [35.9284, 31.9454],
};
const WORLD_PREVIEW_CITIES = { ...PREVIEW_CITIES, Montreal: [-73.5674, 45.5019], Dakar: [-17.4467, 14.6928], 'Cape Town': [18.4241, -33.9249], Tokyo: [139.6917, 35.6895] };

/**
 * A page with one SVG, 900×600, of one layer and some cities, for a look with headless Chromium:
 * "detail" in Mercator fitted to PREVIEW_CITIES, "world" in Equal Earth fitted to the globe.
 */
export function previewHtml(doc, layer = 'detail', width = 900, height = 600) {
  const land = doc.features.find((f) => f.id === layer);
  if (!land) throw new Error(`no layer ${layer}`);
  const cities = layer === 'world' ? WORLD_PREVIEW_CITIES : PREVIEW_CITIES;
  const extent = [
    [30, 30],
    [width - 30, height - 30],
  ];
  const projection =
    layer === 'world'
      ? geoEqualEarth().fitExtent(extent, { type: 'Sphere' })
      : geoMercator().fitExtent(extent, { type: 'MultiPoint', coordinates: Object.values(cities) });
  const path = geoPath(projection);
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const text = (x, y, s, size = 12) =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="sans-serif" font-size="${size}">${escape(s)}</text>`;
  const marks = Object.entries(cities)
    .map(([name, c]) => {
      const [x, y] = projection(c);
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" fill="#b03a2e"/>${text(x + 5, y - 5, name)}`;
    })
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#d6e8f2"/>` +
    `<path d="${path(geoGraticule10())}" fill="none" stroke="#a9c4d4" stroke-width="0.5"/>` +
    `<path d="${path(land)}" fill="#efe9dc" stroke="#666" stroke-width="0.6"/>` +
    ['borders', 'disputed']
      .map((id) => doc.features.find((f) => f.id === id))
      .filter((f) => f && layer === 'detail')
      .map((f) => `<path d="${path(f)}" fill="none" stroke="#888" stroke-width="0.8"${f.id === 'disputed' ? ' stroke-dasharray="3 2"' : ''}/>`)
      .join('') +
    marks +
    text(10, height - 10, `${layer}: ${land.properties.source}. ${doc.properties.attribution}`, 11) +
    `</svg>`;
  return `<!doctype html><meta charset="utf-8"><title>cityweave basemap: ${layer}</title><body style="margin:0;overflow:hidden">${svg}</body>\n`;
}

function main(argv) {
  const arg = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const check = argv.includes('--check');
  const out = arg('--out') ?? DEFAULT_OUT;
  const preview = arg('--preview');
  if (preview) {
    const layer = arg('--layer') ?? 'detail';
    writeFileSync(preview, previewHtml(JSON.parse(readFileSync(out, 'utf8')), layer));
    console.log(`wrote ${preview} (${layer}); look at it with:`);
    console.log(
      `  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=${preview.replace(/\.html?$/, '')}.png --window-size=900,600 file://${resolve(preview)}`,
    );
    return;
  }
  const { doc, stats } = buildBasemap();
  const text = serialize(doc);
  for (const [id, s] of Object.entries(stats)) {
    const layerText = JSON.stringify(doc.features.find((f) => f.id === id));
    console.log(
      `${id.padEnd(6)} ${s.points} points (from ${s.sourcePoints}), ${s.polygons} polygons, ${s.rings} rings, ` +
        `${s.selfIntersections} self-intersections, area ${s.areaKm2} km² (${(s.areaVsSource * 100).toFixed(2)}% of source), ` +
        `${s.droppedWhenQuantized} rings dropped when quantized; ${Buffer.byteLength(layerText)} B raw, ${gzip9(layerText)} B gzip -9`,
    );
  }
  const raw = Buffer.byteLength(text);
  const gz = gzip9(text);
  const name = relative(process.cwd(), out) || out;
  if (check) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${name} is out of date: run node scripts/build-basemap.mjs`);
      process.exit(1);
    }
    console.log(`${name} is up to date: ${raw} B raw, ${gz} B gzip -9`);
  } else {
    writeFileSync(out, text);
    console.log(`wrote ${name}: ${raw} B raw, ${gz} B gzip -9 (budget ${GZIP_BUDGET} B)`);
  }
  if (gz > GZIP_BUDGET) {
    console.error(`over budget: ${gz} B gzip -9 > ${GZIP_BUDGET} B`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
