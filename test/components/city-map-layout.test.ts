import { expect } from '@open-wc/testing';
import { arrowDirection, mapKeyAction } from '../../components/city-map/keyboard.js';
import { markerPath, SHAPE_EXTENT } from '../../components/city-map/shapes.js';
import { mercatorY, unitsPath, unitsTransform } from '../../components/city-map/mercator-units.js';
import {
  centreOn,
  clampZoom,
  IDENTITY,
  MAX_ZOOM,
  neighbourInDirection,
  panBy,
  preferredAspect,
  readingOrder,
  spreadPoints,
  zoomAround,
  zoomToPoints,
  zoomView,
  boxesOverlap,
  clusterPoints,
  fitView,
  labelAt,
  LABEL_POSITIONS_EAST_FIRST,
  layoutMarkers,
  longitudeSpan,
  markerBox,
  placeLabels,
  selectInLayout,
  type Box,
  type MarkerLayout,
  type MarkerLayoutOptions,
  type ScreenPoint,
  type SelectionLayout,
  type GeoPoint,
  type LabelRequest,
} from '../../components/city-map/layout.js';

const mediterranean: GeoPoint[] = [
  { id: 'tanger', lon: -5.834, lat: 35.7595 },
  { id: 'nantes', lon: -1.5536, lat: 47.2184 },
  { id: 'beirut', lon: 35.5018, lat: 33.8938 },
  { id: 'sfax', lon: 10.7603, lat: 34.7406 },
  { id: 'vienna', lon: 16.3738, lat: 48.2082 },
  { id: 'nouakchott', lon: -15.9785, lat: 18.0735 },
];

function insideViewBox(view: ReturnType<typeof fitView>, padding: number) {
  for (const p of view.points) {
    expect(p.x, `${p.id} x`).to.be.within(padding - 0.5, view.width - padding + 0.5);
    expect(p.y, `${p.id} y`).to.be.within(padding - 0.5, view.height - padding + 0.5);
  }
}

describe('city-map layout: fitView', () => {
  it('puts every city inside the padded view, and fills it in one direction', () => {
    const view = fitView(mediterranean, 600, 450, { padding: 30 });
    expect(view.points).to.have.length(mediterranean.length);
    insideViewBox(view, 30);
    const xs = view.points.map((p) => p.x);
    const ys = view.points.map((p) => p.y);
    const fillsX = Math.max(...xs) - Math.min(...xs) > 600 - 60 - 2;
    const fillsY = Math.max(...ys) - Math.min(...ys) > 450 - 60 - 2;
    expect(fillsX || fillsY, 'the fit uses the space').to.equal(true);
  });

  it('uses Mercator and the detail layer for the Mediterranean', () => {
    const view = fitView(mediterranean, 600, 450);
    expect(view.kind).to.equal('mercator');
    expect(view.layer).to.equal('detail');
    // north is up, west is left: a map is never mirrored
    const pt = Object.fromEntries(view.points.map((p) => [p.id, p]));
    expect(pt.nantes!.y).to.be.below(pt.nouakchott!.y);
    expect(pt.tanger!.x).to.be.below(pt.beirut!.x);
  });

  it('switches to the world layer when the view leaves the detail window', () => {
    const view = fitView([...mediterranean, { id: 'montreal', lon: -73.5674, lat: 45.5019 }], 600, 450);
    expect(view.layer).to.equal('world');
    insideViewBox(view, 28);
  });

  it('uses Equal Earth for cities around the globe, and still fits them all', () => {
    const pts: GeoPoint[] = [
      { id: 'tokyo', lon: 139.69, lat: 35.69 },
      { id: 'montreal', lon: -73.57, lat: 45.5 },
      { id: 'sao-paulo', lon: -46.63, lat: -23.55 },
      { id: 'cape-town', lon: 18.42, lat: -33.92 },
      { id: 'rabat', lon: -6.84, lat: 34.02 },
    ];
    const view = fitView(pts, 800, 400, { padding: 20 });
    expect(view.kind).to.equal('equal-earth');
    expect(view.layer).to.equal('world');
    expect(view.points).to.have.length(5);
    insideViewBox(view, 20);
  });

  it('centres a Pacific network on the Pacific rather than cutting it at the antimeridian', () => {
    const pts: GeoPoint[] = [
      { id: 'auckland', lon: 174.76, lat: -36.85 },
      { id: 'suva', lon: 178.44, lat: -18.14 },
      { id: 'apia', lon: -171.76, lat: -13.83 },
    ];
    const { center, span } = longitudeSpan(pts.map((p) => p.lon));
    expect(span).to.be.closeTo(13.48, 0.01);
    expect(Math.abs(center)).to.be.above(170);
    const view = fitView(pts, 400, 300);
    expect(view.kind).to.equal('mercator');
    insideViewBox(view, 28);
    const pt = Object.fromEntries(view.points.map((p) => [p.id, p]));
    expect(pt.auckland!.x).to.be.below(pt.apia!.x); // Apia is east of Auckland across the antimeridian
  });

  it('gives a single city a regional zoom, centred', () => {
    const view = fitView([{ id: 'tunis', lon: 10.18, lat: 36.8 }], 400, 300);
    expect(view.points).to.have.length(1);
    const p = view.points[0]!;
    expect(p.x).to.be.closeTo(200, 1);
    expect(p.y).to.be.closeTo(150, 3);
    // about 3° of latitude over the padded height: one degree is tens of pixels, not thousands
    const north = view.projection([10.18, 37.8])!;
    expect(p.y - north[1]).to.be.within(30, 150);
    expect(view.layer).to.equal('detail');
  });

  it('draws the basemap clipped to the view', () => {
    const view = fitView(mediterranean, 300, 200);
    const d = view.path({ type: 'Polygon', coordinates: [[[-10, 30], [-10, 40], [0, 40], [0, 30], [-10, 30]]] });
    expect(d).to.match(/^M/);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      expect(numbers[i]).to.be.within(-0.01, 300.01);
      expect(numbers[i + 1]).to.be.within(-0.01, 200.01);
    }
  });

  it('survives no points at all', () => {
    const view = fitView([], 300, 200);
    expect(view.points).to.deep.equal([]);
    expect(view.kind).to.equal('mercator');
  });
});

describe('city-map layout: clusterPoints', () => {
  it('groups crowded points into one cluster with all their ids', () => {
    const pts = [
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 104, y: 101 },
      { id: 'c', x: 98, y: 107 },
      { id: 'd', x: 300, y: 100 },
    ];
    const clusters = clusterPoints(pts, 20);
    expect(clusters).to.have.length(2);
    const big = clusters.find((c) => c.ids.length === 3)!;
    expect(big.ids).to.have.members(['a', 'b', 'c']);
    expect(big.key).to.equal('a');
    expect(big.x).to.be.closeTo(100.67, 0.01);
    expect(clusters.find((c) => c.key === 'd')!.ids).to.deep.equal(['d']);
  });

  it('leaves no two clusters closer than the radius, even along a chain', () => {
    const pts = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, x: 10 + i * 6, y: 50 + (i % 3) }));
    const radius = 20;
    const clusters = clusterPoints(pts, radius);
    expect(clusters.length).to.be.below(40);
    expect(clusters.flatMap((c) => c.ids)).to.have.members(pts.map((p) => p.id));
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const d = Math.hypot(clusters[i]!.x - clusters[j]!.x, clusters[i]!.y - clusters[j]!.y);
        expect(d, `${clusters[i]!.key} ↔ ${clusters[j]!.key}`).to.be.at.least(radius);
      }
  });

  it('keeps spread points apart and clusters 2 000 points quickly', () => {
    expect(clusterPoints([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 50, y: 0 }], 20)).to.have.length(2);
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, x: rand() * 800, y: rand() * 600 }));
    const t0 = performance.now();
    const clusters = clusterPoints(many, 24);
    const ms = performance.now() - t0;
    expect(clusters.reduce((n, c) => n + c.ids.length, 0)).to.equal(2000);
    expect(clusters.length).to.be.below(2000);
    // not a timing assertion on speed, only a guard against a quadratic blow-up (seconds)
    expect(ms).to.be.below(1500);
  });
});

describe('city-map layout: placeLabels', () => {
  const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };

  it('anchors labels on the side they sit', () => {
    const req: LabelRequest = { id: 'a', x: 100, y: 100, r: 5, width: 40, height: 12 };
    const e = labelAt(req, 'e');
    expect(e.anchor).to.equal('start');
    expect(e.box.x0).to.equal(108);
    expect(e.box.y0).to.equal(94);
    const w = labelAt(req, 'w');
    expect(w.anchor).to.equal('end');
    expect(w.box.x1).to.equal(92);
    const n = labelAt(req, 'n');
    expect(n.anchor).to.equal('middle');
    expect(n.box.y1).to.equal(92);
    for (const p of LABEL_POSITIONS_EAST_FIRST) expect(boxesOverlap(labelAt(req, p).box, markerBox(100, 100, 5))).to.equal(false);
  });

  it('never lets two labels overlap, nor a label cover another marker, and drops what does not fit', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const reqs: LabelRequest[] = Array.from({ length: 120 }, (_, i) => ({ id: `c${i}`, x: 20 + rand() * 360, y: 20 + rand() * 260, r: 4, width: 30 + rand() * 50, height: 13 }));
    const obstacles = reqs.map((r) => ({ id: r.id, ...markerBox(r.x, r.y, r.r) }));
    const placed = placeLabels(reqs, bounds, { obstacles });
    expect(placed.length).to.be.above(5);
    expect(placed.length).to.be.below(120);
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!.box;
      expect(a.x0).to.be.at.least(0);
      expect(a.x1).to.be.at.most(400);
      expect(a.y0).to.be.at.least(0);
      expect(a.y1).to.be.at.most(300);
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(a, placed[j]!.box), `${placed[i]!.id} / ${placed[j]!.id}`).to.equal(false);
      for (const o of obstacles) if (o.id !== placed[i]!.id) expect(boxesOverlap(a, o), `${placed[i]!.id} covers ${o.id}`).to.equal(false);
    }
  });

  it('tries other positions before giving up, in the order asked', () => {
    const reqs: LabelRequest[] = [
      { id: 'a', x: 100, y: 100, r: 4, width: 40, height: 12 },
      { id: 'b', x: 150, y: 100, r: 4, width: 40, height: 12 },
    ];
    const placed = placeLabels(reqs, bounds);
    expect(placed.map((p) => p.position)).to.deep.equal(['e', 'e']);
    const westFirst = placeLabels(reqs, bounds, { positions: ['w', 'e'] });
    expect(westFirst.map((p) => p.position)).to.deep.equal(['w', 'w']);
    // at the right edge, east does not fit: west is used
    const edge = placeLabels([{ id: 'z', x: 390, y: 100, r: 4, width: 40, height: 12 }], bounds);
    expect(edge[0]!.position).to.equal('w');
  });

  it('places labels first-come: a label that collides with an earlier one moves', () => {
    const reqs: LabelRequest[] = [
      { id: 'a', x: 100, y: 100, r: 4, width: 60, height: 12 },
      { id: 'b', x: 120, y: 100, r: 4, width: 60, height: 12 },
    ];
    const placed = placeLabels(reqs, bounds, { obstacles: reqs.map((r) => ({ id: r.id, ...markerBox(r.x, r.y, r.r) })) });
    const byId = Object.fromEntries(placed.map((p) => [p.id, p]));
    expect(byId.a).to.exist;
    expect(byId.a!.position).to.not.equal('e'); // east of a would cover b's marker
    if (byId.b) expect(boxesOverlap(byId.a!.box, byId.b.box)).to.equal(false);
  });
});

describe('city-map layout: layoutMarkers and selectInLayout', () => {
  const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
  const options = (radius: number): MarkerLayoutOptions => ({
    radius,
    markerR: 5,
    badgeR: (n) => Math.min(radius / 2, 9 + n),
    bounds,
    labelSize: (id) => ({ width: 30 + (id.length % 5) * 8, height: 13 }),
  });
  function points(n: number): ScreenPoint[] {
    let seed = 11;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    return Array.from({ length: n }, (_, i) => ({ id: `c${i}`, x: 20 + rand() * 360, y: 20 + rand() * 260 }));
  }

  /** What is drawn with a selection: markers (id, centre, radius with margin) and label boxes. */
  function drawn(layout: MarkerLayout, sel: SelectionLayout | undefined, r: number) {
    const markers: Array<{ id: string; box: Box }> = [];
    layout.clusters.forEach((c, i) => {
      const groups = sel?.cluster?.index === i ? sel.cluster.rest : [c];
      for (const g of groups) markers.push({ id: g.ids.length === 1 ? g.ids[0]! : `cluster:${g.key}`, box: markerBox(g.x, g.y, (g.ids.length === 1 ? 5 : g.r) + 1) });
    });
    for (const s of layout.singles) if (s.id !== sel?.id) markers.push({ id: s.id, box: markerBox(s.x, s.y, 6) });
    if (sel) markers.push({ id: sel.id, box: markerBox(sel.x, sel.y, r) });
    const labels = layout.labels.filter((l) => !sel?.hidden.has(l.id));
    labels.push(...(sel?.restLabels ?? []));
    if (sel?.label) labels.push(sel.label);
    return { markers, labels };
  }

  function expectNoOverlap(layout: MarkerLayout, sel: SelectionLayout | undefined, r: number): void {
    const { markers, labels } = drawn(layout, sel, r);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.id} / ${labels[j]!.id}`).to.equal(false);
      for (const m of markers) if (m.id !== labels[i]!.id) expect(boxesOverlap(labels[i]!.box, m.box), `${labels[i]!.id} covers ${m.id}`).to.equal(false);
    }
  }

  it('without clusters: the selected city keeps every other marker, takes its label first and hides only the labels it covers', () => {
    const layout = layoutMarkers(points(150), options(0));
    expect(layout.singles).to.have.length(150);
    expect(layout.clusters).to.have.length(0);
    expectNoOverlap(layout, undefined, 11);
    for (const id of ['c0', 'c7', 'c77', 'c149']) {
      const sel = selectInLayout(layout, id, 11)!;
      expect(sel.id).to.equal(id);
      expect(sel.cluster).to.equal(undefined);
      expect(sel.hidden.has(id)).to.equal(true);
      expect(sel.hidden.size, 'only the labels around it').to.be.below(10);
      expectNoOverlap(layout, sel, 11);
    }
    expect(selectInLayout(layout, 'nowhere', 11)).to.equal(undefined);
  });

  it('with clusters: the selected city leaves its cluster, which alone is clustered again', () => {
    const layout = layoutMarkers(points(150), options(30));
    expect(layout.clusters.length).to.be.above(3);
    const before = JSON.stringify([layout.singles, layout.clusters, layout.labels]);
    expectNoOverlap(layout, undefined, 11);
    for (const [index, cluster] of layout.clusters.entries()) {
      for (const id of [cluster.ids[0]!, cluster.ids.at(-1)!]) {
        const sel = selectInLayout(layout, id, 11)!;
        expect(sel.cluster!.index).to.equal(index);
        const rest = sel.cluster!.rest.flatMap((g) => g.ids);
        expect(rest).to.have.members(cluster.ids.filter((c) => c !== id));
        for (const g of sel.cluster!.rest) {
          expect(g.x).to.be.closeTo(g.ids.reduce((s, c) => s + layout.points.get(c)!.x, 0) / g.ids.length, 1e-9);
          expect(g.r).to.equal(g.ids.length === 1 ? 5 : Math.min(15, 9 + g.ids.length));
        }
        expectNoOverlap(layout, sel, 11);
      }
    }
    // A single city: no cluster changes.
    const alone = layout.singles[0]!;
    expect(selectInLayout(layout, alone.id, 11)!.cluster).to.equal(undefined);
    // The layout itself is left as it was.
    expect(JSON.stringify([layout.singles, layout.clusters, layout.labels])).to.equal(before);
  });

  it('labels clusters with their names, in the order of their first city, and what is left of one after a selection', () => {
    const named: MarkerLayoutOptions = { ...options(30), clusterLabelSize: (ids) => ({ width: 20 + 10 * ids.length, height: 13 }) };
    const layout = layoutMarkers(points(40), named);
    const clusterIds = new Set(layout.clusters.map((c) => `cluster:${c.key}`));
    const clusterLabels = layout.labels.filter((l) => clusterIds.has(l.id));
    expect(layout.clusters.length).to.be.above(2);
    expect(clusterLabels.length, 'most clusters find room for their names').to.be.above(layout.clusters.length / 2);
    expectNoOverlap(layout, undefined, 11);
    // Most important first: the labels come in the order of the cities they name.
    const order = layout.labels.map((l) => layout.points.get(l.id.replace(/^cluster:/, ''))!.order);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    // Without `clusterLabelSize`, the same points give the clusters no label.
    expect(layoutMarkers(points(40), options(30)).labels.some((l) => l.id.startsWith('cluster:'))).to.equal(false);

    const pair = layoutMarkers(
      [
        { id: 'a', x: 100, y: 100 },
        { id: 'b', x: 115, y: 100 },
      ],
      named,
    );
    expect(pair.labels.map((l) => l.id)).to.deep.equal(['cluster:a']);
    const sel = selectInLayout(pair, 'a', 11)!;
    expect(sel.hidden.has('cluster:a'), "the cluster's label goes with it").to.equal(true);
    expect(sel.restLabels.map((l) => l.id), 'the city left alone is named').to.deep.equal(['b']);
    expectNoOverlap(pair, sel, 11);
  });

  it('gives the selected city no label where none fits, and still hides nothing it does not cover', () => {
    const tight: MarkerLayoutOptions = { ...options(0), bounds: { x0: 0, y0: 0, x1: 40, y1: 40 }, labelSize: () => ({ width: 60, height: 13 }) };
    const layout = layoutMarkers([{ id: 'a', x: 20, y: 20 }], tight);
    expect(layout.labels).to.have.length(0);
    const sel = selectInLayout(layout, 'a', 11)!;
    expect(sel.label).to.equal(undefined);
    expect([...sel.hidden]).to.deep.equal(['a']);
  });
});

describe('city-map layout: zoom and pan', () => {
  const W = 400;
  const H = 300;
  it('zooms around a point, which stays where it is, within 1 and MAX_ZOOM', () => {
    const t = zoomAround(IDENTITY, 2, 100, 50, W, H);
    expect(t.k).to.equal(2);
    // The point under the cursor keeps its place: k·p + t = p.
    expect(t.k * 100 + t.x).to.be.closeTo(100, 1e-9);
    expect(t.k * 50 + t.y).to.be.closeTo(50, 1e-9);
    expect(zoomAround(IDENTITY, 0.25, 10, 10, W, H)).to.deep.equal({ k: 1, x: 0, y: 0 });
    expect(zoomAround({ k: 200, x: 0, y: 0 }, 4, 0, 0, W, H).k).to.equal(MAX_ZOOM);
  });

  it('never pans the map out of the frame', () => {
    const t = panBy({ k: 2, x: -100, y: -100 }, 10_000, -10_000, W, H);
    expect(t).to.deep.equal({ k: 2, x: 0, y: -H });
    expect(clampZoom({ k: 1, x: 50, y: 50 }, W, H)).to.deep.equal(IDENTITY);
  });

  it('zooms to a group of points, with room around, and centres one point', () => {
    const pts = [
      { x: 100, y: 100 },
      { x: 120, y: 110 },
    ];
    const t = zoomToPoints(pts, W, H, 40);
    for (const p of pts) {
      expect(t.k * p.x + t.x).to.be.within(40 - 1e-6, W - 40 + 1e-6);
      expect(t.k * p.y + t.y).to.be.within(40 - 1e-6, H - 40 + 1e-6);
    }
    expect(t.k).to.be.closeTo((W - 80) / 20, 1e-9);
    // Points at one place: as close as allowed.
    expect(zoomToPoints([{ x: 5, y: 5 }, { x: 5, y: 5 }], W, H, 40, 64).k).to.equal(64);
    const c = centreOn({ k: 4, x: 0, y: 0 }, 200, 150, W, H);
    expect(c.k * 200 + c.x).to.equal(W / 2);
  });

  it('fitView with a zoom scales the fit and leaves out the cities off screen', () => {
    const base = fitView(mediterranean, W, H);
    const tanger = base.points.find((p) => p.id === 'tanger')!;
    const t = zoomToPoints([tanger], W, H, 40, 8);
    const zoomed = fitView(mediterranean, W, H, { zoom: t });
    const z = zoomed.points.find((p) => p.id === 'tanger')!;
    expect(z.x).to.be.closeTo(t.k * tanger.x + t.x, 0.01);
    expect(z.y).to.be.closeTo(t.k * tanger.y + t.y, 0.01);
    expect(zoomed.points.length).to.be.lessThan(base.points.length);
    for (const p of zoomed.points) {
      expect(p.x).to.be.within(0, W);
      expect(p.y).to.be.within(0, H);
    }
  });

  it('zoomView scales and moves the fit: every place, projected or listed, lands at k·p + (x, y) of the fit; back to zoom 1 is the fit itself', () => {
    const base = fitView(mediterranean, W, H);
    const t = zoomAround(IDENTITY, 3, W / 4, H / 3, W, H);
    const zoomed = zoomView(base, t);
    expect(zoomed.zoom).to.deep.equal(t);
    for (const lonLat of [[-5.8, 35.78], [35.5, 33.89], [2.35, 48.85], [10.2, 36.8]] as Array<[number, number]>) {
      const [x, y] = base.projection(lonLat)!;
      const [zx, zy] = zoomed.projection(lonLat)!;
      expect(zx).to.be.closeTo(t.k * x + t.x, 1e-6);
      expect(zy).to.be.closeTo(t.k * y + t.y, 1e-6);
      const back = zoomed.invert([zx, zy])!;
      expect(back[0]).to.be.closeTo(lonLat[0], 1e-6);
      expect(back[1]).to.be.closeTo(lonLat[1], 1e-6);
    }
    const inSight = base.points.filter((p) => t.k * p.x + t.x >= 0 && t.k * p.x + t.x <= W && t.k * p.y + t.y >= 0 && t.k * p.y + t.y <= H);
    expect(zoomed.points.map((p) => p.id)).to.deep.equal(inSight.map((p) => p.id));
    expect(zoomed.points.length).to.be.lessThan(base.points.length);
    // The same as fitting with the zoom; from a zoomed view, relative to the fit still.
    expect(fitView(mediterranean, W, H, { zoom: t }).points).to.deep.equal(zoomed.points);
    expect(zoomView(zoomed, t).points).to.deep.equal(zoomed.points);
    expect(zoomView(zoomed, IDENTITY)).to.equal(base);
    expect(() => zoomView({ ...base }, t)).to.throw(/fitView/);
  });

  it('places the regional layer, written once in Mercator units, exactly where the projection puts it, at the fit and zoomed', () => {
    const tunisia: GeoPoint[] = [
      { id: 'sfax', lon: 10.7603, lat: 34.7406 },
      { id: 'sousse', lon: 10.6084, lat: 35.8256 },
    ];
    // Vertices across the layer's whole window, on screen and far off it.
    const vertices: Array<[number, number]> = [[10.2, 36.8], [-31.5, 0.5], [69.5, 71.5], [35.5, 33.9], [-5.8, 35.8]];
    const views = [
      fitView(tunisia, W, H),
      fitView(mediterranean, W, H),
      fitView(tunisia, W, H, { zoom: { k: 4, x: -W, y: -H } }),
      fitView(mediterranean, W, H, { zoom: zoomAround(IDENTITY, 37, W / 3, H / 2, W, H) }),
    ];
    for (const view of views) {
      expect(view.layer).to.equal('detail');
      const u = view.units!;
      expect(unitsTransform(view)).to.equal(`matrix(${u.k} 0 0 ${u.k} ${u.x} ${u.y})`);
      for (const [lon, lat] of vertices) {
        // A point is projected whole (the frame clips only paths), so far vertices compare too.
        const [x, y] = view.projection([lon, lat])!;
        expect(u.k * lon + u.x, `x of ${lon}, ${lat}`).to.be.closeTo(x, 1e-6 * Math.max(1, Math.abs(x)));
        expect(u.k * mercatorY(lat) + u.y, `y of ${lon}, ${lat}`).to.be.closeTo(y, 1e-6 * Math.max(1, Math.abs(y)));
      }
    }
    // On the globe there is no such map: the world layer is projected for each view.
    const world = fitView([{ id: 'montreal', lon: -73.57, lat: 45.5 }, { id: 'tokyo', lon: 139.7, lat: 35.7 }], W, H);
    expect(world.layer).to.equal('world');
    expect(world.units).to.equal(undefined);
    expect(unitsTransform(world)).to.equal(undefined);
  });

  it('writes polygons and lines in Mercator units: rings closed once, lines open, the same string for the same geometry', () => {
    const square = { type: 'MultiPolygon', coordinates: [[[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]], [[[20, 30], [21, 30], [21, 31]]]] };
    const d = unitsPath(square);
    expect(d).to.equal(`M0,0 10,0 10,${Math.round(mercatorY(10) * 1e4) / 1e4} 0,${Math.round(mercatorY(10) * 1e4) / 1e4}ZM20,${Math.round(mercatorY(30) * 1e4) / 1e4} 21,${Math.round(mercatorY(30) * 1e4) / 1e4} 21,${Math.round(mercatorY(31) * 1e4) / 1e4}Z`);
    expect(unitsPath(square)).to.equal(d);
    expect(unitsPath({ type: 'MultiLineString', coordinates: [[[5, 0], [6, 0]], [[7, 0], [7, 0]]] })).to.equal('M5,0 6,0M7,0 7,0');
    // Southward is down, as on screen; the equator is 0; 85° north is the square's top (180° of arc).
    expect(mercatorY(45)).to.be.below(mercatorY(0));
    expect(mercatorY(0)).to.be.closeTo(0, 1e-12);
    expect(mercatorY(85.0511287798)).to.be.closeTo(-180, 1e-6);
  });

  it('spreads points that share a place on a circle, and leaves apart points alone', () => {
    const same = [
      { id: 'a', x: 10, y: 10 },
      { id: 'b', x: 10, y: 10 },
      { id: 'c', x: 10, y: 10 },
    ];
    const spread = spreadPoints(same, 20);
    for (let i = 0; i < spread.length; i++) for (let j = i + 1; j < spread.length; j++) expect(Math.hypot(spread[i]!.x - spread[j]!.x, spread[i]!.y - spread[j]!.y)).to.be.at.least(19.99);
    const apart = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
    ];
    expect(spreadPoints(apart, 20)).to.deep.equal(apart);
  });

  it('a frame ratio from the extent: tall for a coast running north–south, wide along a parallel', () => {
    const tunisia = [
      { id: 'bizerte', lon: 9.87, lat: 37.27 },
      { id: 'sfax', lon: 10.76, lat: 34.74 },
      { id: 'gabes', lon: 10.1, lat: 33.88 },
    ];
    const maghreb = [
      { id: 'rabat', lon: -6.84, lat: 34.02 },
      { id: 'tunis', lon: 10.18, lat: 36.8 },
      { id: 'alger', lon: 3.06, lat: 36.75 },
    ];
    expect(preferredAspect(tunisia)).to.be.greaterThan(1);
    expect(preferredAspect(maghreb)).to.be.lessThan(0.6);
    expect(preferredAspect([])).to.equal(0.75);
  });
});

describe('city-map keyboard', () => {
  const pts = [
    { id: 'o', x: 100, y: 100 },
    { id: 'e', x: 150, y: 100 },
    { id: 'far-e', x: 300, y: 100 },
    { id: 'ne', x: 120, y: 20 },
    { id: 's', x: 100, y: 160 },
    { id: 'w', x: 40, y: 110 },
  ];
  const o = pts[0]!;
  it('goes to the nearest city in the direction of the arrow', () => {
    expect(neighbourInDirection(o, pts, 'right')!.id).to.equal('e');
    expect(neighbourInDirection(o, pts, 'left')!.id).to.equal('w');
    expect(neighbourInDirection(o, pts, 'up')!.id).to.equal('ne');
    expect(neighbourInDirection(o, pts, 'down')!.id).to.equal('s');
    expect(neighbourInDirection(pts[2]!, pts, 'right')).to.equal(undefined);
  });

  it('mirrors Left and Right in RTL, not Up and Down', () => {
    expect(arrowDirection('ArrowLeft', false)).to.equal('left');
    expect(arrowDirection('ArrowLeft', true)).to.equal('right');
    expect(arrowDirection('ArrowRight', true)).to.equal('left');
    expect(arrowDirection('ArrowUp', true)).to.equal('up');
    expect(mapKeyAction({ key: '+' }, false, 2)).to.deep.equal({ kind: 'zoom', factor: 2 });
    expect(mapKeyAction({ key: '-' }, false, 2)).to.deep.equal({ kind: 'zoom', factor: 0.5 });
    expect(mapKeyAction({ key: 'Enter' }, true, 2)).to.deep.equal({ kind: 'activate' });
    expect(mapKeyAction({ key: 'ArrowLeft', ctrlKey: true }, false, 2)).to.equal(undefined);
  });

  it('orders markers in rows for Home and End, right to left in RTL', () => {
    expect(readingOrder(pts, false).map((p) => p.id)).to.deep.equal(['ne', 'w', 'o', 'e', 'far-e', 's']);
    expect(readingOrder(pts, true).map((p) => p.id)).to.deep.equal(['ne', 'far-e', 'e', 'o', 'w', 's']);
  });

  it('draws every marker style within its extent around the centre', () => {
    for (const style of ['lead', 'coordinator', 'seat', 'host', 'pilot', 'member'] as const) {
      const d = markerPath(style, 50, 50, 10);
      const nums = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      if (style === 'member') continue;
      for (const [x, y] of nums) expect(Math.hypot(x! - 50, y! - 50), style).to.be.at.most(10 * SHAPE_EXTENT + 0.01);
    }
  });
});
