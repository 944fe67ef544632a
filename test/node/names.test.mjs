// The one rule for acronyms and names (src/i18n/names.ts) and the default language's one place
// (src/default-language.ts). Needs the library compiled (npm run build, or npm run test:unit).
import { test } from 'node:test';
import assert from 'node:assert/strict';

const { shortName, distinctAcronym, DEFAULT_LANGUAGE, AtlasDocument, resolveText } = await import('../../dist/src/index.js');

const t = (text, lang = 'fr') => ({ text, lang, dir: 'ltr', fallback: false });

test('the short form of a name is its acronym when it has one', () => {
  assert.equal(shortName('MC2CM', 'Migration ville à ville'), 'MC2CM');
  assert.equal(shortName(undefined, 'Réseau marocain'), 'Réseau marocain');
});

test('an acronym is shown beside a name only when it reads differently', () => {
  assert.deepEqual(distinctAcronym(t('ICMPD'), t('Centre international')), t('ICMPD'));
  assert.equal(distinctAcronym(t('UNESCO'), t('UNESCO')), undefined);
  assert.equal(distinctAcronym(undefined, t('UNESCO')), undefined);
});

test('one default language: the schema fills it in and resolveText falls back to it', () => {
  assert.equal(DEFAULT_LANGUAGE, 'fr');
  assert.equal(AtlasDocument.parse({ version: 1 }).defaultLanguage, DEFAULT_LANGUAGE);
  assert.equal(resolveText({ [DEFAULT_LANGUAGE]: 'Tanger', es: 'Tánger' }, 'de')?.lang, DEFAULT_LANGUAGE);
});
