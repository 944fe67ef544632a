/**
 * An element's `src` layered on other data (`extends="default"`, or URLs): a lazy chunk, loaded by
 * pages that use `extends` only. The layers are fetched (the bundled dataset in the view of the
 * element's language, as without `extends`), then merged and validated together by `parseLayers`
 * (`src/layers.ts`: the rules live there), so that the file of `src` may hold only a network's
 * additions. An issue names the layer it is in (`our-cities.json: cities[2].country`).
 * Elements that name the same layers in the same language share one load, as they share a `src`;
 * a load that failed is forgotten, so that the next element tries again.
 */
import { parseLayers, type AtlasLayer } from '../../src/layers.js';
import { MAX_DOCUMENT_BYTES } from '../../src/limits.js';
import { absoluteUrl, loadBundledAtlas, type AtlasLoad } from './data-source.js';

/** The raw document at a URL (not validated alone: a layer may refer to records of the layers below). */
async function fetchLayer(url: string, signal: AbortSignal): Promise<AtlasLayer | AtlasLoad> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return { ok: false, failure: { kind: 'unreachable', url, status: response.status } };
    if (Number(response.headers.get('content-length')) > MAX_DOCUMENT_BYTES) return { ok: false, failure: { kind: 'too-large', url } };
    const text = await response.text();
    if (text.length > MAX_DOCUMENT_BYTES) return { ok: false, failure: { kind: 'too-large', url } };
    try {
      return { label: url, document: JSON.parse(text) };
    } catch {
      return { ok: false, failure: { kind: 'not-json', url } };
    }
  } catch (e) {
    return signal.aborted && signal.reason?.name === 'TimeoutError' ? { ok: false, failure: { kind: 'timeout', url } } : { ok: false, failure: { kind: 'unreachable', url } };
  }
}

/**
 * The atlas of `src` on top of the layers of `extends` (space-separated: `default` for the bundled
 * dataset, or URLs relative to the page), in that order: a record of a later layer replaces the
 * record with the same id below it.
 */
export function loadLayered(extendsList: string, src: string, lang: string, timeoutMs: number): Promise<AtlasLoad> {
  const key = `${extendsList}\0${absoluteUrl(src) ?? src}\0${lang}`;
  let load = loads.get(key);
  if (!load) {
    load = merge(extendsList, src, lang, timeoutMs);
    loads.set(key, load);
    void load.then((r) => {
      if (!r.ok && loads.get(key) === load) loads.delete(key);
    });
  }
  return load;
}

const loads = new Map<string, Promise<AtlasLoad>>();

/** Forgets every layered load (for tests, or after the data at a URL changed). */
export function clearLayeredLoads(): void {
  loads.clear();
}

async function merge(extendsList: string, src: string, lang: string, timeoutMs: number): Promise<AtlasLoad> {
  // Shared by every element that waits for it: only the time-out ends it, not one element leaving.
  const wait = AbortSignal.timeout(timeoutMs);
  const names = [...extendsList.split(/\s+/).filter(Boolean), src];
  const layers = await Promise.all(
    names.map(async (name, i): Promise<AtlasLayer | AtlasLoad> => {
      if (name === 'default' && i < names.length - 1) {
        const bundled = await loadBundledAtlas(lang);
        return bundled.ok ? { label: 'default', document: bundled.atlas.document } : bundled;
      }
      const url = absoluteUrl(name);
      return url ? fetchLayer(url, wait) : { ok: false, failure: { kind: 'unreachable', url: name } };
    }),
  );
  const failed = layers.find((l): l is AtlasLoad => 'ok' in l);
  if (failed) return failed;
  const result = parseLayers(layers as AtlasLayer[]);
  if (result.ok) return { ok: true, atlas: result.atlas };
  const issues = result.issues.map((i) => ({ path: `${i.layer}: ${i.path}`, message: i.message }));
  console.warn(`cityweave: ${src} on top of ${extendsList} is not a valid atlas:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  return { ok: false, failure: { kind: 'invalid', url: absoluteUrl(src) ?? src, issues } };
}
