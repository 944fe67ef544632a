/**
 * Links from data and from the page's templates. The one rule every component follows: a URL from
 * the data is shown as a link only when it is http(s) or mailto, and a link built from an
 * `href-template` only when it resolves to http(s). A `javascript:` or `data:` URL never becomes one.
 */

const DATA_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * A URL from the data, for an `href`: kept only when it is http(s) or mailto; undefined otherwise
 * (a `javascript:` or `data:` URL is never made a link).
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    return DATA_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link to the host site's page for a record: `template` with `{id}` and `{lang}` replaced by
 * their URL-encoded values (`/fr/projets/{id}` → `/fr/projets/tanger-accueil`). The result must
 * resolve, against `base` (the page's base URL by default), to an http(s) URL; anything else
 * (`javascript:…`) gives undefined.
 */
export function hrefFromTemplate(template: string | undefined | null, id: string, lang: string, base: string = globalThis.document?.baseURI ?? ''): string | undefined {
  if (typeof template !== 'string' || template.trim() === '') return undefined;
  const href = template.trim().replace(/\{(id|lang)\}/g, (_, name: string) => encodeURIComponent(name === 'id' ? id : lang));
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}
