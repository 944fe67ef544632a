// Writes the per-language views of the default dataset, data/views/atlas.{fr,en,ar}.json, from
// data/atlas.json (never edited here). A page shows one language, so the CDN build ships one view per
// language, as a lazy chunk of its own (src/default-atlas.ts), instead of the whole dataset.
//
// A view is the dataset with every localized text (every field the zod schema types `LocalizedText`,
// found by walking the schema, not by guessing from the data's shape) reduced to what a reader of
// that language can be shown (see `resolveText` in src/i18n/text.ts):
// - the entry `resolveText(text, lang, defaultLanguage)` picks, with its own language key, so a
//   fallback text stays marked with its language;
// - any other entry of that language (an `ar-MA` text besides an `ar` one), for regional readers;
// - in the English view, which is also the view of every reader whose language has no view of its
//   own (de, es: their fallback order starts with English, `defaultFallback` in src/i18n), the
//   entries in such languages too.
// City names are kept whole: the JSON-LD of a city lists its names in every other language
// (`alternateName`, src/jsonld.ts), and text search matches a city's name in any language.
// Everything else is copied unchanged. Proven by test/node/atlas-views.test.mjs.
//
// The views are build outputs (git ignores data/views/): `npm run build` writes them first, and so do
// `npm run typecheck` and `npm start`. They hold each view as `parseAtlas` returns it (every default
// filled in), so the components make an `Atlas` of a view directly, without loading the validator:
// the build is the proof that they are valid (it fails otherwise), and test/node/atlas-views.test.mjs
// checks that each file is a fixed point of `parseAtlas`.
//
// Reads the schema, `resolveText` and `parseAtlas` from src/ itself (bundled by esbuild into
// .cache/), so that it runs before anything is built. `node scripts/build-atlas-views.mjs` writes the
// files; `--check` writes nothing and exits 1 when they are out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSrc } from './import-src.mjs';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isMain = process.argv[1] === fileURLToPath(import.meta.url);
const { AtlasDocument, LocalizedText, baseLanguage, defaultFallback, resolveText, parseAtlas } = await importSrc(
  'atlas-views-src',
  "export { AtlasDocument, LocalizedText } from './src/schema/index.ts'; export { baseLanguage, defaultFallback, resolveText } from './src/i18n/index.ts'; export { parseAtlas } from './src/parse.ts';",
);

/** The languages with a view, as in src/default-atlas.ts. */
export const VIEW_LANGUAGES = ['fr', 'en', 'ar'];
/** The view of readers whose language has none (src/default-atlas.ts `defaultAtlasView`): the first language of their fallback order. */
export const FALLBACK_VIEW = 'en';

/** Fields whose localized texts are kept whole in every view (see the top of this file). */
const KEPT_WHOLE = new Set(['cities.*.name']);

function unwrap(s) {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) cur = cur.unwrap();
  return cur;
}

/**
 * `value` (valid for `schema`) with every localized text replaced by `fn(text, path)`; `path` is
 * the field path with array indexes as `*` (`projects.*.activities.*`). Fails on a schema type it
 * cannot look into when the value there is an object, rather than copy a text it did not see.
 */
export function mapLocalizedTexts(value, fn, schema = AtlasDocument, path = []) {
  const s = unwrap(schema);
  if (s === LocalizedText) return fn(value, path.join('.'));
  if (value === null || typeof value !== 'object') return value;
  if (s instanceof z.ZodArray && Array.isArray(value)) return value.map((v) => mapLocalizedTexts(v, fn, s.element, [...path, '*']));
  if (s instanceof z.ZodObject && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const field = Object.prototype.hasOwnProperty.call(s.shape, k) ? s.shape[k] : undefined;
        if (!field) throw new Error(`${[...path, k].join('.')}: not in the schema`);
        return [k, mapLocalizedTexts(v, fn, field, [...path, k])];
      }),
    );
  }
  if (s instanceof z.ZodRecord && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLocalizedTexts(v, fn, s.valueType, [...path, '*'])]));
  }
  throw new Error(`${path.join('.') || '(document)'}: cannot tell whether a ${s.constructor?.name ?? typeof s} holds localized texts`);
}

/** Every localized text of a document, in document order, with its field path (`projects.*.title`). */
export function localizedTexts(doc) {
  const out = [];
  mapLocalizedTexts(doc, (text, path) => {
    out.push({ text, path });
    return text;
  });
  return out;
}

/** The view of `doc` for readers of `lang` (one of VIEW_LANGUAGES). */
export function atlasView(doc, lang) {
  const defaultLanguage = doc.defaultLanguage ?? 'fr';
  const isFallback = lang === FALLBACK_VIEW;
  return mapLocalizedTexts(doc, (text, path) => {
    if (KEPT_WHOLE.has(path)) return text;
    const picked = resolveText(text, lang, defaultLanguage)?.lang;
    return Object.fromEntries(
      Object.entries(text).filter(([tag]) => {
        const base = baseLanguage(tag);
        return tag === picked || base === lang || (isFallback && !VIEW_LANGUAGES.includes(base));
      }),
    );
  });
}

/** The generated files, by path relative to the project, as text. */
export function atlasViewFiles() {
  const doc = JSON.parse(readFileSync(join(root, 'data/atlas.json'), 'utf8'));
  const full = parseAtlas(doc);
  if (!full.ok) throw new Error(`data/atlas.json is not valid: ${full.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  // Readers of a language without a view get the fallback view: right only while their fallback order starts with its language.
  if (defaultFallback('es')[0] !== FALLBACK_VIEW) {
    throw new Error(`the fallback order of readers without a view starts with "${defaultFallback('es')[0]}"; the views (here and in src/default-atlas.ts) assume "${FALLBACK_VIEW}"`);
  }
  const files = {};
  for (const lang of VIEW_LANGUAGES) {
    const view = atlasView(doc, lang);
    const parsed = parseAtlas(view);
    if (!parsed.ok) throw new Error(`the ${lang} view is not valid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    // The parsed form (defaults filled in), which the components take without validating it again.
    files[`data/views/atlas.${lang}.json`] = JSON.stringify(parsed.atlas.document) + '\n';
  }
  return files;
}

if (isMain) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [path, text] of Object.entries(atlasViewFiles())) {
    const file = join(root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  if (check && stale.length) {
    console.error(`out of date (run node scripts/build-atlas-views.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}` : 'data/views: the per-language views are up to date');
}
