/**
 * A first render of a large view cut into tasks, for `CwElement`: the update that leaves the loading
 * state may build the view model only (the loading state stays on screen), in slices when the element
 * builds it by steps, then run more view work in a task each, and render in a task of its own. For a
 * large document these are tasks of their own rather than one long one (at 5,000 entries the
 * timeline's first render was one task of 123 ms: 35 of them the view model, 27 its filter's sorted
 * options). A quicker view model (a network's tens of records) is rendered in the same task.
 * `updateComplete` waits for the rendering (`settled`).
 */

/** A view model built in less time than this is rendered in the same task. */
const QUICK_VIEW_MS = 10;
/** How long a task builds a large view model on a first render, when its element builds it by steps. */
const VIEW_SLICE_MS = 20;

export class FirstRender {
  /** The next update builds the view model only (see `request`). */
  #viewOnly = false;
  /** `prepareView` left its view unfinished in this update; it goes on in the next task. */
  #unfinished = false;
  /** The view model being built took more than one task: it is rendered in a task of its own. */
  #sliced = false;
  /** The rendering that follows a view-only update, until it is requested. */
  #deferred?: Promise<void>;
  readonly #requestUpdate: () => void;

  /** `requestUpdate`: the element's, asked for once the deferred rendering's turn comes. */
  constructor(requestUpdate: () => void) {
    this.#requestUpdate = requestUpdate;
  }

  /** The next update, if it leaves the loading state, may build its view in tasks of its own. */
  request(): void {
    this.#viewOnly = true;
  }

  /** How long `prepareView` may work on a view it builds by steps: a slice on such an update (while `loading`), undefined otherwise (built whole). */
  sliceMs(loading: boolean): number | undefined {
    return this.#viewOnly && loading ? VIEW_SLICE_MS : undefined;
  }

  /** Said by `prepareView` when its view is unfinished after its slice. */
  unfinished(): void {
    this.#unfinished = true;
  }

  /**
   * After `prepareView` (which took `tookMs`): true when the rendering waits for later tasks (the
   * loading state stays on screen), after `moreWork()`'s pieces when the view is complete; false
   * when the view is rendered now.
   */
  defer(loading: boolean, tookMs: number, moreWork: () => Array<() => void>): boolean {
    if (this.#unfinished) {
      this.#unfinished = false;
      this.#sliced = true;
      this.runAfter([]);
      return true;
    }
    // A quick view model is rendered in the same task: a task of its own would only add a wait,
    // and maybe a frame, before the first render.
    const defer = this.#viewOnly && loading && (this.#sliced || tookMs >= QUICK_VIEW_MS);
    this.#viewOnly = this.#sliced = false;
    if (defer) this.runAfter(moreWork());
    return defer;
  }

  /** No view is being built any longer (a failure): a later return to the loading state starts afresh. */
  reset(): void {
    this.#viewOnly = this.#sliced = this.#unfinished = false;
  }

  /**
   * Runs `pieces` in a task each, then asks for the rendering in the next. Each piece computes what
   * the rendering then finds kept; one that throws is left to the rendering, which meets the same
   * failure and shows it.
   */
  runAfter(pieces: Array<() => void>): void {
    const nextTask = () => new Promise((resolve) => setTimeout(resolve));
    const run = async (): Promise<void> => {
      for (const piece of pieces) {
        await nextTask();
        try {
          piece();
        } catch {
          // Met again by the rendering.
        }
      }
      await nextTask();
      if (this.#deferred === deferred) this.#deferred = undefined;
      this.#requestUpdate();
    };
    const deferred: Promise<void> = run();
    this.#deferred = deferred;
  }

  /** `done` once every deferred rendering has run: `again` is the element's own update completion. */
  async settled(done: boolean, again: () => Promise<boolean>): Promise<boolean> {
    while (this.#deferred) {
      await this.#deferred;
      done = await again();
    }
    return done;
  }
}
