/**
 * The legend of `<cw-city-map>`: one line per marker style on the map, its shape and its name in
 * the page's language (the view names them: `CityMapView.legend`).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CityMapLegendEntry } from '../../src/views/city-map.js';
import { markerPath } from './shapes.js';

/** The legend, or nothing when every marker looks the same (a legend of one entry says nothing). */
export function renderLegend(entries: readonly CityMapLegendEntry[], heading: string): TemplateResult | typeof nothing {
  if (entries.length < 2) return nothing;
  return html`<figure class="legend" part="legend">
    <figcaption>${heading}</figcaption>
    <ul>
      ${entries.map(
        (e) => html`<li>
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            ${svg`<path class="dot style-${e.style}" d=${markerPath(e.style, 10, 10, 5)}></path>`}
          </svg>
          <span>${e.name}</span>
        </li>`,
      )}
    </ul>
  </figure>`;
}
