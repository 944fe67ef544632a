/** Names of countries and languages in the reader's language, through `Intl.DisplayNames`. */
import { normalizeLanguageTag } from './tags.js';

type Kind = 'region' | 'language';
const namers = new Map<string, Intl.DisplayNames | null>();

/** The name of `code` (a region or a language) in `lang`, English where the runtime has none; `code` itself when it has no name. Never throws. */
function displayName(kind: Kind, code: string, lang: string | undefined): string {
  const tag = normalizeLanguageTag(lang) ?? 'en';
  const key = `${kind}:${tag}`;
  let names = namers.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([tag, 'en'], { type: kind, fallback: 'code' });
    } catch {
      names = null;
    }
    namers.set(key, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The name of a country (ISO 3166-1 alpha-2 code) in a language: `countryName('MA', 'fr')` →
 * `Maroc`, `countryName('MA', 'ar-MA')` → `المغرب`. A language the runtime has no names for, or no
 * usable tag, gets English; a code with no name (or not a code) comes back as it is. Never throws.
 */
export function countryName(code: string, lang: string | undefined): string {
  return displayName('region', code, lang);
}

/** The name of a language (a BCP 47 tag) in a language: `languageName('fr', 'ar')` → `الفرنسية`, `languageName('fr', 'en')` → `French`. */
export function languageName(code: string, lang: string | undefined): string {
  return displayName('language', code, lang);
}
