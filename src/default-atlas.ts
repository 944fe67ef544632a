/**
 * The bundled default dataset (built from the source documents in the project's seeds), parsed on
 * first use. It is loaded through a dynamic import so that code that brings its own data never
 * downloads it.
 *
 * Two forms:
 * - `loadDefaultAtlas()`: the whole dataset, every text in every language (`data/atlas.json`), for
 *   library users (Node, bundlers);
 * - `loadDefaultAtlasView(lang)`: the view for readers of one language
 *   (`data/views/atlas.<fr|en|ar>.json`, made by scripts/build-atlas-views.mjs; 16 to 18 KB gzip
 *   instead of 29): each localized text holds only what `resolveText` can show a reader of that
 *   language (their own text, or the one fallback text, still marked with its language), so an
 *   element renders exactly as on the whole dataset. The components use it, so a page downloads
 *   the view of its language only; the CDN build holds no copy of the whole dataset (code that
 *   loads a view must not reach `loadDefaultAtlas`: see components/base/data-source.ts).
 *
 * The views are build outputs (data/views/ is not in git): `npm run build` writes them.
 *
 * The trade-off: text search (`atlas.projects({ text })`) on a view matches the texts of that view
 * only (the reader's language, and the fallback where a text has none), not the translations it
 * left out. City names are kept in every language.
 */
import { baseLanguage } from './i18n/text.js';
import type { ParseResult } from './parse.js';
import type { AtlasDocument } from './schema/index.js';

let cached: Promise<ParseResult> | undefined;

/** The whole default dataset, validated (once). */
export function loadDefaultAtlas(): Promise<ParseResult> {
  cached ??= Promise.all([import('../data/atlas.json', { with: { type: 'json' } }), import('./parse.js')]).then(([data, { parseAtlas }]) =>
    parseAtlas(data.default),
  );
  return cached;
}

/** The languages the default dataset has a view for. */
export type DefaultAtlasView = 'fr' | 'en' | 'ar';

/**
 * The view of the default dataset that shows a reader of `lang` exactly what the whole dataset
 * would: `fr` and `ar` for French and Arabic (any region: `ar-MA`), else `en`, the first language
 * of every other reader's fallback order (`de` → `en`, see `defaultFallback` in src/i18n). The
 * English view keeps the texts written in such languages (a city's name in Spanish) for them.
 */
export function defaultAtlasView(lang: string): DefaultAtlasView {
  const base = baseLanguage(lang);
  return base === 'fr' || base === 'ar' ? base : 'en';
}

// One dynamic import per view, spelled out so that every bundler makes each its own chunk.
const VIEWS: Record<DefaultAtlasView, () => Promise<{ default: unknown }>> = {
  fr: () => import('../data/views/atlas.fr.json', { with: { type: 'json' } }),
  en: () => import('../data/views/atlas.en.json', { with: { type: 'json' } }),
  ar: () => import('../data/views/atlas.ar.json', { with: { type: 'json' } }),
};

const views = new Map<DefaultAtlasView, Promise<ParseResult>>();

/**
 * The view of the default dataset for readers of `lang` (see `defaultAtlasView`), made into an
 * `Atlas` once per view: readers of `fr-FR` and `fr-TN` share one load and one `Atlas`. The views
 * are written by the build as `parseAtlas` returns them (scripts/build-atlas-views.mjs, which fails
 * on an invalid dataset), so they are not validated again here: a page on the default data never
 * downloads the validator. A load that failed (a chunk that could not be fetched) is forgotten, so
 * the next call tries again.
 */
export function loadDefaultAtlasView(lang: string): Promise<ParseResult> {
  const view = defaultAtlasView(lang);
  let load = views.get(view);
  if (!load) {
    load = Promise.all([VIEWS[view](), import('./atlas.js')]).then(([data, { Atlas }]): ParseResult => ({
      ok: true,
      atlas: new Atlas(data.default as AtlasDocument),
    }));
    views.set(view, load);
    load.catch(() => {
      if (views.get(view) === load) views.delete(view);
    });
  }
  return load;
}
