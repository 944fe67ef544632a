/**
 * The structured data (JSON-LD) of an element comes on demand, with the first element that has the
 * `structured-data` attribute (see `json-ld.ts`): an element writes it once this says it is there.
 */
export type JsonLd = typeof import('./json-ld.js');

let loaded: JsonLd | undefined;
let loading: Promise<JsonLd> | undefined;

/**
 * The builders and the writer of structured data, or undefined while they load: `host` is then
 * asked to update once they are there. A failed load is a console warning; the next call tries again.
 */
export function jsonLdReady(host: Element & { requestUpdate(): void }): JsonLd | undefined {
  if (loaded) return loaded;
  loading ??= import('./json-ld.js').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  loading.then(
    () => host.requestUpdate(),
    (e: unknown) => console.warn(`cityweave: <${host.localName}> could not load what writes its structured data (JSON-LD).`, e),
  );
  return undefined;
}

/** The builders and the writer if they are loaded, without loading them (to remove what was written: nothing was, before they came). */
export function jsonLdLoaded(): JsonLd | undefined {
  return loaded;
}
