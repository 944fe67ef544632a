/**
 * Zoom of the overview axis, as a Lit ReactiveController: the visible window of the axis and the
 * gestures that change it (buttons, `+`/`-`/`0` keys, the wheel with Ctrl or ⌘ — a trackpad pinch
 * arrives as such — and a two-finger pinch on touch screens). The geometry lives in axis.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ElementSize } from '../base/element-size.js';
import { axisFraction, FIT, zoomWindow, ZOOM_STEP, type AxisWindow } from './axis.js';

export class AxisZoomController implements ReactiveController {
  window: AxisWindow = FIT;
  readonly #host: ReactiveControllerHost & Element;
  /** The host's size: its width says how many tick labels fit (changes under 8 px do not matter). */
  readonly #size: ElementSize;
  readonly #pointers = new Map<number, number>();
  #pinch = 0;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    this.#size = new ElementSize(host, { tolerance: 7, widthOnly: true });
    host.addController(this);
  }

  /** The host's width in CSS pixels (0 before layout). */
  get width(): number {
    return this.#size.size?.width ?? 0;
  }

  /** Back in a page: watched again (the first time, after the first render, in `hostUpdated`). */
  hostConnected(): void {
    if (this.width > 0) this.#size.observe(this.#host);
  }

  hostUpdated(): void {
    this.#size.observe(this.#host);
  }

  get zoomed(): boolean {
    return this.window.from > 0 || this.window.to < 1;
  }

  set(window: AxisWindow): void {
    if (window.from === this.window.from && window.to === this.window.to) return;
    this.window = window;
    this.#host.requestUpdate();
  }

  zoom(factor: number, anchor?: number): void {
    this.set(zoomWindow(this.window, factor, anchor));
  }

  fit(): void {
    this.set(FIT);
  }

  /** `+`/`=` zoom in, `-` zoom out, `0` fits; true when the key was used. */
  key(e: KeyboardEvent): boolean {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    if (e.key === '+' || e.key === '=') this.zoom(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') this.zoom(1 / ZOOM_STEP);
    else if (e.key === '0') this.fit();
    else return false;
    e.preventDefault();
    return true;
  }

  /** The wheel zooms only with a modifier (a plain wheel scrolls the page, as readers expect). */
  wheel(e: WheelEvent, box: Element, dir: 'ltr' | 'rtl'): void {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const rect = box.getBoundingClientRect();
    const anchor = axisFraction(e.clientX - rect.left, this.window, rect.width, dir);
    this.zoom(Math.exp(-e.deltaY / 200), anchor);
  }

  pointerDown(e: PointerEvent): void {
    if (e.pointerType !== 'touch') return;
    this.#pointers.set(e.pointerId, e.clientX);
    this.#pinch = this.#spread();
  }

  pointerMove(e: PointerEvent, box: Element, dir: 'ltr' | 'rtl'): void {
    if (!this.#pointers.has(e.pointerId)) return;
    this.#pointers.set(e.pointerId, e.clientX);
    const spread = this.#spread();
    if (this.#pointers.size === 2 && this.#pinch > 0 && spread > 0) {
      const rect = box.getBoundingClientRect();
      const xs = [...this.#pointers.values()];
      const anchor = axisFraction((xs[0]! + xs[1]!) / 2 - rect.left, this.window, rect.width, dir);
      this.zoom(spread / this.#pinch, anchor);
      this.#pinch = spread;
    }
  }

  pointerUp(e: PointerEvent): void {
    this.#pointers.delete(e.pointerId);
    this.#pinch = this.#spread();
  }

  #spread(): number {
    if (this.#pointers.size !== 2) return 0;
    const [a, b] = [...this.#pointers.values()];
    return Math.abs(a! - b!);
  }
}
