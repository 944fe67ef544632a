/**
 * The schema.org JSON-LD of `<cw-city-map structured-data>`: the network or the project shown, or
 * the cities when the map shows a list of ids (or narrows a network or project to some of them).
 */
import type { Atlas } from '../../src/atlas.js';
import type { CityMapView } from '../../src/views/city-map.js';
import { jsonLdLoaded, jsonLdReady } from '../base/json-ld-ready.js';
import { sdgTitlesReady } from '../base/sdg-titles.js';

export interface CityMapJsonLdInput {
  view: CityMapView;
  atlas: Atlas;
  lang: string;
  /** Whether `cities` narrows the network or project: then the cities are described, not it. */
  narrowed: boolean;
}

/**
 * Writes (or, with no input, removes what was written) the element's JSON-LD into its light DOM.
 * Returns whether a script is there now; `wrote` is what the previous call returned.
 */
export function writeCityMapJsonLd(host: Element & { requestUpdate(): void }, input: CityMapJsonLdInput | undefined, wrote: boolean): boolean {
  if (!input) {
    if (wrote) jsonLdLoaded()?.writeStructuredData(host, undefined);
    return false;
  }
  const { view, atlas, lang, narrowed } = input;
  // A project's SDG targets are named by their titles: written now without them if they are still
  // loading, and again (by the update they trigger) once they are there, as the card does.
  if (view.scope === 'project') sdgTitlesReady(host, lang);
  // Written once the builders are there (they ask for an update).
  const jsonLd = jsonLdReady(host);
  if (!jsonLd) return wrote;
  const { cityJsonLd, networkJsonLd, projectJsonLd, writeStructuredData } = jsonLd;
  let data: unknown;
  if (view.scope === 'network' && view.network && !narrowed) data = networkJsonLd(atlas, view.network, lang);
  else if (view.scope === 'project' && view.project && !narrowed) data = projectJsonLd(atlas, view.project, lang);
  else data = view.cities.map((c) => cityJsonLd(atlas, c.city, lang));
  // Rewritten only when its text changed (the writer compares).
  return writeStructuredData(host, data);
}
