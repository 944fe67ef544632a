/**
 * `<cw-city-map>`: the cities of a network, a project or a list, on a map beside (wide) or above
 * (narrow) their list grouped by country. The list stays the primary way in; the map can be
 * zoomed and panned (zoom.ts) and its markers are reached from the keyboard too.
 *
 * Why one tab stop for all the markers (a roving tabindex) rather than one per city: a network of
 * thousands would otherwise put thousands of tab stops before the list. Inside the map the arrow
 * keys go to the nearest city in their direction (keyboard.ts, layout.ts), which is what a
 * position means to someone who cannot point at it.
 */
// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, svg, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { baseLanguage, formatList } from '../../src/i18n/index.js';
import { checkCityMapScope, cityMapView, parseCityIds, type CityMapCity, type CityMapScope, type CityMapView, type ShownText } from '../../src/views/city-map.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { nextFrame } from '../base/frames.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import type { LoadingOptions } from '../base/states.js';
import { writeCityMapJsonLd } from './structured-data.js';
import type { MessageKey } from '../../src/i18n/index.js';
import { loadBasemap, type Basemap } from './basemap.js';
import { renderLegend } from './legend.js';
import { listRows, renderList, WINDOW_THRESHOLD, type ListRow } from './list.js';
import { WindowedListController } from '../base/windowed-list.js';
import { LABEL_FONT_SIZE, MapGeometry } from './geometry.js';
import { renderLabels, renderMarkers, type Geometry, type LayerContext } from './markers-layer.js';
import { renderContext } from './context-layer.js';
import { renderLocator } from './locator.js';
import { defaultStop, drawsPaths, navigable, singleAt } from './marker-paths.js';
import { MapZoom, renderZoomControls, ZOOM_STEP } from './zoom.js';
import { FrameSize } from './frame-size.js';
import { applyRovingStop, arrowDirection, mapKeyAction, markersIn, type MarkerNode } from './keyboard.js';
import type { CwEventTarget } from '../base/typed-events.js';
import type { CitySelectDetail, CwCityMapEventMap } from './events.js';
import { cityMapStyles } from './city-map.styles.js';
import { centreOn, neighbourInDirection, preferredAspect, readingOrder, zoomToPoints, type MapView, type SelectionLayout, type ZoomTransform } from './layout.js';

export type { CitySelectDetail, CwCityMapEventMap, CwCitySelectEvent } from './events.js';

export type CityMapShow = 'map' | 'list' | 'both';

/** How many slices of markers are drawn at first, and then per animation frame. */
const SLICES_PER_FRAME = 4;



/** Listeners on this element get its own event types (`CwCityMapEventMap`). */
export interface CwCityMap {
  addEventListener: CwEventTarget<CwCityMapEventMap>['addEventListener'];
  removeEventListener: CwEventTarget<CwCityMapEventMap>['removeEventListener'];
}

/**
 * @summary A map of cities beside their list, grouped by country; the list is the accessible primary.
 *
 * @csspart header - The title and the summary.
 * @csspart title - The title (a heading at `heading-level`).
 * @csspart summary - "12 cities in 5 countries".
 * @csspart map - The map panel (the map and its credits).
 * @csspart map-frame - The box the map is drawn in.
 * @csspart map-controls - The zoom buttons (`+`, `−`, show all cities).
 * @csspart legend - The legend of the marker styles by role (shown when there are two styles or more).
 * @csspart credits - The basemap's credit line.
 * @csspart list - The list panel (with `show="map"`, the disclosure that holds the list).
 * @csspart group - One country's block.
 * @csspart country - A country heading (at `heading-level` + 1).
 * @csspart cities - The list of a country's cities.
 * @csspart city - One city's entry.
 * @csspart city-button - The city's name, a button that shows it on the map (without `href-template`).
 * @csspart city-link - The city's name as a link (with `href-template`).
 * @csspart locate - With `href-template`: the button that shows the city on the map.
 *
 * @cssprop --cw-city-map-sea - Sea colour.
 * @cssprop --cw-city-map-land - Land colour.
 * @cssprop --cw-city-map-coast - Coastline colour.
 * @cssprop --cw-city-map-border - Country border colour (disputed lines are dashed).
 * @cssprop --cw-city-map-place - Country names on the map.
 * @cssprop --cw-city-map-sea-name - Sea names on the map.
 * @cssprop --cw-city-map-marker - City marker colour (the accent by default).
 * @cssprop --cw-city-map-marker-stroke - Marker outline (the surface colour by default).
 * @cssprop --cw-city-map-selected - The selected city's marker and entry border.
 * @cssprop --cw-city-map-cluster - Cluster badge colour.
 * @cssprop --cw-city-map-on-cluster - The count on a cluster badge.
 * @cssprop --cw-city-map-label - Map label colour.
 * @cssprop --cw-city-map-halo - The halo around map labels.
 * @cssprop --cw-city-map-highlight - Background of list entries highlighted from a cluster.
 * @cssprop --cw-city-map-aspect-ratio - The map's aspect ratio; by default the one that suits the cities' extent (from 2 / 1 for cities along a parallel to 1 / 1.1 for a coast running north–south), at most about half a phone's screen high.
 *
 * @fires {CustomEvent<CitySelectDetail>} cw-select - When the reader picks a city in the list or on the map. Bubbles and is composed; `detail` is `{ city: id }`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state (see the base class).
 */
export class CwCityMap extends CwDataElement {
  static override styles: CSSResultGroup = [CwDataElement.styles, cityMapStyles];

  /** A network id: its member cities, with their roles in it. */
  @property() network?: string;

  /** City ids, separated by commas or spaces. With `network` or `project`, narrows them to these. */
  @property() cities?: string;

  /** A project id: its cities, with their roles in the project. */
  @property() project?: string;

  /** What to show: `map`, `list` or `both` (the default). With `map`, the list stays one click away, in a disclosure. */
  @property() show: CityMapShow = 'both';

  /** The level of the title heading (1–6); country headings are one level below. Default: one below the heading before the element on the page (after an `<h1>`, 2), else 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** A URL template for the cities' own pages on the host site: `{id}` and `{lang}` are substituted (`/fr/villes/{id}`). */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** The id of the selected city (highlighted on the map and in the list). Set by the reader's choice, or by the page. */
  @property({ reflect: true }) selected?: string;

  /** Write schema.org JSON-LD of what is shown (the network, project or cities) into a script in the light DOM. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** Markers closer than this many pixels merge into a cluster badge with a count (default 28). */
  @property({ attribute: 'cluster-radius', type: Number }) clusterRadius = 28;

  #view?: CityMapView;
  #viewKey?: string;
  #viewAtlas?: object;
  #byId = new Map<string, CityMapCity>();
  #index = new Map<string, number>();
  /** The list as rows (country headings and cities), and the window of them in the DOM. */
  #rows: ListRow[] = [];
  #rowOf = new Map<string, number>();
  #window = new WindowedListController(this, {
    count: () => this.#rows.length,
    container: () => this.renderRoot?.querySelector<HTMLElement>('.groups') ?? null,
    estimate: 90,
  });
  /**
   * Counts the changes of the cities shown: the list and the markers are drawn anew for other
   * cities (removing the old ones in one piece is much cheaper than one node at a time).
   */
  #generation = 0;
  /** How many slices of markers are drawn (the map, like the list, is drawn progressively). */
  #slices = SLICES_PER_FRAME;
  /** Cancels the pending step of the progressive list. */
  #frame?: () => void;
  #frameSize = new FrameSize(this);
  #basemap?: Basemap;
  #basemapState: 'idle' | 'loading' | 'failed' = 'idle';
  #highlight?: { key: string; ids: ReadonlySet<string> };
  #status = '';
  #wroteJsonLd = false;
  #zoom = new MapZoom(this, () => this.#frameSize.size);
  #geo = new MapGeometry();
  /** Cities spread around the place they share (see `#openCluster`), at the zoom they were spread at. */
  #spread?: { ids: ReadonlySet<string>; zoom: ZoomTransform };
  /** The roving tab stop of the map: a city's id, or `cluster:` and a cluster's key. */
  #focusKey?: string;
  /** Set by a key on the map: after the next update, focus goes back to `#focusKey` (its node may have changed). */
  #refocus = false;
  /** The fit without zoom, for the places of cities out of sight and the targets of zooms. */

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#frame?.();
    this.#frame = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The basemap is requested now, with the data, not once the data is there: no waterfall.
    if (this.#show !== 'list') void loadBasemap().catch(() => undefined);
    // Re-attach the size observer after a move in the document.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** What `show` means, with unknown values read as `both`. */
  get #show(): CityMapShow {
    const s = (this.show ?? '').trim().toLowerCase();
    return s === 'map' || s === 'list' ? s : 'both';
  }

  get #level(): number {
    return headingLevel(this.headingLevel ?? outlineLevel(this, 2), 2);
  }

  // ── View model ──────────────────────────────────────────────────────────────────────────

  protected override prepareView(_changed: PropertyValues): void {
    const atlas = this.data;
    const scope: CityMapScope = { cities: parseCityIds(this.cities) };
    if (this.network?.trim()) scope.network = this.network.trim();
    if (this.project?.trim()) scope.project = this.project.trim();
    const key = JSON.stringify([scope.network, scope.project, scope.cities, this.lang, this.fallbackOrder]);
    if (this.#view && this.#viewKey === key && this.#viewAtlas === atlas) return;
    const check = checkCityMapScope(atlas, scope);
    if (!check.ok) this.fail({ kind: 'unknown-id', subject: check.kind, id: check.id, suggestions: check.suggestions });
    const view = cityMapView(atlas, scope, this.lang, this.fallbackOrder, (kind, role) => this.termName(kind, role));
    const sameCities = this.#view !== undefined && this.#view.cities.length === view.cities.length && this.#view.cities.every((c, i) => c.id === view.cities[i]!.id);
    this.#view = view;
    this.#viewKey = key;
    this.#viewAtlas = atlas;
    this.#byId = new Map(view.cities.map((c) => [c.id, c]));
    this.#index = new Map(view.cities.map((c, i) => [c.id, i]));
    this.#rows = listRows(view);
    this.#rowOf = new Map(this.#rows.flatMap((r, i) => (r.city ? [[r.city.id, i] as const] : [])));
    // A short list is rendered whole: nothing to gain from a window, and find-in-page sees every city.
    this.#window.all = this.#rows.length <= WINDOW_THRESHOLD;
    if (!sameCities) {
      this.#generation++;
      this.#slices = SLICES_PER_FRAME;
      this.#window.reset();
      this.#highlight = undefined;
      this.#status = '';
      this.#zoom.reset();
      this.#focusKey = undefined;
    }
  }

  protected override isEmpty(): boolean {
    return !this.#view || this.#view.cityCount === 0;
  }

  protected override emptyKey(): MessageKey {
    return 'empty.cities';
  }

  protected override loadingOptions(): LoadingOptions {
    return { lines: 8 };
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────

  /** `lang` for a text, when it is not in the element's language. */
  #langOf(t: ShownText): string | typeof nothing {
    return baseLanguage(t.lang) !== baseLanguage(this.lang) ? t.lang : nothing;
  }

  #summary(view: CityMapView): string {
    return this.t('map.summary', { count: view.cityCount, countries: view.countryCount });
  }

  protected override renderView(): unknown {
    const view = this.#view!;
    const show = this.#show;
    const level = this.#level;
    const title = view.title;
    return html`<div class="root">
      <div class="header" part="header">
        ${heading(level, title ? html`<span lang=${this.#langOf(title)}>${title.text}</span>` : this.t('label.cities'), { class: 'title', part: 'title' })}
        <p class="summary" part="summary">${this.#summary(view)}</p>
      </div>
      <div class="layout ${show}">
        ${show === 'list' ? nothing : this.#renderMap(view)}
        ${show === 'map'
          ? html`<details class="all" part="list">
              <summary>${this.t('cityMap.listOfCities', { count: view.cityCount })}</summary>
              ${this.#renderList(view, level + 1)}
            </details>`
          : html`<div class="list-panel" part="list">${this.#renderList(view, level + 1)}</div>`}
      </div>
      <p class="cw-visually-hidden" role="status">${this.#status}</p>
    </div>`;
  }

  #renderList(view: CityMapView, level: number): unknown {
    const ctx = {
      lang: this.lang,
      hrefTemplate: this.hrefTemplate,
      langOf: (t: ShownText) => this.#langOf(t),
      t: (key: MessageKey, params?: Record<string, unknown>) => this.t(key, params as never),
      level,
      selected: this.selected,
      highlighted: this.#highlight?.ids,
      showMap: this.#show !== 'list',
      cityCount: (count: number) => this.t('map.summary.cities', { count }),
    };
    return keyed(this.#generation, html`<div class="groups" @click=${this.#onListClick} @keydown=${this.#onListKeydown}>${renderList(ctx, view, this.#rows, this.#window)}</div>`);
  }

  #renderMap(view: CityMapView): TemplateResult {
    const geo = this.#computeGeometry(view);
    const size = this.#frameSize.size;
    const label = `${this.t('map.label')}${baseLanguage(this.lang) === 'fr' ? '\u00a0:' : ':'} ${this.#summary(view)}`;
    return html`<div class="map-panel" part="map">
      <div class="frame" part="map-frame" role="group" aria-label=${label} aria-describedby="keys">
        <svg
          viewBox=${size ? `0 0 ${size.width} ${size.height}` : '0 0 400 300'}
          preserveAspectRatio="xMidYMid meet"
          @click=${this.#onMapClick}
          @keydown=${this.#onMapKeydown}
          @focusin=${this.#onMapFocus}
        >
          ${size ? svg`<rect class="sea" x="0" y="0" width=${size.width} height=${size.height}></rect>` : nothing}
          ${geo ? this.#renderGeometry(geo, this.#selectionIn(geo)) : nothing}
        </svg>
        ${renderZoomControls(this.#zoom, (key) => this.t(key))}
      </div>
      <p id="keys" class="cw-visually-hidden">${this.t('cityMap.keys')}</p>
      ${renderLegend(view.legend, this.t('cityMap.legend'))}
      <p class="credits" part="credits">${this.t('cityMap.credits')}</p>
    </div>`;
  }

  /**
   * The markers keep their places whatever is selected: each marker and label is drawn at its own
   * index of the layout's arrays, the selected city's slot is left empty and its marker drawn last
   * (on top), so that a selection changes only the nodes of the markers and labels it concerns.
   * Guarded: an update of the list alone (the progressive chunks) does not go through the markers.
   */
  #renderGeometry(geo: Geometry, sel: SelectionLayout | undefined): TemplateResult {
    const basemap = this.#basemap;
    const land = basemap ? this.#geo.land(geo.fit, basemap) : undefined;
    const hl = this.#highlight?.ids;
    const family = globalThis.getComputedStyle?.(this).fontFamily || 'sans-serif';
    return svg`
      ${land ? svg`<path class="land" d=${land}></path>` : nothing}
      ${basemap ? renderContext(this.#geo.borders(geo.fit, basemap), this.#geo.contextLabels(geo, sel, basemap, this.lang, family)) : nothing}
      ${keyed(this.#generation, svg`<g class="markers">${guard([geo, sel, hl, this.lang, this.#slices, this.#stop(geo)], () => renderMarkers(this.#layer(geo), geo, sel, hl))}</g>`)}
      <g class="labels" font-size=${LABEL_FONT_SIZE} aria-hidden="true">${guard([geo, sel, this.lang], () => renderLabels(this.#layer(), geo, sel))}</g>
      ${geo.locator ? renderLocator(geo.locator, basemap) : nothing}`;
  }

  /** The tab stop's key: the one the reader moved it to, if it is on the map, else the default. */
  #stop(geo: Geometry): string | undefined {
    const key = this.#focusKey;
    if (key !== undefined && (key.startsWith('cluster:') ? geo.clusters.some((c) => `cluster:${c.key}` === key) : geo.points.has(key) && !geo.clusterOf.has(key))) return key;
    return defaultStop(geo, this.selected && this.#byId.has(this.selected) ? this.selected : undefined, this.dir === 'rtl');
  }

  #layer(geo?: Geometry): LayerContext {
    return {
      stop: geo ? this.#stop(geo) : undefined,
      byId: this.#byId,
      lang: this.lang,
      slices: this.#slices,
      t: (key, params) => this.t(key, params),
      cityNames: (ids, max) => this.#cityNames(ids, max),
      langOf: (t) => this.#langOf(t),
    };
  }

  #aspectOf?: { view: CityMapView; aspect: number };

  /** The frame's height-to-width ratio for the cities shown (see `preferredAspect`). */
  #aspect(view: CityMapView): number {
    if (this.#aspectOf?.view !== view) this.#aspectOf = { view, aspect: preferredAspect(view.cities) };
    return this.#aspectOf.aspect;
  }

  // ── Geometry (decided in layout.ts, memoized in geometry.ts) ───────────────────────────

  #baseFit(view: CityMapView, width: number, height: number): MapView {
    return this.#geo.baseFit(view, width, height);
  }

  #computeGeometry(view: CityMapView): Geometry | undefined {
    const size = this.#frameSize.size;
    if (!size) return undefined;
    const family = globalThis.getComputedStyle?.(this).fontFamily || 'sans-serif';
    const radius = Number.isFinite(this.clusterRadius) ? Math.max(0, this.clusterRadius) : 28;
    const zoom = this.#zoom.transform;
    // A spread lasts until the next zoom or pan.
    const spread = this.#spread?.zoom === zoom ? this.#spread.ids : undefined;
    return this.#geo.compute({ view, byId: this.#byId, size, zoom, radius, rtl: this.dir === 'rtl', font: `600 ${LABEL_FONT_SIZE}px ${family}`, spread });
  }

  #selectionIn(geo: Geometry): SelectionLayout | undefined {
    return this.#geo.selection(geo, this.selected && this.#byId.has(this.selected) ? this.selected : undefined);
  }

  // ── Interaction ─────────────────────────────────────────────────────────────────────────

  /** Runs an event handler; an exception becomes a console warning, never an error in the host page. */
  #guarded(run: () => void): void {
    try {
      run();
    } catch (e) {
      console.warn('cityweave: <cw-city-map> could not handle an event.', e);
    }
  }

  #onListClick = (event: Event): void =>
    this.#guarded(() => {
      const button = (event.target as Element | null)?.closest?.('button[data-city]');
      const id = button?.getAttribute('data-city');
      if (id) this.#select(id, 'list');
    });

  #onListKeydown = (event: KeyboardEvent): void => this.#guarded(() => this.#keydown(event));

  #keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.selected !== undefined || this.#highlight) {
        this.selected = undefined;
        this.#highlight = undefined;
        this.#status = '';
        this.requestUpdate();
        event.stopPropagation();
      }
      return;
    }
    const direction = event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? arrowDirection(event.key, this.dir === 'rtl') : undefined;
    if (direction) {
      // Left and Right in the list go to the city beside this one on the map, as on the markers.
      const id = (event.target as Element | null)?.closest?.('li.city')?.getAttribute('data-city');
      const size = this.#frameSize.size ?? { width: 800, height: 600 };
      const points = this.#view ? this.#baseFit(this.#view, size.width, size.height).points : [];
      const from = points.find((p) => p.id === id);
      const to = from ? neighbourInDirection(from, points, direction) : undefined;
      if (to) {
        event.preventDefault();
        void this.#focusEntry(to.id);
      }
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key) || !this.#view) return;
    // Over the cities of the whole list, rendered or not: the window brings the next one in.
    const cities = this.#view.groups.flatMap((g) => g.cities);
    if (cities.length === 0) return;
    const id = (event.target as Element | null)?.closest?.('li.city')?.getAttribute('data-city');
    const i = cities.findIndex((c) => c.id === id);
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = cities.length - 1;
    else next = Math.max(0, Math.min(cities.length - 1, i + (event.key === 'ArrowDown' ? 1 : -1)));
    event.preventDefault();
    void this.#focusEntry(cities[next]!.id);
  }

  #onMapClick = (event: Event): void => this.#guarded(() => this.#mapClick(event));

  #mapClick(event: Event): void {
    // The end of a drag of the map is not a click on what is under the pointer.
    if (this.#zoom.dragged) return;
    const target = event.target as Element | null;
    const marker = target?.closest?.('[data-key]');
    if (marker) this.#activate(marker, false);
    else if (target?.closest?.('.paths') && event instanceof MouseEvent) this.#pathClick(event, target);
  }

  /** A click on the markers drawn as paths: the city nearest to the pointer. */
  #pathClick(event: MouseEvent, target: Element): void {
    const geo = this.#geo.current;
    const ctm = (target.closest('svg') as SVGSVGElement | null)?.getScreenCTM();
    if (!geo || !ctm) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const id = singleAt(geo, p.x, p.y);
    if (id) this.#select(id, 'map');
  }

  /** A marker or a cluster activated (a click, Enter): a city is selected; a cluster opens. */
  #activate(marker: Element, fromKeyboard: boolean): void {
    const key = marker.getAttribute('data-key');
    if (!key) return;
    if (!key.startsWith('cluster:')) {
      if (!this.#byId.has(key)) return;
      // The selected marker is drawn anew on top of the others: focus follows it there.
      this.#refocus = fromKeyboard;
      this.#select(key, fromKeyboard ? 'keyboard' : 'map');
      return;
    }
    const ids = (marker.getAttribute('data-cities') ?? '').split(' ').filter((s) => this.#byId.has(s));
    if (ids.length > 0) this.#openCluster(key.slice('cluster:'.length), ids, fromKeyboard);
  }

  /**
   * Opens a cluster: zooms to its cities, so that they come apart. When they cannot (cities at one
   * place, or the map already as close as it goes), they are highlighted in the list instead.
   */
  #openCluster(key: string, ids: string[], fromKeyboard: boolean): void {
    const size = this.#frameSize.size;
    const view = this.#view;
    if (!size || !view) return;
    const base = this.#baseFit(view, size.width, size.height);
    const wanted = new Set(ids);
    const points = base.points.filter((p) => wanted.has(p.id));
    const target = zoomToPoints(points, size.width, size.height, 48);
    const now = this.#zoom.transform;
    if (target.k <= now.k * 1.01) {
      // As close as the map goes: cities at one place are spread around it (and shown in the list).
      this.#spread = { ids: new Set(ids), zoom: now };
      this.#highlightCluster(key, ids);
      return;
    }
    this.#zoom.set(target);
    const inListOrder = [...ids].sort((a, b) => (this.#index.get(a) ?? 0) - (this.#index.get(b) ?? 0));
    this.#status = this.t('cityMap.zoomedTo', { count: ids.length, names: this.#cityNames(inListOrder, 20) });
    this.#highlight = undefined;
    // Focus goes to the most prominent of its cities, on the zoomed map.
    const first = [...ids].sort((a, b) => (this.#byId.get(a)?.rank ?? 0) - (this.#byId.get(b)?.rank ?? 0))[0]!;
    this.#focusKey = first;
    this.#refocus = fromKeyboard;
    this.requestUpdate();
  }

  #markers(): MarkerNode[] {
    return markersIn(this.renderRoot);
  }

  #onMapFocus = (event: FocusEvent): void =>
    this.#guarded(() => {
      const key = (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key');
      if (key && key !== this.#focusKey) {
        this.#focusKey = key;
        this.#applyRoving();
      }
    });

  #onMapKeydown = (event: KeyboardEvent): void => this.#guarded(() => this.#mapKeydown(event));

  #mapKeydown(event: KeyboardEvent): void {
    const action = mapKeyAction(event, this.dir === 'rtl', ZOOM_STEP);
    if (!action) return;
    const markers = this.#navigable();
    const current = markers.find((m) => m.key === (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key'));
    let next: (typeof markers)[number] | undefined;
    switch (action.kind) {
      case 'move':
        next = current ? neighbourInDirection(current, markers, action.direction) : markers[0];
        break;
      case 'first':
      case 'last': {
        const order = readingOrder(markers, this.dir === 'rtl');
        next = action.kind === 'first' ? order[0] : order.at(-1);
        break;
      }
      case 'activate':
        if (current?.el) this.#activate(current.el, true);
        break;
      case 'clear':
        if (this.selected === undefined && !this.#highlight) return;
        this.selected = undefined;
        this.#highlight = undefined;
        this.#status = '';
        this.requestUpdate();
        break;
      case 'zoom':
      case 'reset': {
        if (action.kind === 'zoom') this.#zoom.zoomBy(action.factor, current?.x, current?.y);
        else this.#zoom.reset();
        this.#refocus = true;
        break;
      }
    }
    event.preventDefault();
    event.stopPropagation();
    if (next) {
      this.#focusKey = next.key;
      if (next.el) {
        this.#applyRoving();
        next.el.focus();
      } else {
        // A city drawn in the paths: its element is drawn with the next update, and focused then.
        this.#refocus = true;
        this.requestUpdate();
      }
    }
  }

  /** The markers the arrow keys move between: the drawn ones, and with many markers every city in the paths too. */
  #navigable(): Array<{ key: string; x: number; y: number; el?: SVGGraphicsElement }> {
    const drawn = this.#markers();
    const geo = this.#geo.current;
    if (!geo || !drawsPaths(geo)) return drawn;
    const els = new Map(drawn.map((m) => [m.key, m]));
    return [...navigable(geo).map((m) => els.get(m.key) ?? m), ...drawn.filter((m) => !geo.points.has(m.key) && !m.key.startsWith('cluster:'))];
  }

  #applyRoving(): void {
    const geo = this.#geo.current;
    const target = applyRovingStop(this.#markers(), this.#focusKey ?? (geo && drawsPaths(geo) ? this.#stop(geo) : this.selected), this.selected, this.dir === 'rtl');
    // Kept pending while no marker is drawn yet (the map between two layouts).
    if (!target) return;
    if (this.#refocus) target.el.focus();
    this.#refocus = false;
  }

  #select(id: string, from: 'list' | 'map' | 'keyboard'): void {
    this.selected = id;
    this.#focusKey = id;
    // Zoomed in, a city chosen in the list that is out of sight is brought to the centre.
    const size = this.#frameSize.size;
    const base = size && this.#view && this.#zoom.zoomed ? this.#baseFit(this.#view, size.width, size.height) : undefined;
    const at = base?.points.find((p) => p.id === id);
    if (size && at && !this.#geo.fit?.points.some((p) => p.id === id)) this.#zoom.set(centreOn(this.#zoom.transform, at.x, at.y, size.width, size.height));
    this.#highlight = undefined;
    this.#status = '';
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent<CitySelectDetail>('cw-select', { detail: { city: id }, bubbles: true, composed: true }));
    if (from === 'map') void this.#focusEntry(id);
  }

  /**
   * The names of cities as a list in the reader's language, at most `max` of them: past that, the
   * first ones and "N other cities" ("Tanger, Tétouan et 5 autres villes", "طنجة وتطوان و5 مدن أخرى").
   */
  #cityNames(ids: readonly string[], max: number): string {
    const name = (id: string) => this.#byId.get(id)?.name.text ?? id;
    if (ids.length <= max) return formatList(this.lang, ids.map(name));
    const shown = ids.slice(0, max - 1).map(name);
    return formatList(this.lang, [...shown, this.t('cityMap.otherCities', { count: ids.length - shown.length })]);
  }

  #highlightCluster(key: string, ids: string[]): void {
    const inListOrder = [...ids].sort((a, b) => (this.#index.get(a) ?? 0) - (this.#index.get(b) ?? 0));
    this.selected = undefined;
    this.#highlight = { key, ids: new Set(ids) };
    this.#status = this.t('cityMap.clusterHighlighted', {
      count: ids.length,
      names: this.#cityNames(inListOrder, 20),
    });
    this.requestUpdate();
    void this.#focusEntry(inListOrder[0]!);
  }

  /** Moves focus to a city's entry in the list (rendering it first if the list is still growing). */
  async #focusEntry(id: string): Promise<void> {
    try {
      await this.#showEntry(id);
    } catch (e) {
      console.warn('cityweave: <cw-city-map> could not move focus to the list.', e);
    }
  }

  async #showEntry(id: string): Promise<void> {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.all');
    if (details && !details.open) details.open = true;
    await this.#window.reveal(this.#rowOf.get(id) ?? 0);
    const entry = this.renderRoot.querySelector<HTMLElement>(`li.city[data-city="${CSS.escape(id)}"]`);
    const control = entry?.querySelector<HTMLElement>('.name');
    if (!entry || !control) return;
    control.focus({ preventScroll: true });
    entry.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  // ── After rendering: size observer, progressive list, basemap, structured data ──────────

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const ready = this.state === 'ready' && this.#view !== undefined;
    this.#frameSize.observe(this.renderRoot.querySelector('.frame') ?? undefined);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame') ?? undefined;
    this.#zoom.attach(frame);
    // Through the CSSOM, not a style attribute: a strict Content-Security-Policy (style-src 'self') blocks those.
    if (frame && this.#view) frame.style.setProperty('--_cw-map-aspect-auto', `1 / ${this.#aspect(this.#view)}`);
    this.#applyRoving();
    const slices = this.#geo.current?.slices.length ?? 0;
    if (ready && this.#view && this.#slices < slices && this.#frame === undefined) {
      this.#frame = nextFrame(() => {
        this.#frame = undefined;
        if (this.#view) {
          this.#slices = Math.max(this.#slices, Math.min(this.#geo.current?.slices.length ?? 0, this.#slices + SLICES_PER_FRAME));
          this.requestUpdate();
        }
      });
    }
    if (ready && this.#show !== 'list' && !this.#basemap && this.#basemapState === 'idle') {
      this.#basemapState = 'loading';
      loadBasemap().then(
        (basemap) => {
          this.#basemap = basemap;
          this.#basemapState = 'idle';
          this.requestUpdate();
        },
        (e: unknown) => {
          this.#basemapState = 'failed';
          console.warn('cityweave: <cw-city-map> could not load its basemap; the cities are shown without land.', e);
        },
      );
    }
    this.#writeStructuredData(ready);
  }

  #writeStructuredData(ready: boolean): void {
    const atlas = this.currentAtlas;
    const view = this.structuredData && ready && atlas ? this.#view : undefined;
    this.#wroteJsonLd = writeCityMapJsonLd(this, view && atlas ? { view, atlas, lang: this.lang, narrowed: parseCityIds(this.cities).length > 0 } : undefined, this.#wroteJsonLd);
  }
}
