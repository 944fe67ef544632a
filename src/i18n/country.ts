/** Country names in the reader's language. */
import { normalizeLanguageTag } from './text.js';

const namers = new Map<string, Intl.DisplayNames | null>();

/**
 * The name of a country (ISO 3166-1 alpha-2 code) in a language, through `Intl.DisplayNames`:
 * `countryName('MA', 'fr')` → `Maroc`, `countryName('MA', 'ar-MA')` → `المغرب`. A language the
 * runtime has no names for, or no usable tag, gets English; a code with no name (or not a code)
 * comes back as it is. Never throws.
 */
export function countryName(code: string, lang: string | undefined): string {
  const tag = normalizeLanguageTag(lang) ?? 'en';
  let names = namers.get(tag);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([tag, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    namers.set(tag, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
