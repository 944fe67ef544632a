/**
 * schema.org JSON-LD in a `<script type="application/ld+json">` child of an element: in the light
 * DOM, where search engines read it. The one writer every component uses.
 *
 * Under Trusted Types (`require-trusted-types-for 'script'` in the page's Content-Security-Policy)
 * a script's text must be a `TrustedScript`: it goes through a policy named `cityweave-jsonld`,
 * which the page allows with `trusted-types cityweave-jsonld` (next to Lit's `lit-html`). The
 * policy is created once per page and shared, through a global symbol, by every copy of cityweave
 * the page loads (creating it twice would throw unless the policy says `'allow-duplicates'`). When
 * it cannot be created (the page does not allow the name, or other code took it), nothing is
 * written and the console says why, once: the policy is asked for once per page, so the browser
 * reports the refusal once (test/components/trusted-types.test.ts), never once per element or update.
 *
 * The text is JSON with every `<` escaped (`\u003c`, the same string to a JSON parser), so that
 * data holding `</script>` can never end the script element, whatever the page does with it.
 */

/** The policy's name, to list in the page's `trusted-types` directive. */
export const JSON_LD_POLICY = 'cityweave-jsonld';

/** The attribute that marks the script an element wrote (it never touches other scripts). */
const MARK = 'data-cw-structured-data';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

// Shared by every copy of cityweave on the page: the policy, or null once creating it failed.
const POLICY = Symbol.for('cityweave.jsonldPolicy');
const WARNED = Symbol.for('cityweave.jsonldPolicyWarned');

interface Shared {
  trustedTypes?: TrustedTypesFactory;
  [POLICY]?: ScriptPolicy | null;
  [WARNED]?: boolean;
}

/**
 * How to give a script its text on this page: as it is where there is no Trusted Types, through
 * the shared policy where there is, or not at all (undefined) when the policy cannot be had.
 */
function scriptText(text: string): unknown {
  const g = globalThis as Shared;
  const factory = g.trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return text;
  if (g[POLICY] === undefined) {
    try {
      // The data is JSON made by `jsonLdText`: the policy has nothing to change in it.
      g[POLICY] = factory.createPolicy(JSON_LD_POLICY, { createScript: (input) => input });
    } catch (e) {
      g[POLICY] = null;
      if (!g[WARNED]) {
        g[WARNED] = true;
        console.warn(
          `cityweave: no structured data (JSON-LD) is written on this page: the Trusted Types policy "${JSON_LD_POLICY}" could not be created ` +
            `(${e instanceof Error ? e.message : String(e)}). Allow it in the page's Content-Security-Policy: trusted-types lit-html ${JSON_LD_POLICY}.`,
        );
      }
    }
  }
  const policy = g[POLICY];
  return policy ? policy.createScript(text) : undefined;
}

/** JSON for a script element: `<` escaped as `\u003c`, so that `</script>` in the data cannot close it. */
export function jsonLdText(data: unknown): string | undefined {
  const json = JSON.stringify(data) as string | undefined;
  return json === undefined ? undefined : json.replace(/</g, '\\u003c');
}

/**
 * Puts `data` as JSON-LD in the element's own `<script type="application/ld+json">` child,
 * creating it if needed and rewriting it only when the text changed; with `data` undefined,
 * removes it. Returns true when the script holds `data` afterwards (or was removed as asked).
 * Never throws: a failure is a console warning.
 */
export function writeStructuredData(host: Element, data: unknown): boolean {
  try {
    let script = [...host.children].find((c): c is HTMLScriptElement => c.localName === 'script' && c.hasAttribute(MARK));
    const text = data === undefined ? undefined : jsonLdText(data);
    if (text === undefined) {
      script?.remove();
      return true;
    }
    if (script?.textContent === text) return true;
    const value = scriptText(text);
    if (value === undefined) {
      // A stale script would describe something else than what is shown.
      script?.remove();
      return false;
    }
    if (!script) {
      script = host.ownerDocument.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(MARK, '');
      host.append(script);
    }
    // A TrustedScript where the page requires one, else the string itself.
    (script as { textContent: unknown }).textContent = value;
    return true;
  } catch (e) {
    console.warn(`cityweave: <${host.localName}> could not write its structured data (JSON-LD).`, e);
    return false;
  }
}
