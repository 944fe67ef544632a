// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { filterTimelineView, roadmapTimelineViewSteps, timelineRows, type RoadmapTimelineEntry, type RoadmapTimelineView, type TimelineRow } from '../../src/views/roadmap-timeline.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { CwElement } from '../base/cw-element.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import { Memo, sameKeys } from '../base/memo.js';
import type { UiMessageKey } from '../base/messages.js';
import { PrintController } from '../base/print-controller.js';
import { SteppedBuild } from '../base/stepped-build.js';
import { styleProps } from '../base/style-props.js';
import type { CwEventTarget } from '../base/typed-events.js';
import { WindowedListController } from '../base/windowed-list.js';
import { domId, renderEntry, type EntryContext } from './entry.js';
import type { CwRoadmapTimelineEventMap, RoadmapTimelineSelectDetail } from './events.js';
import { filterOptions, renderFilters, type FilterName, type FilterOptions } from './filters.js';
import { ListFocus } from './list-focus.js';
import { ListPositionController } from './list-position.js';
import { OverviewBand } from './overview-band.js';
import { overviewStyles } from './overview.styles.js';
import { roadmapTimelineStyles } from './roadmap-timeline.styles.js';
import { TimelineSelection } from './selection.js';
import { TimelineStructuredData } from './structured-data.js';
import { renderSummary, todayIso, todayRule } from './summary.js';
import { textOrAbsent } from '../base/text-properties.js';
import { parsedBy, warnOnce, warnValue } from '../base/value-warnings.js';
import { AxisZoomController } from './zoom.js';

export type { CwRoadmapSelectEvent, CwRoadmapTimelineEventMap, RoadmapTimelineSelectDetail } from './events.js';

/** `time-direction` as the element reads it: `ltr` or `rtl`, as written. */
const timeDirectionOf = (value: unknown): 'ltr' | 'rtl' | undefined => (value === 'ltr' || value === 'rtl' ? value : undefined);

/** Lists up to this many entries are in the DOM whole; longer ones are windowed and offer an "all entries" button. */
const WHOLE_LIST = 60;

/** Listeners on this element get its own event types (`CwRoadmapTimelineEventMap`). */
export interface CwRoadmapTimeline {
  addEventListener: CwEventTarget<CwRoadmapTimelineEventMap, CwRoadmapTimeline>['addEventListener'];
  removeEventListener: CwEventTarget<CwRoadmapTimelineEventMap, CwRoadmapTimeline>['removeEventListener'];
}

/**
 * @summary A roadmap's items and a network's events in time order, grouped by year, on a time axis.
 *
 * Each entry shows its date at the precision the source gives ("2019–2020", "avril 2017", "27–28
 * novembre" when the year is unknown) in `<time datetime>`, whether that date is planned or actual,
 * its kind, its status, its cities with their roles and its partners. Filters by kind and city. The
 * arrow keys move between entries (Left and Right follow the time axis on screen, Up and Down go to
 * the previous and next entry, Home and End to the first and last); Enter, Space or a click shows an
 * entry's details and fires `cw-select`; Escape closes an open entry.
 *
 * Above the list, an overview band shows every dated entry at its real date and precision: a dot for a
 * day, a bar for a range, soft ends for a year or a month ("2019", "avril 2017"), one lane per overlap
 * so entries sharing a period stack instead of hiding each other (entries with the very same dates are
 * one bar that says how many), a separate lane for "year unknown",
 * and today as one marker (the only one: the list below draws no time of its own). Zoom with the buttons, `+`/`-` (`0` fits), Ctrl/⌘ + wheel or a pinch;
 * choosing a mark brings the list to that entry. With `city` instead of `roadmap` or `network`, the
 * timeline shows one city's entries across every network.
 *
 * @csspart base - The whole timeline.
 * @csspart overview - The overview band (time axis with every entry, zoom buttons), sticky and opaque.
 * @csspart zoom - The zoom buttons of the overview.
 * @csspart overview-today - The today marker on the overview axis (the only one).
 * @csspart overview-span - A roadmap's span on the overview axis.
 * @csspart overview-window - On the overview axis, the stretch of time of the entries in view in the list ("where am I").
 * @csspart unknown-lane - The overview's lane for entries whose year is unknown.
 * @csspart header - Title and summary (span, today).
 * @csspart title - The title (the roadmap's or the network's name).
 * @csspart summary - The sentence giving the span and today's date.
 * @csspart filters - The filter bar.
 * @csspart filter - Each filter (label and select).
 * @csspart find - The search field of a filter with many options (a city among hundreds), which narrows its select.
 * @csspart count - The number of entries shown (announced to screen readers).
 * @csspart all-entries - The toggle button that puts every entry in the page (find-in-page), on long lists.
 * @csspart track - The area holding the list of entries.
 * @csspart year-heading - A year's heading ("Year unknown" for the last group).
 * @csspart period-heading - The heading of a period many entries share ("2019–2020: 11 entries"), said once instead of on each entry.
 * @csspart group-heading - Inside a shared period, the heading of the entries of one kind (or one city).
 * @csspart list - The ordered list of the entries (one list, with the year, period and group headings inside it).
 * @csspart item - An entry.
 * @csspart item-selected - The selected entry (with `item`).
 * @csspart card - An entry's text.
 * @csspart item-button - The entry's title, the button that selects it.
 * @csspart details - The details of the selected entry.
 * @csspart empty - The block shown when there is nothing to show.
 * @cssprop --cw-timeline-bar-color - Colour of an entry's mark on the overview axis and its dot in the list (the accent colour).
 * @cssprop --cw-timeline-band-color - Colour of the roadmap's span on the overview axis (a tint of the accent colour).
 * @cssprop --cw-timeline-today-color - Colour of the today marker on the overview axis.
 * @fires {CustomEvent<RoadmapTimelineSelectDetail>} cw-select - When an entry is selected. Bubbles and is composed; `detail` is `{ item, type }`.
 * @fires {CustomEvent<RoadmapTimelineSelectDetail>} cw-deselect - When the reader closes the selected entry (Escape, or its title again): `detail` is the entry that was selected, `{ item, type }`. Bubbles and is composed. Not fired when a script changes `selected`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the data cannot be shown (see `CwElement`).
 */
export class CwRoadmapTimeline extends CwDataElement {
  static override styles = [CwElement.styles, roadmapTimelineStyles, overviewStyles];
  protected static override valueRules = { ...CwElement.valueRules, timeDirection: parsedBy(timeDirectionOf, 'takes "ltr" or "rtl"'), today: todayRule };

  /** The id of the roadmap to show. Takes precedence over `network`. */
  @property({ reflect: true }) roadmap?: string;

  /** The id of a network: the dated items of its roadmaps and the events it takes part in. */
  @property({ reflect: true }) network?: string;

  /**
   * The id of a city: its roadmap items and events across every network, with no network needed
   * (for a city's profile page). Used when neither `roadmap` nor `network` is set.
   */
  @property({ reflect: true }) city?: string;

  /**
   * Today's date for the marker: a `Date`, or an ISO day (`2019-06-15`) as property or attribute.
   * Unset: the reader's current date. For stories and tests.
   */
  @property() today?: Date | string;

  /**
   * The direction in which time runs on the horizontal axis: `ltr` (later to the right) or `rtl`
   * (later to the left). Unset: with the text direction.
   */
  @property({ attribute: 'time-direction', reflect: true }) timeDirection?: 'ltr' | 'rtl';

  /** The level of the title heading (1–6); year headings are one level below. Default: one below the heading before the element on the page (after an `<h1>`, 2), else 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** A URL template for links to the host site's pages of entries: `{id}` and `{lang}` are replaced. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Writes schema.org JSON-LD of the events shown into a `<script type="application/ld+json">` in the light DOM. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** The kind shown (`workshop`, …); empty for every kind. Reflects the filter. */
  @property({ attribute: 'filter-kind', reflect: true, converter: textOrAbsent }) filterKind = '';

  /** The id of the city whose entries are shown; empty for every city. Reflects the filter. */
  @property({ attribute: 'filter-city', reflect: true, converter: textOrAbsent }) filterCity = '';

  /**
   * The id of the selected entry (its details are shown); empty for none. A change once the
   * timeline is shown brings the entry into the list's view (the page scrolls to it); the value it
   * loads with only marks it, like `<details open>`: the page does not jump to a timeline further
   * down on load.
   */
  @property({ reflect: true, converter: textOrAbsent }) selected = '';

  /**
   * Every entry in the page at once, for find-in-page and for reading without scrolling. Off: only the
   * entries near the viewport are in the DOM (keyboard, screen-reader counts and printing still reach
   * every entry). The list offers a button for it when it is long.
   */
  @property({ attribute: 'all-entries', type: Boolean, reflect: true }) allEntries = false;

  #view?: RoadmapTimelineView;
  readonly #zoom = new AxisZoomController(this);
  /** The unfiltered view, built once per data, subject and day (by steps: see `viewSliceMs`); filters narrow it. */
  #full?: RoadmapTimelineView;
  readonly #fullBuild = new SteppedBuild<RoadmapTimelineView>();
  #filterKey?: unknown[];
  #index = new Map<string, number>();
  /** The list's rows (entries with the headings before them), in list order; windowed below. */
  #rows: TimelineRow[] = [];
  /** What the reader typed in the filters' search fields (shown only past a select's size). */
  #find: Record<FilterName, string> = { kind: '', city: '' };
  readonly #print = new PrintController(this);
  /** Only the rows near the viewport are in the DOM; every row in "all entries" mode and in print. */
  readonly #window = new WindowedListController(this, {
    count: () => this.#rows.length,
    container: () => this.renderRoot?.querySelector<HTMLElement>('ol.list') ?? null,
    estimate: 110,
  });
  /** Which entries the reader sees in the list, shown on the overview axis. */
  readonly #position = new ListPositionController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('ol.list') ?? null,
    cover: () => this.renderRoot?.querySelector<HTMLElement>('.overview') ?? null,
  });
  readonly #structured = new TimelineStructuredData();
  /** The tab stop, keyboard and clicks of the list. */
  readonly #focus = new ListFocus({
    rows: () => this.#rows,
    indexOf: (key) => this.#index.get(key),
    window: this.#window,
    buttonOf: (key) => this.#buttonOf(key),
    cover: () => this.renderRoot.querySelector('.overview'),
    timeDirection: () => this.#timeDirection(),
    selectedKey: () => this.#selectedEntry()?.key,
    select: (entry) => {
      const before = this.#selectedEntry();
      this.selected = entry?.entry.id ?? '';
      this.#selection.choose(entry);
      // `selected` may keep its value (the item after the event of the same id): render anyway.
      this.requestUpdate();
      if (entry) this.dispatchEvent(new CustomEvent<RoadmapTimelineSelectDetail>('cw-select', { detail: { item: entry.entry.id, type: entry.entry.type }, bubbles: true, composed: true }));
      // The reader closed the open entry: a page that keeps the selection in its own state hears it.
      else if (before) this.dispatchEvent(new CustomEvent<RoadmapTimelineSelectDetail>('cw-deselect', { detail: { item: before.entry.id, type: before.entry.type }, bubbles: true, composed: true }));
    },
    requestUpdate: () => this.requestUpdate(),
    activeElement: () => (this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null),
  });
  readonly #selection = new TimelineSelection({
    indexOf: (key) => this.#index.get(key),
    window: this.#window,
    entryElement: (key) => this.renderRoot.querySelector<HTMLElement>(`li.entry[data-entry="${CSS.escape(key)}"]`),
    cover: () => this.renderRoot.querySelector('.overview'),
  });
  /** The filter options, sorted in the element's language: once per view and language. */
  readonly #filterOptions = new Memo<FilterOptions>();
  /** What entries, the summary and the filters need from the element (its language, messages, text helpers). */
  readonly #ctx = this.#context();
  readonly #overview = new OverviewBand(this, {
    text: this.#ctx,
    zoom: this.#zoom,
    position: this.#position,
    focus: this.#focus,
    rows: () => this.#rows,
    indexOf: (key) => this.#index.get(key),
    timeDirection: () => this.#timeDirection(),
    onPaper: () => this.#print.onPaper,
  });

  #context(): EntryContext {
    // The getters below read the element's current values.
    const host = this;
    return {
      get lang() {
        return host.lang;
      },
      t: (key, params) => this.t(key, params),
      localized: (text) => this.localized(text),
      renderText: (text) => this.renderText(text),
      termName: (prefix, value) => this.termName(prefix, value),
      fallbackDir: (r) => this.fallbackDir(r),
      source: (id) => this.data.source(id),
      get hrefTemplate() {
        return host.hrefTemplate;
      },
      get subjectType() {
        return host.#view?.subject?.type;
      },
      onDetailsKeyDown: (e, key) => this.#focus.onDetailsKeyDown(e, key),
    };
  }

  /** The view model currently shown (for tests and stories). */
  get view(): RoadmapTimelineView | undefined {
    return this.#view;
  }

  // ── View model ────────────────────────────────────────────────────────────────────────────

  protected override prepareView(_changed: PropertyValues): void {
    const atlas = this.data;
    const roadmap = this.roadmap?.trim() || undefined;
    const network = roadmap ? undefined : this.network?.trim() || undefined;
    const scopeCity = roadmap || network ? undefined : this.city?.trim() || undefined;
    if (roadmap) this.record('roadmap', roadmap);
    else if (network) this.record('network', network);
    else if (scopeCity) this.record('city', scopeCity);
    else warnOnce(this, 'scope', `<${this.localName}> shows nothing without roadmap, network or city (the id of one in the data).`);
    const today = todayIso(this.today);
    const fullKey = [atlas, roadmap, network, scopeCity, today];
    const full = this.#fullBuild.build(fullKey, () => roadmapTimelineViewSteps(atlas, { roadmap, network, ...(scopeCity ? { scopeCity } : {}), today }), this.viewSliceMs);
    if (!full) return this.continueView();
    // Another subject (or data, or day) has another axis: a zoom into the old one could show nothing of it.
    if (this.#full && full !== this.#full) this.#zoom.fit();
    this.#full = full;
    // A filter value that none of the entries has (a typo in the page, a kind of another roadmap) is
    // ignored: its select shows "all", and an empty list with no way back would only puzzle.
    const kind = full.filterOptions.kinds.some((k) => k.kind === this.filterKind) ? this.filterKind : '';
    const city = full.filterOptions.cities.some((c) => c.city.id === this.filterCity) ? this.filterCity : '';
    // Said once in the console (a script may set them to undefined: that is no value, no warning).
    if (this.filterKind && kind !== this.filterKind) warnValue(this, 'filterKind', this.filterKind, `takes a kind that entries of this timeline have (${full.filterOptions.kinds.map((k) => k.kind).join(', ')}); ignored`);
    if (this.filterCity && city !== this.filterCity) warnValue(this, 'filterCity', this.filterCity, 'takes the id of a city that entries of this timeline name; ignored');
    const selected = (this.selected ?? '').trim();
    if (selected && !full.entries.some((e) => e.entry.id === selected)) warnValue(this, 'selected', this.selected, 'takes the id of an entry of this timeline (an item or an event); ignored');
    const key: [RoadmapTimelineView, string, string] = [full, kind, city];
    if (!sameKeys(key, this.#filterKey)) this.#applyFilters(key);
    // A short list is in the DOM whole (no cost worth windowing); a long one is windowed, except in
    // "all entries" mode and in print.
    this.#window.all = this.allEntries || this.#print.printing || this.#rows.length <= WHOLE_LIST;
  }

  /** Sorting thousands of cities' names for the filter: a task of its own on a first render. */
  protected override moreViewWork(): Array<() => void> {
    const view = this.#view;
    return view ? [() => this.#sortedOptions(view)] : [];
  }

  #applyFilters(key: [RoadmapTimelineView, string, string]): void {
    this.#filterKey = key;
    const [full, kind, city] = key;
    this.#view = filterTimelineView(full, kind, city);
    this.#rows = timelineRows(this.#view);
    // Heights were measured by index: other rows now.
    this.#window.reset();
    this.#index = new Map(this.#rows.map((r) => [r.entry.key, r.index]));
    this.#focus.keep(this.#selectedEntry()?.key ?? this.#rows[0]?.entry.key);
  }

  protected override isEmpty(): boolean {
    return !this.#view || this.#view.total === 0;
  }

  #selectedEntry(): RoadmapTimelineEntry | undefined {
    return this.#selection.entry(this.#view, this.selected);
  }

  // ── Progressive rendering ─────────────────────────────────────────────────────────────────

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#focus.updated();
    this.#selection.updated(this.state === 'ready', changed.has('selected'), () => this.#selectedEntry());
    this.#structured.write(this, this.structuredData && this.state === 'ready', this.#view, () => this.data, this.lang);
  }

  // ── Interaction ───────────────────────────────────────────────────────────────────────────

  #buttonOf(key: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`#${domId('entry', key)}`);
  }

  /** The direction in which time runs on the overview axis; Left and Right in the list follow it. */
  #timeDirection(): 'ltr' | 'rtl' {
    return timeDirectionOf(this.timeDirection) ?? this.dir;
  }

  #sortedOptions(view: RoadmapTimelineView): FilterOptions {
    return this.#filterOptions.get([view.filterOptions, this.lang], () => filterOptions(this.#ctx, view));
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────

  protected override loadingOptions() {
    return { lines: 6 };
  }

  /** The title (the roadmap's, the network's or the city's name) and the summary line under it. */
  #renderHeader(view: RoadmapTimelineView, level: number): unknown {
    const subject = view.subject;
    const title = subject?.type === 'roadmap' ? subject.roadmap.title : subject?.type === 'network' ? subject.network.name : subject?.type === 'city' ? subject.city.name : undefined;
    return html`<header part="header" class="header">
      ${heading(level, this.renderText(title), { id: 'title', part: 'title', class: 'title' })} ${renderSummary(this.#ctx, view)}
    </header>`;
  }

  protected override emptyKey(): UiMessageKey {
    return this.#view?.subject?.type === 'roadmap' ? 'timeline.noItems' : 'empty.items';
  }

  /**
   * A roadmap whose data lists no items yet (the Arab coalition's 2017–2018 roadmap: the sources
   * name it, its period and where it was adopted, not its actions) still says which roadmap it is,
   * when it runs and where it was adopted, above the sentence that says so; a webmaster who puts
   * it on a page sees that the tag works.
   */
  protected override renderEmpty(): unknown {
    const view = this.#view;
    if (view?.subject?.type !== 'roadmap') return super.renderEmpty();
    return html`<section part="base" class="base" aria-labelledby="title">
      ${this.#renderHeader(view, this.#level())} ${super.renderEmpty()}
    </section>`;
  }

  /** The title's heading level: `heading-level`, else one below the enclosing heading (2 by default). */
  #level(): number {
    return headingLevel(this.headingLevel ?? outlineLevel(this, 2), 2);
  }

  protected override renderView(): unknown {
    const view = this.#view!;
    const level = this.#level();
    const selected = this.#selectedEntry();

    return html`<section part="base" class="base" aria-labelledby="title">
      ${this.#renderHeader(view, level)}
      ${renderFilters(this.#ctx, {
        view,
        options: () => this.#sortedOptions(view),
        kind: this.filterKind,
        city: this.filterCity,
        find: this.#find,
        windowed: this.#rows.length > WHOLE_LIST,
        allEntries: this.allEntries,
        onFilter: (which, value) => (which === 'kind' ? (this.filterKind = value) : (this.filterCity = value)),
        onFind: (which, query) => {
          this.#find = { ...this.#find, [which]: query };
          this.requestUpdate();
        },
        onAllEntries: () => (this.allEntries = !this.allEntries),
      })}
      ${view.entries.length === 0 ? nothing : this.#overview.render(view, selected?.key)}
      ${view.entries.length === 0
        ? html`<div part="empty" class="cw-state cw-empty"><p>${this.t('empty.results')}</p></div>`
        : this.#renderTrack(view, level, selected?.key)}
    </section>`;
  }

  #renderTrack(view: RoadmapTimelineView, level: number, selectedKey: string | undefined): unknown {
    const w = this.#window;
    const rows = this.#rows.slice(w.start, w.end);
    const count = this.#rows.length;
    // The tab stop: the focused entry when it is rendered, else the first rendered one.
    const tabStop = this.#focus.tabStop(w.start, w.end);
    // The list only: time is drawn once, on the overview axis above it (bars and a "today" line here
    // repeated it on every card and read as dividers). One flat list, windowed: the rows out of view
    // are replaced by padding of their (measured or estimated) height.
    return html`<div part="track" class="track">
      <div class="groups" role="group" aria-label=${this.t('timeline.label')} aria-describedby="keyboard-hint" @keydown=${this.#focus.onKeyDown} @click=${this.#focus.onClick} @focusin=${this.#focus.onFocusIn}>
        <p id="keyboard-hint" class="cw-visually-hidden">${this.t('timeline.keyboardHint')}</p>
        <ol part="list" class="list" style=${styleProps({ '--before': `${w.before}px`, '--after': `${w.after}px` })}>
          ${repeat(
            rows,
            (r) => r.entry.key,
            (r) =>
              guard([r, view.subject, this.lang, r.entry.key === selectedKey, r.entry.key === tabStop, this.hrefTemplate, level, count], () =>
                renderEntry(this.#ctx, r, count, r.entry.key === selectedKey, r.entry.key === tabStop, level),
              ),
          )}
        </ol>
      </div>
    </div>`;
  }
}
