// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Atlas } from '../../src/atlas.js';
import { shortName, type MessageKey } from '../../src/i18n/index.js';
import type { Project } from '../../src/schema/index.js';
import {
  activeFilterCount,
  checkScope,
  cleanFilters,
  filterProjects,
  optionsOffer,
  projectListOptions,
  sameFilters,
  scopeProjects,
  type ProjectListFilters,
  type ProjectListOptions,
  type ProjectListScope,
} from '../../src/views/project-list.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { headingLevel, outlineLevel } from '../base/heading.js';
import type { LoadingOptions } from '../base/states.js';
import { sdgTitlesReady } from '../base/sdg-titles.js';
import { PrintController } from '../base/print-controller.js';
import { styleProps } from '../base/style-props.js';
import type { CwProjectCard } from '../project-card/project-card.js';
import type { CwEventTarget } from '../base/typed-events.js';
import type { CwFilterChangeDetail, CwProjectListEventMap } from './events.js';
import { renderFilterForm } from './filter-form.js';
import type { CardSlice, CardWindow } from './card-window.js';
import { RovingFocus } from '../base/roving-focus.js';
import { projectListStyles } from './project-list.styles.js';
import { ListStructuredData } from './structured-data.js';
import { FilterUrlSync } from './url-sync.js';

export type { CwFilterChangeDetail, CwFilterChangeEvent, CwProjectListEventMap } from './events.js';

/** How long the result count waits after the last keystroke before it is announced. */
const ANNOUNCE_DELAY_TYPING = 600;

/** Listeners on this element get its own event types (`CwProjectListEventMap`). */
export interface CwProjectList {
  addEventListener: CwEventTarget<CwProjectListEventMap, CwProjectList>['addEventListener'];
  removeEventListener: CwEventTarget<CwProjectListEventMap, CwProjectList>['removeEventListener'];
}

/**
 * @summary The projects of a network (or of a city) as cards, with filters by SDG goal and target,
 * city, country and policy area, and a text search.
 *
 * Every control is a native, labelled form control. The number of results is announced to screen
 * readers. With `sync-url`, the filter state is written into the page's query string
 * (`?cw-sdg=10.7&cw-city=tanger-ma&cw-q=accueil`) with `history.replaceState`, and read back on
 * load, so a filtered view can be shared. Only the cards near the viewport are in the DOM (the
 * others come as the reader scrolls), so a filter change at thousands of projects renders a screen
 * of cards; printing renders them all. The cards are one Tab stop: the up and down arrow keys
 * (Home, End) move between them, every one of them, rendered or not. In a narrow container the
 * selects fold behind a "Filters (2 active)" button.
 *
 * @csspart base - The wrapper of the filters, the status and the list.
 * @csspart filters - The filter form (`role="search"`).
 * @csspart field - Each label and control pair.
 * @csspart search - The text search input.
 * @csspart select - Each filter `select`.
 * @csspart filters-toggle - The button that folds and unfolds the filters in a narrow container.
 * @csspart clear - The "clear filters" buttons.
 * @csspart status - The number of results (a polite live region).
 * @csspart list - The list of cards (`ul`).
 * @csspart item - Each list item.
 * @csspart card - Each `<cw-project-card>` (compact, selectable).
 * @csspart no-results - The block shown when no project matches the filters.
 * @cssprop --cw-project-list-gap - Space between cards.
 * @cssprop --cw-project-list-card-min - The narrowest a card column may be (20rem); more columns fit in wider containers.
 * @cssprop --cw-project-list-card-height - The height reserved for a card not yet laid out (`content-visibility`, and the list's estimate of rows not rendered).
 * @cssprop --cw-content-visibility - `visible` draws every card, even those far off screen (for a full-page capture; printing does it by itself). Default `auto`.
 * @fires {CustomEvent<CwProjectSelectDetail>} cw-select - From a card whose title is activated: `detail` is `{ project: id }`.
 * @fires {CustomEvent<CwFilterChangeDetail>} cw-filter-change - When the reader changes a filter: `detail` is `{ filters }`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state (unknown network or city, unreachable or invalid data).
 */
export class CwProjectList extends CwDataElement {
  static override styles = [CwDataElement.styles, projectListStyles];
  protected static override showsSdgTitles = true;

  /** A network id: show its projects. */
  @property() network?: string;

  /** A city id: show the projects the city takes part in (within `network` when both are given). */
  @property() city?: string;

  /** The heading level of the cards' titles, 1 to 6. Default: one below the heading before the element on the page (after an `<h1>`, 2), else 3. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** A URL template for the cards' titles (`/fr/projets/{id}`; `{id}` and `{lang}` are replaced). */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Writes schema.org JSON-LD (an `ItemList` of the projects shown) into a `<script type="application/ld+json">` child. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /**
   * Reflects the filter state in the page URL's query string (and reads it back on load). Only the
   * list's own parameters change: every other byte of the page's query, and its hash, stay as they were.
   */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** The prefix of the query parameters written with `sync-url` (default `cw-`): give two lists on one page different prefixes. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'cw-';

  /** How many cards the first render puts in, before the list is laid out (default 20); from then on, the cards near the viewport are. A list of no more projects is rendered whole. */
  @property({ attribute: 'chunk-size', type: Number }) chunkSize = 20;

  /** The filter state: `{ sdg, city, country, policyArea, text }`, each optional. Setting it filters the list. */
  @property({ attribute: false }) filters: ProjectListFilters = {};

  /** The text of the live status region. */
  @state() private announcement = '';
  /** Whether the folded filters are open (narrow containers only). */
  @state() private filtersOpen = false;

  readonly #url = new FilterUrlSync(this);
  /** Prints every matching project, not only those rendered so far. */
  readonly #print = new PrintController(this);
  /** The cards near the viewport (card-window.ts, loaded once the list is longer than its first render). */
  #window?: CardWindow;
  #windowLoading = false;
  /** One Tab stop for the cards; the arrow keys, Home and End reach every card, rendered or not. */
  readonly #roving = new RovingFocus<CwProjectCard>({
    items: () => [...this.renderRoot.querySelectorAll<CwProjectCard>('cw-project-card')],
    setTabbable: (card, tabbable) => (card.tabbable = tabbable),
    focus: (card) => card.focusTitle(),
    count: () => (this.#window ? this.#results.length : this.renderedCount),
    indexOf: (card) => Number(card.dataset.pos),
    reveal: (index) => this.#window?.reveal(index) ?? Promise.resolve(undefined),
  });

  #options?: ProjectListOptions;
  #baseOptions?: ProjectListOptions;
  #baseOptionsKey?: string;
  #optionsKey?: string;
  #optionsAtlas?: Atlas;
  #results: Project[] = [];
  #resultsKey?: string;
  #resultsAtlas?: Atlas;
  #total = 0;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #announceDelay = 0;
  readonly #structured = new ListStructuredData();

  /** The projects that match the filters (all of them, rendered or not). */
  get results(): readonly Project[] {
    return this.state === 'ready' ? this.#results : [];
  }

  /** The number of projects in scope, before filtering. */
  get total(): number {
    return this.#total;
  }

  /** How many cards are rendered now (the others come as the reader scrolls). */
  get renderedCount(): number {
    return this.renderRoot.querySelectorAll('cw-project-card').length;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  // ── Preparing the view ──────────────────────────────────────────────────────────────────

  #scope(): ProjectListScope {
    const scope: ProjectListScope = {};
    const network = this.network?.trim();
    const city = this.city?.trim();
    if (network) scope.network = network;
    if (city) scope.city = city;
    return scope;
  }

  /**
   * The filter form's name, with what the list is of ("Filtrer les projets (MC2CM)"): a page with
   * two lists has two search landmarks, which screen-reader users tell apart by their names.
   */
  #filtersLabel(): string {
    const { network, city } = this.#scope();
    const subject = network ? this.data.network(network) : city ? this.data.city(city) : undefined;
    const name = subject && shortName('acronym' in subject ? this.localized(subject.acronym) : undefined, this.localized(subject.name));
    const label = this.t('projectList.filtersLabel');
    return name ? `${label} (${name.text})` : label;
  }

  protected override loadingOptions(): LoadingOptions {
    return { lines: 8 };
  }

  protected override isEmpty(): boolean {
    return this.#total === 0;
  }

  protected override emptyKey(): MessageKey {
    return 'empty.projects';
  }

  protected override prepareView(changed: PropertyValues): void {
    this.#url.beforeView(changed);
    const atlas = this.data;
    const scope = this.#scope();
    const check = checkScope(atlas, scope);
    if (!check.ok) this.fail({ kind: 'unknown-id', subject: check.kind, id: check.id, suggestions: check.suggestions });
    const lang = this.lang;
    const f = cleanFilters(this.filters ?? {});
    const scopeKey = JSON.stringify([scope.network ?? '', scope.city ?? '']);

    const optionsKey = JSON.stringify([scopeKey, lang, this.fallbackOrder, f.sdg, f.city, f.country, f.policyArea]);
    if (optionsKey !== this.#optionsKey || atlas !== this.#optionsAtlas) {
      // The counts are those of the whole scope, whatever the filters: counted once per scope and
      // language, and again only for a selected value the data lacks (an old link).
      const baseKey = JSON.stringify([scopeKey, lang, this.fallbackOrder]);
      if (baseKey !== this.#baseOptionsKey || atlas !== this.#optionsAtlas) {
        this.#baseOptions = projectListOptions(atlas, scope, lang, {}, this.fallbackOrder);
        this.#baseOptionsKey = baseKey;
        this.#total = scopeProjects(atlas, scope).length;
      }
      this.#options = optionsOffer(this.#baseOptions!, f) ? this.#baseOptions : projectListOptions(atlas, scope, lang, f, this.fallbackOrder);
      this.#optionsKey = optionsKey;
      this.#optionsAtlas = atlas;
    }

    const resultsKey = JSON.stringify([scopeKey, lang, f]);
    let resultsChanged = false;
    if (resultsKey !== this.#resultsKey || atlas !== this.#resultsAtlas) {
      const previous = this.#results;
      this.#results = filterProjects(atlas, scope, f, lang);
      this.#resultsKey = resultsKey;
      this.#resultsAtlas = atlas;
      resultsChanged = previous.length !== this.#results.length || previous.some((p, i) => p !== this.#results[i]);
    }
    if (this.#window) this.#window.prepare(resultsChanged);
    else if (this.#results.length > this.#chunk()) this.#loadWindow();

    const text = this.#statusText();
    if (this.announcement === '' || this.#announceDelay === 0) {
      clearTimeout(this.#announceTimer);
      this.announcement = text;
    } else if (text !== this.announcement) {
      clearTimeout(this.#announceTimer);
      this.#announceTimer = setTimeout(() => {
        this.announcement = this.#statusText();
      }, this.#announceDelay);
    }
    this.#announceDelay = 0;
  }

  #loadWindow(): void {
    if (this.#windowLoading) return;
    this.#windowLoading = true;
    import('./card-window.js')
      .then(({ CardWindow }) => {
        this.#window = new CardWindow(this, {
          count: () => this.#results.length,
          initial: () => this.#chunk(),
          printing: () => this.#print.printing,
        });
        this.#window.prepare(true);
        this.requestUpdate();
      })
      .catch((e: unknown) => {
        // Without it the list still shows its first cards (and every card in print).
        this.#windowLoading = false;
        console.warn('cityweave: <cw-project-list> could not load its windowing code.', e);
      });
  }

  /** The cards to render: the window's, or the first `chunk-size` ones until it is there (all of them in print). */
  #slice(): CardSlice {
    if (this.#window) return this.#window.slice();
    const count = this.#results.length;
    return { start: 0, end: this.#print.printing ? count : Math.min(count, this.#chunk()), before: 0, after: 0 };
  }

  #chunk(): number {
    const n = Math.round(Number(this.chunkSize));
    return Number.isFinite(n) && n > 0 ? Math.min(n, 500) : 20;
  }

  #statusText(): string {
    const count = this.#results.length;
    if (activeFilterCount(this.filters ?? {}) === 0) return this.t('label.projectCount', { count: this.#total });
    if (count === 0) return this.t('empty.results');
    return this.t('projectList.status.filtered', {
      results: this.t('filter.results', { count }),
      total: this.t('label.projectCount', { count: this.#total }),
    });
  }


  // ── After rendering: the Tab stop and structured data ─────────────────────────────────

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    try {
      this.#roving.sync();
      const enabled = this.structuredData && this.state === 'ready';
      this.#structured.sync(this, { enabled, results: this.#results, resultsKey: this.#resultsKey ?? '', lang: this.lang, atlas: () => this.data });
    } catch (e) {
      console.warn('cityweave: <cw-project-list> failed after rendering.', e);
    }
  }

  // ── Changing the filters ───────────────────────────────────────────────────────────────

  #change(patch: Partial<ProjectListFilters>, typing = false): void {
    const next = cleanFilters({ ...this.filters, ...patch });
    if (sameFilters(next, this.filters ?? {})) return;
    this.#announceDelay = typing ? ANNOUNCE_DELAY_TYPING : 0;
    this.filters = next;
    this.dispatchEvent(new CustomEvent<CwFilterChangeDetail>('cw-filter-change', { detail: { filters: { ...next } }, bubbles: true, composed: true }));
  }

  #clear = (): void => {
    if (activeFilterCount(this.filters ?? {}) === 0) return;
    this.#change({ sdg: '', city: '', country: '', policyArea: '', text: '' });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#cw-q')?.focus());
  };

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  #renderFilters(o: ProjectListOptions): TemplateResult {
    return renderFilterForm({
      lang: this.lang,
      uiLang: this.uiLang,
      t: (key, params) => this.t(key, params),
      localized: (text, defaultLang) => this.localized(text, defaultLang),
      targetTitlesReady: () => sdgTitlesReady(this, this.uiLang),
      filters: this.filters ?? {},
      options: o,
      total: this.#total,
      cityScope: Boolean(this.#scope().city),
      label: this.#filtersLabel(),
      open: this.filtersOpen,
      toggle: () => (this.filtersOpen = !this.filtersOpen),
      change: (patch, typing) => this.#change(patch, typing),
      clear: this.#clear,
    });
  }

  /** Arrow keys between cards (one Tab stop for the list, see roving-focus.ts). */
  #onListKeydown = (e: KeyboardEvent): void => {
    const card = e.composedPath().find((n): n is CwProjectCard => n instanceof HTMLElement && n.localName === 'cw-project-card');
    if (card && this.#roving.keydown(e, card)) e.preventDefault();
  };

  #onListFocusIn = (e: FocusEvent): void => {
    const card = e.composedPath().find((n): n is CwProjectCard => n instanceof HTMLElement && n.localName === 'cw-project-card');
    if (card) this.#roving.focused(card);
  };

  protected override renderView(): unknown {
    const o = this.#options!;
    const results = this.#results;
    const { start, end, before, after } = this.#slice();
    const level = headingLevel(this.headingLevel ?? outlineLevel(this, 3), 3);
    return html`<div part="base" class="base">
      ${this.#renderFilters(o)}
      <p part="status" class="status" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${results.length === 0
        ? html`<div part="no-results" class="no-results">
            <p>${this.t('empty.results')}</p>
            <button part="clear" class="clear" type="button" @click=${this.#clear}>${this.t('filter.clear')}</button>
          </div>`
        : html`<p id="cw-keys" class="hint keys">${this.t('projectList.keyboardHint')}</p>
            <ul part="list" class="list" aria-label=${this.t('projectList.results')} aria-describedby="cw-keys" @keydown=${this.#onListKeydown} @focusin=${this.#onListFocusIn}>
            ${before > 0 ? html`<li class="spacer" aria-hidden="true" style=${styleProps({ 'block-size': `${before}px` })}></li>` : nothing}
            ${repeat(
              results.slice(start, end),
              (p) => p.id,
              (p, k) => html`<li part="item" class="item" data-index=${this.#window?.row(start + k) ?? start + k} aria-setsize=${results.length} aria-posinset=${start + k + 1}>
                <cw-project-card
                  part="card"
                  exportparts="card: card-article, title: card-title"
                  data-pos=${start + k}
                  .atlas=${this.data}
                  project=${p.id}
                  variant="compact"
                  selectable
                  heading-level=${level}
                  href-template=${this.hrefTemplate ?? nothing}
                ></cw-project-card>
              </li>`,
            )}
            ${after > 0 ? html`<li class="spacer" aria-hidden="true" style=${styleProps({ 'block-size': `${after}px` })}></li>` : nothing}
          </ul>`}
    </div>`;
  }
}
