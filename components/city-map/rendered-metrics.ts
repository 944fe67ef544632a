/**
 * What the map's layout takes from the drawn map besides the frame's size (element-size.ts): the
 * letter and word spacing of the labels' text, which a reader's stylesheet may set (WCAG 1.4.12,
 * text spacing: the labels and the names of countries and seas are measured and placed with it),
 * and the room the zoom buttons take in the frame's top corner (they are sized in rem: a larger
 * default font makes them larger). A Lit reactive controller.
 *
 * Read when a ResizeObserver sees the first label or the buttons appear or change size (a
 * stylesheet added or changed later widens the text), on the next frame, as the frame's size is
 * (never inside the observer's delivery: a render there would be a "ResizeObserver loop" error in
 * the page's console). The host is asked for an update only when a value changed: it lays out again
 * with the new values (geometry.ts keys its layout on them).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFrame } from '../base/frames.js';
import { sameSpacing, spacingOf, type TextSpacing } from './measure.js';

/** The room the zoom buttons take from the frame's top corner on their side, in pixels: to their far side, to their bottom. */
export interface ControlsRoom {
  width: number;
  height: number;
}

/** At the default font size: three 2.25 rem buttons 2 px apart, 0.25 rem from the frame's edges. */
export const DEFAULT_CONTROLS: ControlsRoom = { width: 40, height: 116 };

export class RenderedMetrics implements ReactiveController {
  /** The labels' spacing, once read from a drawn label (before: what they inherit from the host). */
  #spacing?: TextSpacing;
  controls = DEFAULT_CONTROLS;
  readonly #host: ReactiveControllerHost;
  readonly #inherited: () => TextSpacing;
  #frame?: HTMLElement | null;
  #observer?: ResizeObserver;
  #observed: Element[] = [];
  #cancelFrame?: () => void;

  /** `inherited`: the host's own spacing (from its computed style), which the labels inherit unless a rule sets theirs. */
  constructor(host: ReactiveControllerHost, inherited: () => TextSpacing) {
    this.#host = host;
    this.#inherited = inherited;
    host.addController(this);
  }

  get spacing(): TextSpacing {
    return this.#spacing ?? this.#inherited();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = [];
    this.#cancelFrame?.();
  }

  /** After each update: watches the buttons and the first label of `frame` (either may be new, or gone). */
  watch(frame: HTMLElement | null): void {
    this.#frame = frame;
    const targets = [frame?.querySelector('.controls'), frame?.querySelector('svg .labels text')].filter((e): e is Element => !!e);
    if (typeof ResizeObserver === 'undefined' || (targets.length === this.#observed.length && targets.every((t, i) => t === this.#observed[i]))) return;
    this.#observer ??= new ResizeObserver(() => {
      this.#cancelFrame?.();
      this.#cancelFrame = nextFrame(() => this.#read() && this.#host.requestUpdate());
    });
    // A new element is reported at once with its size: read then.
    this.#observer.disconnect();
    for (const t of targets) this.#observer.observe(t);
    this.#observed = targets;
  }

  /** Reads the values from the drawn map; whether one changed. */
  #read(): boolean {
    const frame = this.#frame;
    // A label's own text, else the labels' group (what every label inherits).
    const text = frame?.querySelector('svg .labels text') ?? frame?.querySelector('svg .labels');
    const controls = frame?.querySelector<HTMLElement>('.controls');
    const before = this.spacing;
    const { controls: room } = this;
    if (text) this.#spacing = spacingOf(getComputedStyle(text));
    if (frame && controls?.offsetWidth) {
      // From the nearer side of the frame (the end side: right in LTR, left in RTL).
      const start = controls.offsetLeft;
      this.controls = { width: Math.min(start, frame.clientWidth - start - controls.offsetWidth) + controls.offsetWidth, height: controls.offsetTop + controls.offsetHeight };
    }
    return !sameSpacing(before, this.spacing) || room.width !== this.controls.width || room.height !== this.controls.height;
  }
}
