/**
 * Zoom and pan of `<cw-city-map>`, as a Lit reactive controller: it holds the transform (see
 * `ZoomTransform` in layout.ts, where its arithmetic lives) and turns the reader's gestures into
 * it. The map redraws from the transform: markers are clustered again at each zoom, so clusters
 * open as one zooms in.
 *
 * Why a modifier for the wheel and two fingers on touch: the map sits in a page that scrolls; a
 * plain wheel turn or a one-finger swipe over it must scroll the page, not trap the reader in the
 * map. A mouse drag pans; the `+`/`−` buttons and keys and the reset button do the rest.
 *
 * During a gesture (a drag, a pinch, a run of wheel turns) the drawing is moved as a picture
 * (`preview`) and laid out again once the gesture ends (`drawn` catches up with `transform`): a
 * layout of thousands of cities takes tens of milliseconds, too long for every frame of a drag.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { UiMessageKey } from '../base/messages.js';
import { IDENTITY, panBy, zoomAround, type ZoomTransform } from './layout.js';

/** The zoom factor of one step (a button, a key). */
export const ZOOM_STEP = 2;
/** A run of wheel turns ends when none comes for this long (ms). */
export const WHEEL_SETTLE_MS = 150;

/**
 * The transform `t`, made for a frame of size `from`, for a frame of size `to`: the same place at
 * the centre and the same zoom factor, so that the cities in view stay in view.
 */
export type Reframe = (t: ZoomTransform, from: { width: number; height: number }, to: { width: number; height: number }) => ZoomTransform;

export class MapZoom implements ReactiveController {
  /** Where the reader has moved the map. */
  transform: ZoomTransform = IDENTITY;
  /** Where the map is laid out: `transform`, except during a gesture. */
  drawn: ZoomTransform = IDENTITY;
  #gesture = false;
  #wheelTimer: ReturnType<typeof setTimeout> | undefined;
  #host: ReactiveControllerHost;
  #size: () => { width: number; height: number } | undefined;
  #reframe: Reframe;
  /** The frame size `transform` was made for: its translation is in that frame's pixels. */
  #madeFor?: { width: number; height: number };
  #frame?: Element;
  #pointers = new Map<number, { x: number; y: number }>();
  #dragged = false;

  /** `reframe`: the transform for a new frame size (see `Reframe`); by default, the whole map again. */
  constructor(host: ReactiveControllerHost, size: () => { width: number; height: number } | undefined, reframe: Reframe = () => IDENTITY) {
    this.#host = host;
    this.#size = size;
    this.#reframe = reframe;
    host.addController(this);
  }

  /**
   * Before the host renders: at zoom 1 the `−` and reset buttons are disabled, and a disabled button
   * drops the focus to the page's body. The one that has it (after its own activation, or a wheel
   * turn that brought the map back) hands it to `+`, which stays enabled, in the same group.
   */
  hostUpdate(): void {
    this.#followSize();
    if (this.zoomed || !this.#frame) return;
    const focused = (this.#frame.getRootNode() as Document | ShadowRoot).activeElement;
    if (focused && this.#frame.contains(focused) && focused.matches('.controls [data-zoom="out"], .controls [data-zoom="reset"]')) {
      this.#frame.querySelector<HTMLElement>('.controls [data-zoom="in"]')?.focus();
    }
  }

  hostDisconnected(): void {
    this.attach(undefined);
    this.settle();
  }

  get zoomed(): boolean {
    return this.transform.k > 1;
  }

  /**
   * After a resize (a phone turned, a sidebar closed), the transform is carried over to the new
   * frame: its translation is in the old frame's pixels, and clamped as it is to the new frame it
   * would show another place, often one with no city.
   */
  #followSize(): void {
    const s = this.#size();
    const from = this.#madeFor;
    if (!s || (from && from.width === s.width && from.height === s.height)) return;
    if (from && this.zoomed) this.set(this.#reframe(this.transform, from, s));
    this.#madeFor = s;
  }

  /** Whether the last pointer sequence moved the map (then its click is not a click on a marker). */
  get dragged(): boolean {
    return this.#dragged;
  }

  /** Moves the map to `t` and lays it out there (a gesture under way ends). */
  set(t: ZoomTransform): void {
    this.settle();
    this.#move(t);
  }

  /**
   * During a gesture, the SVG transform that takes the drawing at `drawn` to `transform` (a point
   * drawn at `p` is shown at `r·p + (dx, dy)`); none when the two are the same.
   */
  get preview(): string | undefined {
    const [a, b] = [this.drawn, this.transform];
    if (a === b || (a.k === b.k && a.x === b.x && a.y === b.y)) return undefined;
    const r = b.k / a.k;
    return `matrix(${r} 0 0 ${r} ${b.x - r * a.x} ${b.y - r * a.y})`;
  }

  #move(t: ZoomTransform): void {
    if (t.k === this.transform.k && t.x === this.transform.x && t.y === this.transform.y) return;
    this.transform = t;
    this.#madeFor = this.#size();
    if (!this.#gesture) this.drawn = t;
    this.#host.requestUpdate();
  }

  /** Ends a gesture under way: the map is laid out where it was moved to. */
  settle(): void {
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = undefined;
    if (!this.#gesture) return;
    this.#gesture = false;
    if (this.drawn === this.transform) return;
    this.drawn = this.transform;
    this.#host.requestUpdate();
  }

  reset(): void {
    this.set(IDENTITY);
  }

  /** Zooms by `factor` around a screen point (the centre by default); `gesture`: as part of a gesture (see `preview`). */
  zoomBy(factor: number, px?: number, py?: number, gesture = false): void {
    const s = this.#size();
    if (!s) return;
    this.#go(zoomAround(this.transform, factor, px ?? s.width / 2, py ?? s.height / 2, s.width, s.height), gesture);
  }

  /** Moves the map by `(dx, dy)` pixels; `gesture`: as part of a gesture (see `preview`). */
  pan(dx: number, dy: number, gesture = false): void {
    const s = this.#size();
    if (!s) return;
    this.#go(panBy(this.transform, dx, dy, s.width, s.height), gesture);
  }

  /** To `t`, as part of a gesture (moved as a picture) or laid out at once. */
  #go(t: ZoomTransform, gesture: boolean): void {
    if (!gesture) return this.set(t);
    this.#gesture = true;
    this.#move(t);
  }

  /** Listens to the gestures on `frame` (the element the map is drawn in); none with `undefined`. */
  attach(frame: Element | undefined): void {
    if (frame === this.#frame) return;
    if (this.#frame) for (const [type, fn] of this.#listeners) this.#frame.removeEventListener(type, fn as EventListener);
    this.#frame = frame;
    this.#pointers.clear();
    if (frame) for (const [type, fn] of this.#listeners) frame.addEventListener(type, fn as EventListener, { passive: type !== 'wheel' });
  }

  #capture(pointerId: number): void {
    try {
      this.#frame?.setPointerCapture(pointerId);
    } catch {
      // No such active pointer (an event made by a script): nothing to capture.
    }
  }

  /** A pointer lifted: the last one ends the gesture. */
  #release(e: PointerEvent): void {
    this.#pointers.delete(e.pointerId);
    if (this.#pointers.size === 0 && !this.#wheelTimer) this.settle();
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
        this.zoomBy(Math.pow(2, -e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), p.x, p.y, true);
        clearTimeout(this.#wheelTimer);
        this.#wheelTimer = setTimeout(() => this.settle(), WHEEL_SETTLE_MS);
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
          // Captured once it is a drag (not at pointerdown: the click on a marker must reach the
          // marker): the release ends the gesture even outside the map.
          if (!this.#dragged) this.#capture(e.pointerId);
          this.#dragged = true;
          this.pan(now.x - before.x, now.y - before.y, true);
        } else {
          // Two fingers: pinch around their middle, and pan with it.
          const o = others[0]!;
          const d0 = Math.hypot(before.x - o.x, before.y - o.y);
          const d1 = Math.hypot(now.x - o.x, now.y - o.y);
          this.#dragged = true;
          if (d0 > 0 && d1 > 0) this.zoomBy(d1 / d0, (now.x + o.x) / 2, (now.y + o.y) / 2, true);
          this.pan((now.x - before.x) / 2, (now.y - before.y) / 2, true);
        }
        this.#pointers.set(e.pointerId, now);
      },
    ],
    ['pointerup', (e: PointerEvent) => this.#release(e)],
    ['pointercancel', (e: PointerEvent) => this.#release(e)],
    ['lostpointercapture', (e: PointerEvent) => this.#release(e)],
  ];
}

/** The `+`, `−` and "show all cities" buttons over the map (`−` and the reset are off at zoom 1). */
export function renderZoomControls(zoom: MapZoom, t: (key: UiMessageKey) => string): TemplateResult {
  const zoomed = zoom.zoomed;
  return html`<div class="controls" part="map-controls" role="group" aria-label=${t('cityMap.mapControls')}>
    <button type="button" data-zoom="in" aria-label=${t('cityMap.zoomIn')} title=${t('cityMap.zoomIn')} @click=${() => zoom.zoomBy(ZOOM_STEP)}>+</button>
    <button type="button" data-zoom="out" aria-label=${t('cityMap.zoomOut')} title=${t('cityMap.zoomOut')} ?disabled=${!zoomed} @click=${() => zoom.zoomBy(1 / ZOOM_STEP)}>−</button>
    <button type="button" data-zoom="reset" aria-label=${t('cityMap.resetView')} title=${t('cityMap.resetView')} ?disabled=${!zoomed} @click=${() => zoom.reset()}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4" fill="none" stroke="currentColor" stroke-width="1.6"></path></svg>
    </button>
  </div>`;
}
