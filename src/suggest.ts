/**
 * "Did you mean …?": the closest known names to a name that was not found. Generic (ids, field
 * names, enum values): a case-insensitive exact match first, then prefix matches (`tetouan` →
 * `tetouan-ma`), then the smallest edit distance (`tetuan-ma` → `tetouan-ma`, `titel` → `title`).
 *
 * A document can name thousands of ids that do not exist, each looking like thousands that do: a
 * search over every candidate for every name grows with their product and froze pages. So the
 * candidates of a set are indexed once (`Suggester`: by lower-case name, sorted for prefixes, by
 * length, with a bigram signature that rules out most candidates without an edit distance), and a
 * validation run shares one `SuggestionBudget`: at most `MAX_SUGGESTED_REFERENCES` names get a
 * search and at most `MAX_SUGGESTION_STEPS` steps of work are done in all. The budget counts work,
 * not milliseconds, so that the same document gets the same messages everywhere (sync or async,
 * a fast machine or a slow one).
 */

import { editDistance, type WorkCounter } from './edit-distance.js';
import { MAX_SUGGESTED_REFERENCES, MAX_SUGGESTION_STEPS } from './limits.js';

export { editDistance } from './edit-distance.js';

/** Strings longer than this are not compared (a 5 MB string is not a typo of an id). */
const MAX_LENGTH = 200;

/** The work of the searches of one validation run, and its limits. Read by tests to check the bound. */
export class SuggestionBudget implements WorkCounter {
  /** Names searched so far. */
  names = 0;
  /** Steps of work so far: candidates looked at, plus cells of the edit distance tables. */
  steps = 0;
  constructor(
    readonly maxNames = MAX_SUGGESTED_REFERENCES,
    readonly maxSteps = MAX_SUGGESTION_STEPS,
  ) {}
  /** Counts one more name and says whether it may be searched. */
  take(): boolean {
    if (this.names >= this.maxNames || this.steps >= this.maxSteps) return false;
    this.names++;
    return true;
  }
  get spent(): boolean {
    return this.steps >= this.maxSteps;
  }
}

export interface SuggestOptions {
  /** How many suggestions at most (default 3). */
  max?: number;
  /** The largest edit distance accepted (default: a third of the longer string, at least 1, at most 4). */
  maxDistance?: number;
  /** The budget this search draws on; without one the search is not limited. */
  budget?: SuggestionBudget;
}

/** Bits of the bigrams of a (lower-case) string, hashed into 32 bits. */
function bigramMask(s: string): number {
  let mask = 0;
  for (let i = 0; i + 1 < s.length; i++) mask |= 1 << ((s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) & 31);
  return mask;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * The candidates of one set, indexed once for many searches. The results are those of comparing
 * the name with every candidate (`suggest` below is one search with a throw-away index); the index
 * only skips candidates that cannot match: other lengths, and candidates missing more of the
 * name's bigrams than the allowed edits can remove (one edit removes at most three of them).
 */
export class Suggester {
  readonly #source: () => Iterable<string>;
  #names: string[] = [];
  #lower: string[] = [];
  #masks: number[] = [];
  #byLower = new Map<string, number[]>();
  #byLength = new Map<number, number[]>();
  /** Candidate indices sorted by lower-case name, for prefix ranges. */
  #sorted: number[] = [];
  #built = false;

  /** `candidates` is read on the first search (so an unused suggester costs nothing). */
  constructor(candidates: Iterable<string> | (() => Iterable<string>)) {
    this.#source = typeof candidates === 'function' ? candidates : () => candidates;
  }

  #build(): void {
    this.#built = true;
    const seen = new Set<string>();
    for (const name of this.#source()) {
      if (typeof name !== 'string' || name.length > MAX_LENGTH || seen.has(name)) continue;
      seen.add(name);
      const i = this.#names.length;
      const lower = name.toLowerCase();
      this.#names.push(name);
      this.#lower.push(lower);
      this.#masks.push(bigramMask(lower));
      const same = this.#byLower.get(lower);
      if (same) same.push(i);
      else this.#byLower.set(lower, [i]);
      const bucket = this.#byLength.get(lower.length);
      if (bucket) bucket.push(i);
      else this.#byLength.set(lower.length, [i]);
    }
    this.#sorted = this.#names.map((_, i) => i).sort((x, y) => (this.#lower[x]! < this.#lower[y]! ? -1 : this.#lower[x]! > this.#lower[y]! ? 1 : x - y));
  }

  /** The known names closest to `input`, best first; empty when none is close (or the budget is spent). */
  suggest(input: string, options: SuggestOptions = {}): string[] {
    const max = options.max ?? 3;
    if (typeof input !== 'string' || input.length === 0 || input.length > MAX_LENGTH || max <= 0) return [];
    const budget = options.budget;
    if (budget && !budget.take()) return [];
    if (!this.#built) this.#build();
    const work: WorkCounter = budget ?? { steps: 0 };
    const stepsLimit = budget ? budget.maxSteps : Infinity;
    const needle = input.toLowerCase();
    const scores = new Map<number, number>();
    const score = (i: number, s: number) => {
      if (this.#names[i] === input) return;
      const had = scores.get(i);
      if (had === undefined || s < had) scores.set(i, s);
    };

    // Case-insensitive equals, and names the input starts with (3 characters or more).
    for (let k = Math.min(3, needle.length); k <= needle.length; k++) {
      const hay = needle.slice(0, k);
      for (const i of this.#byLower.get(hay) ?? []) {
        work.steps++;
        score(i, k === needle.length ? 0 : 0.5 + (needle.length - k) / 1000);
      }
    }
    // Names that start with the input: a range of the sorted names.
    if (needle.length >= 3) {
      let lo = 0;
      let hi = this.#sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.#lower[this.#sorted[mid]!]! < needle) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < this.#sorted.length && work.steps < stepsLimit; k++) {
        const i = this.#sorted[k]!;
        const hay = this.#lower[i]!;
        if (!hay.startsWith(needle)) break;
        work.steps++;
        score(i, hay === needle ? 0 : 0.5 + (hay.length - needle.length) / 1000);
      }
    }
    // Typos: candidates of a length within reach, not ruled out by their bigrams.
    const reach = options.maxDistance ?? 4;
    const mask = bigramMask(needle);
    for (let length = Math.max(1, needle.length - reach); length <= needle.length + reach; length++) {
      for (const i of this.#byLength.get(length) ?? []) {
        if (work.steps >= stepsLimit) break;
        work.steps++;
        if (scores.has(i)) continue;
        const hay = this.#lower[i]!;
        const limit = options.maxDistance ?? Math.min(4, Math.max(1, Math.floor(Math.max(hay.length, needle.length) / 3)));
        if (Math.abs(hay.length - needle.length) > limit) continue;
        if (popcount(mask & ~this.#masks[i]!) > 3 * limit) continue;
        const d = editDistance(needle, hay, limit, work);
        if (d <= limit) score(i, d);
      }
    }

    const scored = [...scores].map(([i, s]) => ({ i, s })).sort((x, y) => x.s - y.s || x.i - y.i);
    // Only the best matches: equally good ones, or typos of one edit after a prefix match.
    const best = scored[0]?.s ?? 0;
    return scored
      .filter((x) => x.s <= best + 0.5)
      .slice(0, max)
      .map((x) => this.#names[x.i]!);
  }

  /** `; did you mean "x"?` (or `"x" or "y"`), or an empty string when nothing is close. */
  didYouMean(input: string, options: SuggestOptions = {}): string {
    return hint(this.suggest(input, { max: 2, ...options }));
  }
}

function hint(found: string[]): string {
  if (found.length === 0) return '';
  return `; did you mean ${found.map((s) => JSON.stringify(s)).join(' or ')}?`;
}

/**
 * The known names closest to `input`, best first; empty when none is close. Candidates keep their
 * given order among equally good matches. For many searches over one set, use a `Suggester`.
 */
export function suggest(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string[] {
  return new Suggester(candidates).suggest(input, options);
}

/** `; did you mean "x"?` (or `"x" or "y"`), or an empty string when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string {
  return hint(suggest(input, candidates, { max: 2, ...options }));
}
