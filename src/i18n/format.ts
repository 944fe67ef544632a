/**
 * How a UI message becomes text: the plural form for a number, `{name}` placeholders filled from
 * parameters (numbers formatted for the locale), `{@key}` placeholders filled with another message.
 * It knows no catalogue: the caller says where a key is looked up. `messages.ts` looks up the full
 * catalogues (the library's `msg`); the elements look up the one language they loaded
 * (`components/base/messages.ts`), so that a page downloads the strings of its own language only.
 */
import { normalizeLanguageTag } from './text.js';
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

/** A number for display in a locale (`1 234` in French, `1,234` in English). */
export function formatNumber(locale: string, n: number): string {
  return cached(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(n);
}

/**
 * Items joined as a list in the language: `a, b et c` (conjunction) or `a, b ou c` (disjunction).
 */
export function formatList(lang: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const locale = normalizeLanguageTag(lang) ?? 'en';
  try {
    return cached(listFormats, `${locale}|${type}`, (k) => new Intl.ListFormat(k.split('|')[0], { type })).format(items);
  } catch {
    return items.join(', ');
  }
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
