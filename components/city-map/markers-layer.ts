/**
 * The markers and labels of `<cw-city-map>` as SVG templates: a city alone (its shape by role,
 * shapes.ts), a cluster badge with its count, the selected city on top, and the labels placed by
 * layout.ts. Every marker is a button of the map's roving tab stop (`tabindex="-1"`: the element
 * sets the one stop after rendering), named by the city and its roles. A cluster is named by its
 * `<title>` ("4 cities: …"), not an `aria-label`: its visible count must be part of its name, and
 * the Arabic dual ("مدينتان") says two without the digit.
 */
import { nothing, svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatList, type MessageParams } from '../../src/i18n/index.js';
import type { CityMapCity, ShownText } from '../../src/views/city-map.js';
import type { UiMessageKey } from '../base/messages.js';
import type { Badge, MapView, MarkerLayout, PlacedLabel, ScreenPoint, SelectionLayout } from './layout.js';
import { markerPath } from './shapes.js';
import { drawsPaths, renderStylePaths, stylePaths } from './marker-paths.js';
import type { Locator } from './locator.js';

export const MARKER_R = 5;
export const SELECTED_R = 7;

/**
 * The markers and labels of a fit, with no selection: a selection changes it in place of the few
 * markers and labels around the selected city (`selectInLayout`), so that selecting a city in a
 * network of thousands redraws a handful of nodes, not every marker.
 */
export interface Geometry extends MarkerLayout {
  fit: MapView;
  /** `singles` in slices, each drawn under a guard: a selection goes through two slices, not every marker. */
  slices: ScreenPoint[][];
  /** The slice of each city drawn alone. */
  sliceOf: Map<string, number>;
  /** The locator inset, when the view is a small region. */
  locator?: Locator;
}

/** What the layer needs from its element. */
export interface LayerContext {
  byId: ReadonlyMap<string, CityMapCity>;
  lang: string;
  t(key: UiMessageKey, params?: MessageParams): string;
  /** Names of cities as a list in the reader's language, at most `max`. */
  cityNames(ids: readonly string[], max: number): string;
  /** A cluster's label (see `clusterLabel` in the element). */
  clusterLabel(ids: readonly string[]): string;
  langOf(t: ShownText): string | typeof nothing;
  /** The roving tab stop's key: with many markers (drawn as paths), the one city drawn as an element besides the selected one. */
  stop: string | undefined;
}

export function renderMarkers(ctx: LayerContext, geo: Geometry, sel: SelectionLayout | undefined, hl: ReadonlySet<string> | undefined): unknown[] {
  const names = (ids: readonly string[]) => ctx.cityNames(ids, 8);
  const single = (s: ScreenPoint) => {
    const c = ctx.byId.get(s.id);
    return svg`<g class="marker ${hl?.has(s.id) ? 'highlighted' : ''}" data-city=${s.id} data-key=${s.id} tabindex="-1" role="button" aria-label=${markerLabel(ctx, s.id)}>
    <title>${c?.name.text ?? s.id}</title>
    <circle class="hit" cx=${s.x} cy=${s.y} r="11"></circle>
    <path class="dot style-${c?.markerStyle ?? 'member'}" d=${markerPath(c?.markerStyle ?? 'member', s.x, s.y, MARKER_R)}></path>
  </g>`;
  };
  const badge = (c: Badge) =>
    c.ids.length === 1
      ? single({ id: c.ids[0]!, x: c.x, y: c.y })
      : svg`<g class="cluster ${hl && c.ids.some((id) => hl.has(id)) ? 'highlighted' : ''}" data-cluster=${c.key} data-key=${`cluster:${c.key}`} data-cities=${c.ids.join(' ')} data-count=${c.ids.length} tabindex="-1" role="button">
        <title>${ctx.t('cityMap.cluster', { count: c.ids.length, names: names(c.ids) })}</title>
        <circle class="ring" cx=${c.x} cy=${c.y} r=${c.r + 3}></circle>
        <circle class="badge" cx=${c.x} cy=${c.y} r=${c.r}></circle>
        <text class="count" x=${c.x} y=${c.y}>${c.ids.length}</text>
      </g>`;
  const left = sel?.cluster;
  const clusters = geo.clusters.map((c, i) => (left?.index === i ? left.rest.map(badge) : badge(c)));
  if (drawsPaths(geo)) {
    const stop = ctx.stop !== undefined && ctx.stop !== sel?.id && !geo.clusterOf.has(ctx.stop) ? geo.points.get(ctx.stop) : undefined;
    return [
      clusters,
      guard([geo, hl, ctx.byId], () => renderStylePaths(stylePaths(geo, ctx.byId, hl, MARKER_R))),
      // The tab stop's city, over its own shape in the paths: a button like any marker.
      stop ? single(stop) : nothing,
      selected(),
    ];
  }
  return [
    clusters,
    geo.slices.map((slice, k) =>
      guard([slice, hl, ctx.lang, sel && geo.sliceOf.get(sel.id) === k ? sel.id : undefined], () => slice.map((s) => (s.id === sel?.id ? nothing : single(s)))),
    ),
    selected(),
  ];
  function selected(): unknown {
    return sel
      ? svg`<g class="marker selected" data-city=${sel.id} data-key=${sel.id} tabindex="-1" role="button" aria-pressed="true" aria-label=${markerLabel(ctx, sel.id)}>
          <title>${ctx.byId.get(sel.id)?.name.text ?? sel.id}</title>
          <circle class="ring" cx=${sel.x} cy=${sel.y} r=${SELECTED_R + 4}></circle>
          <circle class="hit" cx=${sel.x} cy=${sel.y} r="12"></circle>
          <path class="dot style-${ctx.byId.get(sel.id)?.markerStyle ?? 'member'}" d=${markerPath(ctx.byId.get(sel.id)?.markerStyle ?? 'member', sel.x, sel.y, SELECTED_R)}></path>
        </g>`
      : nothing;
  }
}

/**
 * A marker's accessible name: the city and its roles ("Tanger, Ville coordinatrice"), separated by
 * the language's comma (Arabic «، »: `record.separator`).
 */
export function markerLabel(ctx: LayerContext, id: string): string {
  const c = ctx.byId.get(id);
  if (!c) return id;
  return c.roleNames.length > 0 ? `${c.name.text}${ctx.t('record.separator')}${formatList(ctx.lang, c.roleNames, 'unit')}` : c.name.text;
}

export function renderLabels(ctx: LayerContext, geo: Geometry, sel: SelectionLayout | undefined): unknown[] {
  const clusters = geo.clusters.length > 0 ? new Map([...geo.clusters, ...(sel?.cluster?.rest ?? [])].map((c) => [`cluster:${c.key}`, c.ids])) : undefined;
  const label = (l: PlacedLabel, selected: boolean) => {
    const ids = clusters?.get(l.id);
    // A cluster's label lists its cities in the page's language (the list's words are the page's).
    if (ids) return svg`<text class="cluster-names" data-cluster=${l.id.slice('cluster:'.length)} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${ctx.clusterLabel(ids)}</text>`;
    const c = ctx.byId.get(l.id);
    return c ? svg`<text class=${selected ? 'selected' : ''} data-city=${l.id} x=${l.x} y=${l.y} text-anchor=${l.anchor} lang=${ctx.langOf(c.name)}>${c.name.text}</text>` : nothing;
  };
  return [geo.labels.map((l) => (sel?.hidden.has(l.id) ? nothing : label(l, false))), sel?.restLabels.map((l) => label(l, false)), sel?.label ? label(sel.label, true) : nothing];
}
