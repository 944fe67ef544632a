/**
 * Registers `<cw-city-map>` on first sight, for the CDN bundle: the map and d3-geo are a chunk of
 * their own that a page without a map never downloads. The document is watched (a
 * `MutationObserver` on the whole subtree) from the start: the first `<cw-city-map>` found, in the
 * page at load or added later, imports `./define.js`, which registers the element, and the watch
 * ends. Elements inside shadow roots are not seen: register the map yourself there (import
 * `cityweave/components/city-map.js`, or call `loadCityMap()`).
 */
const TAG = 'cw-city-map';

let loading: Promise<void> | undefined;

/** Imports the map and registers `<cw-city-map>` (once; a failed import can be tried again). */
export function loadCityMap(): Promise<void> {
  loading ??= import('./define.js').then(
    () => undefined,
    (e: unknown) => {
      loading = undefined;
      console.warn(`cityweave: <${TAG}> could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
    },
  );
  return loading;
}

const hasMap = (node: Node): boolean => node.nodeType === 1 && ((node as Element).localName === TAG || (node as Element).querySelector(TAG) !== null);

/**
 * Watches `root` (the document by default) and loads the map the first time a `<cw-city-map>` is in
 * it. Does nothing where there is no DOM, or when the tag is already defined.
 */
export function defineCityMapWhenUsed(root: Document | undefined = globalThis.document): void {
  if (!root || !globalThis.customElements || customElements.get(TAG)) return;
  const watch = () => observer.observe(root, { childList: true, subtree: true });
  const load = () => {
    observer.disconnect();
    // After a failure (a flaky connection), the next map added tries again.
    void loadCityMap().then(() => customElements.get(TAG) || watch());
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some(hasMap))) load();
  });
  if (root.querySelector(TAG)) load();
  else watch();
}
