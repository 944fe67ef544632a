/**
 * The basemap as one `<cw-city-map>` holds it: asked for once the map is shown (the CDN entry and
 * `connectedCallback` may have started the download already: `loadBasemap` shares it), then kept.
 * A basemap that cannot be loaded leaves the cities on the map without land, with a warning, and is
 * not asked for again by this element.
 */
import { loadBasemap, type Basemap } from './basemap.js';
import { landOf } from './locator.js';

export class BasemapHolder {
  /** The basemap, once loaded. */
  value?: Basemap;
  #state: 'idle' | 'loading' | 'failed' = 'idle';
  readonly #onLoad: () => void;

  /** `onLoad`: the basemap has arrived (the element draws it). */
  constructor(onLoad: () => void) {
    this.#onLoad = onLoad;
  }

  /** Asks for the basemap, unless it is here, on its way or failed. */
  request(): void {
    if (this.value || this.#state !== 'idle') return;
    this.#state = 'loading';
    loadBasemap().then(
      (basemap) => {
        this.value = basemap;
        this.#state = 'idle';
        this.#onLoad();
        // The locator's land, ready before a zoom needs it. requestIdleCallback is missing from older Safari.
        (globalThis.requestIdleCallback ?? setTimeout)(() => landOf(basemap));
      },
      (e: unknown) => {
        this.#state = 'failed';
        console.warn('cityweave: <cw-city-map> could not load its basemap; the cities are shown without land.', e);
      },
    );
  }
}
