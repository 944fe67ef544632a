// The JSON Schema generated from the zod model accepts the default dataset and rejects what the
// model rejects in shape, so people who write data by hand get the same answers in their editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('dist/atlas.schema.json', 'utf8'));
const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

test('dist/data/atlas.json validates against dist/atlas.schema.json', () => {
  const ok = validate(atlas);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(atlas.$schema, '../atlas.schema.json');
});

test('the schema describes every kind of record and rejects unknown fields', () => {
  for (const kind of ['sources', 'organizations', 'cities', 'networks', 'memberships', 'vocabularies', 'projects', 'roadmaps', 'events']) {
    assert.ok(schema.properties[kind], kind);
  }
  const doc = structuredClone(atlas);
  doc.cities[0].titel = 'x';
  assert.equal(validate(doc), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/cities/0' && e.keyword === 'additionalProperties'));
});

test('the schema rejects a wrong id, country code and network kind', () => {
  const doc = structuredClone(atlas);
  doc.cities[0].id = 'Tanger MA';
  doc.cities[1].country = 'Morocco';
  doc.networks[0].kind = 'club';
  assert.equal(validate(doc), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/cities/0/id'));
  assert.ok(paths.includes('/cities/1/country'));
  assert.ok(paths.includes('/networks/0/kind'));
});
