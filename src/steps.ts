/**
 * Work written once as a generator that yields between small steps, and run either to the end at
 * once (`parseAtlas`) or in slices that yield to the page (`parseAtlasAsync`): one control flow for
 * both, so the two cannot drift apart.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
