/**
 * Work written once as a generator that yields between small steps, and run either to the end at
 * once (`parseAtlas`) or in slices that yield to the page (`parseAtlasAsync`): one control flow for
 * both, so the two cannot drift apart.
 *
 * A plain `yield` marks a step: a slice may end there if it has run its time. `yield SLICE_END`
 * marks a place where a slice ends whatever its time (before a long task that cannot be cut, or
 * before a result is handed over), so the page gets a turn there.
 */
export const SLICE_END: unique symbol = Symbol('slice end');

export type Steps<T> = Generator<void | typeof SLICE_END, T, void>;

/** Runs the steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
