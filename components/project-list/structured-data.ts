/**
 * The list's schema.org JSON-LD (`structured-data`): an `ItemList` of every matching project, rendered
 * or not, written into a `<script type="application/ld+json">` child of the list, and written again
 * only when the results, the language or the SDG titles' arrival change it.
 */
import type { Atlas } from '../../src/atlas.js';
import type { Project } from '../../src/schema/index.js';
import { jsonLdLoaded, jsonLdReady } from '../base/json-ld-ready.js';
import { sdgTitlesReady } from '../base/sdg-titles.js';
import type { CwElement } from '../base/cw-element.js';

export interface ListStructuredState {
  /** `structured-data` is set and the list is ready. */
  enabled: boolean;
  results: readonly Project[];
  /** Changes when the results do. */
  resultsKey: string;
  lang: string;
  /** Read only when enabled (the atlas is there then). */
  atlas: () => Atlas;
}

export class ListStructuredData {
  #wrote = false;
  #key?: string;

  sync(host: CwElement, s: ListStructuredState): void {
    if (!s.enabled) {
      if (this.#wrote) jsonLdLoaded()?.writeStructuredData(host, undefined);
      this.#wrote = false;
      this.#key = undefined;
      return;
    }
    // The SDG targets' names come with their titles (see the card): the list is written again once they are there.
    const titles = s.results.some((p) => p.sdgTargets.length > 0) ? sdgTitlesReady(host, s.lang) : true;
    const key = `${s.resultsKey}|${s.lang}|${titles}`;
    if (key === this.#key && this.#wrote) return;
    // Written once the builders are there (they ask for an update).
    const jsonLd = jsonLdReady(host);
    if (!jsonLd) return;
    const atlas = s.atlas();
    jsonLd.writeStructuredData(host, {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      inLanguage: s.lang,
      numberOfItems: s.results.length,
      itemListElement: s.results.map((p, i) => {
        const { '@context': _context, ...item } = jsonLd.projectJsonLd(atlas, p, s.lang);
        return { '@type': 'ListItem', position: i + 1, item };
      }),
    });
    this.#wrote = true;
    this.#key = key;
  }
}
