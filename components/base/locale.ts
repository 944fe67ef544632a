/**
 * Language and direction of an element, as the page sets them. Read from the element's own
 * `lang`/`dir`, else the nearest ancestor that has one, crossing shadow roots (a node's parent, or a
 * shadow root's host), else `<html>`. One MutationObserver, shared by every element, watches `lang`
 * and `dir` on the document and on each shadow root that holds a watched element, so a change at
 * run time (a language switcher setting `<html lang>`) re-renders the elements it concerns.
 */
import { normalizeLanguageTag, parseFallbackList, textDirection, uiLanguage, type TextDirection, type UiLanguage } from '../../src/i18n/index.js';

export interface ResolvedLocale {
  /** The full BCP 47 tag (`ar-MA`), for `Intl` and for choosing texts. */
  lang: string;
  /** The language of the interface strings: `fr`, `en` or `ar`. */
  uiLang: UiLanguage;
  dir: TextDirection;
  /**
   * The page's fallback order for texts missing in `lang` (`fallback-lang="en fr"` on the element or
   * its nearest ancestor that has one), or undefined: the reader's default order then applies
   * (`defaultFallback` in src/i18n/fallback.ts).
   */
  fallback?: string[];
}

/**
 * On a cityweave element: the `dir` its author set (or null). An element writes its resolved
 * direction into its own `dir` attribute for styling; this tells that value apart from the
 * author's, for the element itself and for the elements inside it. A global symbol, so that two
 * copies of cityweave on a page read each other's.
 */
export const AUTHOR_DIR = Symbol.for('cityweave.authorDir');

interface MaybeAuthorDir {
  [AUTHOR_DIR]?: string | null;
}

function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

function explicitDir(el: Element): TextDirection | undefined {
  const value = AUTHOR_DIR in el ? (el as MaybeAuthorDir)[AUTHOR_DIR] : el.getAttribute('dir');
  const v = value?.trim().toLowerCase();
  // `auto` and unknown values say nothing about this element's own direction: look further up.
  return v === 'ltr' || v === 'rtl' ? v : undefined;
}

/** The attribute that sets a page's fallback order, on an element or any ancestor (`<body fallback-lang="en fr">`). */
export const FALLBACK_ATTRIBUTE = 'fallback-lang';

/** The tag used when neither the element, its ancestors nor `<html>` give a language. */
function pageDefault(): string {
  return normalizeLanguageTag(globalThis.navigator?.language) ?? 'en';
}

/**
 * The language and direction of `el`. The language is the nearest `lang` (an empty or malformed
 * one is skipped). The direction is the nearest explicit `dir` (`ltr` or `rtl`), unless a `lang`
 * is found on a closer element without a `dir`, in which case it is the direction of that
 * language: `<div lang="ar">` inside a left-to-right page is right to left, and a French block
 * inside an Arabic page is left to right.
 */
export function resolveLocale(el: Element): ResolvedLocale {
  let lang: string | undefined;
  let dir: TextDirection | undefined;
  let fallback: string[] | undefined;
  let fallbackSeen = false;
  for (let node: Node | null = el; node && (lang === undefined || dir === undefined || !fallbackSeen); node = parentOf(node)) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    dir ??= explicitDir(element);
    if (lang === undefined) {
      lang = normalizeLanguageTag(element.getAttribute('lang'));
      if (lang !== undefined) dir ??= textDirection(lang);
    }
    if (!fallbackSeen && element.hasAttribute(FALLBACK_ATTRIBUTE)) {
      fallbackSeen = true;
      fallback = parseFallbackList(element.getAttribute(FALLBACK_ATTRIBUTE));
    }
  }
  lang ??= pageDefault();
  const locale: ResolvedLocale = { lang, uiLang: uiLanguage(lang), dir: dir ?? textDirection(lang) };
  if (fallback) locale.fallback = fallback;
  return locale;
}

// ── The shared observer ────────────────────────────────────────────────────────────────────

const watchers = new Map<Element, () => void>();
let observer: MutationObserver | undefined;
let observed = new WeakSet<Node>();
const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir', FALLBACK_ATTRIBUTE], subtree: true };

function observe(root: Node): void {
  if (!observer || observed.has(root)) return;
  observed.add(root);
  observer.observe(root, OPTIONS);
}

function notifyAll(): void {
  for (const callback of [...watchers.values()]) {
    try {
      callback();
    } catch {
      // One element's failure must not stop the others.
    }
  }
}

/**
 * Calls `onChange` whenever a `lang` or `dir` attribute changes anywhere in the document or in a
 * shadow root that holds `el` (the callback re-resolves and decides whether anything changed).
 * Call on connection; `unwatchLocale` on disconnection.
 */
export function watchLocale(el: Element, onChange: () => void): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  watchers.set(el, onChange);
  observer ??= new MutationObserver(notifyAll);
  observe(document);
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
}

export function unwatchLocale(el: Element): void {
  watchers.delete(el);
  if (watchers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
    observed = new WeakSet();
  }
}
