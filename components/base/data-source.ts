/**
 * Where a component's atlas comes from: a URL (`src`), fetched once per page for every element that
 * names it, or the bundled default dataset, loaded on first use through a dynamic import, in the
 * view of the element's language. Every document is validated (a URL's, and a plain one given as
 * `atlas`, by `parseAtlasAsync`, in slices; the bundled one by `parseAtlas`), by a validator imported
 * on demand, so that a page whose elements are given an `Atlas` object never downloads it. Never rejects:
 * every failure becomes a `CwFailure`.
 */
import type { Atlas } from '../../src/atlas.js';
import type { CwFailure } from './states.js';

export type AtlasLoad = { ok: true; atlas: Atlas } | { ok: false; failure: CwFailure };

/** `src` resolved against the page's base URL, or undefined when it is not a URL. */
export function absoluteUrl(src: string, base: string = globalThis.document?.baseURI ?? globalThis.location?.href ?? ''): string | undefined {
  try {
    return new URL(src, base || undefined).href;
  } catch {
    return undefined;
  }
}

/** Validates any value as an atlas document (the validator is loaded on first use). */
export async function parseAtlasLazily(input: unknown, url?: string): Promise<AtlasLoad> {
  try {
    // In slices that yield to the event loop: no step of a large document holds the page for long.
    return await (await import('./parse-document.js')).parseDocument(input, url);
  } catch (e) {
    return { ok: false, failure: { kind: 'internal', cause: e } };
  }
}

/** How long an element waits for the document of its `src` by default: 15 s. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** A download shared by the elements that name one URL. */
interface UrlLoad {
  done: Promise<AtlasLoad>;
  /** How many elements wait for it: when the last one stops waiting before it arrived, it is aborted. */
  users: number;
  controller: AbortController;
  /** The document was received (validating it may take a while longer: that does not time out). */
  arrived?: boolean;
}

/** One load per absolute URL per page. A URL whose document did not arrive (unreachable, too large, or no element waits for it any longer) is forgotten, so that a later element tries again. */
const loads = new Map<string, UrlLoad>();

/**
 * Fetches the document at `url`. What reads the response (`atlas-response.ts`: the size limit, the
 * warnings about a redirect or a content type, JSON) is a lazy chunk, loaded while the server
 * answers: it is needed by every page with a `src`, and by no other.
 */
async function fetchAtlas(url: string, load: UrlLoad): Promise<AtlasLoad> {
  const { signal } = load.controller;
  try {
    const [response, { readAtlasResponse }] = await Promise.all([globalThis.fetch(url, { signal }), import('./atlas-response.js')]);
    return await readAtlasResponse(response, url, () => (load.arrived = true));
  } catch (e) {
    if (!signal.aborted) console.warn(`cityweave: ${url} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
    return { ok: false, failure: { kind: 'unreachable', url } };
  }
}

/**
 * The atlas at an absolute URL, fetched and validated once per page for every element that waits
 * for it. For one waiter, the result is the failure `timeout` when the document has not arrived
 * within `timeout` ms; its `signal` (an element leaving the page) ends its wait. A download that no
 * one waits for any longer is aborted.
 */
export function loadAtlasFrom(url: string, timeout: number = DEFAULT_TIMEOUT_MS, signal?: AbortSignal): Promise<AtlasLoad> {
  let load = loads.get(url);
  if (!load) {
    // A download that fails before its document arrives (unreachable, too large) is forgotten
    // like one no element waits for any longer (in `stop`), so that a later element tries again.
    const l: UrlLoad = (load = { users: 0, controller: new AbortController() } as UrlLoad);
    l.done = fetchAtlas(url, l);
    loads.set(url, l);
  }
  const l = load;
  l.users++;
  return new Promise((resolve) => {
    let waiting = true;
    const stop = (result?: AtlasLoad): void => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      signal?.removeEventListener('abort', leave);
      if (result) resolve(result);
      if (--l.users === 0 && !l.arrived) {
        l.controller.abort();
        if (loads.get(url) === l) loads.delete(url);
      }
    };
    const leave = (): void => stop();
    const timer = setTimeout(() => {
      if (!l.arrived) stop({ ok: false, failure: { kind: 'timeout', url } });
    }, timeout);
    signal?.addEventListener('abort', leave);
    void l.done.then(stop);
  });
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
    // Destructured from the import, so that bundlers leave `loadDefaultAtlas` (the whole dataset,
    // in every language) out of the CDN build: only the views are chunks of it.
    load = import('../../src/default-atlas.js')
      .then(({ loadDefaultAtlasView }) => Promise.all([loadDefaultAtlasView(lang), import('./parse-document.js')]))
      .then(
        ([result, { fromParse }]) => fromParse(result),
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
  loads.clear();
  bundled.clear();
}
