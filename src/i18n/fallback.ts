/**
 * Which languages a reader reads after their own: the order in which a text that is missing in the
 * reader's language falls back. One table, here; `resolveText` follows it, and a page can replace it
 * (`fallback-lang="en fr"` on an element or an ancestor).
 *
 * Why this order: the networks' readers are Arabic, French and English speakers around the
 * Mediterranean. In the Maghreb and Lebanon French is the second language of public life, in the
 * Mashreq (Jordan, Palestine…) English is; a French reader reads English sooner than Arabic and an
 * English reader French, the language of the sources. Any other reader gets English, then French.
 * After these, the dataset's own language, then any text at all (see `resolveText`).
 */
import { baseLanguage, normalizeLanguageTag } from './text.js';

/** Arabic-speaking regions where French comes before English. */
const FRENCH_FIRST_REGIONS = new Set(['MA', 'DZ', 'TN', 'MR', 'LB']);

/** The region subtag of a tag (`ar-MA` → `MA`), or undefined. */
function region(tag: string): string | undefined {
  const normal = normalizeLanguageTag(tag);
  return normal?.split('-').find((s, i) => i > 0 && (/^[A-Z]{2}$/.test(s) || /^\d{3}$/.test(s)));
}

/**
 * The languages a reader of `lang` falls back to, best first, not including `lang` itself:
 * `ar-MA` → `['fr', 'en']`, `ar-JO` and `ar` → `['en', 'fr']`, `fr` → `['en', 'ar']`,
 * `en` → `['fr', 'ar']`, `es` → `['en', 'fr']`.
 */
export function defaultFallback(lang: string): string[] {
  const base = baseLanguage(lang);
  switch (base) {
    case 'ar':
      return FRENCH_FIRST_REGIONS.has(region(lang) ?? '') ? ['fr', 'en'] : ['en', 'fr'];
    case 'fr':
      return ['en', 'ar'];
    case 'en':
      return ['fr', 'ar'];
    default:
      return ['en', 'fr'];
  }
}

/**
 * A page's fallback list, from an attribute value: language tags separated by spaces or commas
 * (`"en fr"`, `"en, fr"`), canonical, without duplicates; malformed tags are left out. Undefined
 * when the value gives no usable tag (the reader's default order then applies).
 */
export function parseFallbackList(value: string | null | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const out: string[] = [];
  for (const part of value.split(/[\s,]+/)) {
    const tag = normalizeLanguageTag(part);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.length > 0 ? out : undefined;
}

/** The fallback order for `lang`: the page's list when it gives one, else the reader's default. */
export function fallbackLanguages(lang: string, override?: readonly string[]): readonly string[] {
  return override && override.length > 0 ? override : defaultFallback(lang);
}
