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

/**
 * How many records a walk over a list checks between two steps. A step per record cost a first
 * parse of 1,000 projects about a tenth of its time (a generator resumed thousands of times, on
 * code not yet optimized); a record's checks take microseconds, so a slice still ends on time.
 */
export const RECORDS_PER_STEP = 16;

/** Whether a walk over a list steps after its record `i` (every `RECORDS_PER_STEP` records). */
export const stepAfter = (i: number): boolean => i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1;

/** Runs the steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
