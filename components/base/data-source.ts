/**
 * Where a component's atlas comes from: a URL (`src`), fetched once per page for every element that
 * names it, or the bundled default dataset, loaded on first use through a dynamic import, in the
 * view of the element's language. Every document is validated (a URL's, and a plain one given as
 * `atlas`, by `parseAtlasAsync`, in slices; the bundled one by `parseAtlas`), by a validator imported
 * on demand, so that a page whose elements are given an `Atlas` object never downloads it. Never rejects:
 * every failure becomes a `CwFailure`.
 */
import type { Atlas } from '../../src/atlas.js';
import type { ParseResult } from '../../src/parse.js';
import type { CwFailure } from './states.js';

export type AtlasLoad = { ok: true; atlas: Atlas } | { ok: false; failure: CwFailure };

/** One load per absolute URL per page. A URL that could not be reached is forgotten, so that a later element tries again. */
const loads = new Map<string, Promise<AtlasLoad>>();

/** `src` resolved against the page's base URL, or undefined when it is not a URL. */
export function absoluteUrl(src: string, base: string = globalThis.document?.baseURI ?? globalThis.location?.href ?? ''): string | undefined {
  try {
    return new URL(src, base || undefined).href;
  } catch {
    return undefined;
  }
}

const MAX_LOGGED = 50;

function warnIssues(where: string, issues: readonly { path: string; message: string }[]): void {
  const lines = issues.slice(0, MAX_LOGGED).map((i) => `  ${i.path || '(document)'}: ${i.message}`);
  if (issues.length > MAX_LOGGED) lines.push(`  … and ${issues.length - MAX_LOGGED} more`);
  console.warn(`cityweave: ${where} is not a valid atlas (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${lines.join('\n')}`);
}

function fromParse(result: ParseResult, url: string | undefined): AtlasLoad {
  if (result.ok) return { ok: true, atlas: result.atlas };
  warnIssues(url ?? 'the bundled dataset', result.issues);
  const failure: CwFailure = { kind: 'invalid', issues: result.issues };
  if (url !== undefined) failure.url = url;
  return { ok: false, failure };
}

/** Validates any value as an atlas document (the validator is loaded on first use). */
export async function parseAtlasLazily(input: unknown, url?: string): Promise<AtlasLoad> {
  try {
    // In slices that yield to the event loop: no step of a large document holds the page for long.
    const { parseAtlasAsync } = await import('../../src/parse.js');
    return fromParse(await parseAtlasAsync(input), url);
  } catch (e) {
    return { ok: false, failure: { kind: 'internal', cause: e } };
  }
}

async function fetchAtlas(url: string): Promise<AtlasLoad> {
  let text: string;
  try {
    const response = await globalThis.fetch(url);
    if (!response.ok) {
      console.warn(`cityweave: ${url} answered ${response.status} ${response.statusText}`.trimEnd());
      return { ok: false, failure: { kind: 'unreachable', url, status: response.status } };
    }
    text = await response.text();
  } catch (e) {
    console.warn(`cityweave: ${url} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
    return { ok: false, failure: { kind: 'unreachable', url } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.warn(`cityweave: ${url} is not JSON (${e instanceof Error ? e.message : String(e)})`);
    return { ok: false, failure: { kind: 'not-json', url } };
  }
  return parseAtlasLazily(json, url);
}

/** The atlas at an absolute URL, fetched and validated once per page. */
export function loadAtlasFrom(url: string): Promise<AtlasLoad> {
  let load = loads.get(url);
  if (!load) {
    load = fetchAtlas(url);
    loads.set(url, load);
    void load.then((r) => {
      if (!r.ok && r.failure.kind === 'unreachable' && loads.get(url) === load) loads.delete(url);
    });
  }
  return load;
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
      .then(({ loadDefaultAtlasView }) => loadDefaultAtlasView(lang))
      .then(
        (result) => fromParse(result, undefined),
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
