/**
 * The edit distance under `suggest` ("did you mean …?", `suggest.ts`) and `suggestSdgTarget`
 * (`sdg.ts`). A module of its own so that what needs the distance alone (the SDG catalogue, in the
 * CDN entry) does not bring `suggest` with it, which only the validator and the query API use.
 */

/** Where the cells of the distance table computed are counted, for a budget of work. */
export interface WorkCounter {
  steps: number;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so `titel` is one edit
 * from `title`. Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 *
 * With a finite `limit` only the diagonal band of the table within `limit` of the diagonal is
 * computed (a cell further out is more than `limit` edits away): the cost is about
 * `a.length × (2 × limit + 1)` cells instead of `a.length × b.length`, which bounds the work on two
 * long similar strings. The cells computed are added to `work.steps` when given.
 */
export function editDistance(a: string, b: string, limit = Infinity, work?: WorkCounter): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const n = a.length;
  const m = b.length;
  const band = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : Math.max(n, m);
  // Cells outside the band hold a value larger than any distance that counts.
  const far = Math.min(band + n + m + 1, 0x3fffffff);
  let prev2 = new Int32Array(m + 1).fill(far);
  let prev = new Int32Array(m + 1).fill(far);
  let cur = new Int32Array(m + 1).fill(far);
  for (let j = 0; j <= Math.min(m, band); j++) prev[j] = j;
  let cells = 0;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    cur[lo - 1] = lo === 1 ? i : far;
    let rowMin = lo === 1 ? i : far;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = prev[j - 1]! + (ai === bj ? 0 : 1);
      const up = prev[j]! + 1;
      if (up < d) d = up;
      const left = cur[j - 1]! + 1;
      if (left < d) d = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        const t = prev2[j - 2]! + 1;
        if (t < d) d = t;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) cur[hi + 1] = far;
    cells += hi - lo + 1;
    if (rowMin > limit) {
      if (work) work.steps += cells;
      return limit + 1;
    }
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  if (work) work.steps += cells;
  const d = prev[m]!;
  return d > limit ? limit + 1 : d;
}
