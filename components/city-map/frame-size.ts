/**
 * The size of the box the map is drawn in, as a Lit reactive controller: the map lays itself out
 * for that size (in pixels, not through a scaled viewBox, so that markers and labels keep their
 * sizes on a phone). Watched with a ResizeObserver, and measured at once when the box is new.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FrameSize implements ReactiveController {
  size?: { width: number; height: number };
  #host: ReactiveControllerHost;
  #observer?: ResizeObserver;
  #observed?: Element;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  /** Watches `frame` (after each update: the box may have been drawn anew, or removed). */
  observe(frame: Element | undefined): void {
    if (frame === this.#observed) return;
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      // Apply the new size on the next frame, so that rendering never runs inside the observer's loop.
      requestAnimationFrame(() => {
        if (this.size?.width === width && this.size?.height === height) return;
        this.size = { width, height };
        this.#host.requestUpdate();
      });
    });
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = frame;
    if (!frame) return;
    this.#observer.observe(frame);
    // Measure a new frame at once, rather than wait for the observer: it reports only in the next
    // rendered frame, and never while the page is hidden (a background tab, a test runner's page).
    const box = frame.getBoundingClientRect();
    const width = Math.round(box.width - 2);
    const height = Math.round(box.height - 2);
    if (width > 0 && height > 0 && (this.size?.width !== width || this.size?.height !== height)) {
      this.size = { width, height };
      // In a task of its own, after this update: the first drawing of thousands of markers is not
      // added to the task that rendered the list (the browser may paint the list in between).
      setTimeout(() => this.#host.requestUpdate(), 0);
    }
  }
}
