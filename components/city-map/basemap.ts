/**
 * The bundled basemap (`data/basemap.json`: Natural Earth land and borders, see data/BASEMAP.md), loaded on
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

/** A place to write a name: a country (named in the reader's language from its code) or a sea. */
export interface ContextPlace {
  kind: 'country' | 'sea';
  lon: number;
  lat: number;
  /** A country's ISO 3166-1 alpha-2 code. */
  code?: string;
  /** A sea's names by language (fr, en, ar). */
  names?: Readonly<Record<string, string>>;
  /** A country's area in km² (a sea's: none); a country is named only where it is this large on screen. */
  areaKm2?: number;
  /** Which names go first when two collide (smaller first). */
  rank: number;
}

/** Borders and names, drawn with the `detail` layer (they cover its window only). */
export interface BasemapContext {
  borders: { type: 'MultiLineString'; coordinates: unknown };
  disputed: { type: 'MultiLineString'; coordinates: unknown };
  places: ContextPlace[];
}

export interface Basemap {
  detail: BasemapLayer;
  world: BasemapLayer;
  /** Borders and names; none in a basemap built before they were added. */
  context?: BasemapContext;
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
    return { detail, world, context: readContext(doc.features), attribution: doc.properties?.attribution ?? 'Made with Natural Earth.' };
  });
  loading.catch(() => {
    // Let a later call try again (a flaky connection), rather than keeping the failure forever.
    loading = undefined;
  });
  return loading;
}


type Point = [number, number];

/** The borders and places of the basemap's `borders`, `disputed`, `countries` and `seas` features. */
function readContext(features: readonly BasemapLayer[]): BasemapContext | undefined {
  const byId = (id: string) => features.find((f) => (f.id as string) === id) as unknown as { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } } | undefined;
  const borders = byId('borders');
  const disputed = byId('disputed');
  const countries = byId('countries');
  const seas = byId('seas');
  if (!borders || !disputed || !countries || !seas) return undefined;
  const places: ContextPlace[] = [];
  const codes = countries.properties.codes as string[];
  const areas = countries.properties.areasKm2 as number[];
  (countries.geometry.coordinates as Point[]).forEach(([lon, lat], i) => places.push({ kind: 'country', lon, lat, code: codes[i], areaKm2: areas[i], rank: 2 }));
  const names = seas.properties.names as Record<string, string[]>;
  const ranks = seas.properties.ranks as number[];
  (seas.geometry.coordinates as Point[]).forEach(([lon, lat], i) =>
    places.push({ kind: 'sea', lon, lat, names: Object.fromEntries(Object.entries(names).map(([lang, list]) => [lang, list[i]!])), rank: ranks[i]! === 1 ? 1 : 3 }),
  );
  // Stable: the oceans first, then the countries largest first, then the smaller seas.
  places.sort((a, b) => a.rank - b.rank);
  return { borders: borders.geometry as BasemapContext['borders'], disputed: disputed.geometry as BasemapContext['disputed'], places };
}
