/**
 * The bundled default dataset (built from the source documents in the project's seeds), parsed on
 * first use. It is loaded through a dynamic import so that code that brings its own data never
 * downloads it.
 */
import type { ParseResult } from './parse.js';

let cached: Promise<ParseResult> | undefined;

export function loadDefaultAtlas(): Promise<ParseResult> {
  cached ??= Promise.all([import('../data/atlas.json', { with: { type: 'json' } }), import('./parse.js')]).then(([data, { parseAtlas }]) =>
    parseAtlas(data.default),
  );
  return cached;
}
