/**
 * `sync-url`: the list's filters in the page URL's query string, read back on load and on history
 * navigation, so that a filtered view can be shared. A Lit reactive controller of
 * `<cw-project-list>`. Only the list's own parameters change: every other byte of the page's query,
 * and its hash, stay as they were (`editQuery`, a lazy chunk: only lists with `sync-url` need it,
 * once the reader filters).
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { filterQueryChanges, queryHasFilters, readFiltersFromQuery, sameFilters, type ProjectListFilters } from '../../src/views/project-list.js';

/** How long the URL waits after the last change before it is rewritten (typing in the search box). */
const URL_DELAY = 250;

export interface UrlSyncHost extends ReactiveControllerHost {
  syncUrl: boolean;
  urlPrefix: string;
  filters: ProjectListFilters;
}

export class FilterUrlSync implements ReactiveController {
  readonly #host: UrlSyncHost;
  #read = false;
  /** The last change of `filters` came from the URL: it is not written back. */
  #fromUrl = false;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: UrlSyncHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    if (this.#host.syncUrl) this.#readUrl();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#writeUrl();
    }
  }

  /** Before the view is made: reads the URL once (`sync-url` set after connecting), and writes a change the reader made. */
  beforeView(changed: PropertyValues): void {
    if (!this.#host.syncUrl) return;
    if (!this.#read) this.#readUrl();
    if (changed.has('filters') && !this.#fromUrl) this.#scheduleWrite();
    this.#fromUrl = false;
  }

  #prefix(): string {
    const p = (this.#host.urlPrefix ?? '').trim();
    return p === '' ? 'cw-' : p;
  }

  /**
   * Takes the filter state from the URL. On load, a URL without filter parameters leaves the
   * filters as they are (set by a script, say); after a history navigation (`clearIfAbsent`), it
   * clears them.
   */
  #readUrl(clearIfAbsent = false): void {
    this.#read = true;
    try {
      const params = new URLSearchParams(window.location.search);
      if (!clearIfAbsent && !queryHasFilters(params, this.#prefix())) return;
      const next = readFiltersFromQuery(params, this.#prefix());
      if (!sameFilters(next, this.#host.filters)) {
        this.#fromUrl = true;
        this.#host.filters = next;
      }
    } catch {
      // A page without a usable location: nothing to read.
    }
  }

  #writeUrl(): void {
    const changes = filterQueryChanges(this.#host.filters, this.#prefix());
    import('../../src/query-string.js')
      .then(({ editQuery }) => {
        const { pathname, search, hash } = window.location;
        const next = editQuery(search, changes);
        if (next !== search) history.replaceState(history.state, '', pathname + next + hash);
      })
      .catch((e: unknown) => console.warn('cityweave: <cw-project-list> could not write its filters into the URL.', e));
  }

  #scheduleWrite(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#writeUrl();
    }, URL_DELAY);
  }

  #onPopState = (): void => {
    if (this.#host.syncUrl) this.#readUrl(true);
  };
}
