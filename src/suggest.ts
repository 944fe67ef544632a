/**
 * "Did you mean …?": the closest known names to a name that was not found. Generic (ids, field
 * names, enum values): a case-insensitive exact match first, then prefix matches (`tetouan` →
 * `tetouan-ma`), then the smallest edit distance (`tetuan-ma` → `tetouan-ma`, `titel` → `title`).
 */

/** Strings longer than this are not compared (a 5 MB string is not a typo of an id). */
const MAX_LENGTH = 200;

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so `titel` is one edit
 * from `title`. Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface SuggestOptions {
  /** How many suggestions at most (default 3). */
  max?: number;
  /** The largest edit distance accepted (default: a third of the longer string, at least 1, at most 4). */
  maxDistance?: number;
}

/**
 * The known names closest to `input`, best first; empty when none is close. Candidates keep their
 * given order among equally good matches.
 */
export function suggest(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string[] {
  const max = options.max ?? 3;
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_LENGTH || max <= 0) return [];
  const needle = input.toLowerCase();
  const scored: Array<{ name: string; score: number; order: number }> = [];
  const seen = new Set<string>();
  let order = 0;
  for (const name of candidates) {
    if (typeof name !== 'string' || name.length > MAX_LENGTH || seen.has(name) || name === input) continue;
    seen.add(name);
    order++;
    const hay = name.toLowerCase();
    let score: number | undefined;
    if (hay === needle) score = 0;
    else if ((needle.length >= 3 && hay.startsWith(needle)) || (hay.length >= 3 && needle.startsWith(hay))) {
      // Prefix matches rank above every typo, the closest in length first.
      score = 0.5 + Math.abs(hay.length - needle.length) / 1000;
    } else {
      const limit = options.maxDistance ?? Math.min(4, Math.max(1, Math.floor(Math.max(hay.length, needle.length) / 3)));
      const d = editDistance(needle, hay, limit);
      if (d <= limit) score = d;
    }
    if (score !== undefined) scored.push({ name, score, order });
  }
  scored.sort((x, y) => x.score - y.score || x.order - y.order);
  // Only the best matches: equally good ones, or typos of one edit after a prefix match.
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score <= best + 0.5)
    .slice(0, max)
    .map((s) => s.name);
}

/** `; did you mean "x"?` (or `"x" or "y"`), or an empty string when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string {
  const found = suggest(input, candidates, { max: 2, ...options });
  if (found.length === 0) return '';
  return `; did you mean ${found.map((s) => JSON.stringify(s)).join(' or ')}?`;
}
