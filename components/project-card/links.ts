/**
 * Links out and structured data, shared by `<cw-project-card>` and `<cw-project-list>`.
 * TODO(base): these belong in `components/base/` once another component needs them; nothing here
 * depends on the project components.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * A URL from the data, for an `href`: kept only when it is http(s) or mailto; undefined otherwise
 * (a `javascript:` or `data:` URL is never made a link).
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    return ALLOWED.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link to the host site's page for a record: `template` with `{id}` and `{lang}` replaced by
 * their URL-encoded values (`/fr/projets/{id}` → `/fr/projets/tanger-accueil`). The result must
 * resolve, against the page, to an http(s) URL; anything else (`javascript:…`) gives undefined.
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

const MARK = 'data-cw-structured-data';

/**
 * Writes schema.org JSON-LD into a `<script type="application/ld+json">` child of `host` (in the
 * light DOM, where search engines read it), replacing the one it wrote before; with `data`
 * undefined, removes it. `<` is escaped so that the text can never close the script element if the
 * page is serialised.
 */
export function writeStructuredData(host: HTMLElement, data: object | undefined): void {
  let script = [...host.children].find((c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.hasAttribute(MARK));
  if (data === undefined) {
    script?.remove();
    return;
  }
  const text = JSON.stringify(data).replace(/</g, '\\u003c');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    host.append(script);
  }
  if (script.textContent !== text) script.textContent = text;
}
