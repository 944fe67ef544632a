/**
 * The size of an element, as a Lit reactive controller (the map's frame, the timeline's axis): the
 * host lays itself out for that size. Watched with a ResizeObserver whose reports are applied on
 * the next frame, never inside the observer's delivery (a render there that changes the page's
 * height, a scrollbar coming or going, would be a "ResizeObserver loop" error in the host page's
 * console); and read at once when the element is new, or while its size is not known yet, since
 * the observer reports only in a rendered frame, never while the page is hidden (a background tab,
 * a test runner's page).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFrame } from './frames.js';

export interface ElementSizeOptions {
  /** A change the observer reports is ignored when no larger than this, in pixels. Default 0. */
  tolerance?: number;
  /** Only the width matters (the timeline's axis: its host grows with its list). Default false. */
  widthOnly?: boolean;
  /** Pixels of border around the content box, taken off the size read at once (the observer reports the content box). Default 0. */
  border?: number;
  /**
   * Called instead of asking the host for an update when a size is read at once: the host renders
   * it when it chooses (the map: in tasks of their own, so its first drawing of thousands of
   * markers is not added to the task that rendered the list, and the list may be painted between).
   */
  onFirstRead?: () => void;
}

export class ElementSize implements ReactiveController {
  size?: { width: number; height: number };
  readonly #host: ReactiveControllerHost;
  readonly #options: ElementSizeOptions;
  #observer?: ResizeObserver;
  #observed?: Element;
  #cancelFrame?: () => void;

  constructor(host: ReactiveControllerHost, options: ElementSizeOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
    this.#cancelFrame?.();
    this.#cancelFrame = undefined;
  }

  /** Watches `element` (call after each update: the element may have been drawn anew, or removed). */
  observe(element: Element | undefined): void {
    if (element === this.#observed && (this.size || !element)) return;
    if (element !== this.#observed && typeof ResizeObserver !== 'undefined') {
      this.#observer ??= new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (box) this.#report(Math.round(box.width), Math.round(box.height));
      });
      if (this.#observed) this.#observer.unobserve(this.#observed);
      this.#observed = element;
      if (element) this.#observer.observe(element);
    }
    if (!element) return;
    const box = element.getBoundingClientRect();
    const border = 2 * (this.#options.border ?? 0);
    const width = Math.round(box.width - border);
    const height = Math.round(box.height - border);
    if (width > 0 && (height > 0 || this.#options.widthOnly) && (this.size?.width !== width || this.size?.height !== height)) {
      this.size = { width, height };
      if (this.#options.onFirstRead) this.#options.onFirstRead();
      else this.#host.requestUpdate();
    }
  }

  #report(width: number, height: number): void {
    const tolerance = this.#options.tolerance ?? 0;
    const s = this.size;
    if (s && Math.abs(s.width - width) <= tolerance && (this.#options.widthOnly || Math.abs(s.height - height) <= tolerance)) return;
    this.#cancelFrame?.();
    this.#cancelFrame = nextFrame(() => {
      this.#cancelFrame = undefined;
      this.size = { width, height };
      this.#host.requestUpdate();
    });
  }
}
