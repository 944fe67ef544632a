/**
 * A view model built by steps (`src/steps.ts`) for a key, the values it is built from, and kept for
 * it: built whole at once, or a slice at a time across an element's tasks on a first render of a
 * large view (`CwElement.viewSliceMs`). Built anew when the key changes; steps left unfinished for
 * an older key are dropped; steps that throw are started again by the next call.
 */
import { runSlice } from '../../src/slices.js';
import { runSteps, type Steps } from '../../src/steps.js';
import { sameKeys } from './memo.js';

export class SteppedBuild<T> {
  #key?: readonly unknown[];
  #steps?: Steps<T>;
  #built?: { value: T };

  /**
   * The value for `key`, from the steps `start()` gives (or kept from a call with the same key):
   * built whole when `sliceMs` is undefined; else run for about `sliceMs` milliseconds, and
   * undefined while unfinished (call again, with the same key, in another task).
   */
  build(key: readonly unknown[], start: () => Steps<T>, sliceMs: number | undefined): T | undefined {
    const known = sameKeys(key, this.#key);
    if (known && this.#built) return this.#built.value;
    if (!known || !this.#steps) {
      this.#steps?.return(undefined as never);
      this.#key = key;
      this.#built = undefined;
      this.#steps = start();
    }
    let r: ReturnType<typeof runSlice<T>>;
    try {
      r = sliceMs === undefined ? { done: true, value: runSteps(this.#steps) } : runSlice(this.#steps, sliceMs);
    } catch (e) {
      // The steps are closed by their throw: the next call starts them again (the element shows the
      // error meanwhile), rather than reading a closed generator's undefined as "unfinished".
      this.#key = this.#steps = this.#built = undefined;
      throw e;
    }
    if (!r.done) return undefined;
    this.#steps = undefined;
    this.#built = { value: r.value };
    return r.value;
  }
}
