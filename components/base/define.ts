/**
 * Guarded registration. A page may load cityweave twice (two CMS plugins, a `?ver=` query string):
 * registering a tag must never throw. A free tag is defined; a tag already defined by the same
 * version is left alone in silence; a tag taken by another version (or by something else) is left
 * alone with one console warning per tag. Registration of the other tags goes on.
 */
import { VERSION } from './version.js';

// Shared by every copy of cityweave on the page, whatever its version, through the global symbol registry.
const VERSIONS = Symbol.for('cityweave.definedVersions');
const WARNED = Symbol.for('cityweave.warnedTags');

interface Shared {
  [VERSIONS]?: Map<string, string>;
  [WARNED]?: Set<string>;
}

function shared(): { versions: Map<string, string>; warned: Set<string> } {
  const g = globalThis as Shared;
  g[VERSIONS] ??= new Map();
  g[WARNED] ??= new Set();
  return { versions: g[VERSIONS], warned: g[WARNED] };
}

function warnOnce(tag: string, text: string): void {
  const { warned } = shared();
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(text);
}

/**
 * Says once per tag that `tag` is another's: another version of cityweave's (`other`), or other
 * code's (`other` undefined). Also for a lazy element that another copy of cityweave loads (lazy-define.ts).
 */
export function warnTaken(tag: string, other: string | undefined, version: string = VERSION): void {
  warnOnce(
    tag,
    other === undefined
      ? `cityweave ${version}: <${tag}> is already defined by other code on this page; cityweave's <${tag}> was not registered.`
      : `cityweave ${version}: <${tag}> is already defined by cityweave ${other}; this page loads two versions of cityweave, and the elements of ${other} are used. Load cityweave once.`,
  );
}

/**
 * Defines `tag` as `ctor` if the tag is free. Returns true when `tag` is (now or already) defined
 * by this very constructor or by the same version of cityweave, false otherwise. Never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, version: string = VERSION): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // Not in a browser (server rendering, Node): nothing to register.
  const { versions } = shared();
  try {
    const existing = registry.get(tag);
    if (existing === undefined) {
      registry.define(tag, ctor);
      versions.set(tag, version);
      return true;
    }
    if (existing === ctor) return true;
    const other = versions.get(tag);
    if (other === version) return true;
    warnTaken(tag, other, version);
    return false;
  } catch (e) {
    // An invalid tag name, or a constructor already registered under another name.
    warnOnce(tag, `cityweave ${version}: <${tag}> could not be registered (${e instanceof Error ? e.message : String(e)}).`);
    return false;
  }
}
