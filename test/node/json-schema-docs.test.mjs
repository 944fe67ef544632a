// The JSON Schema documents itself for the people who write data by hand: editors show a
// description and an example on hover and in completion for every property, patterns in words,
// and each shared shape once, under a title, in `$defs`. Every example is valid data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('dist/atlas.schema.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every subschema with its JSON pointer (`/properties/cities/items`), examples left out. */
function* subschemas(node, pointer = '') {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield [pointer, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'default' || key === 'enum' || key === 'const') continue;
    yield* subschemas(value, `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

/** Every property of every object in the schema: [pointer, name, its schema]. */
const properties = [...subschemas(schema)].flatMap(([pointer, node]) =>
  node.properties && typeof node.properties === 'object' && !Array.isArray(node.properties) && pointer.split('/').at(-1) !== 'properties'
    ? Object.entries(node.properties).map(([name, s]) => [`${pointer}/properties/${name}`, name, s])
    : [],
);

test('the schema has an $id, a title and a description, and every shared shape in $defs has a title and a description', () => {
  assert.equal(schema.$id, `urn:cityweave:${version}:atlas.schema.json`);
  assert.equal(schema.title, 'cityweave atlas');
  assert.ok(schema.description.length > 40);
  for (const name of ['Id', 'LocalizedText', 'LangTag', 'CountryCode', 'DateSpec', 'Period', 'Url', 'City', 'Project', 'Event']) {
    assert.ok(schema.$defs[name], `$defs/${name}`);
  }
  for (const [name, def] of Object.entries(schema.$defs)) {
    assert.ok(def.title && def.description, `$defs/${name} has no title or description`);
  }
});

test('every property has a description and at least one example', () => {
  assert.ok(properties.length > 140, `only ${properties.length} properties found`);
  const undocumented = properties.filter(([, , s]) => !(typeof s.description === 'string' && s.description.length > 5)).map(([p]) => p);
  assert.deepEqual(undocumented, [], 'properties without a description');
  const withoutExample = properties.filter(([, , s]) => !(Array.isArray(s.examples) && s.examples.length > 0)).map(([p]) => p);
  assert.deepEqual(withoutExample, [], 'properties without an example');
});

test('every pattern is explained in words (errorMessage), and shared shapes are referenced, not repeated', () => {
  const bare = [...subschemas(schema)].filter(([, s]) => typeof s.pattern === 'string' && typeof s.errorMessage !== 'string').map(([p]) => p);
  assert.deepEqual(bare, []);
  // The id pattern is written once, in $defs/Id; every id field refers to it.
  const idPattern = schema.$defs.Id.pattern;
  const copies = [...subschemas(schema)].filter(([p, s]) => s.pattern === idPattern && p !== '/$defs/Id').map(([p]) => p);
  assert.deepEqual(copies, []);
  assert.equal(schema.$defs.City.properties.id.$ref, '#/$defs/Id');
  assert.match(schema.$defs.Id.errorMessage, /lower-case letters.*hyphens/);
});

test('every example validates against the schema of its property (and of its shape)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  ajv.addSchema(schema);
  const check = (pointer, examples) => {
    const validate = ajv.compile({ $ref: `${schema.$id}#${pointer}` });
    for (const example of examples ?? []) {
      assert.ok(validate(example), `${pointer}: example ${JSON.stringify(example)}: ${ajv.errorsText(validate.errors)}`);
    }
  };
  for (const [pointer, , s] of properties) check(pointer, s.examples);
  for (const [name, def] of Object.entries(schema.$defs)) check(`/$defs/${name}`, def.examples);
});

test('the patterns reject what their words say they reject', () => {
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema(schema);
  const valid = (def, value) => ajv.compile({ $ref: `${schema.$id}#/$defs/${def}` })(value);
  assert.equal(valid('Id', 'Tanger MA'), false);
  assert.equal(valid('Id', 'tanger-ma'), true);
  assert.equal(valid('DateSpec', 'April 2017'), false);
  assert.equal(valid('DateSpec', '2017-04/2018'), true);
  assert.equal(valid('CountryCode', 'Morocco'), false);
});
