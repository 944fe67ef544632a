/**
 * "Did you mean …?": the closest known names to a name that was not found. Generic (ids, field
 * names, enum values): a case-insensitive exact match first, then prefix matches (`tetouan` →
 * `tetouan-ma`), then the smallest edit distance (`tetuan-ma` → `tetouan-ma`, `titel` → `title`).
 */

import { editDistance } from './edit-distance.js';

export { editDistance } from './edit-distance.js';

/** Strings longer than this are not compared (a 5 MB string is not a typo of an id). */
const MAX_LENGTH = 200;

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
