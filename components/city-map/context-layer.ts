/**
 * What places the cities on the map: country borders (disputed lines dashed), and the names of
 * countries and seas, under the markers. Names come last in the layout: a country or sea name is
 * written only where it overlaps no city's label or marker and no other name, so it never hides a
 * city. A country is named only where it is large enough on screen for its name, so the names
 * appear as the reader zooms out and give way to the cities as the reader zooms in.
 *
 * Country names come from the country code in the reader's language (`countryName`, the same names
 * as the list's country headings); sea names from the basemap's own table, in fr, en or ar.
 */
import { nothing, svg } from 'lit';
import { baseLanguage, countryName } from '../../src/i18n/index.js';
import type { BasemapContext, ContextPlace } from './basemap.js';
import { boxesOverlap, type Box, type BoxIndex, type MapView } from './layout.js';
import { unitsPath, unitsTransform } from './mercator-units.js';

export const CONTEXT_FONT_SIZE = 11;

/** Settled and disputed borders, in Mercator units, and the transform that places them. */
export interface Borders {
  settled: string;
  disputed: string;
  transform: string;
}
const CONTEXT_LINE = 14;
/** Kilometres in a degree of latitude. */
const KM_PER_DEGREE = 111.2;

export interface ContextLabel {
  kind: 'country' | 'sea';
  text: string;
  /** The language of `text` (a sea with no name in the reader's language is named in English). */
  lang: string;
  x: number;
  y: number;
  box: Box;
}

export interface ContextLabelInput {
  fit: MapView;
  places: readonly ContextPlace[];
  lang: string;
  /** The width of a text in pixels, in the font of its kind. */
  width(text: string, kind: ContextLabel['kind']): number;
  /** Where the names may go. */
  bounds: Box;
  /** What they keep out of: the markers, the cities' labels. */
  avoid: readonly BoxIndex[];
  /** And these boxes (the zoom buttons, the selected city's label). */
  boxes: readonly Box[];
}

/** The name of a place in a language, and that language. */
export function placeName(place: ContextPlace, lang: string): { text: string; lang: string } | undefined {
  if (place.kind === 'country') {
    if (!place.code) return undefined;
    const text = countryName(place.code, lang);
    // A runtime with no name for the code gives the code back: a code is no name to show.
    return text && text !== place.code ? { text, lang } : undefined;
  }
  const base = baseLanguage(lang);
  const own = place.names?.[base];
  if (own) return { text: own, lang: base };
  const en = place.names?.en;
  return en ? { text: en, lang: 'en' } : undefined;
}

/**
 * Names of countries and seas for a view, in the order of `places` (oceans, countries largest
 * first, smaller seas): each centred on its point, kept when it lies in the view, fits in its
 * country, and overlaps nothing already there. No two returned boxes overlap.
 */
export function placeContextLabels({ fit, places, lang, width, bounds, avoid, boxes }: ContextLabelInput): ContextLabel[] {
  const placed: ContextLabel[] = [];
  const inside = (b: Box) => b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1;
  for (const place of places) {
    const at = fit.projection([place.lon, place.lat]);
    if (!at) continue;
    const [x, y] = at;
    if (x < bounds.x0 || x > bounds.x1 || y < bounds.y0 || y > bounds.y1) continue;
    const name = placeName(place, lang);
    if (!name) continue;
    const w = width(name.text, place.kind);
    if (place.kind === 'country') {
      // The country's size on screen: the side of a square of its area, at the scale of its label point.
      const north = fit.projection([place.lon, Math.min(85, place.lat + 1)]);
      const pxPerKm = north ? Math.abs(y - north[1]) / KM_PER_DEGREE : 0;
      if (Math.sqrt(place.areaKm2 ?? 0) * pxPerKm < w) continue;
    }
    const box = { x0: x - w / 2, y0: y - CONTEXT_LINE / 2, x1: x + w / 2, y1: y + CONTEXT_LINE / 2 };
    if (!inside(box)) continue;
    if (boxes.some((b) => boxesOverlap(b, box)) || avoid.some((index) => index.hits(box))) continue;
    if (placed.some((l) => boxesOverlap(l.box, box))) continue;
    placed.push({ kind: place.kind, text: name.text, lang: name.lang, x, y, box });
  }
  return placed;
}

/** The borders' paths in Mercator units and their transform for a view (none outside the detail layer's window: they cover that only). */
export function borderPaths(fit: MapView, context: BasemapContext | undefined): Borders | undefined {
  const transform = unitsTransform(fit);
  if (!context || !transform) return undefined;
  return { settled: unitsPath(context.borders), disputed: unitsPath(context.disputed), transform };
}

/** Borders and names, one group under the markers, hidden from assistive technology (the list names every country). */
export function renderContext(borders: Borders | undefined, labels: readonly ContextLabel[]): unknown {
  if (!borders && labels.length === 0) return nothing;
  return svg`<g class="context" aria-hidden="true">
    ${borders ? svg`<g class="borders" transform=${borders.transform}><path class="border" d=${borders.settled}></path><path class="border disputed" d=${borders.disputed}></path></g>` : nothing}
    <g class="places" font-size=${CONTEXT_FONT_SIZE}>${labels.map((l) => svg`<text class=${l.kind} x=${l.x} y=${l.y} lang=${l.lang}>${l.text}</text>`)}</g>
  </g>`;
}
