/**
 * Zoom and pan of `<cw-city-map>`, as a Lit reactive controller: it holds the transform (see
 * `ZoomTransform` in layout.ts, where its arithmetic lives) and turns the reader's gestures into
 * it. The map redraws from the transform: markers are clustered again at each zoom, so clusters
 * open as one zooms in.
 *
 * Why a modifier for the wheel and two fingers on touch: the map sits in a page that scrolls; a
 * plain wheel turn or a one-finger swipe over it must scroll the page, not trap the reader in the
 * map. A mouse drag pans; the `+`/`−` buttons and keys and the reset button do the rest.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IDENTITY, panBy, zoomAround, type ZoomTransform } from './layout.js';

/** The zoom factor of one step (a button, a key). */
export const ZOOM_STEP = 2;

export class MapZoom implements ReactiveController {
  transform: ZoomTransform = IDENTITY;
  #host: ReactiveControllerHost;
  #size: () => { width: number; height: number } | undefined;
  #frame?: Element;
  #pointers = new Map<number, { x: number; y: number }>();
  #dragged = false;

  constructor(host: ReactiveControllerHost, size: () => { width: number; height: number } | undefined) {
    this.#host = host;
    this.#size = size;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.attach(undefined);
  }

  get zoomed(): boolean {
    return this.transform.k > 1;
  }

  /** Whether the last pointer sequence moved the map (then its click is not a click on a marker). */
  get dragged(): boolean {
    return this.#dragged;
  }

  set(t: ZoomTransform): void {
    if (t.k === this.transform.k && t.x === this.transform.x && t.y === this.transform.y) return;
    this.transform = t;
    this.#host.requestUpdate();
  }

  reset(): void {
    this.set(IDENTITY);
  }

  /** Zooms by `factor` around a screen point (the centre by default). */
  zoomBy(factor: number, px?: number, py?: number): void {
    const s = this.#size();
    if (!s) return;
    this.set(zoomAround(this.transform, factor, px ?? s.width / 2, py ?? s.height / 2, s.width, s.height));
  }

  pan(dx: number, dy: number): void {
    const s = this.#size();
    if (s) this.set(panBy(this.transform, dx, dy, s.width, s.height));
  }

  /** Listens to the gestures on `frame` (the element the map is drawn in); none with `undefined`. */
  attach(frame: Element | undefined): void {
    if (frame === this.#frame) return;
    if (this.#frame) for (const [type, fn] of this.#listeners) this.#frame.removeEventListener(type, fn as EventListener);
    this.#frame = frame;
    this.#pointers.clear();
    if (frame) for (const [type, fn] of this.#listeners) frame.addEventListener(type, fn as EventListener, { passive: type !== 'wheel' });
  }

  #local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const box = this.#frame!.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  #listeners: Array<[string, (e: never) => void]> = [
    [
      'wheel',
      (e: WheelEvent) => {
        // Ctrl + wheel is also what a trackpad pinch sends.
        if (!e.ctrlKey && !e.metaKey) return;
        e.preventDefault();
        const p = this.#local(e);
        this.zoomBy(Math.pow(2, -e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), p.x, p.y);
      },
    ],
    [
      'pointerdown',
      (e: PointerEvent) => {
        if (e.pointerType === 'mouse' && e.button !== 0) return;
        this.#pointers.set(e.pointerId, this.#local(e));
        if (this.#pointers.size === 1) this.#dragged = false;
      },
    ],
    [
      'pointermove',
      (e: PointerEvent) => {
        const before = this.#pointers.get(e.pointerId);
        if (!before) return;
        const now = this.#local(e);
        const others = [...this.#pointers.entries()].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
        if (others.length === 0) {
          // One finger on touch scrolls the page; a mouse or a pen drags the map.
          if (e.pointerType === 'touch') return;
          if (!this.#dragged && Math.hypot(now.x - before.x, now.y - before.y) < 4) return;
          this.#dragged = true;
          this.pan(now.x - before.x, now.y - before.y);
        } else {
          // Two fingers: pinch around their middle, and pan with it.
          const o = others[0]!;
          const d0 = Math.hypot(before.x - o.x, before.y - o.y);
          const d1 = Math.hypot(now.x - o.x, now.y - o.y);
          this.#dragged = true;
          if (d0 > 0 && d1 > 0) this.zoomBy(d1 / d0, (now.x + o.x) / 2, (now.y + o.y) / 2);
          this.pan((now.x - before.x) / 2, (now.y - before.y) / 2);
        }
        this.#pointers.set(e.pointerId, now);
      },
    ],
    ['pointerup', (e: PointerEvent) => this.#pointers.delete(e.pointerId)],
    ['pointercancel', (e: PointerEvent) => this.#pointers.delete(e.pointerId)],
  ];
}
