/**
 * The map panel of `<cw-city-map>` as templates: the frame with its SVG (sea, land, borders and
 * names, markers, labels, the locator inset), the zoom buttons, the legend and the credits.
 * Rendering only: the geometry comes laid out (geometry.ts), the handlers from map-interaction.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { CityMapView } from '../../src/views/city-map.js';
import type { UiMessageKey } from '../base/messages.js';
import type { Basemap } from './basemap.js';
import { renderContext } from './context-layer.js';
import { LABEL_FONT_SIZE, type MapGeometry } from './geometry.js';
import type { SelectionLayout } from './layout.js';
import { renderLegend } from './legend.js';
import { renderLocator } from './locator.js';
import type { TextSpacing } from './measure.js';
import type { MapInteraction } from './map-interaction.js';
import { renderLabels, renderMarkers, type Geometry, type LayerContext } from './markers-layer.js';
import { renderZoomControls, type MapZoom } from './zoom.js';

export interface MapPanelContext {
  view: CityMapView;
  /** The layout, once the frame has a size. */
  geo: Geometry | undefined;
  selection: SelectionLayout | undefined;
  size: { width: number; height: number } | undefined;
  basemap: Basemap | undefined;
  geometry: MapGeometry;
  zoom: MapZoom;
  act: MapInteraction;
  /** Changes when other cities are shown: their markers are drawn anew, in one piece. */
  generation: number;
  lang: string;
  /** The labels' font family (for the names' widths). */
  family: string;
  /** The labels' letter and word spacing (for the widths of the names of countries and seas). */
  spacing: TextSpacing;
  /** The frame's accessible name. */
  label: string;
  t(key: UiMessageKey): string;
  /** The markers' context, with the tab stop of a layout. */
  layer(geo?: Geometry): LayerContext;
}

export function renderMapPanel(c: MapPanelContext): TemplateResult {
  const { size, geo } = c;
  // The focus listener is on the frame, not on the svg: Chromium makes an svg element with a focus
  // listener a tab stop of its own (with no name and no visible focus). A marker's focus bubbles up.
  return html`<div class="map-panel" part="map">
    <div class="frame" part="map-frame" role="group" aria-label=${c.label} aria-describedby="keys" @focusin=${c.act.onMapFocus}>
      <svg
        viewBox=${size ? `0 0 ${size.width} ${size.height}` : '0 0 400 300'}
        preserveAspectRatio="xMidYMid meet"
        @click=${c.act.onMapClick}
        @keydown=${c.act.onMapKeydown}
      >
        ${size ? svg`<rect class="sea" x="0" y="0" width=${size.width} height=${size.height}></rect>` : nothing}
        ${geo ? renderGeometry(c, geo, c.selection) : nothing}
      </svg>
      ${renderZoomControls(c.zoom, (key) => c.t(key))}
    </div>
    <p id="keys" class="cw-visually-hidden">${c.t('cityMap.keys')}</p>
    ${renderLegend(c.view.legend, c.t('cityMap.legend'))}
    <p class="credits" part="credits">${c.t('cityMap.credits')}</p>
  </div>`;
}

/**
 * The markers keep their places whatever is selected: each marker and label is drawn at its own
 * index of the layout's arrays, the selected city's slot is left empty and its marker drawn last
 * (on top), so that a selection changes only the nodes of the markers and labels it concerns.
 * Guarded: an update of the list alone (its window moving) does not go through the markers.
 */
function renderGeometry(c: MapPanelContext, geo: Geometry, sel: SelectionLayout | undefined): TemplateResult {
  const { basemap, geometry } = c;
  const land = basemap ? geometry.land(geo.fit, basemap) : undefined;
  const hl = c.act.highlight?.ids;
  const layer = c.layer(geo);
  // During a gesture, everything but the inset is moved as a picture (see `MapZoom.preview`).
  return svg`<g class="view" transform=${c.zoom.preview ?? nothing}>
      ${land ? svg`<path class="land" d=${land.d} transform=${land.transform ?? nothing}></path>` : nothing}
      ${basemap ? renderContext(geometry.borders(geo.fit, basemap), geometry.contextLabels(geo, sel, basemap, c.lang, c.family, c.spacing)) : nothing}
      ${keyed(c.generation, svg`<g class="markers">${guard([geo, sel, hl, c.lang, layer.stop], () => renderMarkers(layer, geo, sel, hl))}</g>`)}
      <g class="labels" font-size=${LABEL_FONT_SIZE} aria-hidden="true">${guard([geo, sel, c.lang], () => renderLabels(layer, geo, sel))}</g>
    </g>
    ${geo.locator ? renderLocator(geo.locator, basemap) : nothing}`;
}
