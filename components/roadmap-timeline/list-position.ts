/**
 * Where the reader is in the detail list of `<cw-roadmap-timeline>`: the first and last entries
 * visible in the viewport (below the sticky overview), so the overview axis can show that stretch of
 * time. A Lit reactive controller: it listens to scrolling (the page or any scrolling ancestor,
 * captured at the window) and measures the rendered rows once per frame; the host updates only when
 * the visible range changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFrame } from '../base/frames.js';
import { VISIBLE_BAND_EVENT, visibleBand } from '../base/visible-band.js';
import type { TimelineRow } from '../../src/views/roadmap-timeline.js';

export interface ListPositionOptions {
  /** The list whose rows carry `data-index`. */
  container: () => HTMLElement | null;
  /** What covers the top of the viewport when it sticks there (the overview band). */
  cover: () => HTMLElement | null;
}

export class ListPositionController implements ReactiveController {
  /** Index of the first visible row, or -1 before the first measure (or with nothing visible). */
  first = -1;
  /** Index of the last visible row, or -1. */
  last = -1;
  readonly #host: ReactiveControllerHost;
  readonly #options: ListPositionOptions;
  #cancel?: () => void;
  readonly #onScroll = (): void => this.#schedule();

  constructor(host: ReactiveControllerHost, options: ListPositionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.#onScroll, { passive: true, capture: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
    window.addEventListener(VISIBLE_BAND_EVENT, this.#onScroll);
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('resize', this.#onScroll);
    window.removeEventListener(VISIBLE_BAND_EVENT, this.#onScroll);
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** Rows move with each render (window, details opened, filter): measure again. */
  hostUpdated(): void {
    this.#schedule();
  }

  #schedule(): void {
    if (this.#cancel) return;
    this.#cancel = nextFrame(() => {
      this.#cancel = undefined;
      this.#measure();
    });
  }

  #measure(): void {
    const container = this.#options.container();
    let first = -1;
    let last = -1;
    if (container?.isConnected) {
      const band = visibleBand();
      const top = Math.max(band.top, this.#options.cover()?.getBoundingClientRect().bottom ?? 0);
      const bottom = band.bottom;
      for (const row of container.querySelectorAll<HTMLElement>('[data-index]')) {
        const box = row.getBoundingClientRect();
        if (box.bottom <= top || box.top >= bottom || box.height === 0) continue;
        const index = Number(row.dataset.index);
        if (first === -1 || index < first) first = index;
        if (index > last) last = index;
      }
    }
    if (first === this.first && last === this.last) return;
    this.first = first;
    this.last = last;
    this.#host.requestUpdate();
  }
}

/** The stretch of time of the entries visible in the list (fractions of the axis), and their keys. */
export interface VisibleStretch {
  start: number;
  end: number;
  keys: ReadonlySet<string>;
}

/** The stretch of time of rows `first` to `last`; undefined when none of them is placed on the axis. */
export function visibleStretch(rows: readonly TimelineRow[], first: number, last: number): VisibleStretch | undefined {
  if (first < 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  const keys = new Set<string>();
  for (const r of rows.slice(first, last + 1)) {
    keys.add(r.entry.key);
    if (r.entry.start === undefined || r.entry.end === undefined) continue;
    start = Math.min(start, r.entry.start);
    end = Math.max(end, r.entry.end);
  }
  return Number.isFinite(start) ? { start, end, keys } : undefined;
}

/** Where the view starts below `cover` (the sticky overview band) when it sticks at the top of the visible band; 0 when it does not stick. */
export function coveredTo(cover: Element | null): number {
  const box = cover?.getBoundingClientRect();
  return box && box.top <= visibleBand().top + 1 ? box.bottom : 0;
}

/**
 * Scrolls the page so that `el` starts just below `cover` (the sticky overview band): the band's
 * height is its scroll margin, so that the browser's own scroll leaves room for the band. That
 * scroll also moves the host page of the iframe embed, where the frame's own window cannot scroll.
 */
export function scrollBelow(el: Element, cover: Element | null): void {
  const height = cover?.getBoundingClientRect().height ?? 0;
  (el as HTMLElement).style?.setProperty('scroll-margin-block-start', `${Math.ceil(height) + 8}px`);
  el.scrollIntoView?.({ block: 'start' });
}

/**
 * When `cover` (the sticky overview band) sticks at the top over the start of `el`, scrolls the page
 * for `el` to start below it: an entry the keyboard moved to is never hidden under the band (WCAG
 * 2.4.11), which the browser's own scroll to a focused element does not know of.
 */
export function uncover(el: Element, cover: Element | null): void {
  if (el.getBoundingClientRect().top < coveredTo(cover)) scrollBelow(el, cover);
}
