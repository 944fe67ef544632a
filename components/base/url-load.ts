/**
 * The downloads of `src` documents (see `loadAtlasFrom` in `data-source.ts`, which loads this chunk):
 * one per absolute URL for every element that names it, each element with its own time-out, and
 * the download aborted when no element waits for it any longer (they all left the page, or timed
 * out) before it arrived.
 */
import { earlyFetches, releaseEarlyFetch, urlLoads, type AtlasLoad } from './data-source.js';

/** A download shared by the elements that name one URL. */
export interface UrlLoad {
  done: Promise<AtlasLoad>;
  /** How many elements wait for it: when the last one stops waiting before it arrived, it is aborted. */
  users: number;
  controller: AbortController;
  /** The document was received (validating it may take a while longer: that does not time out). */
  arrived?: boolean;
  /** The download is over, whatever its result: nothing is left to abort. */
  settled?: boolean;
}

/** One load per absolute URL per page. A URL whose document did not arrive (unreachable, too large, or no element waits for it any longer) is forgotten, so that a later element tries again. */
const loads = urlLoads;

/**
 * Fetches the document at `url`. What reads the response (`atlas-response.ts`: the size limit, the
 * warnings about a redirect or a content type, JSON) is a lazy chunk, loaded while the server
 * answers: it is needed by every page with a `src`, and by no other.
 */
async function fetchAtlas(url: string, load: UrlLoad, started?: Promise<Response>): Promise<AtlasLoad> {
  const { signal } = load.controller;
  try {
    const [response, { readAtlasResponse }] = await Promise.all([started ?? globalThis.fetch(url, { signal }), import('./atlas-response.js')]);
    return await readAtlasResponse(response, url, () => (load.arrived = true));
  } catch (e) {
    if (!signal.aborted) console.warn(`cityweave: ${url} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
    return { ok: false, failure: { kind: 'unreachable', url } };
  } finally {
    load.settled = true;
  }
}

/**
 * The atlas at an absolute URL, fetched and validated once per page for every element that waits
 * for it. For one waiter, the result is the failure `timeout` when the document has not arrived
 * within `timeout` ms; its `signal` (an element leaving the page) ends its wait, and the promise
 * then never settles. A download that no one waits for any longer is aborted.
 */
export function waitForUrl(url: string, timeout: number, signal?: AbortSignal): Promise<AtlasLoad> {
  if (signal?.aborted) {
    releaseEarlyFetch(url);
    return new Promise(() => {});
  }
  let load = loads.get(url);
  if (!load) {
    // A download that fails before its document arrives (unreachable, too large) is forgotten
    // like one no element waits for any longer (in `stop`), so that a later element tries again.
    // A download started before this chunk arrived (`startFetch`) is taken over, with its controller.
    const early = earlyFetches.get(url);
    earlyFetches.delete(url);
    const l: UrlLoad = (load = { users: 0, controller: early?.controller ?? new AbortController() } as UrlLoad);
    l.done = fetchAtlas(url, l, early?.response);
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
        // Still downloading: stop it (not a finished one, a 404 say, whose body was left unread).
        if (!l.settled) l.controller.abort();
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
