// The default dataset in its readers' three languages (data/atlas.json): every localized text has
// French (the sources' language), English and Arabic; every English or Arabic text that is not a
// name is marked as a translation made for the dataset (`en-t-fr`, `ar-t-fr`: BCP 47's extension T);
// and a translation keeps the facts a reader can check mechanically: every number of the French
// (years, counts, SDG codes) is in it, with Latin digits. Needs the build (`npm test` runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { localizedTexts } = await import('../../scripts/build-atlas-views.mjs');
const { baseLanguage, translatedFrom } = await import('../../dist/src/i18n/index.js');

const full = JSON.parse(readFileSync(`${root}data/atlas.json`, 'utf8'));

const texts = localizedTexts;

/** Field paths whose texts are names: a city's or an organisation's name in each language, not a translation. */
const NAMES = new Set(['cities.*.name', 'organizations.*.name', 'organizations.*.acronym']);

const all = texts(full);

test('every localized text of the default dataset has French, English and Arabic', () => {
  const missing = all
    .map(({ text, path }, i) => ({ i, path, have: new Set(Object.keys(text).map(baseLanguage)) }))
    .filter(({ have }) => !['fr', 'en', 'ar'].every((l) => have.has(l)))
    .map(({ i, path, have }) => `${path} «${all[i].text.fr?.slice(0, 50)}»: has ${[...have].join(', ')}`);
  assert.deepEqual(missing, [], `texts without all three languages:\n${missing.join('\n')}`);
  assert.ok(all.length > 400, `only ${all.length} texts found`);
});

test('English and Arabic texts other than names are marked as translations from French', () => {
  const unmarked = [];
  for (const { text, path } of all) {
    for (const tag of Object.keys(text)) {
      const base = baseLanguage(tag);
      if (base === 'fr' || (base !== 'en' && base !== 'ar')) continue;
      const from = translatedFrom(tag);
      if (NAMES.has(path) ? from !== undefined : from !== 'fr') unmarked.push(`${path}: ${tag}`);
    }
  }
  assert.deepEqual(unmarked, []);
});

test('a translation keeps every number of the French, in Latin digits', () => {
  const numbers = (s) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,](?=\d{3}\b)/g, ''));
  const lost = [];
  for (const { text, path } of all) {
    const fr = numbers(text.fr);
    for (const [tag, value] of Object.entries(text)) {
      if (baseLanguage(tag) === 'fr') continue;
      if (/[\u0660-\u0669\u06F0-\u06F9]/.test(value)) lost.push(`${path} ${tag}: Arabic-Indic digits`);
      const mine = numbers(value);
      for (const n of fr) if (!mine.includes(n)) lost.push(`${path} ${tag}: ${n} is missing`);
    }
  }
  assert.deepEqual(lost, []);
});

test('fixes a reader of Arabic would ask for', () => {
  const city = (id) => full.cities.find((c) => c.id === id).name;
  const network = (id) => full.networks.find((n) => n.id === id).name;
  // Tunis, the city, is not written like Tunisia, the country (تونس), beside which it is shown.
  assert.notEqual(city('tunis-tn').ar, 'تونس');
  assert.match(city('tunis-tn').ar, /تونس/);
  // The Moroccan network is "intercultural" (بين الثقافات, the Council of Europe programme's word), not "multicultural".
  const rmci = network('rmci')['ar-t-fr'];
  assert.match(rmci, /بين الثقافات/);
  assert.doesNotMatch(rmci, /متعدد/);
  // No French acronym in an Arabic text.
  const frenchAcronyms = all.flatMap(({ text, path }) =>
    Object.entries(text)
      .filter(([tag, v]) => baseLanguage(tag) === 'ar' && /\b(UE|CGLU|ONU|OIM|HCR)\b/.test(v))
      .map(([tag]) => `${path} ${tag}`),
  );
  assert.deepEqual(frenchAcronyms, []);
});
