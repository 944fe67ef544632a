/**
 * Which cards of `<cw-project-list>` are in the DOM: those near the viewport, whatever the number
 * of matching projects (issue 15: a filter change at 5,000 projects rendered and diffed far more
 * than a screen of cards). A Lit reactive controller composed by the list; the windowing itself is
 * the shared WindowedListController. A lazy chunk: the list loads it once it has more projects than
 * its first render shows (`chunk-size`), so a page with a short list never downloads it.
 *
 * The cards sit in a grid of one to three columns, so the window counts rows: row `r` holds the
 * cards `r × columns` to `(r + 1) × columns − 1`, and every `<li>` of a row carries
 * `data-index = r` (the grid stretches the items of a row to one height, and each item carries the
 * gap below it as padding, so a measured item is its row's share of the list's height). The number
 * of columns is read from the rendered grid before each update.
 *
 * Everything is rendered while printing and after `cw-render-all` (`printing`), so a printout or a
 * full-page capture has every card of the current filter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WindowedListController } from '../base/windowed-list.js';
import type { CwProjectCard } from '../project-card/project-card.js';

/** A grid row of compact cards (14rem reserved, see the styles) and the gap below it, before it is measured. */
const ROW_ESTIMATE = 240;
/** Room rendered above and below the viewport: one row, so that a filter change renders about a screen of cards. */
const OVERSCAN = 240;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface CardWindowOptions {
  /** How many projects match (rendered or not). */
  count: () => number;
  /** How many cards the first render puts in, before the list is laid out; a list of no more is rendered whole. */
  initial: () => number;
  /** True while every card must be rendered (print, `cw-render-all`). */
  printing: () => boolean;
}

/** The items to render: indexes `start` (inclusive) to `end` (exclusive), and the room of the others. */
export interface CardSlice {
  start: number;
  end: number;
  before: number;
  after: number;
}

export class CardWindow implements ReactiveController {
  readonly #host: Host;
  readonly #options: CardWindowOptions;
  readonly #window: WindowedListController;
  #columns = 1;
  #laidOut = false;
  #resize?: ResizeObserver;
  #width = 0;
  #frame = 0;

  constructor(host: Host, options: CardWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#window = new WindowedListController(host, {
      count: () => Math.ceil(options.count() / this.#columns),
      container: () => this.#list(),
      estimate: ROW_ESTIMATE,
      overscan: OVERSCAN,
      // Before the list is laid out, `slice` limits the cards to `initial()`.
      initial: Number.MAX_SAFE_INTEGER,
    });
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // A new width may mean another number of columns: the rows change. Updated in the next frame,
    // not inside the observer's delivery (a resize there would be a ResizeObserver loop).
    this.#resize ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width === this.#width) return;
      this.#width = width;
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#host.requestUpdate());
    });
    this.#resize.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  #list(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('[part~="list"]');
  }


  /**
   * Before each update (the host's `prepareView`): every card while printing, the columns of the
   * grid as laid out, and measured heights forgotten when the matching projects changed.
   */
  prepare(resultsChanged: boolean): void {
    // A short list is rendered whole (find-in-page, no spacers): windowing pays from a screen on.
    this.#window.all = this.#options.printing() || this.#options.count() <= this.#options.initial();
    const list = this.#list();
    // A laid-out grid resolves its tracks to pixels ("304px 304px"); one not rendered (display:
    // none, not connected) keeps the `repeat(…)` it was given.
    const tracks = list?.isConnected ? getComputedStyle(list).gridTemplateColumns.split(' ').filter((t) => t.endsWith('px')).length : 0;
    this.#laidOut = tracks > 0;
    const columns = tracks > 0 && !this.#window.all ? tracks : this.#columns;
    if (columns !== this.#columns || resultsChanged) {
      this.#columns = columns;
      this.#window.reset();
    }
  }

  /** The cards to render now. */
  slice(): CardSlice {
    const count = this.#options.count();
    const { start, end, before, after } = this.#window;
    const first = Math.min(count, start * this.#columns);
    let last = Math.min(count, end * this.#columns);
    if (!this.#laidOut && !this.#window.all) last = Math.min(last, first + Math.max(1, this.#options.initial()));
    return { start: first, end: last, before, after };
  }

  /** The grid row of the card at `index` (the `data-index` of its `<li>`). */
  row(index: number): number {
    return Math.floor(index / this.#columns);
  }

  /** Puts the card at `index` into the DOM and into view; resolves with it once it has rendered. */
  async reveal(index: number): Promise<CwProjectCard | undefined> {
    await this.#window.reveal(this.row(index));
    const card = [...this.#host.renderRoot.querySelectorAll<CwProjectCard>('cw-project-card')].find((c) => Number(c.dataset.pos) === index);
    if (card) await card.updateComplete;
    return card;
  }
}
