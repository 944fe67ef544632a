/**
 * The bundled basemap (`data/basemap.json`: Natural Earth land, see data/BASEMAP.md), loaded on
 * first use through a dynamic import, once per page, so that a page without a map never
 * downloads it. No tiles and no requests to anyone else: the file ships with the package.
 */

/** A basemap layer: land polygons as one GeoJSON feature. */
export interface BasemapLayer {
  type: 'Feature';
  id: 'detail' | 'world';
  properties: { window: [number, number, number, number]; [key: string]: unknown };
  geometry: { type: string; coordinates: unknown };
  [key: string]: unknown;
}

export interface Basemap {
  detail: BasemapLayer;
  world: BasemapLayer;
  /** The credit line Natural Earth asks for. */
  attribution: string;
}

let loading: Promise<Basemap> | undefined;

/** The basemap, loaded on first call (later calls share the same promise). Rejects if the file cannot be loaded. */
export function loadBasemap(): Promise<Basemap> {
  loading ??= import('../../data/basemap.json', { with: { type: 'json' } }).then((module) => {
    const doc = module.default as unknown as { properties?: { attribution?: string }; features: BasemapLayer[] };
    const detail = doc.features.find((f) => f.id === 'detail');
    const world = doc.features.find((f) => f.id === 'world');
    if (!detail || !world) throw new Error('data/basemap.json lacks its "detail" or "world" layer');
    return { detail, world, attribution: doc.properties?.attribution ?? 'Made with Natural Earth.' };
  });
  loading.catch(() => {
    // Let a later call try again (a flaky connection), rather than keeping the failure forever.
    loading = undefined;
  });
  return loading;
}

