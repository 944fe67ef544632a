/**
 * Language tags and localized text: which language a reader gets, which text is shown to them, and
 * which way it runs. The one place that decides how a `LocalizedText` falls back; every component
 * calls `resolveText` rather than picking a language itself.
 */
import { DEFAULT_LANGUAGE } from '../default-language.js';
import type { LocalizedText } from '../schema/primitives.js';
import { fallbackLanguages } from './fallback.js';
import { baseLanguage, normalizeLanguageTag, prefixes, translatedFrom } from './tags.js';

export { baseLanguage, normalizeLanguageTag, translatedFrom } from './tags.js';

/** The languages the user interface is written in. */
export type UiLanguage = 'fr' | 'en' | 'ar';

export const UI_LANGUAGES: readonly UiLanguage[] = ['fr', 'en', 'ar'];

/** A language's direction, as the `dir` attribute spells it. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The languages to try for a reader, best first: the requested tag and each shorter form of it, then
 * the reader's fallback languages (`fallback`, by default `defaultFallback(requested)` in
 * `fallback.ts`), then the dataset's default language (and their shorter forms), then nothing.
 * `languageChain('ar-MA', 'fr')` → `['ar-MA', 'ar', 'fr', 'en']`; `languageChain('ar-JO', 'fr')`
 * → `['ar-JO', 'ar', 'en', 'fr']`. Tags come back in canonical form, without duplicates; an
 * unusable requested tag gives the rest of the chain alone.
 */
export function languageChain(requested: string, defaultLang: string, fallback?: readonly string[]): string[] {
  return [...chainOf(requested, defaultLang, fallback)];
}

/**
 * `languageChain`, kept: `resolveText` needs it for every text (5,000 cities' names in a map's view
 * built it 5,000 times), and a page has a handful of readers' languages.
 */
function chainOf(requested: string, defaultLang: string, fallback?: readonly string[]): readonly string[] {
  const key = `${requested}\u0000${defaultLang}\u0000${fallback ? fallback.join(' ') : '-'}`;
  let chain = chains.get(key);
  if (!chain) {
    if (chains.size >= 100) chains.clear();
    chains.set(key, (chain = buildChain(requested, defaultLang, fallback)));
  }
  return chain;
}

const chains = new Map<string, readonly string[]>();

function buildChain(requested: string, defaultLang: string, fallback?: readonly string[]): string[] {
  const out: string[] = [];
  const own = prefixes(requested);
  // A reader whose tag is unusable has no fallback order of their own (the page's still applies).
  const rest = own.length > 0 || fallback ? fallbackLanguages(requested, fallback).flatMap(prefixes) : [];
  for (const t of [...own, ...rest, ...prefixes(defaultLang)]) {
    if (!out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

/** Where no language in the chain has a text, these are preferred, in this order, before the others (alphabetical). */
const LAST_RESORT: readonly string[] = ['en', 'fr', 'ar'];

export interface ResolvedText {
  /** The text to show. */
  text: string;
  /** The language tag of that text, as the data spells it: put it in a `lang` attribute when `fallback` is true. */
  lang: string;
  /** True when the text is not in the reader's language (its base language differs from the requested one's). */
  fallback: boolean;
  /**
   * The language the text was translated from, when the data marks it as a translation made for
   * the dataset (a tag with BCP 47's extension T: `ar-t-fr`, see `translatedFrom`).
   */
  translatedFrom?: string;
}

/**
 * The best text for a reader: the one place that decides how a text falls back. Tries, in order:
 * each language of `languageChain(requested, defaultLang, fallback)` (exact tags,
 * case-insensitive); before moving on from a base language, any other form of it (an `ar-TN` text
 * for an `ar-MA` reader, or `ar-t-fr`, Arabic translated from French; the shortest tag first, so a
 * text written in the language beats a translation); then any language at all, English, French and
 * Arabic first, then the others in alphabetical order, so the choice never depends on the order of
 * keys in the data. `fallback` is the page's own fallback order (`fallback-lang`), when it sets one.
 * Undefined when the text is missing or has no non-empty string.
 */
export function resolveText(text: LocalizedText | undefined, requested: string, defaultLang: string = DEFAULT_LANGUAGE, fallback?: readonly string[]): ResolvedText | undefined {
  if (text === null || typeof text !== 'object') return undefined;
  const entries = Object.entries(text).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
  if (entries.length === 0) return undefined;

  const wanted = baseLanguage(requested);
  const done = (picked: string, value: string): ResolvedText => {
    const tag = ownLanguage(picked, value, entries, wanted);
    const r: ResolvedText = { text: value, lang: tag, fallback: baseLanguage(tag) !== wanted };
    const from = translatedFrom(tag);
    if (from !== undefined) r.translatedFrom = from;
    return r;
  };
  const byLower = new Map(entries.map(([tag, value]) => [tag.toLowerCase(), [tag, value] as const]));
  const sameBase = (base: string) =>
    entries.filter(([tag]) => baseLanguage(tag) === base).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];

  const chain = chainOf(requested, defaultLang, fallback);
  for (let i = 0; i < chain.length; i++) {
    const tag = chain[i]!;
    const hit = byLower.get(tag.toLowerCase());
    if (hit) return done(hit[0], hit[1]);
    // Leaving a base language (the next tag is another language, or the chain ends): try its regional forms.
    const base = baseLanguage(tag);
    const next = chain[i + 1];
    if (next === undefined || baseLanguage(next) !== base) {
      const regional = sameBase(base);
      if (regional) return done(regional[0], regional[1]);
    }
  }
  for (const base of LAST_RESORT) {
    const any = sameBase(base);
    if (any) return done(any[0], any[1]);
  }
  const [tag, value] = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[0]!;
  return done(tag, value);
}

/** Letters of the scripts written right to left (Hebrew, Arabic and its supplements, Syriac, Thaana, N'Ko). */
const RTL_LETTER = /[\u0590-\u07FF\u0860-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LETTER = /\p{L}/u;

/**
 * The real language of a text given under `tag`: a name or acronym left untranslated in a
 * right-to-left language (`{ "fr": "CNDH", "ar": "CNDH" }`, `"Anti-rumours Global"`) is not Arabic
 * but the language of the entry it copies, so that it gets that `lang` (a screen reader then spells
 * it with the right voice) and its own direction. Only where the scripts differ: an English
 * `"Tunis"` equal to the French one stays English.
 */
function ownLanguage(tag: string, value: string, entries: readonly (readonly [string, string])[], wanted: string): string {
  if (baseLanguage(tag) !== wanted || !inOtherScript(value, tag)) return tag;
  const copied = entries.find(([other, text]) => text === value && !isRtl(other));
  return copied ? copied[0] : tag;
}

/**
 * True when `value` cannot be text of the right-to-left language `lang`: it has letters, none of a
 * right-to-left script (`"ACMALS"` on an Arabic page). Such a value from the data (an acronym, a
 * name) is marked with the language of the sources rather than read as Arabic.
 */
export function inOtherScript(value: string, lang: string): boolean {
  return isRtl(lang) && !RTL_LETTER.test(value) && LETTER.test(value);
}

/** The interface language for a tag: its base language when the interface is written in it, else English. */
export function uiLanguage(tag: string): UiLanguage {
  const base = baseLanguage(tag);
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

/** Languages written right to left by default. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'lrc', 'mzn', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left; a script subtag overrides the language's default (`az-Arab`, `ku-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'mend', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa', 'yezi']);

/** True for a language written right to left: `ar`, `ar-MA`, `he`, `fa`, `ur`, `az-Arab`; false for `uz-Latn`. */
export function isRtl(tag: string): boolean {
  const normal = normalizeLanguageTag(tag);
  if (!normal) return false;
  const subtags = normal.split('-');
  const script = subtags.find((s, i) => i > 0 && /^[A-Za-z]{4}$/.test(s));
  if (script) return RTL_SCRIPTS.has(script.toLowerCase());
  return RTL_LANGUAGES.has(subtags[0]!.toLowerCase());
}

/** `rtl` or `ltr`, for a `dir` attribute. */
export function textDirection(tag: string): TextDirection {
  return isRtl(tag) ? 'rtl' : 'ltr';
}

/**
 * A value from the data (an id, a code, a URL) wrapped in Unicode first-strong isolates (U+2068 …
 * U+2069), for a plain-text place where no `<bdi>` can go (an `<option>`, a message): it then
 * cannot reorder the text around it, as a Latin id would inside Arabic.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
