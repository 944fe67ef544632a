/**
 * Writes schema.org JSON-LD into a `<script type="application/ld+json">` child of an element (light
 * DOM, where search engines read it). Under a Trusted Types CSP (`require-trusted-types-for
 * 'script'`), the text goes through the `cityweave-jsonld` policy, created once per page and shared
 * by every copy of cityweave through a global symbol. The text is JSON with `<` escaped, so it
 * can never close the script element.
 * TODO(base): move to components/base once another component needs it.
 */

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript(input: string): string }): TrustedTypePolicyLike;
}

const POLICY = Symbol.for('cityweave.jsonldPolicy');

function policy(): TrustedTypePolicyLike | undefined {
  const g = globalThis as { trustedTypes?: TrustedTypesLike; [POLICY]?: TrustedTypePolicyLike | null };
  if (g[POLICY] !== undefined) return g[POLICY] ?? undefined;
  try {
    g[POLICY] = g.trustedTypes?.createPolicy('cityweave-jsonld', { createScript: (s) => s }) ?? null;
  } catch {
    g[POLICY] = null;
  }
  return g[POLICY] ?? undefined;
}

/** JSON for a script element: `<` escaped so that `</script>` in the data cannot end it. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Puts `text` in the element's own JSON-LD script (marked with `marker`), creating it if needed;
 * with `text` undefined, removes it. Never throws.
 */
export function writeJsonLd(host: Element, marker: string, text: string | undefined): void {
  try {
    let script = [...host.children].find((c) => c.localName === 'script' && c.hasAttribute(marker)) as HTMLScriptElement | undefined;
    if (text === undefined) {
      script?.remove();
      return;
    }
    if (!script) {
      script = host.ownerDocument.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(marker, '');
      host.append(script);
    }
    const p = policy();
    (script as { textContent: unknown }).textContent = p ? p.createScript(text) : text;
  } catch (e) {
    console.warn('cityweave: could not write the JSON-LD script.', e);
  }
}
