/**
 * Type-level checks of the `atlas` property, compiled by `npm run typecheck` (never run): it takes
 * an `Atlas` from `parseAtlas` or a plain document, as its documentation says.
 */
import type { CwCityMap } from '../../components/city-map/city-map.js';
import type { Atlas } from '../../src/atlas.js';
import type { AtlasInput } from '../../src/schema/index.js';

declare const map: CwCityMap;
declare const parsed: Atlas;
declare const plain: AtlasInput;

map.atlas = parsed;
map.atlas = plain;
// @ts-expect-error neither an Atlas nor a document
map.atlas = 5;
