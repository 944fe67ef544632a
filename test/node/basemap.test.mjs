// data/basemap.json, the land <cw-city-map> draws: structure, validity, size, and that d3-geo
// renders it and puts cities on land and the sea in the sea.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains, geoMercator, geoPath } from 'd3-geo';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = `${root}data/basemap.json`;
const text = readFileSync(file, 'utf8');
const doc = JSON.parse(text);
const layer = (id) => doc.features.find((f) => f.id === id);
/** The two land layers (the borders and label points after them are tested at the end). */
const land = doc.features.filter((f) => f.id === 'detail' || f.id === 'world');
const rings = (f) => f.geometry.coordinates.flat();

const ATTRIBUTION = 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com';
const MIN_WINDOW = [-20, 10, 60, 60]; // the brief: at least lon −20…60, lat 10…60

// [longitude, latitude]
const TANGER = [-5.834, 35.7595];
const BEIRUT = [35.5018, 33.8938];
const NOUAKCHOTT = [-15.98, 18.08];
const LAND = {
  Tanger: TANGER,
  Nouakchott: NOUAKCHOTT,
  Vienna: [16.3738, 48.2082],
  Amman: [35.9284, 31.9454],
  Ramallah: [35.2044, 31.9038],
  Madrid: [-3.7038, 40.4168],
  Cairo: [31.2357, 30.0444],
  Ankara: [32.8597, 39.9334],
  Tehran: [51.389, 35.6892],
  Bamako: [-8.0029, 12.6392],
  Moscow: [37.6173, 55.7558],
  Valletta: [14.5146, 35.8989], // Malta must survive simplification
  'Sétif (36.0N 5.0E: land, not sea)': [5.0, 36.0],
};
const SEA = {
  'western Mediterranean, 38.0N 5.0E': [5.0, 38.0],
  'Ionian Sea': [18.0, 34.0],
  'Atlantic off Portugal': [-20.0, 40.0],
  'Bay of Biscay': [-4.0, 45.0],
  'Black Sea': [34.0, 43.0],
  'Caspian Sea (a hole in Eurasia)': [51.0, 42.0],
  'Red Sea': [38.0, 20.0],
  'Persian Gulf': [51.0, 27.5],
  'Gulf of Guinea': [0.0, 3.0],
  'North Sea': [3.0, 56.0],
};

test('basemap: a FeatureCollection of two land layers with source, licence and attribution', () => {
  assert.equal(doc.type, 'FeatureCollection');
  const p = doc.properties;
  assert.equal(p.attribution, ATTRIBUTION);
  assert.match(p.licence, /public domain/i);
  assert.match(p.licence, /ISC/);
  assert.match(p.source, /Natural Earth/);
  assert.match(p.winding, /clockwise/);
  for (const pkg of ['world-atlas', 'topojson-client', 'topojson-simplify', 'd3-geo']) {
    assert.match(p.packages[pkg], /^\d+\.\d+\.\d+$/, `version of ${pkg}`);
  }
  assert.deepEqual(
    doc.features.map((f) => f.id),
    ['detail', 'world', 'borders', 'disputed', 'countries', 'seas'],
  );
  assert.deepEqual(p.layers, ['detail', 'world', 'borders', 'disputed', 'countries', 'seas']);
  for (const f of land) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'MultiPolygon');
    assert.equal(f.properties.layer, f.id);
    assert.match(f.properties.source, /Natural Earth 1:(50|110)m land/);
    assert.equal(f.properties.window.length, 4);
    assert.deepEqual(f.bbox, f.properties.window);
    assert.equal(typeof f.properties.simplification.minTriangleAreaKm2, 'number');
    assert.ok(Number.isInteger(f.properties.decimals));
    assert.equal(
      f.properties.points,
      rings(f).reduce((n, r) => n + r.length, 0),
      `${f.id}: properties.points counts the positions`,
    );
  }
  assert.equal(layer('detail').properties.scale, '1:50m');
  assert.equal(layer('world').properties.scale, '1:110m');
  assert.deepEqual(layer('world').properties.window, [-180, -90, 180, 90]);
});

test('basemap: the detailed window covers at least lon −20…60, lat 10…60', () => {
  const [w, s, e, n] = layer('detail').properties.window;
  assert.ok(w <= MIN_WINDOW[0] && s <= MIN_WINDOW[1] && e >= MIN_WINDOW[2] && n >= MIN_WINDOW[3], `window ${[w, s, e, n]}`);
});

test('basemap: every ring is closed, has 4 or more positions and rounded finite coordinates', () => {
  for (const f of land) {
    const k = 10 ** f.properties.decimals;
    for (const ring of rings(f)) {
      assert.ok(ring.length >= 4, `${f.id}: a ring of ${ring.length} positions`);
      assert.deepEqual(ring[0], ring[ring.length - 1], `${f.id}: ring at ${ring[0]} is not closed`);
      for (const pt of ring) {
        assert.equal(pt.length, 2);
        for (const v of pt) {
          assert.ok(Number.isFinite(v), `${f.id}: ${pt}`);
          assert.ok(Math.abs(v * k - Math.round(v * k)) < 1e-6, `${f.id}: ${v} has more than ${f.properties.decimals} decimals`);
        }
      }
      for (let i = 1; i < ring.length; i++) {
        assert.ok(ring[i][0] !== ring[i - 1][0] || ring[i][1] !== ring[i - 1][1], `${f.id}: repeated point ${ring[i]}`);
      }
    }
  }
});

test('basemap: detailed coordinates lie within the declared window, world ones on the globe', () => {
  const [w, s, e, n] = layer('detail').properties.window;
  for (const [x, y] of rings(layer('detail')).flat()) {
    assert.ok(x >= w && x <= e && y >= s && y <= n, `detail: ${[x, y]} outside ${[w, s, e, n]}`);
  }
  for (const [x, y] of rings(layer('world')).flat()) {
    assert.ok(x >= -180 && x <= 180 && y >= -90 && y <= 90, `world: ${[x, y]}`);
  }
});

test('basemap: d3-geo winding (no polygon inside out), plausible land areas', () => {
  const R = 6371.0088;
  for (const f of land) {
    for (const polygon of f.geometry.coordinates) {
      const a = geoArea({ type: 'Polygon', coordinates: polygon });
      assert.ok(a > 0 && a < 2 * Math.PI, `${f.id}: polygon at ${polygon[0][0]} has area ${a} sr`);
    }
  }
  // Natural Earth land is ~147 million km² (with Antarctica); the window holds a bit over 40 million
  const world = geoArea(layer('world')) * R * R;
  assert.ok(world > 140e6 && world < 152e6, `world land ${world} km²`);
  const [w, s, e, n] = layer('detail').properties.window;
  const windowArea = R * R * ((e - w) * Math.PI / 180) * (Math.sin((n * Math.PI) / 180) - Math.sin((s * Math.PI) / 180));
  const detail = geoArea(layer('detail')) * R * R;
  assert.ok(detail > 0.3 * windowArea && detail < 0.9 * windowArea, `detail land ${detail} of ${windowArea} km²`);
});

test('basemap: no ring crosses itself or another ring of its polygon', () => {
  const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const crosses = (a, b, c, d) => o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
  for (const f of land) {
    for (const polygon of f.geometry.coordinates) {
      const segs = [];
      polygon.forEach((ring, r) => {
        for (let i = 0; i < ring.length - 1; i++) {
          // an edge across the antimeridian is short on the sphere: no planar test for it
          if (Math.abs(ring[i + 1][0] - ring[i][0]) <= 180) segs.push({ a: ring[i], b: ring[i + 1], r, i, n: ring.length - 1 });
        }
      });
      segs.sort((s, t) => Math.min(s.a[0], s.b[0]) - Math.min(t.a[0], t.b[0]));
      for (let i = 0; i < segs.length; i++) {
        const s = segs[i];
        const right = Math.max(s.a[0], s.b[0]);
        for (let j = i + 1; j < segs.length && Math.min(segs[j].a[0], segs[j].b[0]) <= right; j++) {
          const t = segs[j];
          if (s.r === t.r && (Math.abs(s.i - t.i) === 1 || Math.abs(s.i - t.i) === s.n - 1)) continue;
          assert.ok(!crosses(s.a, s.b, t.a, t.b), `${f.id}: edges ${s.a}–${s.b} and ${t.a}–${t.b} cross`);
        }
      }
    }
  }
});

test('basemap: edges along the window’s parallels are densified (d3 draws great circles)', () => {
  const [, s, , n] = layer('detail').properties.window;
  for (const ring of rings(layer('detail'))) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1];
      const [x1, y1] = ring[i];
      if (y0 === y1 && (y0 === s || y0 === n)) assert.ok(Math.abs(x1 - x0) <= 1 + 1e-9, `edge ${ring[i - 1]}–${ring[i]}`);
    }
  }
});

test('basemap: at most 46 KB with gzip -9', () => {
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(Buffer.from(text), { level: 9 }).length;
  assert.ok(gz <= 46 * 1024, `${gz} B gzip -9`);
  assert.ok(raw < 200 * 1024, `${raw} B raw`);
});

test('basemap: geoPath renders both layers in a Mercator fitted to Tanger, Beirut and Nouakchott', () => {
  const cities = { type: 'MultiPoint', coordinates: [TANGER, BEIRUT, NOUAKCHOTT] };
  const projection = geoMercator().fitExtent(
    [
      [20, 20],
      [880, 580],
    ],
    cities,
  );
  const path = geoPath(projection);
  for (const f of land) {
    const d = path(f);
    assert.equal(typeof d, 'string');
    assert.ok(d.length > 1000, `${f.id}: path of ${d?.length} characters`);
    assert.match(d, /^M/);
    assert.doesNotMatch(d, /NaN|Infinity/);
    // the land covers much of the frame, and not all of it: it has a coast in view
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    assert.ok(x0 <= 20 && y0 <= 20 && x1 >= 880 && y1 >= 580, `${f.id}: bounds ${[x0, y0, x1, y1]}`);
  }
  for (const c of cities.coordinates) {
    const [x, y] = projection(c);
    assert.ok(x >= 19.9 && x <= 880.1 && y >= 19.9 && y <= 580.1, `${c} projects to ${[x, y]}`);
  }
});

test('basemap: cities fall on land, the sea stays sea (detail layer)', () => {
  const detail = layer('detail');
  assert.ok(geoContains(detail, TANGER), 'Tanger is on land');
  for (const [name, c] of Object.entries(LAND)) assert.ok(geoContains(detail, c), `${name} ${c} should be land`);
  for (const [name, c] of Object.entries(SEA)) assert.ok(!geoContains(detail, c), `${name} ${c} should be sea`);
});

test('basemap: the world layer has land on every inhabited continent and sea between', () => {
  const world = layer('world');
  const land = {
    Vienna: LAND.Vienna,
    Cairo: LAND.Cairo,
    Tehran: LAND.Tehran,
    Chicago: [-87.6298, 41.8781],
    Brasília: [-47.8825, -15.7942],
    Beijing: [116.4074, 39.9042],
    Nairobi: [36.8219, -1.2921],
    'Alice Springs': [133.8807, -23.698],
  };
  const sea = {
    ...SEA,
    'mid-Atlantic': [-40.0, 30.0],
    'mid-Pacific': [-150.0, 0.0],
    'Indian Ocean': [80.0, -20.0],
  };
  for (const [name, c] of Object.entries(land)) assert.ok(geoContains(world, c), `${name} ${c} should be land`);
  for (const [name, c] of Object.entries(sea)) assert.ok(!geoContains(world, c), `${name} ${c} should be sea`);
});

test('basemap: data/basemap.json is what scripts/build-basemap.mjs makes from the installed packages', (t) => {
  const r = spawnSync(process.execPath, [`${root}scripts/build-basemap.mjs`, '--check'], { cwd: root, encoding: 'utf8' });
  if (/Cannot find (module|package) '(world-atlas|topojson-client|topojson-simplify)/.test(r.stderr)) {
    t.skip('the basemap build tools are not installed');
    return;
  }
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /is up to date/);
});

test('basemap: borders and disputed lines within the detail window, country codes and sea names in fr, en, ar', () => {
  const [west, south, east, north] = layer('detail').properties.window;
  for (const id of ['borders', 'disputed']) {
    const g = layer(id).geometry;
    assert.equal(g.type, 'MultiLineString');
    assert.ok(g.coordinates.length > 0, id);
    for (const line of g.coordinates) for (const [x, y] of line) assert.ok(x >= west && x <= east && y >= south && y <= north, `${id} ${x},${y}`);
  }
  const countries = layer('countries');
  assert.equal(countries.properties.codes.length, countries.geometry.coordinates.length);
  for (const code of ['MA', 'TN', 'LB', 'FR', 'EG', 'JO']) assert.ok(countries.properties.codes.includes(code), code);
  for (const code of countries.properties.codes) assert.match(code, /^[A-Z]{2}$/);
  const seas = layer('seas');
  for (const lang of ['fr', 'en', 'ar']) assert.equal(seas.properties.names[lang].length, seas.geometry.coordinates.length);
  assert.ok(seas.properties.names.ar.every((n) => /[\u0600-\u06ff]/.test(n)), 'Arabic names in Arabic script');
});
