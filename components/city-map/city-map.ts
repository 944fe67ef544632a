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
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { baseLanguage, formatList } from '../../src/i18n/index.js';
import { checkCityMapScope, cityMapViewSteps, parseCityIds, type CityMapCity, type CityMapScope, type CityMapView, type ShownText } from '../../src/views/city-map.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { Memo } from '../base/memo.js';
import { SteppedBuild } from '../base/stepped-build.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import type { LoadingOptions } from '../base/states.js';
import { writeCityMapJsonLd } from './structured-data.js';
import type { MessageKey } from '../../src/i18n/index.js';
import { loadBasemap } from './basemap.js';
import { BasemapHolder } from './basemap-holder.js';
import { focusListEntry, listRows, renderList, WINDOW_THRESHOLD, type ListRow } from './list.js';
import { WindowedListController } from '../base/windowed-list.js';
import { LABEL_FONT_SIZE, MapGeometry } from './geometry.js';
import type { Geometry, LayerContext } from './markers-layer.js';
import { MapInteraction } from './map-interaction.js';
import { renderMapPanel } from './map-panel.js';
import { MapZoom } from './zoom.js';
import { ElementSize } from '../base/element-size.js';
import type { CwEventTarget } from '../base/typed-events.js';
import type { CwCityMapEventMap } from './events.js';
import { cityMapStyles } from './city-map.styles.js';
import { listStyles } from './list.styles.js';
import { mapPanelStyles } from './map-panel.styles.js';
import { IDENTITY, preferredAspect, type MapView, type SelectionLayout } from './layout.js';
import { spacingOf } from './measure.js';
import { RenderedMetrics } from './rendered-metrics.js';
import { PrintController } from '../base/print-controller.js';
import { parsedBy, warnValue } from '../base/value-warnings.js';

export type { CitySelectDetail, CwCityMapEventMap, CwCitySelectEvent } from './events.js';

export type CityMapShow = 'map' | 'list' | 'both';




/** Listeners on this element get its own event types (`CwCityMapEventMap`). */
export interface CwCityMap {
  addEventListener: CwEventTarget<CwCityMapEventMap, CwCityMap>['addEventListener'];
  removeEventListener: CwEventTarget<CwCityMapEventMap, CwCityMap>['removeEventListener'];
}

/** `show` as the element reads it: `map`, `list` or `both`, whatever the case and the spaces around. */
const showOf = (value: unknown): CityMapShow | undefined => {
  const s = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return s === 'map' || s === 'list' || s === 'both' ? s : undefined;
};

/** The cluster radius the map uses for `cluster-radius`: a negative one is 0, anything but a number the default 28. */
const clusterRadiusOf = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : 28);

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
 * @fires {CustomEvent<CitySelectDetail>} cw-deselect - When the reader clears the selection (Escape, or a cluster chosen instead): `detail` is the city that was selected, `{ city: id }`. Bubbles and is composed. Not fired when a script changes `selected`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state (see the base class).
 */
export class CwCityMap extends CwDataElement {
  static override styles: CSSResultGroup = [CwDataElement.styles, cityMapStyles, mapPanelStyles, listStyles];
  protected static override valueRules = {
    ...CwDataElement.valueRules,
    show: parsedBy(showOf, 'takes "map", "list" or "both"', 'the map and the list are shown'),
    clusterRadius: (value: unknown) => (value == null || Object.is(clusterRadiusOf(value), value) ? undefined : `takes a number of pixels, 0 or more; ${clusterRadiusOf(value)} is used`),
  };

  /** A network id: its member cities, with their roles in it. */
  @property({ reflect: true }) network?: string;

  /** City ids, separated by commas or spaces. With `network` or `project`, narrows them to these. */
  @property({ reflect: true }) cities?: string;

  /** A project id: its cities, with their roles in the project. */
  @property({ reflect: true }) project?: string;

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

  /** Markers closer than this many pixels merge into a cluster badge with a count, named beside it where there is room (default 28). */
  @property({ attribute: 'cluster-radius', type: Number }) clusterRadius = 28;

  #view?: CityMapView;
  #viewKey?: string;
  #viewAtlas?: object;
  readonly #viewBuild = new SteppedBuild<CityMapView>();
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
  // In pixels, not a scaled viewBox: markers and labels keep their sizes on a phone. The frame has a 1 px border.
  #frameSize = new ElementSize(this, {
    border: 1,
    onFirstRead: () => {
      this.#preparingDrawing = true;
      this.renderAfterTasks([...this.#drawingWork(), () => (this.#preparingDrawing = false)]);
    },
  });
  /** While the first drawing for a size is prepared (`#drawingWork`), an update (the list's window, the basemap's arrival) leaves the frame empty rather than drawing it in its own task. */
  #preparingDrawing = false;
  readonly #basemap = new BasemapHolder(() => this.requestUpdate());
  #wroteJsonLd = false;
  #zoom = new MapZoom(this, () => this.#frameSize.size, (t, from, to) => (this.#view ? this.#geo.reframe(this.#view, t, from, to) : IDENTITY));
  #geo = new MapGeometry();
  /** The labels' spacing and the zoom buttons' room, read from the drawn map (a reader's stylesheet may change them). */
  readonly #metrics = new RenderedMetrics(this, () => spacingOf(this.#hostStyle()));
  /** While the page prints: the list of `show="map"` is opened (see `#printList`). */
  readonly #print = new PrintController(this);
  /** Whether the reader had the list of `show="map"` open when printing began (it is put back so after). */
  #listOpenBeforePrint?: boolean;
  #act = new MapInteraction({
    root: () => this.renderRoot,
    rtl: () => this.dir === 'rtl',
    view: () => this.#view,
    byId: () => this.#byId,
    index: () => this.#index,
    size: () => this.#frameSize.size,
    geo: this.#geo,
    zoom: this.#zoom,
    selected: () => this.selected,
    setSelected: (id) => (this.selected = id),
    t: (key, params) => this.t(key, params),
    cityNames: (ids, max) => this.#cityNames(ids, max),
    requestUpdate: () => this.requestUpdate(),
    dispatch: (event) => this.dispatchEvent(event),
    focusEntry: (id) => this.#focusEntry(id),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // The basemap is requested now, with the data, not once the data is there: no waterfall.
    if (this.#show !== 'list') void loadBasemap().catch(() => undefined);
    // Re-attach the size observer after a move in the document.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** What `show` means, with unknown values read as `both`. */
  get #show(): CityMapShow {
    return showOf(this.show) ?? 'both';
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
    if (this.#view && this.#viewKey === key && this.#viewAtlas === atlas) return this.#afterView();
    const check = checkCityMapScope(atlas, scope);
    if (!check.ok) this.fail({ kind: 'unknown-id', subject: check.kind, id: check.id, suggestions: check.suggestions, attribute: check.kind === 'city' ? 'cities' : check.kind });
    const view = this.#viewBuild.build([atlas, key], () => cityMapViewSteps(atlas, scope, this.lang, this.fallbackOrder, (kind, role) => this.termName(kind, role)), this.viewSliceMs);
    if (!view) return this.continueView();
    const sameCities = this.#view !== undefined && this.#view.cities.length === view.cities.length && this.#view.cities.every((c, i) => c.id === view.cities[i]!.id);
    this.#view = view;
    this.#viewKey = key;
    this.#viewAtlas = atlas;
    this.#byId = new Map(view.cities.map((c) => [c.id, c]));
    this.#index = new Map(view.cities.map((c, i) => [c.id, i]));
    this.#rows = listRows(view);
    this.#rowOf = new Map(this.#rows.flatMap((r, i) => (r.city ? [[r.city.id, i] as const] : [])));
    if (!sameCities) {
      this.#generation++;
      this.#window.reset();
      this.#act.reset();
      this.#zoom.reset();
    }
    this.#afterView();
  }

  /** What each update checks whether the view is new or not: the list whole or windowed, and a `selected` that names a city of the map. */
  #afterView(): void {
    this.#window.all = this.#wholeList();
    const selected = this.selected?.trim();
    if (selected && !this.#byId.has(selected)) warnValue(this, 'selected', this.selected, 'takes the id of a city this map shows; ignored');
  }

  /**
   * Whether the list is rendered whole: a short one (nothing to gain from a window, and find-in-page
   * sees every city), and any list while printing or for a capture (`cw-render-all`).
   */
  #wholeList(): boolean {
    return this.#rows.length <= WINDOW_THRESHOLD || this.#print.printing;
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
      <p class="cw-visually-hidden" role="status">${this.#act.status}</p>
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
      highlighted: this.#act.highlight?.ids,
      showMap: this.#show !== 'list',
      cityCount: (count: number) => this.t('map.summary.cities', { count }),
    };
    return keyed(this.#generation, html`<div class="groups" @click=${this.#act.onListClick} @keydown=${this.#act.onListKeydown}>${renderList(ctx, view, this.#rows, this.#window)}</div>`);
  }

  #renderMap(view: CityMapView): TemplateResult {
    const geo = this.#preparingDrawing ? undefined : this.#computeGeometry(view);
    return renderMapPanel({
      view,
      geo,
      selection: geo ? this.#selectionIn(geo) : undefined,
      size: this.#frameSize.size,
      basemap: this.#basemap.value,
      geometry: this.#geo,
      zoom: this.#zoom,
      act: this.#act,
      generation: this.#generation,
      lang: this.lang,
      family: this.#fontFamily(),
      spacing: this.#metrics.spacing,
      label: `${this.t('map.label')}${this.t('record.colon')} ${this.#summary(view)}`,
      t: (key) => this.t(key),
      layer: (g) => this.#layer(g),
    });
  }

  #layer(geo?: Geometry): LayerContext {
    return {
      stop: geo ? this.#act.stop(geo) : undefined,
      byId: this.#byId,
      lang: this.lang,
      t: (key, params) => this.t(key, params),
      cityNames: (ids, max) => this.#cityNames(ids, max),
      clusterLabel: this.#clusterLabel,
      langOf: (t) => this.#langOf(t),
    };
  }

  /** The frame's height-to-width ratio for the cities shown (see `preferredAspect`): once per view. */
  readonly #aspect = new Memo<number>();

  // ── Geometry (decided in layout.ts, memoized in geometry.ts) ───────────────────────────

  #computeGeometry(view: CityMapView): Geometry | undefined {
    const size = this.#frameSize.size;
    if (!size) return undefined;
    const family = this.#fontFamily();
    const radius = clusterRadiusOf(this.clusterRadius);
    // Laid out where the map is drawn: during a gesture, the drawing is moved as a picture (zoom.ts).
    const zoom = this.#zoom.drawn;
    // A spread lasts until the next zoom or pan.
    const spread = this.#act.spread?.zoom === zoom ? this.#act.spread.ids : undefined;
    return this.#geo.compute({
      view,
      byId: this.#byId,
      size,
      zoom,
      radius,
      rtl: this.dir === 'rtl',
      font: `600 ${LABEL_FONT_SIZE}px ${family}`,
      spacing: this.#metrics.spacing,
      controls: this.#metrics.controls,
      spread,
      lang: this.lang,
      clusterLabel: this.#clusterLabel,
    });
  }

  /**
   * The first drawing for a size of a large map, in tasks of its own before it is rendered: the
   * markers' layout, then the land, borders and names (at 5,000 cities the three were one task of
   * about 60 ms).
   */
  #drawingWork(): Array<() => void> {
    const view = this.#view;
    // Below a thousand cities the whole first drawing is one task of under 30 ms (`bench/render.mjs
    // --profile`): pieces would only add waits before it.
    if (!view || this.#show === 'list' || view.cities.length < 1000) return [];
    return [
      () => this.#computeGeometry(view),
      () => {
        const geo = this.#computeGeometry(view);
        const basemap = this.#basemap.value;
        if (!geo || !basemap) return;
        this.#geo.land(geo.fit, basemap);
        this.#geo.borders(geo.fit, basemap);
        this.#geo.contextLabels(geo, this.#selectionIn(geo), basemap, this.lang, this.#fontFamily(), this.#metrics.spacing);
      },
    ];
  }

  /** The host's computed style (what the labels inherit), none outside a browser. */
  #hostStyle(): CSSStyleDeclaration | undefined {
    return globalThis.getComputedStyle?.(this);
  }

  /** The font the labels are measured in (the host's, which may be the page's). */
  #fontFamily(): string {
    return this.#hostStyle()?.fontFamily || 'sans-serif';
  }

  #selectionIn(geo: Geometry): SelectionLayout | undefined {
    return this.#geo.selection(geo, this.selected && this.#byId.has(this.selected) ? this.selected : undefined);
  }

  // ── The list's names and focus (the interaction is in map-interaction.ts) ────────────────

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

  /** A cluster's label: up to three names, else the first and how many others (on a phone, a bare count hides which cities merged). */
  #clusterLabel = (ids: readonly string[]): string => this.#cityNames(ids, ids.length <= 3 ? 3 : 2);

  /** Moves focus to a city's entry in the list (rendering it first if the list is still growing). */
  #focusEntry(id: string): Promise<void> {
    return focusListEntry(this.renderRoot, id, () => this.#window.reveal(this.#rowOf.get(id) ?? 0));
  }

  // ── After rendering: size observer, progressive list, basemap, structured data ──────────

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const ready = this.state === 'ready' && this.#view !== undefined;
    this.#frameSize.observe(this.renderRoot.querySelector('.frame') ?? undefined);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame') ?? undefined;
    this.#zoom.attach(frame);
    // Through the CSSOM, not a style attribute: a strict Content-Security-Policy (style-src 'self') blocks those.
    if (frame && this.#view) frame.style.setProperty('--_cw-map-aspect-auto', `1 / ${this.#aspect.get([this.#view], () => preferredAspect(this.#view!.cities))}`);
    this.#act.applyRoving();
    this.#metrics.watch(frame ?? null);
    this.#printList();
    if (ready && this.#show !== 'list') this.#basemap.request();
    this.#writeStructuredData(ready);
  }

  /**
   * With `show="map"`, the list is in a disclosure: opened while the page prints (or for a capture),
   * so that the printout has the list too, and put back as the reader left it afterwards. Opened
   * here, after the update `beforeprint` asked for, before the browser lays the page out for print.
   */
  #printList(): void {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.all');
    if (this.#print.printing) {
      if (!details || this.#listOpenBeforePrint !== undefined) return;
      this.#listOpenBeforePrint = details.open;
      details.open = true;
    } else if (this.#listOpenBeforePrint !== undefined) {
      if (details) details.open = this.#listOpenBeforePrint;
      this.#listOpenBeforePrint = undefined;
    }
  }

  #writeStructuredData(ready: boolean): void {
    const atlas = this.currentAtlas;
    const view = this.structuredData && ready && atlas ? this.#view : undefined;
    this.#wroteJsonLd = writeCityMapJsonLd(this, view && atlas ? { view, atlas, lang: this.lang, narrowed: parseCityIds(this.cities).length > 0 } : undefined, this.#wroteJsonLd);
  }
}
