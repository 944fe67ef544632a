/**
 * `loadAtlas(sources)`: layered data loaded and merged (see `layers.ts` for the merge): the bundled
 * dataset (`"default"`, the whole of it, every language), URLs, or documents in memory.
 */
import { parseLayers, type AtlasLayer, type LayeredIssue, type LayeredResult } from './layers.js';

/** A layer to load: `"default"` (the bundled dataset), a URL, or a document already in memory. */
export type AtlasSourceSpec = 'default' | string | URL | { label: string; document: unknown };

/**
 * Loads layers and merges them: `loadAtlas(['default', 'https://example.org/our-cities.json'])`.
 * URLs are fetched with `fetch` (relative ones against `base`); never rejects: a layer that cannot
 * be fetched or is not JSON is an issue of that layer.
 */
export async function loadAtlas(sources: readonly AtlasSourceSpec[], options: { base?: string; fetch?: typeof globalThis.fetch } = {}): Promise<LayeredResult> {
  const fetcher = options.fetch ?? globalThis.fetch;
  const layers = await Promise.all(
    sources.map(async (s): Promise<AtlasLayer | LayeredIssue> => {
      if (typeof s === 'object' && !(s instanceof URL)) return s;
      if (s === 'default') {
        const { loadDefaultAtlas } = await import('./default-atlas.js');
        const bundled = await loadDefaultAtlas();
        return bundled.ok ? { label: 'default', document: bundled.atlas.document } : { layer: 'default', path: '', message: 'the bundled dataset could not be read' };
      }
      const label = String(s);
      try {
        const response = await fetcher(new URL(label, options.base).href);
        if (!response.ok) return { layer: label, path: '', message: `the server answered ${response.status}; check the URL` };
        return { label, document: await response.json() };
      } catch (e) {
        return { layer: label, path: '', message: `could not be loaded (${e instanceof Error ? e.message : String(e)}); check the URL and that the server allows it` };
      }
    }),
  );
  const failed = layers.filter((l): l is LayeredIssue => 'message' in l);
  if (failed.length > 0) return { ok: false, issues: failed };
  return parseLayers(layers as AtlasLayer[]);
}
