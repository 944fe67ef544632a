/**
 * The geometry of one `<cw-city-map>`, memoized: the fit at zoom 1 (where each city is when every
 * city is shown), the fit at the reader's zoom, the land's path, the markers' layout and what the
 * selection changes in it. Everything is decided by the pure functions of layout.ts; this class
 * only keeps their results while their inputs stay the same, so that an update that changes
 * neither the cities, the size, the zoom nor the selection lays nothing out again.
 */
import type { CityMapCity, CityMapView } from '../../src/views/city-map.js';
import type { Basemap } from './basemap.js';
import {
  centreOn,
  clusterRadius,
  fitView,
  IDENTITY,
  LABEL_POSITIONS_EAST_FIRST,
  LABEL_POSITIONS_WEST_FIRST,
  layoutMarkers,
  selectInLayout,
  spreadPoints,
  zoomView,
  type MapView,
  type ScreenPoint,
  type SelectionLayout,
  type ZoomTransform,
} from './layout.js';
import { MARKER_R, SELECTED_R, type Geometry } from './markers-layer.js';
import { NO_SPACING, TextMeasure, type TextSpacing } from './measure.js';
import { DEFAULT_CONTROLS, type ControlsRoom } from './rendered-metrics.js';
import { SHAPE_EXTENT } from './shapes.js';
import { locatorFor } from './locator.js';
import { unitsPath, unitsTransform } from './mercator-units.js';
import { borderPaths, CONTEXT_FONT_SIZE, placeContextLabels, type ContextLabel } from './context-layer.js';

export const LABEL_FONT_SIZE = 12;
const LABEL_HEIGHT = 15;
const MAP_PADDING = 30;
const MARKER_SLICE = 250;
/** Labels keep this far from the zoom buttons (beside them, below them). */
const CONTROLS_MARGIN_X = 6;
const CONTROLS_MARGIN_Y = 10;
/** A marker's focus ring, outside its box: 2 px away, 2 px wide (`--cw-focus-width`), and a pixel to spare. */
const FOCUS_RING = 5;

/**
 * How far a marker reaches from its centre, focus ring included: the selected city's ring (radius
 * `SELECTED_R + 4`, a 2 px stroke) and its hit circle (12), or a cluster's badge and ring (at most
 * half the cluster radius, and 4 more).
 */
const markerReach = (radius: number) => Math.ceil(Math.max(SELECTED_R + 5, 12, radius / 2 + 4)) + FOCUS_RING;

/**
 * The band the fit keeps clear of cities on the zoom buttons' side (the end side: left in RTL, the
 * map itself is never mirrored): the buttons' width and a marker's reach, so that no marker, cluster
 * badge or focus ring is drawn under the buttons at zoom 1 (see `FitOptions.clear`).
 */
export function controlsSide(rtl: boolean, controls: ControlsRoom, radius: number): { left?: number; right?: number } {
  const room = controls.width + markerReach(radius);
  return rtl ? { left: room } : { right: room };
}

/** A path to draw, and the transform that places it (none when it is in screen units). */
export interface Drawn {
  d: string;
  transform?: string;
}

export interface GeometryInput {
  view: CityMapView;
  byId: ReadonlyMap<string, CityMapCity>;
  size: { width: number; height: number };
  zoom: ZoomTransform;
  /** Cluster radius in pixels. */
  radius: number;
  rtl: boolean;
  /** The labels' CSS font. */
  font: string;
  /** The labels' letter and word spacing (see rendered-metrics.ts). Default none. */
  spacing?: TextSpacing;
  /** The room the zoom buttons take in the frame's top corner. Default `DEFAULT_CONTROLS`. */
  controls?: ControlsRoom;
  /** Cities that share a place, spread on a circle around it (a cluster that zooming cannot open). */
  spread?: ReadonlySet<string>;
  /** The language of the names' lists, and a cluster's label (the names of its cities). */
  lang: string;
  clusterLabel(ids: readonly string[]): string;
}

const sameCities = (a: CityMapView, b: CityMapView) => a.cities.length === b.cities.length && a.cities.every((c, i) => c.lat === b.cities[i]!.lat && c.lon === b.cities[i]!.lon);

export class MapGeometry {
  #base?: { key: string; view: CityMapView; fit: MapView };
  #fit?: { key: string; view: CityMapView; fit: MapView };
  #land?: { fit: MapView; basemap: Basemap; land: Drawn };
  #geometry?: { key: string; fit: MapView; view: CityMapView; geometry: Geometry; spread: ReadonlySet<string> | undefined };
  #selection?: { geometry: Geometry; id: string | undefined; selection: SelectionLayout | undefined };
  #text = new TextMeasure(LABEL_FONT_SIZE);
  #contextText = new TextMeasure(CONTEXT_FONT_SIZE);
  /** The band the fit keeps clear on the zoom buttons' side (see `controlsSide`), as `compute` was last given it. */
  #side: { left?: number; right?: number } = controlsSide(false, DEFAULT_CONTROLS, 28);
  #sideKey = `|${this.#side.left ?? 0},${this.#side.right ?? 0}`;
  #borders?: { fit: MapView; basemap: Basemap; paths: ReturnType<typeof borderPaths> };
  #context?: { geometry: Geometry; selection: SelectionLayout | undefined; basemap: Basemap; key: string; labels: ContextLabel[] };

  /** The fit last computed (at the current zoom). */
  get fit(): MapView | undefined {
    return this.#fit?.fit;
  }

  /** The layout last computed. */
  get current(): Geometry | undefined {
    return this.#geometry?.geometry;
  }

  /** The fit at zoom 1: where each city is when the whole map is shown. */
  baseFit(view: CityMapView, width: number, height: number): MapView {
    const key = `${width}x${height}${this.#sideKey}`;
    const b = this.#base;
    // A change of language gives a new view of the same cities: the same fit.
    if (b && b.key === key && (b.view === view || sameCities(b.view, view))) {
      b.view = view;
      return b.fit;
    }
    const fit = fitView(view.cities, width, height, { padding: MAP_PADDING, clear: this.#side });
    this.#base = { key, view, fit };
    return fit;
  }

  /**
   * A zoom made for a frame of size `from`, for a frame of size `to` (see `Reframe` in zoom.ts): the
   * fits at zoom 1 of the two sizes differ in scale and in their fixed padding, so the place at the
   * centre is carried over through its longitude and latitude, and the zoom factor kept.
   */
  reframe(view: CityMapView, t: ZoomTransform, from: { width: number; height: number }, to: { width: number; height: number }): ZoomTransform {
    const centre = this.baseFit(view, from.width, from.height).invert([(from.width / 2 - t.x) / t.k, (from.height / 2 - t.y) / t.k]);
    const at = centre && this.baseFit(view, to.width, to.height).projection(centre);
    return at ? centreOn(t, at[0], at[1], to.width, to.height) : IDENTITY;
  }

  #fitFor(view: CityMapView, width: number, height: number, z: ZoomTransform): MapView {
    const key = `${width}x${height}${this.#sideKey}${z === IDENTITY ? '' : `@${z.k},${z.x},${z.y}`}`;
    const prev = this.#fit;
    if (prev && prev.key === key && (prev.view === view || sameCities(prev.view, view))) {
      this.#fit = { key, view, fit: prev.fit };
      return prev.fit;
    }
    // Zoomed: the fit at zoom 1 scaled and moved, nothing fitted or projected again.
    const fit = zoomView(this.baseFit(view, width, height), z);
    this.#fit = { key, view, fit };
    return fit;
  }

  /**
   * The land's SVG path in a fit: on the regional layer the same path for every view, placed by its
   * transform (see mercator-units.ts); on the globe, projected for the view.
   */
  land(fit: MapView, basemap: Basemap): Drawn {
    if (this.#land && this.#land.fit === fit && this.#land.basemap === basemap) return this.#land.land;
    const transform = unitsTransform(fit);
    const land = transform ? { d: unitsPath(basemap.detail.geometry), transform } : { d: fit.path(basemap.world.geometry) };
    this.#land = { fit, basemap, land };
    return land;
  }

  /** The borders' paths in a fit (none outside the detail layer). */
  borders(fit: MapView, basemap: Basemap): ReturnType<typeof borderPaths> {
    if (this.#borders && this.#borders.fit === fit && this.#borders.basemap === basemap) return this.#borders.paths;
    const paths = borderPaths(fit, basemap.context);
    this.#borders = { fit, basemap, paths };
    return paths;
  }

  /** The names of countries and seas, where they hide no city (laid out after the cities). */
  contextLabels(geo: Geometry, selection: SelectionLayout | undefined, basemap: Basemap, lang: string, family: string, spacing: TextSpacing = NO_SPACING): ContextLabel[] {
    const key = `${lang}|${family}|${spacing.letter}|${spacing.word}`;
    const c = this.#context;
    if (c && c.geometry === geo && c.selection === selection && c.basemap === basemap && c.key === key) return c.labels;
    const places = geo.fit.layer === 'detail' ? (basemap.context?.places ?? []) : [];
    const { width, height } = geo.fit;
    const labels = placeContextLabels({
      fit: geo.fit,
      places,
      lang,
      width: (text, kind) => this.#contextText.width(text, `${kind === 'sea' ? 'italic 400' : '600'} ${CONTEXT_FONT_SIZE}px ${family}`, spacing),
      bounds: { x0: 4, y0: 4, x1: width - 4, y1: height - 4 },
      avoid: [geo.obstacles, geo.labelBoxes],
      // The selected city's label, and those of what is left of its cluster, placed anew by the selection.
      boxes: [...(geo.options.reserved ?? []), ...(selection?.label ? [selection.label.box] : []), ...(selection?.restLabels.map((l) => l.box) ?? [])],
    });
    this.#context = { geometry: geo, selection, basemap, key, labels };
    return labels;
  }

  /** The markers and labels, with no selection; none for a frame too small to draw in. */
  compute({ view, byId, size, zoom, radius, rtl, font, spacing = NO_SPACING, controls = DEFAULT_CONTROLS, spread, lang, clusterLabel }: GeometryInput): Geometry | undefined {
    if (size.width < 20 || size.height < 20) return undefined;
    this.#side = controlsSide(rtl, controls, radius);
    this.#sideKey = `|${this.#side.left ?? 0},${this.#side.right ?? 0}`;
    const fit = this.#fitFor(view, size.width, size.height, zoom);
    // Not the selection: see `selection`. The spacing changes the labels' widths, the buttons' room where labels may go.
    const key = JSON.stringify([radius, rtl, font, lang, spacing.letter, spacing.word, controls.width, controls.height]);
    if (this.#geometry && this.#geometry.fit === fit && this.#geometry.view === view && this.#geometry.key === key && this.#geometry.spread === spread) return this.#geometry.geometry;
    let points = fit.points.map((p) => ({ p, rank: byId.get(p.id)?.rank ?? Number.MAX_SAFE_INTEGER })).sort((a, b) => a.rank - b.rank).map(({ p }) => p);
    if (spread && spread.size > 1) {
      // Apart by more than the cluster radius, so that they are not clustered again.
      const moved = new Map(spreadPoints(points.filter((p) => spread.has(p.id)), Math.max(radius, 2 * MARKER_R + 4) * 1.15 + 2).map((p) => [p.id, p]));
      points = points.map((p) => moved.get(p.id) ?? p);
    }
    const locator = locatorFor(fit, rtl);
    const layout = layoutMarkers(points, {
      radius,
      markerR: Math.ceil(MARKER_R * SHAPE_EXTENT),
      badgeR: (count) => Math.min(radius / 2, clusterRadius(count)),
      bounds: { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 },
      positions: rtl ? LABEL_POSITIONS_WEST_FIRST : LABEL_POSITIONS_EAST_FIRST,
      // The zoom buttons: at the end side's top corner (left in RTL, the map itself is never mirrored).
      reserved: [
        rtl
          ? { x0: 0, y0: 0, x1: controls.width + CONTROLS_MARGIN_X, y1: controls.height + CONTROLS_MARGIN_Y }
          : { x0: size.width - controls.width - CONTROLS_MARGIN_X, y0: 0, x1: size.width, y1: controls.height + CONTROLS_MARGIN_Y },
        ...(locator ? [locator.box] : []),
      ],
      labelSize: (id) => {
        const c = byId.get(id);
        return c ? { width: this.#text.width(c.name.text, font, spacing), height: LABEL_HEIGHT } : undefined;
      },
      clusterLabelSize: (ids) => ({ width: this.#text.width(clusterLabel(ids), font, spacing), height: LABEL_HEIGHT }),
    });
    const slices: ScreenPoint[][] = [];
    const sliceOf = new Map<string, number>();
    layout.singles.forEach((s, i) => {
      const k = Math.floor(i / MARKER_SLICE);
      (slices[k] ??= []).push(s);
      sliceOf.set(s.id, k);
    });
    const geometry: Geometry = { ...layout, fit, slices, sliceOf, locator };
    this.#geometry = { key, fit, view, geometry, spread };
    return geometry;
  }

  /** What the selected city changes in the geometry (its marker on top, its cluster without it, its label first). */
  selection(geo: Geometry, id: string | undefined): SelectionLayout | undefined {
    if (this.#selection?.geometry === geo && this.#selection.id === id) return this.#selection.selection;
    const selection = id === undefined ? undefined : selectInLayout(geo, id, SELECTED_R + 4);
    this.#selection = { geometry: geo, id, selection };
    return selection;
  }
}
