/**
 * Where a component's atlas comes from: a URL (`src`), fetched once per page for every element that
 * names it, or the bundled default dataset, loaded on first use through a dynamic import, in the
 * view of the element's language. Every document is validated (a URL's, and a plain one given as
 * `atlas`, by `parseAtlasAsync`, in slices; the bundled one is validated by the build), by a validator imported
 * on demand, so that a page whose elements are given an `Atlas` object never downloads it. Never rejects:
 * every failure becomes a `CwFailure`.
 */
import type { Atlas } from '../../src/atlas.js';
// Static (it is 0.4 KB): the view of the page's language and the Atlas code are then requested in the
// same wave as the messages, not after a chunk that names them (bench/waterfall.mjs).
import { loadDefaultAtlasView } from '../../src/default-atlas.js';
import type { CwFailure } from './states.js';
import { resolveLocale } from './locale.js';
import { loadMessages } from './messages.js';
import type { UrlLoad } from './url-load.js';

export type AtlasLoad = { ok: true; atlas: Atlas } | { ok: false; failure: CwFailure };

/** `src` resolved against the page's base URL, or undefined when it is not a URL. */
export function absoluteUrl(src: string, base: string = globalThis.document?.baseURI ?? globalThis.location?.href ?? ''): string | undefined {
  try {
    return new URL(src, base || undefined).href;
  } catch {
    return undefined;
  }
}

/** Validates any value as an atlas document (the validator is loaded on first use); `where` names it in the console's list of its issues. */
export async function parseAtlasLazily(input: unknown, where: string): Promise<AtlasLoad> {
  try {
    // In slices that yield to the event loop: no step of a large document holds the page for long.
    return await (await import('./parse-document.js')).parseDocument(input, undefined, false, where);
  } catch (e) {
    return { ok: false, failure: { kind: 'internal', cause: e } };
  }
}

/** How long an element waits for the document of its `src` by default: 15 s. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The downloads of `src` documents, one per absolute URL (see `url-load.ts`). Here, in the entry,
 * so that `clearAtlasCache` forgets them too.
 */
export const urlLoads = new Map<string, UrlLoad>();

/** A download started before `url-load.ts` arrived, which that chunk takes over. */
export interface EarlyFetch {
  response: Promise<Response>;
  controller: AbortController;
}

/**
 * Where the downloads started early wait, by absolute URL, until `url-load.ts` takes them: those of
 * `startFetch`, and those the CDN entry started before this chunk arrived (the entry writes this key
 * too: scripts/rollup-early-entry.mjs). Kept on `globalThis` for that reason; a second copy of
 * cityweave on the page shares it, and whichever takes a download first keeps it.
 */
export const EARLY_FETCHES_KEY = 'cityweave.early-fetches';

/** The downloads started early (see `startFetch`), by absolute URL, until `url-load.ts` takes them. */
export const earlyFetches: Map<string, EarlyFetch> = ((globalThis as Record<symbol, unknown>)[Symbol.for(EARLY_FETCHES_KEY)] ??= new Map<string, EarlyFetch>()) as Map<string, EarlyFetch>;

/**
 * Starts downloading the document at `url` now, rather than once the chunk that reads it has
 * arrived: the document and that chunk travel together (one wave of requests, not two).
 */
export function startFetch(url: string): void {
  if (urlLoads.has(url) || earlyFetches.has(url) || !globalThis.fetch) return;
  const controller = new AbortController();
  const response = globalThis.fetch(url, { signal: controller.signal });
  // Its failure is met (and reported) by `url-load.ts`, which awaits it.
  response.catch(() => {});
  earlyFetches.set(url, { response, controller });
}

/**
 * Lets go of a download started early for `url` that an element will not take after all (it stopped
 * waiting before `url-load.ts` arrived, or a script gave it its data as `atlas` first): after a task,
 * unless something took it meanwhile or another element of the page still reads that `src`, it is
 * aborted and forgotten, rather than left running with its document held by no one until the page
 * unloads.
 */
export function releaseEarlyFetch(url: string): void {
  if (!earlyFetches.has(url)) return;
  setTimeout(() => {
    const early = earlyFetches.get(url);
    if (!early || urlLoads.has(url) || stillRead(url)) return;
    earlyFetches.delete(url);
    early.controller.abort();
  });
}

/**
 * Whether an element of the page, given no `atlas`, reads its data from `url` (its chunk may not have
 * arrived yet, or it waits for `url-load.ts`). The element that let go no longer does: it has left the
 * page, or has an `atlas`, or another `src`.
 */
function stillRead(url: string): boolean {
  for (const e of globalThis.document?.querySelectorAll('[src]') ?? []) {
    const data = e as { atlas?: unknown; src?: unknown };
    if (!e.localName.startsWith('cw-') || e.hasAttribute('extends') || data.atlas != null) continue;
    // The property, when set (it may differ from the attribute, which it does not reflect).
    const src = (typeof data.src === 'string' ? data.src : e.getAttribute('src'))?.trim();
    if (src && absoluteUrl(src) === url) return true;
  }
  return false;
}

/**
 * Starts what an element will load, as soon as it is seen in the page, before its lazy chunk has
 * arrived and registered it (see `lazyElement`): the messages of its language and its data, its
 * `src` document with what reads and validates it, or the bundled dataset in its language. Each is
 * what the element asks for once registered, and is then shared: nothing is loaded twice. A `src`
 * with `extends` (layers) is left to its element. Returns the element's language.
 */
export function startLoadsFor(element: Element): string {
  const { lang } = resolveLocale(element);
  loadMessages(lang).catch(() => {});
  if (element.hasAttribute('extends')) return lang;
  const src = element.getAttribute('src')?.trim();
  if (!src) {
    void loadBundledAtlas(lang);
    return lang;
  }
  const url = absoluteUrl(src);
  if (!url) return lang;
  startFetch(url);
  startedFor.set(element, url);
  warmSrcChunks();
  return lang;
}

/** The `src` download started early for each element seen (`startLoadsFor`), by element. */
const startedFor = new WeakMap<Element, string>();

/**
 * Lets go of the downloads started early for `element` that its source `key` does not read: the
 * one started when it was seen, if its `src` changed since, and the one of its `src` when a script
 * gave it its data as `atlas` (see `releaseEarlyFetch`).
 */
export function releaseEarlyFetchesOf(element: Element & { src?: string | undefined }, key: unknown): void {
  const src = element.src?.trim();
  for (const url of new Set([startedFor.get(element), src ? absoluteUrl(src) : undefined])) if (url && url !== key) releaseEarlyFetch(url);
}

/** What reads and validates a `src` document: requested together, with the document. */
function warmSrcChunks(): void {
  warm(() => import('./url-load.js'));
  warm(() => import('./atlas-response.js'));
  warm(() => import('./parse-document.js'));
  warm(() => import('../../src/atlas.js'));
}

/**
 * The atlas at an absolute URL, fetched and validated once per page for every element that waits
 * for it; the failure `timeout` for a waiter when the document has not arrived within `timeout` ms;
 * `signal` ends the wait. What does it (`url-load.ts`) is a small lazy chunk, needed by pages with
 * a `src` only: the download starts here, and at the same time that chunk, what reads the response
 * and the validator are requested.
 */
export function loadAtlasFrom(url: string, timeout: number = DEFAULT_TIMEOUT_MS, signal?: AbortSignal): Promise<AtlasLoad> {
  // What reads and validates the response is requested now, beside the chunk that fetches the
  // document, rather than once that chunk has run: one wave of requests instead of three.
  warmSrcChunks();
  startFetch(url);
  return import('./url-load.js').then((m) => m.waitForUrl(url, timeout, signal));
}

/** Starts loading a chunk that will be needed soon; a failure here is met (and reported) by the code that needs it. */
function warm(load: () => Promise<unknown>): void {
  load().catch(() => {});
}

/** One load of the bundled dataset per language tag (each asks `src/default-atlas.ts`, which loads one view per language). */
const bundled = new Map<string, Promise<AtlasLoad>>();

/**
 * The bundled default dataset for readers of `lang`, loaded and validated once per page: the view
 * of their language only (`loadDefaultAtlasView` in `src/default-atlas.ts`), so that a page
 * downloads one language's texts, not all of them. Elements in languages that share a view
 * (`fr-FR`, `fr-TN`, `de`) share its `Atlas`. The trade-off: text search on it matches that view's
 * texts only (see `src/default-atlas.ts`).
 */
export function loadBundledAtlas(lang: string): Promise<AtlasLoad> {
  let load = bundled.get(lang);
  if (!load) {
    load = loadDefaultAtlasView(lang).then(
      // The views are validated by the build (src/default-atlas.ts): no validator is loaded for them.
      (result): AtlasLoad => (result.ok ? { ok: true, atlas: result.atlas } : { ok: false, failure: { kind: 'invalid', issues: result.issues } }),
      (e: unknown): AtlasLoad => {
        if (bundled.get(lang) === load) bundled.delete(lang);
        console.warn('cityweave: the bundled dataset could not be loaded', e);
        return { ok: false, failure: { kind: 'unreachable' } };
      },
    );
    bundled.set(lang, load);
  }
  return load;
}

/** Forgets every load (for tests, or after the data at a URL changed). */
export function clearAtlasCache(): void {
  urlLoads.clear();
  for (const early of earlyFetches.values()) early.controller.abort();
  earlyFetches.clear();
  bundled.clear();
}
