/**
 * Forgiving text search: what a person types finds the text whatever the accents, the Arabic
 * spelling variants or the punctuation. Both the text and the query go through
 * `normalizeForSearch`, then every word of the query must appear in the text.
 */

/** Letters that Unicode does not decompose but that people type without their stroke or ligature. */
const LATIN_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l' };

/** Arabic letters written in several ways that a reader takes for the same word. */
const ARABIC_FOLDS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا (أ إ آ lose their hamza and madda as combining marks)
  '\u0672': '\u0627', // ٲ
  '\u0673': '\u0627', // ٳ
  '\u0675': '\u0627', // ٵ
  '\u0649': '\u064A', // ى alef maksura → ي
  '\u06CC': '\u064A', // ی Persian yeh → ي
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06A9': '\u0643', // ک keheh → ك
};

const isDigit = (c: number) => c >= 48 && c <= 57;

const FOLD_RE = new RegExp(`[${Object.keys(LATIN_FOLDS).join('')}${Object.keys(ARABIC_FOLDS).join('')}]`, 'g');

/**
 * The form texts are compared in: lower case; Latin diacritics removed (`Tétouan` → `tetouan`,
 * `Meknès` → `meknes`); Arabic tatweel and harakat removed and hamza forms unified (أ إ آ ٱ → ا,
 * ؤ → و, ئ → ي, ى → ي, ة → ه); Arabic-Indic digits as ASCII digits; apostrophes dropped
 * (`L’Ariana` → `lariana`), other punctuation as spaces (a period between digits is kept, so
 * `10.7` stays one word); whitespace collapsed and trimmed.
 */
export function normalizeForSearch(s: string): string {
  if (typeof s !== 'string' || s.length === 0) return '';
  return (
    s
      .toLowerCase()
      // Compatibility decomposition: accents and Arabic hamza/madda become combining marks, and
      // presentation forms (ﻻ, ﺏ) and ligatures (ﬁ) become plain letters.
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/\u0640/g, '') // tatweel
      .replace(FOLD_RE, (c) => LATIN_FOLDS[c] ?? ARABIC_FOLDS[c] ?? c)
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/['\u2018\u2019\u02BC\u02BB`\u00B4]/g, '')
      .replace(/[\p{P}\p{S}\p{Z}\s]/gu, (c: string, at: number, all: string) =>
        c === '.' && isDigit(all.charCodeAt(at - 1)) && isDigit(all.charCodeAt(at + 1)) ? '.' : ' ',
      )
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** The words of a query, normalized (empty for a blank query). */
export function searchWords(query: string): string[] {
  const n = normalizeForSearch(query);
  return n === '' ? [] : n.split(' ');
}

/** Whether every word appears somewhere in an already normalized text. */
export function containsAllWords(normalizedText: string, words: readonly string[]): boolean {
  return words.every((w) => normalizedText.includes(w));
}

/**
 * Whether every word of `query` appears somewhere in the texts (as part of a word: `tet` finds
 * `Tétouan`). A blank query matches everything.
 */
export function matchesText(haystacks: string[], query: string): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  return containsAllWords(haystacks.map(normalizeForSearch).join(' '), words);
}

/**
 * The first `max` items whose text matches `query` (every word, as in `matchesText`), in their
 * order, and how many more match. For choosers that must stay small whatever the data's size (a
 * select of 5,000 cities): the reader types to narrow, and is told how many are left out. `keep`
 * items (the chosen one) are always in, counted in `max`. `searchText` gives an item's text already
 * through `normalizeForSearch`, so that a caller normalizes its items once, not on every keystroke.
 */
export function firstMatches<T>(items: readonly T[], searchText: (item: T) => string, query: string, max: number, keep?: (item: T) => boolean): { shown: T[]; more: number } {
  const words = searchWords(query);
  const shown: T[] = [];
  let more = 0;
  let room = Math.max(0, max - (keep ? items.filter(keep).length : 0));
  for (const item of items) {
    if (keep?.(item)) {
      shown.push(item);
      continue;
    }
    if (words.length > 0 && !containsAllWords(searchText(item), words)) continue;
    if (room > 0) {
      shown.push(item);
      room--;
    } else more++;
  }
  return { shown, more };
}
