/**
 * An element's custom states (`:host(:state(error))`, `cw-x:state(ready)` in the page's CSS),
 * through its `ElementInternals`. Where the browser has none, or only an older syntax of custom
 * states, nothing is set and nothing throws: the states are a styling aid, never needed to work.
 */
export class CustomStates {
  readonly #states?: CustomStateSet;

  constructor(host: HTMLElement) {
    try {
      this.#states = host.attachInternals().states;
    } catch {
      // Not supported: the states are simply not set.
    }
  }

  /** Sets (`on`) or clears the state `name`. */
  set(name: string, on: boolean): void {
    try {
      if (on) this.#states?.add(name);
      else this.#states?.delete(name);
    } catch {
      // An older syntax of custom states only: skip them.
    }
  }
}
