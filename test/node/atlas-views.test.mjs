// data/views/atlas.{fr,en,ar}.json, the per-language views of the default dataset that the CDN build
// ships (scripts/build-atlas-views.mjs): up to date with data/atlas.json, valid, identical to it
// except in localized texts (the fields the zod schema types `LocalizedText`), and showing every
// reader exactly the text, and language, that the whole dataset shows them; written as parseAtlas
// returns them, so that the elements take them without the validator. Needs the build (`npm test`
// runs it): these checks use dist/src.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { localizedTexts, mapLocalizedTexts, VIEW_LANGUAGES } = await import('../../scripts/build-atlas-views.mjs');
const { resolveText } = await import('../../dist/src/i18n/text.js');
const { parseAtlas } = await import('../../dist/src/parse.js');
const { defaultAtlasView, loadDefaultAtlas, loadDefaultAtlasView } = await import('../../dist/src/default-atlas.js');

const read = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const full = read('data/atlas.json');
const views = Object.fromEntries(VIEW_LANGUAGES.map((lang) => [lang, read(`data/views/atlas.${lang}.json`)]));
const defaultLanguage = full.defaultLanguage ?? 'fr';
/** The dataset as parseAtlas returns it (defaults filled in), the form the views are written in. */
const parsedFull = JSON.parse(JSON.stringify(parseAtlas(full).atlas.document));

/** Readers: the interface languages, regional forms of them, and languages without a view (one of which, es, has texts in the data). */
const READERS = ['fr', 'en', 'ar', 'ar-MA', 'fr-TN', 'ar-TN', 'en-GB', 'fr-FR', 'de', 'es', 'es-MX', 'it', 'zh-Hant-TW', 'tr'];

const texts = localizedTexts;

/** The document with every localized text replaced by a mark. */
const withoutTexts = (doc) => mapLocalizedTexts(doc, () => '<localized text>');

test('the views are up to date with data/atlas.json (scripts/build-atlas-views.mjs --check)', () => {
  const r = spawnSync(process.execPath, ['scripts/build-atlas-views.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});

test('the schema walk finds every localized text: every object of the data shaped like one is one', () => {
  const found = new Set(texts(full).map((t) => t.path));
  const tag = /^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-t-[a-zA-Z]{2,3})?$/;
  const shaped = new Set();
  const walk = (v, path) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, [...path, '*']));
    else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      if (entries.length > 0 && entries.every(([k, x]) => tag.test(k) && typeof x === 'string')) shaped.add(path.join('.'));
      else for (const [k, x] of entries) walk(x, [...path, k]);
    }
  };
  walk(full, []);
  assert.deepEqual([...shaped].filter((p) => !found.has(p)), [], 'text-shaped objects the schema walk missed');
  for (const p of ['title', 'projects.*.title', 'projects.*.activities.*', 'events.*.agenda.*.points.*', 'vocabularies.*.terms.*.variants.*', 'projects.*.corrections.*.reason']) {
    assert.ok(found.has(p), p);
  }
});

test('which view a reader gets', () => {
  // Readers without a view get the English one: their fallback order starts with English (src/i18n/fallback.ts).
  const expected = { fr: 'fr', en: 'en', ar: 'ar', 'ar-MA': 'ar', 'fr-TN': 'fr', 'en-GB': 'en', de: 'en', es: 'en', 'zh-Hant-TW': 'en' };
  for (const [lang, view] of Object.entries(expected)) assert.equal(defaultAtlasView(lang), view, lang);
});

for (const lang of VIEW_LANGUAGES) {
  test(`the ${lang} view: valid, the same data but for localized texts, and the same text for every reader it serves`, () => {
    const view = views[lang];
    const parsed = parseAtlas(view);
    assert.ok(parsed.ok, JSON.stringify(parsed.issues?.slice(0, 5)));
    // Written as parseAtlas returns it: the elements make an Atlas of it without validating it again.
    assert.deepEqual(JSON.parse(JSON.stringify(parsed.atlas.document)), view, 'the view is not what parseAtlas gives back for it');
    assert.deepEqual(withoutTexts(view), withoutTexts(parsedFull), 'the view differs from the dataset outside its localized texts');

    const all = texts(parsedFull);
    const mine = texts(view);
    assert.equal(mine.length, all.length);
    const readers = READERS.filter((r) => defaultAtlasView(r) === lang);
    assert.ok(readers.includes(lang) && readers.length >= 2, `readers of the ${lang} view: ${readers}`);
    let reduced = 0;
    all.forEach(({ text, path }, i) => {
      const small = mine[i].text;
      assert.equal(mine[i].path, path);
      for (const [tag, value] of Object.entries(small)) assert.equal(value, text[tag], `${path}: ${tag} is not the dataset's`);
      if (Object.keys(small).length < Object.keys(text).length) reduced++;
      for (const reader of readers) {
        assert.deepEqual(resolveText(small, reader, defaultLanguage), resolveText(text, reader, defaultLanguage), `${path} ${JSON.stringify(text)} for ${reader}`);
      }
    });
    assert.ok(reduced > all.length / 2, `only ${reduced} of ${all.length} texts are reduced`);
  });
}

test('the library loads a view per language, shared by the readers of that view, and the whole dataset', async () => {
  const [fr, frTn, de, en, ar, arMa] = await Promise.all(['fr', 'fr-TN', 'de', 'en', 'ar', 'ar-MA'].map((l) => loadDefaultAtlasView(l)));
  for (const r of [fr, en, ar]) assert.ok(r.ok);
  assert.equal(frTn.atlas, fr.atlas);
  assert.equal(de.atlas, en.atlas);
  assert.notEqual(en.atlas, fr.atlas);
  assert.equal(arMa.atlas, ar.atlas);
  assert.notEqual(ar.atlas, fr.atlas);
  const city = (r) => r.atlas.city('tanger-ma').name;
  assert.deepEqual(city(ar), full.cities.find((c) => c.id === 'tanger-ma').name, 'city names are whole');
  const project = (r) => r.atlas.project('tanger-accueil').title;
  assert.deepEqual(Object.keys(project(ar)), Object.keys(views.ar.projects.find((p) => p.id === 'tanger-accueil').title));
  const whole = await loadDefaultAtlas();
  assert.ok(whole.ok);
  assert.deepEqual(whole.atlas.project('tanger-accueil').title, full.projects.find((p) => p.id === 'tanger-accueil').title);
});
