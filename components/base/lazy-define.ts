/**
 * Registers an element on first sight, for the CDN bundle: the element's module is a chunk of its
 * own that a page without the element never downloads. The document is watched (a
 * `MutationObserver` on the whole subtree) from the start; the first element with `tag`, in the
 * page at load or added later, imports its module (which registers it), and the watch ends. A
 * failed import is reported on the console, and the next such element added tries again. Elements
 * inside shadow roots are not seen: call the returned `load` there (the npm entries register
 * eagerly). The messages and data of the elements seen are requested at once, with the chunk, and
 * the pieces `warm` gives build what their first render will format (`formatterWarmups`) while
 * those downloads are on their way, each in a task of its own.
 *
 * A page may hold two copies of cityweave (two plugins, each with its own files): the first copy to
 * load an element's chunk says so to the others (`LOADING`, shared through the global symbol
 * registry), which then wait for it instead of downloading their own chunk, messages and data; the
 * first copy's element is the one registered anyway (`define.ts`).
 */
import { startLoadsFor } from './data-source.js';
import { warnTaken } from './define.js';
import { VERSION } from './version.js';

export interface LazyElement {
  /** Imports the element's module and registers it (once; a failed import can be tried again). */
  load(): Promise<void>;
  /** Watches `root` (the document by default) and loads the element the first time it is in it. */
  watch(root?: Document): void;
}

/** The element chunks being loaded by any copy of cityweave on the page, by tag (see above). */
const LOADING = Symbol.for('cityweave.loading');

/** A copy's load of an element's chunk, and that copy's version. */
interface LoadUnderWay {
  promise: Promise<void>;
  version: string;
}

function loadsUnderWay(): Map<string, LoadUnderWay> {
  const g = globalThis as { [LOADING]?: Map<string, LoadUnderWay> };
  return (g[LOADING] ??= new Map());
}

/** Each lazy element's `load`, by tag: for code that creates an element only once it is registered (`lazyLoader`). */
const loaders = new Map<string, () => Promise<void>>();

/** The `load` of the lazy element `tag`, if there is one. */
export function lazyLoader(tag: string): (() => Promise<void>) | undefined {
  return loaders.get(tag);
}

export function lazyElement(tag: string, importer: () => Promise<unknown>, warm?: (lang: string) => ReadonlyArray<() => void>): LazyElement {
  let loading: Promise<void> | undefined;
  const shared = loadsUnderWay();
  /** Another copy's load of this element, under way. */
  const others = (): LoadUnderWay | undefined => {
    const theirs = shared.get(tag);
    return theirs !== undefined && theirs.promise !== loading ? theirs : undefined;
  };
  const ownImport = (): Promise<void> => {
    const mine: Promise<void> = importer().then(
      () => undefined,
      (e: unknown) => {
        loading = undefined;
        if (shared.get(tag)?.promise === mine) shared.delete(tag);
        console.warn(`cityweave: <${tag}> could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
      },
    );
    shared.set(tag, { promise: mine, version: VERSION });
    return mine;
  };
  const load = (): Promise<void> => {
    if (loading) return loading;
    const theirs = others();
    // Their chunk registers the element (their version's, which this copy says when it is another);
    // if it failed, this copy tries its own.
    loading = theirs
      ? theirs.promise.then(() => {
          if (globalThis.customElements?.get(tag)) {
            if (theirs.version !== VERSION) warnTaken(tag, theirs.version);
            return;
          }
          loading = undefined;
          return load();
        })
      : ownImport();
    return loading;
  };
  const has = (node: Node): boolean => node.nodeType === 1 && ((node as Element).localName === tag || (node as Element).querySelector(tag) !== null);
  const watch = (root: Document | undefined = globalThis.document): void => {
    if (!root || !globalThis.customElements || customElements.get(tag)) return;
    const observe = () => observer.observe(root, { childList: true, subtree: true });
    const start = () => {
      observer.disconnect();
      // Their messages and data are requested with the element's chunk, not once it has run; by the
      // copy that loads the chunk (whose element it will be), not again by another.
      const langs = others() ? new Set<string>() : new Set([...root.querySelectorAll(tag)].map(startLoadsFor));
      void load().then(() => customElements.get(tag) || observe());
      if (warm) for (const lang of langs) for (const piece of warm(lang)) setTimeout(piece, 0);
    };
    const observer = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some(has))) start();
    });
    if (root.querySelector(tag)) start();
    else observe();
  };
  loaders.set(tag, load);
  return { load, watch };
}
