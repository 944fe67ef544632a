// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineEntry } from '../../src/atlas.js';
import { datetimeAttr, formatDate } from '../../src/format-date.js';
import { listParts, type ListType, type ResolvedText } from '../../src/i18n/index.js';
import type { Event, LocalizedText, RoadmapItem } from '../../src/schema/index.js';
import { filterTimelineView, roadmapTimelineView, timelineKeyTarget, timelineRows, type RoadmapTimelineEntry, type RoadmapTimelineView, type TimelineRow } from '../../src/views/roadmap-timeline.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { CwElement } from '../base/cw-element.js';
import { nextFrame } from '../base/frames.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import { hasMessage, type UiMessageKey } from '../base/messages.js';
import { hrefFromTemplate, safeUrl } from '../base/links.js';
import { jsonLdLoaded, jsonLdReady } from '../base/json-ld-ready.js';
import { styleProps } from '../base/style-props.js';
import type { CwEventTarget } from '../base/typed-events.js';
import type { CwRoadmapTimelineEventMap, RoadmapTimelineSelectDetail } from './events.js';
import { roadmapTimelineStyles } from './roadmap-timeline.styles.js';
import { renderOverview } from './overview.js';
import { AxisZoomController } from './zoom.js';
import { PrintController } from '../base/print-controller.js';
import { WindowedListController } from '../base/windowed-list.js';
import { entryAt } from './axis.js';
import { ListPositionController } from './list-position.js';

export type { CwRoadmapSelectEvent, CwRoadmapTimelineEventMap, RoadmapTimelineSelectDetail } from './events.js';

interface FilterOption {
  value: string;
  label: string;
  count: number;
  /** The language of `label` when it is a fallback. */
  lang?: string;
}

/** The stretch of time of the entries visible in the list (fractions of the axis), and their keys. */
interface VisibleStretch {
  start: number;
  end: number;
  keys: ReadonlySet<string>;
}

type TimelineMessageKey = Extract<UiMessageKey, `timeline.${string}`>;

/**
 * Filter options added per frame after the first, which has none: one option per city, thousands of
 * them, would make the first render a long task of their own (measured: ~60 ms for 5000).
 */
const OPTION_CHUNK = 500;
/** Lists up to this many entries are in the DOM whole; longer ones are windowed and offer an "all entries" button. */
const WHOLE_LIST = 60;

/** `YYYY-MM-DD` of the local calendar day. */
function isoToday(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Whether two memo keys hold the same values. */
const same = (a: unknown[], b?: unknown[]) => !!b && a.every((k, i) => k === b[i]);

/** Ids in the shadow root, from keys (`item:rmci-2019-website`). */
const domId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/** Listeners on this element get its own event types (`CwRoadmapTimelineEventMap`). */
export interface CwRoadmapTimeline {
  addEventListener: CwEventTarget<CwRoadmapTimelineEventMap>['addEventListener'];
  removeEventListener: CwEventTarget<CwRoadmapTimelineEventMap>['removeEventListener'];
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
 * so entries sharing a period stack instead of hiding each other, a separate lane for "year unknown",
 * and today as one marker (the only one: the list below draws no time of its own). Zoom with the buttons, `+`/`-` (`0` fits), Ctrl/⌘ + wheel or a pinch;
 * choosing a mark brings the list to that entry. With `city` instead of `roadmap` or `network`, the
 * timeline shows one city's entries across every network.
 *
 * @csspart base - The whole timeline.
 * @csspart overview - The overview band (time axis with every entry, zoom buttons), sticky and opaque.
 * @csspart zoom - The zoom buttons of the overview.
 * @csspart overview-today - The today marker on the overview axis (the only one).
 * @csspart overview-span - A roadmap's span on the overview axis.
 * @csspart unknown-lane - The overview's lane for entries whose year is unknown.
 * @csspart header - Title and summary (span, today).
 * @csspart title - The title (the roadmap's or the network's name).
 * @csspart summary - The sentence giving the span and today's date.
 * @csspart filters - The filter bar.
 * @csspart filter - Each filter (label and select).
 * @csspart count - The number of entries shown (announced to screen readers).
 * @csspart all-entries - The toggle button that puts every entry in the page (find-in-page), on long lists.
 * @csspart track - The area holding the list of entries.
 * @csspart year - A year's group.
 * @csspart year-heading - A year's heading ("Year unknown" for the last group).
 * @csspart period-heading - The heading of a period many entries share ("2019–2020: 11 entries"), said once instead of on each entry.
 * @csspart group-heading - Inside a shared period, the heading of the entries of one kind (or one city).
 * @csspart list - The ordered list of a year's entries.
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
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the data cannot be shown (see `CwElement`).
 */
export class CwRoadmapTimeline extends CwDataElement {
  static override styles = [CwElement.styles, roadmapTimelineStyles];

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
  @property({ attribute: 'filter-kind', reflect: true }) filterKind = '';

  /** The id of the city whose entries are shown; empty for every city. Reflects the filter. */
  @property({ attribute: 'filter-city', reflect: true }) filterCity = '';

  /** The id of the selected entry (its details are shown); empty for none. */
  @property({ reflect: true }) selected = '';

  /**
   * Every entry in the page at once, for find-in-page and for reading without scrolling. Off: only the
   * entries near the viewport are in the DOM (keyboard, screen-reader counts and printing still reach
   * every entry). The list offers a button for it when it is long.
   */
  @property({ attribute: 'all-entries', type: Boolean, reflect: true }) allEntries = false;

  #view?: RoadmapTimelineView;
  readonly #zoom = new AxisZoomController(this);
  /** The unfiltered view, built once per data, subject and day; filters narrow it. */
  #full?: RoadmapTimelineView;
  #fullKey?: unknown[];
  #filterKey?: unknown[];
  #index = new Map<string, number>();
  /** The list's rows (entries with the headings before them), in list order; windowed below. */
  #rows: TimelineRow[] = [];
  #focusKey?: string;
  #optionLimit = 0;
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
  #cancelChunk?: () => void;
  #focusAfterUpdate?: string;
  #structuredKey?: unknown[];
  #filterOptions?: { key: unknown[]; kind: FilterOption[]; city: FilterOption[] };

  /** The view model currently shown (for tests and stories). */
  get view(): RoadmapTimelineView | undefined {
    return this.#view;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Progressive rendering paused while disconnected picks up again.
    if (this.#unfinished()) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelChunk?.();
    this.#cancelChunk = undefined;
  }

  // ── View model ────────────────────────────────────────────────────────────────────────────

  #todayIso(): string {
    const t = this.today;
    if (t instanceof Date && !Number.isNaN(t.getTime())) return isoToday(t);
    if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}/.test(t.trim())) return t.trim().slice(0, 10);
    return isoToday(new Date());
  }

  protected override prepareView(_changed: PropertyValues): void {
    const atlas = this.data;
    const roadmap = this.roadmap?.trim() || undefined;
    const network = roadmap ? undefined : this.network?.trim() || undefined;
    const scopeCity = roadmap || network ? undefined : this.city?.trim() || undefined;
    if (roadmap) this.record('roadmap', roadmap);
    else if (network) this.record('network', network);
    else if (scopeCity) this.record('city', scopeCity);
    const today = this.#todayIso();
    const fullKey = [atlas, roadmap, network, scopeCity, today];
    if (!same(fullKey, this.#fullKey)) {
      this.#fullKey = fullKey;
      this.#full = roadmapTimelineView(atlas, { roadmap, network, ...(scopeCity ? { scopeCity } : {}), today });
      this.#optionLimit = 0;
    }
    const key = [this.#full, this.filterKind, this.filterCity];
    if (!same(key, this.#filterKey)) this.#applyFilters(key);
    // A short list is in the DOM whole (no cost worth windowing); a long one is windowed, except in
    // "all entries" mode and in print.
    this.#window.all = this.allEntries || this.#print.printing || this.#rows.length <= WHOLE_LIST;
  }

  #applyFilters(key: unknown[]): void {
    this.#filterKey = key;
    this.#view = filterTimelineView(this.#full!, this.filterKind, this.filterCity);
    this.#rows = timelineRows(this.#view);
    // Heights were measured by index: other rows now.
    this.#window.reset();
    this.#index = new Map(this.#rows.map((r) => [r.entry.key, r.index]));
    if (this.#focusKey === undefined || !this.#index.has(this.#focusKey)) {
      this.#focusKey = this.#selectedEntry()?.key ?? this.#rows[0]?.entry.key;
    }
  }

  protected override isEmpty(): boolean {
    return !this.#view || this.#view.total === 0;
  }

  #selectedEntry(): RoadmapTimelineEntry | undefined {
    const id = this.selected?.trim();
    if (!id || !this.#view) return undefined;
    return this.#view.entries.find((e) => e.entry.id === id && e.entry.type === 'item') ?? this.#view.entries.find((e) => e.entry.id === id);
  }

  // ── Progressive rendering ─────────────────────────────────────────────────────────────────

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#unfinished() && this.#cancelChunk === undefined) this.#scheduleChunk();
    if (this.#focusAfterUpdate !== undefined) {
      const key = this.#focusAfterUpdate;
      this.#focusAfterUpdate = undefined;
      this.#buttonOf(key)?.focus();
    }
    this.#writeStructuredData();
  }

  /** Adds the next filter options at the next animation frame (or soon, where no frame comes). */
  #scheduleChunk(): void {
    this.#cancelChunk = nextFrame(() => {
      this.#cancelChunk = undefined;
      this.#optionLimit += OPTION_CHUNK;
      this.requestUpdate();
    });
  }

  /** Whether filter options are still to be rendered (the entries are windowed, see `#window`). */
  #unfinished(): boolean {
    const v = this.#view;
    return this.state === 'ready' && !!v && this.#optionLimit < Math.max(v.filterOptions.kinds.length, v.filterOptions.cities.length);
  }

  /**
   * Resolves once rendering has settled: every filter option rendered, and the rows the list shows
   * (those near the viewport, or every one in "all entries" mode and in print) in the DOM.
   */
  async allRendered(): Promise<void> {
    await this.updateComplete;
    while (this.#unfinished()) {
      this.#optionLimit = Infinity;
      this.requestUpdate();
      await this.updateComplete;
    }
    // Measured heights can move the window once more.
    while (!(await this.updateComplete));
  }

  /** Writes (or removes) the JSON-LD; only when what it describes changed. */
  #writeStructuredData(): void {
    const view = this.#view;
    const on = this.structuredData && this.state === 'ready' && view !== undefined;
    const key = [on, view, this.lang];
    if (same(key, this.#structuredKey)) return;
    // Written once the builders are there (they ask for an update).
    const jsonLd = on ? jsonLdReady(this) : undefined;
    if (on && !jsonLd) return;
    this.#structuredKey = key;
    if (!on || !view || !jsonLd) {
      jsonLdLoaded()?.writeStructuredData(this, undefined);
      return;
    }
    const atlas = this.data;
    const events = new Set<Event>();
    for (const e of view.entries) {
      if (e.entry.type === 'event') events.add(e.entry.record as Event);
      else if (e.entry.event) events.add(e.entry.event);
    }
    jsonLd.writeStructuredData(this, events.size > 0 ? [...events].map((ev) => jsonLd.eventJsonLd(atlas, ev, this.lang)) : undefined);
  }

  // ── Interaction ───────────────────────────────────────────────────────────────────────────

  #buttonOf(key: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`#${domId('entry', key)}`);
  }

  /** The direction in which time runs on the overview axis; Left and Right in the list follow it. */
  #timeDirection(): 'ltr' | 'rtl' {
    return this.timeDirection === 'ltr' || this.timeDirection === 'rtl' ? this.timeDirection : this.dir;
  }

  #onKeyDown(e: KeyboardEvent): void {
    const button = (e.target as Element | null)?.closest?.('button[data-key]');
    const view = this.#view;
    if (!button || !view || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = button.getAttribute('data-key')!;
    const index = this.#index.get(key);
    if (index === undefined) return;
    // Escape on an open entry's title closes it, as it does from inside its details.
    if (e.key === 'Escape' && this.#selectedEntry()?.key === key) {
      e.preventDefault();
      this.selected = '';
      return;
    }
    const target = timelineKeyTarget(e.key, index, this.#rows.length, this.#timeDirection());
    if (target === undefined) return;
    e.preventDefault();
    this.#moveFocus(this.#rows[target]!.entry.key, target);
  }

  /**
   * Moves the tab stop and the focus to entry `index`, rendering it first when it is outside the
   * window; with `toTop` (a choice on the axis), the entry is brought to the top of the list's view.
   */
  #moveFocus(key: string, index: number, toTop = false): void {
    this.#focusKey = key;
    const w = this.#window;
    const focus = (): void => {
      const button = this.#buttonOf(key);
      if (this.#focusKey !== key || !button) return;
      // Focus without the browser's own scroll; then place the entry below the sticky overview.
      button.focus({ preventScroll: toTop });
      if (toTop) this.#scrollBelowOverview(button.closest('li') ?? button);
    };
    if (index >= w.start && index < w.end && this.#buttonOf(key)) {
      this.requestUpdate();
      focus();
      return;
    }
    void w.reveal(index).then(focus);
  }

  /** Scrolls the page so that `el` starts just below the sticky overview band. */
  #scrollBelowOverview(el: Element): void {
    el.scrollIntoView?.({ block: 'start' });
    // Measured after the scroll: the band sticks to the top only once the list is scrolled under it.
    const cover = this.renderRoot.querySelector('.overview')?.getBoundingClientRect();
    const offset = cover && cover.top <= 1 ? cover.bottom : 0;
    const top = el.getBoundingClientRect().top;
    if (offset > 0 && top < offset) window.scrollBy(0, top - offset - 8);
  }

  /** A reader who tabs in lands on the first rendered entry when the tab stop is out of the window: it becomes the tab stop. */
  #onFocusIn(e: FocusEvent): void {
    const key = (e.target as Element | null)?.closest?.('button[data-key]')?.getAttribute('data-key');
    if (key && key !== this.#focusKey && this.#index.has(key)) {
      this.#focusKey = key;
      this.requestUpdate();
    }
  }

  #onDetailsKeyDown(e: KeyboardEvent, key: string): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    this.selected = '';
    this.#focusKey = key;
    this.#focusAfterUpdate = key;
  }

  #onClick(e: MouseEvent): void {
    const path = e.composedPath();
    // Clicks on links and inside the details panel keep their own meaning.
    if (path.some((n) => n instanceof HTMLAnchorElement || (n instanceof HTMLElement && n.classList.contains('details')))) return;
    const li = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-entry'));
    if (!li) return;
    const key = li.getAttribute('data-entry')!;
    const entry = this.#rows[this.#index.get(key) ?? -1]?.entry;
    if (!entry) return;
    this.#focusKey = key;
    const button = this.#buttonOf(key);
    if (this.#selectedEntry()?.key === key) {
      this.selected = '';
    } else {
      this.selected = entry.entry.id;
      this.dispatchEvent(
        new CustomEvent<RoadmapTimelineSelectDetail>('cw-select', { detail: { item: entry.entry.id, type: entry.entry.type }, bubbles: true, composed: true }),
      );
    }
    if (button && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== button) button.focus();
  }

  #onFilter(e: Event & { target: HTMLSelectElement }, which: 'kind' | 'city'): void {
    if (which === 'kind') this.filterKind = e.target.value;
    else this.filterCity = e.target.value;
  }

  // ── Text helpers ──────────────────────────────────────────────────────────────────────────



  /** Templates joined as a list in the element's language ("a, b et c", "أ وب وج"): see `listParts`. */
  #list(items: readonly unknown[], type?: ListType): unknown {
    return items.length === 0 ? nothing : listParts(this.lang, items, type);
  }

  #orgName(o: TimelineEntry['organizations'][number]['organization']): TemplateResult | typeof nothing {
    return this.renderText(o.acronym ?? o.name);
  }

  #time(entry: TimelineEntry): TemplateResult {
    if (!entry.date) return html`<span class="date">${this.t('timeline.date.unknown')}</span>`;
    return html`<time class="date" datetime=${datetimeAttr(entry.date)}>${formatDate(entry.date, this.lang)}</time>`;
  }

  #dateType(entry: TimelineEntry): TemplateResult | typeof nothing {
    return entry.dateType ? this.#dateTypeBadge(entry.dateType) : nothing;
  }

  #dateTypeBadge(type: 'planned' | 'actual'): TemplateResult {
    return html`<span class="date-type ${type}">${this.t(type === 'planned' ? 'timeline.date.planned' : 'timeline.date.actual')}</span>`;
  }

  #cities(entry: TimelineEntry): unknown {
    return this.#list(
      entry.cities.map(
        (c) => html`${this.renderText(c.city.name)}${c.roles.length ? html` <span class="role">(${this.#list(c.roles.map((r) => this.termName('cityRole', r)), 'unit')})</span>` : nothing}`,
      ),
    );
  }

  #organizations(entry: TimelineEntry): unknown {
    return this.#list(
      entry.organizations.map(
        (o) => html`${this.#orgName(o.organization)}${o.roles.length ? html` <span class="role">(${this.#list(o.roles.map((r) => this.termName('organizationRole', r)), 'unit')})</span>` : nothing}`,
      ),
    );
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────

  protected override loadingOptions() {
    return { lines: 6 };
  }

  protected override renderView(): unknown {
    const view = this.#view!;
    const level = headingLevel(this.headingLevel ?? outlineLevel(this, 2), 2);
    const selected = this.#selectedEntry();
    const subject = view.subject;
    const title = subject?.type === 'roadmap' ? subject.roadmap.title : subject?.type === 'network' ? subject.network.name : subject?.type === 'city' ? subject.city.name : undefined;

    return html`<section part="base" class="base" aria-labelledby="title">
      <header part="header" class="header">
        ${heading(level, this.renderText(title), { id: 'title', part: 'title', class: 'title' })}
        ${this.#renderSummary(view)}
      </header>
      ${this.#renderFilters(view)}
      ${view.entries.length === 0 ? nothing : this.#renderOverview(view, selected?.key)}
      ${view.entries.length === 0
        ? html`<div part="empty" class="cw-state cw-empty"><p>${this.t('empty.results')}</p></div>`
        : this.#renderTrack(view, level, selected?.key)}
    </section>`;
  }

  /** The stretch of time of the entries visible in the list, for the overview's window; memoized on the visible range. */
  #visible(): VisibleStretch | undefined {
    const { first, last } = this.#position;
    if (first < 0) return undefined;
    const key = [this.#rows, first, last];
    if (same(key, this.#visibleMemo?.key)) return this.#visibleMemo!.value;
    let start = Infinity;
    let end = -Infinity;
    const keys = new Set<string>();
    for (const r of this.#rows.slice(first, last + 1)) {
      keys.add(r.entry.key);
      if (r.entry.start === undefined || r.entry.end === undefined) continue;
      start = Math.min(start, r.entry.start);
      end = Math.max(end, r.entry.end);
    }
    const value = Number.isFinite(start) ? { start, end, keys } : undefined;
    this.#visibleMemo = { key, value };
    return value;
  }

  #visibleMemo?: { key: unknown[]; value: VisibleStretch | undefined };

  /** The overview band (overview.ts): choosing a mark or a point of the axis brings the list there; the list's visible stretch shows on it. */
  #renderOverview(view: RoadmapTimelineView, selectedKey: string | undefined): unknown {
    const visible = this.#visible();
    const current = this.#rows[this.#position.first]?.entry.key;
    // Once per view, zoom, direction, language, selection and visible range: not again for each scroll event.
    return guard([view, this.#zoom.window, this.#zoom.width, this.#timeDirection(), this.lang, selectedKey, visible, current], () => renderOverview({
      view,
      zoom: this.#zoom,
      dir: this.#timeDirection(),
      lang: this.lang,
      t: (key) => this.t(key as UiMessageKey),
      label: (e) => `${this.localized(e.entry.title)?.text ?? e.entry.id}, ${e.entry.date ? formatDate(e.entry.date, this.lang) : this.t('timeline.date.unknown')}`,
      ...(selectedKey ? { selectedKey } : {}),
      ...(visible ? { visible } : {}),
      ...(current ? { currentKey: current } : {}),
      choose: (key) => {
        const index = this.#index.get(key);
        if (index !== undefined) this.#moveFocus(key, index, true);
      },
      choosePeriod: (fraction) => {
        const index = entryAt(this.#rows.map((r) => r.entry), fraction);
        if (index !== undefined) this.#moveFocus(this.#rows[index]!.entry.key, index, true);
      },
    }));
  }

  /** A message of this component with a `<time>` in place of its `{date}`. */
  #withTime(key: TimelineMessageKey, time: TemplateResult): TemplateResult {
    const [before = '', after = ''] = this.t(key, { date: '\u0000' }).split('\u0000');
    return html`${before}${time}${after}`;
  }

  #renderSummary(view: RoadmapTimelineView): unknown {
    const spans = view.spans.map(
      (s) =>
        html`<span class="span-text"
          >${view.spans.length > 1 ? html`${this.renderText(s.roadmap.title)} – ` : nothing}${this.#withTime(
            s.dateType === 'planned' ? 'timeline.span.planned' : 'timeline.span.actual',
            html`<time datetime=${datetimeAttr(s.date)}>${formatDate(s.date, this.lang)}</time>`,
          )}</span
        > `,
    );
    const today = view.today;
    let todayText: unknown = nothing;
    if (today) {
      let key: TimelineMessageKey = 'timeline.today.on';
      if (today.inSpan) key = 'timeline.today.inside';
      else if (view.axis && today.position === undefined) key = Number(today.iso.slice(0, 4)) < view.axis.firstYear ? 'timeline.today.before' : 'timeline.today.after';
      todayText = html`<span class="today-text">${this.#withTime(key, html`<time datetime=${today.iso}>${formatDate(today.iso, this.lang)}</time>`)}</span>`;
    }
    if (spans.length === 0 && todayText === nothing) return nothing;
    return html`<p part="summary" class="summary">${spans}${todayText}</p>`;
  }

  /** The filter options in the element's language, sorted by name; computed once per view and language. */
  #options(view: RoadmapTimelineView): { kind: FilterOption[]; city: FilterOption[] } {
    const key = [view.filterOptions, this.lang];
    if (same(key, this.#filterOptions?.key)) return this.#filterOptions!;
    const collator = new Intl.Collator(this.lang);
    const kinds: FilterOption[] = view.filterOptions.kinds.map((k) => ({ value: k.kind, label: this.termName('kind', k.kind), count: k.count }));
    const cities: FilterOption[] = view.filterOptions.cities.map((c) => {
      const name = this.localized(c.city.name);
      const option: FilterOption = { value: c.city.id, label: name?.text ?? c.city.id, count: c.count };
      if (name?.fallback) option.lang = name.lang;
      return option;
    });
    kinds.sort((a, b) => collator.compare(a.label, b.label));
    cities.sort((a, b) => collator.compare(a.label, b.label));
    this.#filterOptions = { key, kind: kinds, city: cities };
    return this.#filterOptions;
  }

  #renderFilters(view: RoadmapTimelineView): unknown {
    const { kinds, cities } = view.filterOptions;
    return html`<div part="filters" class="filters" role="group" aria-label=${this.t('filter.label')}>
      ${this.#renderFilter(view, 'kind', kinds.map((k) => k.kind), this.filterKind)} ${this.#renderFilter(view, 'city', cities.map((c) => c.city.id), this.filterCity)}
      <p part="count" class="count" role="status">${this.t('timeline.shown', { count: view.entries.length, total: view.total })}</p>
      ${this.#rows.length > WHOLE_LIST || this.allEntries
        ? html`<button type="button" part="all-entries" class="all-entries" aria-pressed=${this.allEntries ? 'true' : 'false'} @click=${() => (this.allEntries = !this.allEntries)}>
            ${this.t('timeline.allEntries')}
          </button>`
        : nothing}
    </div>`;
  }

  /**
   * One filter, shown when it can narrow the entries (or has a value): its label, "all" worded for
   * it, then the options with counts, sorted, `#optionLimit` of them (all when a value is chosen).
   */
  #renderFilter(view: RoadmapTimelineView, which: 'kind' | 'city', values: readonly string[], current: string): unknown {
    const value = values.includes(current) ? current : '';
    if (values.length <= 1 && !value) return nothing;
    const limit = value ? Infinity : this.#optionLimit;
    const all = limit ? this.#options(view)[which] : [];
    return html`<div part="filter" class="filter">
      <label for="filter-${which}">${this.t(`filter.${which}`)}</label>
      <select id="filter-${which}" @change=${(e: Event & { target: HTMLSelectElement }) => this.#onFilter(e, which)}>
        <option value="" ?selected=${value === ''}>${this.t(`filter.all.${which}`)}</option>
        ${guard([all, value, limit], () => all.slice(0, limit).map((o) => html`<option value=${o.value} ?selected=${o.value === value} lang=${o.lang ?? nothing}>${o.label} (${o.count})</option>`))}
      </select>
    </div>`;
  }

  #renderTrack(view: RoadmapTimelineView, level: number, selectedKey: string | undefined): unknown {
    const w = this.#window;
    const rows = this.#rows.slice(w.start, w.end);
    const count = this.#rows.length;
    // The tab stop: the focused entry when it is rendered, else the first rendered one.
    const focusIndex = this.#index.get(this.#focusKey ?? '') ?? 0;
    const tabStop = focusIndex >= w.start && focusIndex < w.end ? this.#focusKey : rows[0]?.entry.key;
    // The list only: time is drawn once, on the overview axis above it (bars and a "today" line here
    // repeated it on every card and read as dividers). One flat list, windowed: the rows out of view
    // are replaced by padding of their (measured or estimated) height.
    return html`<div part="track" class="track">
      <div class="groups" role="group" aria-label=${this.t('timeline.label')} aria-describedby="keyboard-hint" @keydown=${this.#onKeyDown} @click=${this.#onClick} @focusin=${this.#onFocusIn}>
        <p id="keyboard-hint" class="cw-visually-hidden">${this.t('timeline.keyboardHint')}</p>
        <ol part="list" class="list" style=${styleProps({ '--before': `${w.before}px`, '--after': `${w.after}px` })}>
          ${repeat(
            rows,
            (r) => r.entry.key,
            (r) =>
              guard([r, view.subject, this.lang, r.entry.key === selectedKey, r.entry.key === tabStop, this.hrefTemplate, level, count], () =>
                this.#renderEntry(r, count, r.entry.key === selectedKey, r.entry.key === tabStop, level),
              ),
          )}
        </ol>
      </div>
    </div>`;
  }

  /** The headings that open before a row: a year ("year unknown"), a shared period with its count, a kind or a city in it. */
  #renderHeadings(row: TimelineRow, level: number): unknown {
    return row.headings.map((h) => {
      switch (h.type) {
        case 'year':
          return heading(level + 1, h.year !== undefined ? html`<bdi>${String(h.year)}</bdi>` : this.t('label.yearUnknown'), {
            id: `year-${h.year ?? 'unknown'}`,
            part: 'year-heading',
            class: `year-heading ${h.year === undefined ? 'unknown' : ''}`,
          });
        case 'period': {
          const time = html`<time datetime=${datetimeAttr(h.date)}>${formatDate(h.date, this.lang)}</time>`;
          const [before = '', after = ''] = this.t('timeline.period', { count: h.count, date: '\u0000' }).split('\u0000');
          return heading(level + 2, html`${before}${time}${after} ${h.dateType ? this.#dateTypeBadge(h.dateType) : nothing}`, { part: 'period-heading', class: 'period-heading' });
        }
        default:
          return heading(level + 3, html`${h.type === 'kind' ? this.termName('kind', h.kind) : this.renderText(h.city.name)} <span class="group-count">(${h.count})</span>`, {
            part: 'group-heading',
            class: 'group-heading',
          });
      }
    });
  }

  #renderEntry(row: TimelineRow, count: number, isSelected: boolean, isTabStop: boolean, level: number): TemplateResult {
    const e = row.entry;
    const entry = e.entry;
    const placed = e.start !== undefined && e.end !== undefined;
    const title = this.localized(entry.title);
    const buttonId = domId('entry', e.key);
    const detailsId = domId('details', e.key);
    const statusKey = `status.${entry.status}`;
    const status = entry.status && hasMessage(this.lang, statusKey) ? this.t(statusKey) : undefined;
    const kind = this.termName('kind', entry.kind);
    return html`<li
      part=${isSelected ? 'item item-selected' : 'item'}
      class="entry ${placed ? 'placed' : 'unplaced'} ${entry.dateType ?? 'undated'} ${isSelected ? 'selected' : ''}"
      data-entry=${e.key}
      data-index=${row.index}
      aria-setsize=${count}
      aria-posinset=${row.index + 1}
    >
      ${this.#renderHeadings(row, level)}
      <div class="entry-body">
      <div part="card" class="card">
        <button
          part="item-button"
          class="item-button"
          id=${buttonId}
          type="button"
          data-key=${e.key}
          tabindex=${isTabStop ? '0' : '-1'}
          aria-expanded=${isSelected ? 'true' : 'false'}
          aria-controls=${isSelected ? detailsId : nothing}
        >
          ${title ? this.renderText(title) : entry.id}
        </button>
        <p class="meta">
          ${row.dateInHeading
            ? // Said once by the period heading above; kept for a screen reader that lands on the entry alone.
              html`<span class="cw-visually-hidden">${this.#time(entry)} ${this.#dateType(entry)}</span>`
            : html`${this.#time(entry)} ${this.#dateType(entry)}`}
          <span class="kind">${kind}</span>
          ${status ? html`<span class="status">${status}</span>` : nothing}
        </p>
        ${entry.cities.length ? html`<p class="cities">${this.#cities(entry)}</p>` : nothing}
        ${entry.organizations.length ? html`<p class="orgs">${this.#organizations(entry)}</p>` : nothing}
      </div>
      ${isSelected ? this.#renderDetails(e, level + row.depth, detailsId, kind, status) : nothing}
      </div>
    </li>`;
  }

  #renderDetails(e: RoadmapTimelineEntry, level: number, id: string, kind: string, status: string | undefined): TemplateResult {
    const entry = e.entry;
    const record = entry.record;
    const headingId = `${id}-title`;
    const item = entry.type === 'item' ? (record as RoadmapItem) : undefined;
    const event = entry.type === 'event' ? (record as Event) : entry.event;
    const description = record.description ?? (item ? entry.event?.description : undefined);
    const href = hrefFromTemplate(this.hrefTemplate, entry.id, this.lang);
    const title = this.renderText(entry.title);
    const sourceIds = [...new Set([...record.sources, ...(item && entry.event ? entry.event.sources : [])])];
    const sources = sourceIds.map((s) => this.data.source(s)).filter((s) => s !== undefined);
    return html`<div
      part="details"
      class="details"
      id=${id}
      role="region"
      aria-labelledby=${headingId}
      @keydown=${(ev: KeyboardEvent) => this.#onDetailsKeyDown(ev, e.key)}
    >
      ${heading(level + 2, href ? html`<a href=${href}>${title}</a>` : title, { id: headingId, class: 'details-title' })}
      <dl>
        <div><dt>${this.t('label.period')}</dt><dd>${this.#time(entry)} ${this.#dateType(entry)}</dd></div>
        <div><dt>${this.t('timeline.kind')}</dt><dd>${kind}</dd></div>
        ${status ? html`<div><dt>${this.t('label.status')}</dt><dd>${status}</dd></div>` : nothing}
        ${item && entry.roadmap && this.#view?.subject?.type !== 'roadmap'
          ? html`<div><dt>${this.t('timeline.roadmap')}</dt><dd>${this.renderText(entry.roadmap.title)}</dd></div>`
          : nothing}
        ${item && entry.event
          ? html`<div>
              <dt>${this.t('timeline.event')}</dt>
              <dd>${this.renderText(entry.event.title)}</dd>
            </div>`
          : nothing}
        ${event?.theme ? html`<div><dt>${this.t('timeline.theme')}</dt><dd>${this.renderText(event.theme)}</dd></div>` : nothing}
        ${description ? html`<div class="wide"><dt>${this.t('timeline.description')}</dt><dd>${this.renderText(description)}</dd></div>` : nothing}
        ${entry.cities.length
          ? html`<div class="wide">
              <dt>${this.t('label.cities')}</dt>
              <dd>
                <ul>
                  ${entry.cities.map(
                    (c) => html`<li>${this.renderText(c.city.name)}${c.roles.length ? html` (${this.#list(c.roles.map((r) => this.termName('cityRole', r)), 'unit')})` : nothing}</li>`,
                  )}
                </ul>
              </dd>
            </div>`
          : nothing}
        ${entry.organizations.length
          ? html`<div class="wide">
              <dt>${this.t('timeline.organizations')}</dt>
              <dd>
                <ul>
                  ${entry.organizations.map((o) => {
                    const url = safeUrl(o.organization.url);
                    const name = this.renderText(o.organization.name);
                    const acronym = o.organization.acronym ? this.localized(o.organization.acronym) : undefined;
                    return html`<li>
                      ${url ? html`<a href=${url}>${name}</a>` : name}${acronym && acronym.text !== this.localized(o.organization.name)?.text
                        ? html` (<span lang=${acronym.fallback ? acronym.lang : nothing} dir=${this.fallbackDir(acronym)}>${acronym.text}</span>)`
                        : nothing}${o.roles.length ? html` – ${this.#list(o.roles.map((r) => this.termName('organizationRole', r)), 'unit')}` : nothing}
                    </li>`;
                  })}
                </ul>
              </dd>
            </div>`
          : nothing}
        ${sources.length
          ? html`<div class="wide">
              <dt>${this.t('label.sources')}</dt>
              <dd>
                <ul>
                  ${sources.map((s) => {
                    const url = safeUrl(s.url);
                    const t = this.renderText(s.title);
                    return html`<li>${url ? html`<a href=${url}>${t}</a>` : t}</li>`;
                  })}
                </ul>
              </dd>
            </div>`
          : nothing}
      </dl>
    </div>`;
  }
}
