/**
 * Printing: an element that renders part of its content on demand (the first entries of a long
 * list, the first activities of a card) renders all of it while the page prints. A Lit reactive
 * controller, composed by each element that needs it.
 *
 * The browser fires `beforeprint`, runs the microtasks (Lit's update among them), then lays the page
 * out for print: setting `printing` and asking for an update there is enough. `afterprint` puts the
 * element back as it was. `cw-render-all` on the window does the same for full-page captures
 * (screenshots, PDF exports by a script), which fire no print event:
 * `window.dispatchEvent(new Event('cw-render-all'))`. What CSS skips off screen
 * (`content-visibility`) is drawn in print by the elements' print rules, and for captures by setting
 * `--cw-content-visibility: visible` on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The window event that makes every element render everything, for a capture. */
export const RENDER_ALL_EVENT = 'cw-render-all';

export class PrintController implements ReactiveController {
  /** True from `beforeprint` (or `cw-render-all`) until `afterprint`. */
  printing = false;
  /** True from `beforeprint` until `afterprint`: the page is laid out for paper (not a capture of the screen). */
  onPaper = false;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('beforeprint', this.#on);
    globalThis.addEventListener?.(RENDER_ALL_EVENT, this.#on);
    globalThis.addEventListener?.('afterprint', this.#off);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeprint', this.#on);
    globalThis.removeEventListener?.(RENDER_ALL_EVENT, this.#on);
    globalThis.removeEventListener?.('afterprint', this.#off);
  }

  #on = (e: Event): void => {
    this.printing = true;
    this.onPaper = e.type === 'beforeprint';
    this.#host.requestUpdate();
  };

  #off = (): void => {
    this.printing = false;
    this.onPaper = false;
    this.#host.requestUpdate();
  };
}
