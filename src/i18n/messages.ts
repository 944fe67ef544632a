/**
 * UI messages in French, English and Arabic, and `msg` to fill them in. The English catalogue
 * defines the keys; the others have exactly the same keys (checked by the compiler).
 */
import { ar } from './messages/ar.js';
import { en, type MessageKey } from './messages/en.js';
import { fr } from './messages/fr.js';
import { normalizeLanguageTag, uiLanguage, type UiLanguage } from './text.js';
import type { Message, PluralCategory, PluralMessage } from './types.js';

export type { MessageKey } from './messages/en.js';
export type { CityRole, NetworkKind, OrganizationKind } from './messages/en.js';
export type { Message, PluralCategory, PluralMessage } from './types.js';

/** The catalogues, by interface language. */
export const MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, Message>>>> = { en, fr, ar };

/**
 * Values for a message's `{name}` placeholders. Numbers are formatted for the locale (its digits
 * and grouping) and select the plural form; pass SDG codes, years and ids as strings, which are
 * inserted as they are.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

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

function isPlural(m: Message): m is PluralMessage {
  return typeof m === 'object' && m !== null;
}

/** Whether a string is a message key (for keys built at run time, like `status.${value}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

function pick(m: PluralMessage, locale: string, params: MessageParams | undefined): string {
  const n = params?.[m.by ?? 'count'];
  if (typeof n !== 'number' || !Number.isFinite(n)) return m.other;
  // `zero` doubles as an exact match for 0 in every language ("No results" rather than "0 results").
  if (n === 0 && m.zero !== undefined) return m.zero;
  return m[pluralCategory(locale, n)] ?? m.other;
}

/** Catalogues for the three interface languages, with the same keys. */
export type Catalogues<K extends string> = Readonly<Record<UiLanguage, Readonly<Record<K, Message>>>>;

/** A function that fills messages of one catalogue set, like `msg` does for the shared one. */
export type MessageFormatter<K extends string> = (lang: string, key: K, params?: MessageParams) => string;

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** A message of the component's catalogues, else of the shared one; the language's, else English. */
function lookup(catalogues: Catalogues<string>, lang: UiLanguage, key: string): Message | undefined {
  for (const set of [catalogues, MESSAGES as Catalogues<string>]) {
    if (has(set[lang], key)) return set[lang][key];
    if (has(set.en, key)) return set.en[key];
  }
  return undefined;
}

function fill(catalogues: Catalogues<string>, lang: UiLanguage, locale: string, key: string, params: MessageParams | undefined, depth: number): string {
  const message = lookup(catalogues, lang, key);
  if (message === undefined) return key;
  const template = isPlural(message) ? pick(message, locale, params) : message;
  return template.replace(/\{(@?)([^{}\s]+)\}/g, (whole, at: string, name: string) => {
    if (at) return depth < 4 && lookup(catalogues, lang, name) !== undefined ? fill(catalogues, lang, locale, name, params, depth + 1) : whole;
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/**
 * A `msg` for a component's own catalogues (strings only that component needs). The English
 * catalogue defines the keys; type the others `Record<keyof typeof en, Message>` so the compiler
 * checks they have the same. Messages are filled exactly as `msg` fills the shared ones, and a
 * `{@key}` reference may name a key of the component's catalogue or of the shared one.
 *
 * @example
 * const en = { 'card.more': { one: 'Show {count} more', other: 'Show {count} more' } } as const;
 * const fr: Record<keyof typeof en, Message> = { 'card.more': 'Afficher {count} de plus' };
 * export const cardMsg = defineMessages({ en, fr, ar });
 * cardMsg('fr', 'card.more', { count: 3 });
 */
export function defineMessages<K extends string>(catalogues: Catalogues<K>): MessageFormatter<K> {
  return (lang, key, params) => {
    const locale = normalizeLanguageTag(lang) ?? 'en';
    return fill(catalogues as Catalogues<string>, uiLanguage(locale), locale, key, params, 0);
  };
}

const NO_OWN: Catalogues<string> = { en: {}, fr: {}, ar: {} };

/**
 * A UI message in the language of `lang` (any BCP 47 tag: `ar-MA` gets the Arabic catalogue and
 * Moroccan number formatting; a language without a catalogue gets English). `{name}` placeholders
 * are filled from `params`; a placeholder without a value is left as it is. Never throws.
 *
 * @example msg('fr', 'filter.results', { count: 3 }) // "3 résultats"
 * @example msg('ar', 'label.projectCount', { count: 2 }) // "مشروعان"
 */
export function msg(lang: string, key: MessageKey, params?: MessageParams): string {
  const locale = normalizeLanguageTag(lang) ?? 'en';
  return fill(NO_OWN, uiLanguage(locale), locale, key, params, 0);
}

const listFormats = new Map<string, Intl.ListFormat>();

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
