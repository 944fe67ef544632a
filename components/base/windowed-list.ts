/**
 * Windowing for long lists: a Lit ReactiveController that tells its host which slice of a list to
 * put in the DOM (the entries near the viewport), and how much room the others take, so a list of
 * 5,000 entries costs the DOM nodes of a few dozen. Generic: it knows indexes and heights, never
 * what an entry is (the timeline, the city map's list and the project list share it).
 *
 * Why our own rather than `@lit-labs/virtualizer`: the host keeps its own markup (a `<ol>` whose
 * `<li>` carry `aria-posinset`/`aria-setsize`, headings between groups), the page scroll or any
 * scrolling ancestor works, and an "all" mode puts every entry back for printing and find-in-page —
 * the virtualizer owns the item layout and has no such mode. Measured side by side on the same
 * entries (`node bench/windowing.mjs`): ours is on screen sooner (25–27 against 38–46 ms at 1,000
 * and 5,000 entries), is 6.8 KB gzip smaller, and puts no "ResizeObserver loop" error in the host
 * page's console (the virtualizer did on every load); the virtualizer settles a scroll in the frame
 * that paints it, where ours refines its estimated heights over two more frames.
 *
 * Usage (in the host's render):
 *   const { start, end, before, after } = this.#window;
 *   html`<ol part="list">
 *     <li aria-hidden="true" style="height:${before}px"></li>
 *     ${items.slice(start, end).map((item, k) => html`<li data-index=${start + k}>…</li>`)}
 *     <li aria-hidden="true" style="height:${after}px"></li></ol>`
 * The controller watches every rendered element carrying `data-index` inside `container()` with a
 * ResizeObserver, so estimated heights become real ones as the reader scrolls, read after the
 * browser's own layout rather than forcing one after each render.
 */
import { RowHeights } from './row-heights.js';
import { VISIBLE_BAND_EVENT, visibleBand } from './visible-band.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How far (in entries) the entry holding the focus may be from the window and still stay rendered.
 * A reader who scrolls away with the wheel or the scrollbar keeps their place for Tab and the arrow
 * keys; farther than this, keeping every entry in between would cost the DOM the window saves, so
 * the focus moves to the first entry in view instead of falling to the page.
 */
const FOCUS_KEEP_MAX = 50;
/**
 * How long an entry just revealed stays in the window while the view has not caught up with the
 * scroll that shows it (in the iframe embed, the host page's new visible band comes a frame or two later).
 */
const HOLD_MS = 1000;

export interface WindowedListOptions {
  /** How many entries the list holds (read at every update). */
  count: () => number;
  /** The element holding the entries (the `<ol>`): its top is where entry 0 starts. */
  container: () => HTMLElement | null;
  /** A scrolling ancestor to listen to, when the list does not scroll with the page (inside a shadow root, its scroll events do not reach the window). */
  scroller?: () => HTMLElement | null;
  /** Height of an entry not yet measured, in CSS pixels. Default 48. */
  estimate?: number;
  /** Extra height rendered above and below the viewport, in CSS pixels. Default 800. */
  overscan?: number;
  /**
   * Entries rendered before the first measurement (no layout yet). Default: as many as the estimate
   * says fill the window's height and the overscan below it; 30 without a window (server rendering).
   */
  initial?: number;
}

/** Entries before the first measurement when the host gives no `initial` and there is no window. */
const INITIAL_WITHOUT_WINDOW = 30;

export class WindowedListController implements ReactiveController {
  /** First rendered index (inclusive). */
  start = 0;
  /** Last rendered index (exclusive). */
  end = 0;
  /** Height of the unrendered entries before `start` (a spacer), in CSS pixels. */
  before = 0;
  /** Height of the unrendered entries from `end` on (a spacer), in CSS pixels. */
  after = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: Required<Omit<WindowedListOptions, 'scroller' | 'initial'>> & Pick<WindowedListOptions, 'scroller' | 'initial'>;
  readonly #heights: RowHeights;
  #all = false;
  #frame = 0;
  #listening: EventTarget[] = [];
  readonly #onScroll = (): void => this.#schedule();
  readonly #beforePrint = (): void => {
    this.#printing = true;
    this.#host.requestUpdate();
  };
  readonly #afterPrint = (): void => {
    this.#printing = false;
    this.#host.requestUpdate();
  };
  #printing = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: WindowedListOptions) {
    this.#host = host;
    this.#options = { estimate: 48, overscan: 800, ...options };
    this.#heights = new RowHeights(this.#options.estimate);
    host.addController(this);
  }

  /** True when every entry is rendered: "all entries" mode (find-in-page) or while printing. */
  get all(): boolean {
    return this.#all || this.#printing;
  }

  /** Renders every entry (find-in-page, reading without scripts' help) or back to the window. */
  set all(value: boolean) {
    if (value === this.#all) return;
    this.#all = value;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Capture at the window: any scrolling ancestor in the light DOM is heard, not only the page.
    this.#listen(window);
    window.addEventListener('resize', this.#onScroll, { passive: true });
    window.addEventListener(VISIBLE_BAND_EVENT, this.#onScroll);
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  #listen(target: EventTarget): void {
    if (this.#listening.includes(target)) return;
    target.addEventListener('scroll', this.#onScroll, { passive: true, capture: true });
    this.#listening.push(target);
  }

  hostDisconnected(): void {
    for (const target of this.#listening) target.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('resize', this.#onScroll);
    window.removeEventListener(VISIBLE_BAND_EVENT, this.#onScroll);
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    this.#listening = [];
    this.#unobserve();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Before each render: the slice for the current scroll position. */
  hostUpdate(): void {
    this.#focusedBefore = this.#focusedIndex();
    this.#compute();
  }

  /** After each render: real heights replace estimates; a changed slice asks for one more render. */
  hostUpdated(): void {
    // A scroller in the host's shadow root exists only once rendered: listen to it from then on.
    const scroller = this.#options.scroller?.();
    if (scroller) this.#listen(scroller);
    this.#refocus();
    // Every entry rendered: no slice to choose, so no height to watch (a short list, say a network's
    // 11-item plan, or 5,000 entries being printed).
    if (this.all) this.#unobserve();
    else this.#observe();
  }

  /**
   * Heights are read when the browser has laid the entries out (a ResizeObserver's callback), not
   * right after the render: a read there forced a layout of its own inside the render's task (20 of
   * the 58 ms of a 5,000-entry timeline's first render, 11 ms of a selection at 1,000). An element
   * seen again under another index (an unkeyed list reuses its nodes) is observed afresh, which
   * reports its size again.
   */
  #observe(): void {
    const container = this.#options.container();
    if (!container) return;
    if (typeof ResizeObserver === 'undefined') {
      if (this.#measure(container.querySelectorAll<HTMLElement>('[data-index]'))) this.#schedule();
      return;
    }
    const observer = (this.#observer ??= new ResizeObserver((entries) => {
      if (this.#measure(entries.map((e) => e.target as HTMLElement))) this.#schedule();
    }));
    const rendered = new Set<HTMLElement>();
    for (const element of container.querySelectorAll<HTMLElement>('[data-index]')) {
      rendered.add(element);
      const index = element.dataset.index;
      if (this.#observed.get(element) === index) continue;
      if (this.#observed.has(element)) observer.unobserve(element);
      observer.observe(element);
      this.#observed.set(element, index);
    }
    for (const element of this.#observed.keys()) {
      if (rendered.has(element)) continue;
      observer.unobserve(element);
      this.#observed.delete(element);
    }
  }

  #unobserve(): void {
    this.#observer?.disconnect();
    this.#observed.clear();
  }

  #observer?: ResizeObserver;
  /** The observed entries, with the `data-index` each had when observed. */
  readonly #observed = new Map<HTMLElement, string | undefined>();

  /**
   * When the render removed the entry that held the focus (scrolled far away), the focus goes to the
   * first entry in view, without scrolling, rather than to the page: Tab and the arrow keys go on
   * from where the reader is.
   */
  #refocus(): void {
    const before = this.#focusedBefore;
    this.#focusedBefore = undefined;
    if (this.#revealing > 0 || before === undefined || (before >= this.start && before < this.end)) return;
    // Only when the focus fell to the page with the entry: not when it is anywhere else (in the list,
    // elsewhere in the element, whose host is then the page's active element, or in the host page).
    const active = document.activeElement;
    const container = this.#options.container();
    if (!container || (active && active !== document.body)) return;
    // The first rendered entry whose bottom is below the top of the view, as laid out now.
    const view = this.#viewport();
    const top = container.getBoundingClientRect().top + (view?.top ?? 0);
    const entry = [...container.querySelectorAll<HTMLElement>('[data-index]')].find((e) => e.getBoundingClientRect().bottom > top);
    const focusable = 'button, a[href], [tabindex]';
    (entry?.matches(focusable) ? entry : entry?.querySelector<HTMLElement>(focusable))?.focus({ preventScroll: true });
  }

  /** Forgets measured heights (entries changed: other filter, other language, other width). */
  reset(): void {
    this.#heights.clear();
    this.#host.requestUpdate();
  }

  /** Top of entry `index` relative to the top of the container, in CSS pixels (estimates where unmeasured). */
  offsetOf(index: number): number {
    this.#heights.fit(this.#options.count());
    return this.#heights.sum(0, index);
  }

  /** The index of the entry at `offset` pixels below the container's top (for "where am I" on an overview). */
  indexAt(offset: number): number {
    this.#heights.fit(this.#options.count());
    return this.#heights.indexAt(offset);
  }

  /** The index of the first entry visible in the viewport (or `start` without layout). */
  get firstVisible(): number {
    const view = this.#viewport();
    return view ? this.indexAt(Math.max(0, view.top)) : this.start;
  }

  /**
   * Brings entry `index` into the DOM and into view (keyboard navigation, "show on the list" from an
   * overview); resolves once it is rendered, so the caller can focus it.
   */
  async reveal(index: number): Promise<void> {
    const count = this.#options.count();
    if (count === 0) return;
    index = Math.max(0, Math.min(count - 1, index));
    // The caller focuses the entry it reveals: the focus is not moved meanwhile (`#refocus`).
    this.#revealing++;
    try {
      await this.#revealNow(index);
    } finally {
      this.#revealing--;
    }
  }

  #revealing = 0;

  async #revealNow(index: number): Promise<void> {
    if (!this.all && (index < this.start || index >= this.end)) {
      // Render a window around the target first, then scroll: the entry exists when focus comes.
      this.#force = index;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    const container = this.#options.container();
    const element = container?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    element?.scrollIntoView?.({ block: 'nearest' });
    // The scroll moves the window; settle it before the caller focuses, on the heights of the entries
    // just rendered (the scroll has laid them out: reading them now costs no layout of its own).
    if (container) this.#measure(container.querySelectorAll<HTMLElement>('[data-index]'));
    this.#compute();
    // The entry stays in the window until the view has caught up with the scroll, whatever is computed
    // meanwhile: in the iframe embed the scroll moves the host page, whose new visible band arrives
    // later (visible-band.ts), and a window computed on the old one would drop the entry just focused.
    this.#held = { index, until: performance.now() + HOLD_MS };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
  }

  #force: number | undefined;
  /** An entry just revealed, kept in the window until the view shows it, or for HOLD_MS at most (see `#revealNow`). */
  #held: { index: number; until: number } | undefined;
  /** The entry that held the focus before the last render (to move the focus when it left the DOM). */
  #focusedBefore: number | undefined;

  /** The index of the rendered entry the focus is in (on it or on a link inside it), if any. */
  #focusedIndex(): number | undefined {
    const container = this.#options.container();
    const active = (container?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    if (!container || !active || !container.contains(active)) return undefined;
    const index = Number(active.closest('[data-index]')?.getAttribute('data-index') ?? NaN);
    return Number.isInteger(index) ? index : undefined;
  }

  /** The visible band in container coordinates, or undefined with no layout (not connected, no container). */
  #viewport(): { top: number; bottom: number } | undefined {
    const container = this.#options.container();
    if (!container || !container.isConnected) return undefined;
    const box = container.getBoundingClientRect();
    // The window, or the part of it on the host page's screen (the iframe embed).
    let { top, bottom } = visibleBand();
    const scroller = this.#options.scroller?.();
    if (scroller) {
      const frame = scroller.getBoundingClientRect();
      top = Math.max(top, frame.top);
      bottom = Math.min(bottom, frame.bottom);
    }
    return { top: top - box.top, bottom: bottom - box.top };
  }

  /**
   * How many entries to render before any layout: enough to fill the window from the list's top,
   * with the overscan below. A fixed 30 was nearly three times what a 5,000-entry timeline then kept
   * (11 of its entries of about 110 px), and its first render and first layout paid for the rest.
   */
  #initial(): number {
    if (this.#options.initial !== undefined) return this.#options.initial;
    const height = typeof window === 'undefined' ? 0 : window.innerHeight;
    return height > 0 ? Math.ceil((height + this.#options.overscan) / this.#options.estimate) : INITIAL_WITHOUT_WINDOW;
  }

  #compute(): void {
    const count = this.#options.count();
    const heights = this.#heights;
    heights.fit(count);
    if (this.all) {
      this.start = 0;
      this.end = count;
      this.before = this.after = 0;
      return;
    }
    const view = this.#viewport();
    const { overscan } = this.#options;
    let start: number;
    let end: number;
    if (this.#force !== undefined) {
      // A window centred on a forced index (reveal).
      [start, end] = heights.around(this.#force, overscan);
      this.#force = undefined;
    } else if (!view) {
      start = 0;
      end = Math.min(count, Math.max(this.end, this.#initial()));
    } else {
      [start, end] = heights.spanning(view.top - overscan, view.bottom + overscan);
      // The focused entry stays, with those between it and the view, when it is near enough.
      const focused = this.#focusedIndex();
      if (focused !== undefined && focused < count) {
        if (focused < start && start - focused <= FOCUS_KEEP_MAX) start = focused;
        else if (focused >= end && focused - end < FOCUS_KEEP_MAX) end = focused + 1;
      }
      // The entry revealed last, until the view shows it.
      const held = this.#held;
      if (held && (held.index >= count || (held.index >= start && held.index < end) || performance.now() > held.until)) this.#held = undefined;
      else if (held) [start, end] = heights.around(held.index, overscan);
    }
    this.start = start;
    this.end = end;
    this.before = heights.sum(0, start);
    this.after = heights.sum(end, count);
  }

  /** Records the heights of rendered entries; true when one changed. */
  #measure(elements: Iterable<HTMLElement>): boolean {
    this.#heights.fit(this.#options.count());
    let changed = false;
    for (const element of elements) if (this.#heights.record(Number(element.dataset.index), element.offsetHeight)) changed = true;
    return changed;
  }

  /** One recomputation per frame, whatever the number of scroll events. */
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const { start, end, before, after } = this;
      this.#compute();
      if (this.start !== start || this.end !== end || this.before !== before || this.after !== after) this.#host.requestUpdate();
    });
  }
}
