/**
 * UI messages in French, English and Arabic, and `msg` to fill them in (as `format.ts` says). The
 * English catalogue defines the keys; the others have exactly the same keys (checked by the
 * compiler). Every catalogue is here at once, for the library's users; the elements load only the
 * language they show (`components/base/messages.ts`).
 */
import { ar } from './messages/ar.js';
import { en, type MessageKey } from './messages/en.js';
import { fr } from './messages/fr.js';
import { normalizeLanguageTag, uiLanguage, type UiLanguage } from './text.js';
import { fillMessage, type MessageLookup, type MessageParams } from './format.js';
import type { Message } from './types.js';

export type { MessageKey } from './messages/en.js';
export type { CityRole, NetworkKind, OrganizationKind } from './messages/en.js';
export type { Message, PluralCategory, PluralMessage } from './types.js';

/** The catalogues, by interface language. */
export const MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, Message>>>> = { en, fr, ar };

/** Whether a string is a message key (for keys built at run time, like `status.${value}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Catalogues for the three interface languages, with the same keys. */
export type Catalogues<K extends string> = Readonly<Record<UiLanguage, Readonly<Record<K, Message>>>>;

/** A function that fills messages of one catalogue set, like `msg` does for the shared one. */
export type MessageFormatter<K extends string> = (lang: string, key: K, params?: MessageParams) => string;

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** A message of the component's catalogues, else of the shared one; the language's, else English. */
function lookupIn(catalogues: Catalogues<string>, lang: UiLanguage): MessageLookup {
  return (key) => {
    for (const set of [catalogues, MESSAGES as Catalogues<string>]) {
      if (has(set[lang], key)) return set[lang][key];
      if (has(set.en, key)) return set.en[key];
    }
    return undefined;
  };
}

function fill(catalogues: Catalogues<string>, lang: string, key: string, params: MessageParams | undefined): string {
  const locale = normalizeLanguageTag(lang) ?? 'en';
  return fillMessage(lookupIn(catalogues, uiLanguage(locale)), locale, key, params);
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
  return (lang, key, params) => fill(catalogues as Catalogues<string>, lang, key, params);
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
  return fill(NO_OWN, lang, key, params);
}
