/** Shared set-up of the city map's newer test files: the fixture atlas, a mounted map, waits. */
import { waitUntil } from '@open-wc/testing';
import '../../components/city-map/define.js';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import { PATH_THRESHOLD } from '../../components/city-map/marker-paths.js';
import type { Atlas } from '../../src/atlas.js';
import { withMemberCities } from '../fixtures/synthetic-atlas.mjs';
import { $, loaded, mountHTML } from './helpers.js';

const FIXTURE = new URL('../fixtures/city-map-atlas.json', import.meta.url).href;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let doc: any;
/** The fixture document (a fresh copy each call), parsed once. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function fixtureDoc(): Promise<any> {
  doc ??= await (await fetch(FIXTURE)).json();
  return structuredClone(doc);
}

import { atlasOf } from '../fixtures/atlas-of.js';

export { atlasOf };

/** A document with `n` extra member cities of rmci on a grid around the Mediterranean. */
export async function bigDoc(n: number): Promise<unknown> {
  return withMemberCities(await fixtureDoc(), n);
}

/**
 * A map in a wrapper of the given language and width, given `atlas` (`null`: none, it loads its
 * own), loaded. Not open-wc's `fixture` for plain elements: it waits for an animation frame, and a
 * page the runner keeps in the background (concurrency > 1) renders no frames.
 */
export async function cityMap(attrs: string, atlas: Atlas | null, { lang = 'fr', width = 760 } = {}): Promise<CwCityMap> {
  const div = mountHTML(`<cw-city-map ${attrs}></cw-city-map>`, { lang, style: `inline-size: ${width}px` });
  const el = div.firstElementChild as CwCityMap;
  if (atlas) el.atlas = atlas;
  await loaded(el);
  return el;
}

/** Waits until the markers and the land are drawn. */
export async function drawnWithLand(el: CwCityMap): Promise<SVGSVGElement> {
  await waitUntil(() => $(el, 'svg .markers') && $(el, 'svg path.land')?.getAttribute('d'), 'the map is not drawn', { timeout: 5000 });
  await el.updateComplete;
  return $(el, 'svg') as unknown as SVGSVGElement;
}

export const overlap = (a: DOMRect, b: DOMRect, tolerance = 0.5) =>
  a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;

/** Waits for the element and what its update set off (a focus moved after rendering). */
export async function settled(el: CwCityMap): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

/** The RMCI map on a document with more cities than `PATH_THRESHOLD`, every marker drawn (as paths), in English at 900 px. */
export async function mapWithPaths(): Promise<CwCityMap> {
  const atlas = atlasOf(await bigDoc(PATH_THRESHOLD + 100));
  const el = await cityMap('network="rmci" cluster-radius="0"', atlas, { width: 900, lang: 'en' });
  await drawnWithLand(el);
  await waitUntil(() => $(el, 'svg .paths'), 'no paths', { timeout: 10000 });
  return el;
}
