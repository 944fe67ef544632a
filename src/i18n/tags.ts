/** BCP 47 language tags: their canonical form, their base language, their shorter forms. Pure, no data rules. */

/**
 * The canonical form of a BCP 47 tag (`ar-ma` → `ar-MA`, `fr_FR` → `fr-FR`), or undefined when the
 * value is not a usable tag (empty, not a string, malformed). Never throws.
 */
export function normalizeLanguageTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  // Called for every text shown: `Intl.getCanonicalLocales` is slow enough to matter, so the answer
  // for each tag is kept (a page meets a handful of tags; the cache is bounded all the same).
  const known = canonical.get(tag);
  if (known !== undefined || canonical.has(tag)) return known;
  const t = tag.trim().replace(/_/g, '-');
  let out: string | undefined;
  if (t !== '' && t.length <= 100) {
    try {
      out = Intl.getCanonicalLocales(t)[0];
    } catch {
      out = undefined;
    }
  }
  if (canonical.size >= 1000) canonical.clear();
  canonical.set(tag, out);
  return out;
}

const canonical = new Map<string, string | undefined>();

/** The primary language subtag, lower case: `ar-MA` → `ar`, `zh-Hant-TW` → `zh`. */
export function baseLanguage(tag: string): string {
  // Asked several times for every text resolved (thousands per view of a large document): kept.
  let base = bases.get(tag);
  if (base === undefined) {
    base = (normalizeLanguageTag(tag) ?? String(tag)).split('-')[0]!.toLowerCase();
    if (bases.size >= 1000) bases.clear();
    bases.set(tag, base);
  }
  return base;
}

const bases = new Map<string, string>();

/** `zh-Hant-TW` → [`zh-Hant-TW`, `zh-Hant`, `zh`]: the tag, then each shorter prefix (extensions dropped). */
export function prefixes(tag: string): string[] {
  const normal = normalizeLanguageTag(tag);
  if (!normal) return [];
  // Drop extensions (`-u-nu-latn`) and private use (`-x-…`): they do not name a language.
  const subtags = normal.split('-');
  const end = subtags.findIndex((s, i) => i > 0 && s.length === 1);
  const core = end === -1 ? subtags : subtags.slice(0, end);
  const out: string[] = [];
  for (let n = core.length; n >= 1; n--) out.push(core.slice(0, n).join('-'));
  return out;
}

/**
 * The language a text was translated from, when its tag says so with BCP 47's extension T
 * (RFC 6497, "transformed content"): `ar-t-fr` is Arabic translated from French → `fr`. Undefined
 * for a tag without it (a text written in its language).
 */
export function translatedFrom(tag: string): string | undefined {
  const subtags = (normalizeLanguageTag(tag) ?? '').split('-');
  const t = subtags.findIndex((s, i) => i > 0 && s.toLowerCase() === 't');
  if (t === -1) return undefined;
  const source: string[] = [];
  // The source language runs until the next extension (a singleton) or the first field (`m0`, `h0`…).
  for (const s of subtags.slice(t + 1)) {
    if (s.length === 1 || /^[a-z]\d$/i.test(s)) break;
    source.push(s);
  }
  return source.length > 0 ? normalizeLanguageTag(source.join('-')) : undefined;
}
