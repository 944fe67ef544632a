/**
 * How a UI message becomes text: the plural form for a number, `{name}` placeholders filled from
 * parameters (numbers formatted for the locale), `{@key}` placeholders filled with another message.
 * It knows no catalogue: the caller says where a key is looked up. `messages.ts` looks up the full
 * catalogues (the library's `msg`); the elements look up the one language they loaded
 * (`components/base/messages.ts`), so that a page downloads the strings of its own language only.
 */
import { baseLanguage, normalizeLanguageTag, uiLanguage } from './text.js';
import type { Message, PluralCategory, PluralMessage } from './types.js';

/**
 * Values for a message's `{name}` placeholders. Numbers are formatted for the locale (its digits
 * and grouping) and select the plural form; pass SDG codes, years and ids as strings, which are
 * inserted as they are.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Where a message is found by key (undefined for a key it does not have). */
export type MessageLookup = (key: string) => Message | undefined;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const collators = new Map<string, Intl.Collator>();

function cached<T>(cache: Map<string, T>, locale: string, make: (l: string) => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    try {
      value = make(locale);
    } catch {
      value = make('en');
    }
    cache.set(locale, value);
  }
  return value;
}

function pluralCategory(locale: string, n: number): PluralCategory {
  return cached(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(n) as PluralCategory;
}

/**
 * A number for display in a locale (`1 234` in French, `1,234` in English), always in Latin digits:
 * `ar-EG`, `ar-SA` and `ar-LB` default to Arabic-Indic digits (١٢), but the elements write dates,
 * years and SDG codes in Latin digits (`format-date.ts`), and a count beside them must not be the
 * only number in other digits. The locale still chooses grouping and decimals (`1.234` in `ar-MA`).
 */
export function formatNumber(locale: string, n: number): string {
  return cached(numberFormats, locale, (l) => new Intl.NumberFormat(l, { numberingSystem: 'latn' })).format(n);
}

/**
 * The collator that sorts names for a reader of `lang` (`Égypte` with the E's, `Ville 2` before
 * `Ville 10`, case and accents ignored): one per language, built once (its first construction loads
 * the language's collation data, a few milliseconds); English where the runtime has no rules for it.
 */
export function collator(lang: string | undefined): Intl.Collator {
  const tag = normalizeLanguageTag(lang) ?? 'en';
  return cached(collators, tag, (l) => new Intl.Collator([l, 'en'], { sensitivity: 'base', numeric: true }));
}

/**
 * How a list reads: names in a sentence joined by "and" (`conjunction`: "Tanger, Tétouan et Oujda")
 * or "or" (`disjunction`), or labels simply listed (`unit`, "just a list" in `Intl.ListFormat`'s
 * words: roles and networks shown as tags, "Lead city, Member city" in English, «مدينة رائدة، ومدينة عضو،
 * ومدينة مضيفة» in Arabic, which lists with a comma and «و»).
 */
export type ListType = 'conjunction' | 'disjunction' | 'unit';

/**
 * Items, which may be templates or anything else an element renders, with the words and
 * punctuation of a list in the reader's language between them, from `Intl.ListFormat`: `[a, ', ',
 * b, ' et ', c]` in French, `[a, ' و', b, ' و', c]` in Arabic (Arabic joins with «و», written
 * against the next word, where a plain ", " would be wrong). The one place where the interface
 * joins names (roles, cities, countries, organisations); `formatList` is its string form.
 *
 * The list is written in the language the interface speaks to this reader (`ar-MA` → `ar-MA`;
 * `es`, which has no interface catalogue, → English), so that "and" matches the words around it.
 */
export function listParts<T>(lang: string, items: readonly T[], type: ListType = 'conjunction'): Array<T | string> {
  if (items.length <= 1) return [...items];
  const tag = normalizeLanguageTag(lang) ?? 'en';
  const locale = baseLanguage(tag) === uiLanguage(tag) ? tag : 'en';
  try {
    // The parts name the items in their order (an item that is not a string is formatted as a
    // stand-in: the words between items do not depend on the items in French, English or Arabic).
    let next = 0;
    const parts = cached(listFormats, `${locale}|${type}`, (k) => new Intl.ListFormat(k.split('|')[0], { type })).formatToParts(items.map(String));
    return parts.map((p) => (p.type === 'element' ? items[next++]! : p.value));
  } catch {
    // No `Intl.ListFormat` (browsers before 2021): commas, Arabic ones in Arabic, for every type.
    const comma = baseLanguage(locale) === 'ar' ? '، ' : ', ';
    return items.flatMap((item, i) => (i ? [comma, item] : [item]));
  }
}

/** Strings joined as a list in the reader's language (see `listParts`): `a, b et c`, `a, b ou c`, `أ وب وج`. */
export function formatList(lang: string, items: readonly string[], type: ListType = 'conjunction'): string {
  return listParts(lang, items, type).join('');
}

function isPlural(m: Message): m is PluralMessage {
  return typeof m === 'object' && m !== null;
}

function pick(m: PluralMessage, locale: string, params: MessageParams | undefined): string {
  const n = params?.[m.by ?? 'count'];
  if (typeof n !== 'number' || !Number.isFinite(n)) return m.other;
  // `zero` doubles as an exact match for 0 in every language ("No results" rather than "0 results").
  if (n === 0 && m.zero !== undefined) return m.zero;
  return m[pluralCategory(locale, n)] ?? m.other;
}

/**
 * The message `key` found by `lookup`, filled for `locale` (a canonical BCP 47 tag: it chooses the
 * plural form and formats numbers). A placeholder without a value is left as it is; a key `lookup`
 * does not have comes back as it is. `{@key}` placeholders nest at most four deep.
 */
export function fillMessage(lookup: MessageLookup, locale: string, key: string, params?: MessageParams, depth = 0): string {
  const message = lookup(key);
  if (message === undefined) return key;
  const template = isPlural(message) ? pick(message, locale, params) : message;
  return template.replace(/\{(@?)([^{}\s]+)\}/g, (whole, at: string, name: string) => {
    if (at) return depth < 4 && lookup(name) !== undefined ? fillMessage(lookup, locale, name, params, depth + 1) : whole;
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
