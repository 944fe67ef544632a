// Pins the zod behaviour that src/schema/zod-internals.ts and the validator rely on, so that a zod
// upgrade that changes it fails here, by name, rather than as a wrong message somewhere else.
// Needs the build (dist/src).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const internals = await import('../../dist/src/schema/zod-internals.js');
const { RECORD_LISTS } = await import('../../dist/src/schema/record-lists.js');
const { documentPieces, recordSchema, roadmapItemSchema } = await import('../../dist/src/schema/pieces.js');
const { AtlasDocument, Roadmap } = await import('../../dist/src/schema/index.js');
const { DOCUMENT_PIECES, parseInPieces } = await import('../../dist/src/validate-pieces.js');
const { runSteps } = await import('../../dist/src/steps.js');
const { buildWithoutCodegen } = await import('../../dist/src/schema/no-codegen.js');

test('a schema definition: its type, default value, catchall and checks', () => {
  const { defOf, hasNoChecks, isStrictObject, hasDefaultCatchall } = internals;
  assert.equal(defOf(z.object({})).type, 'object');
  assert.equal(defOf(z.array(z.string())).type, 'array');
  assert.equal(defOf(z.array(z.string()).default([])).type, 'default');
  assert.deepEqual(defOf(z.array(z.string()).default([])).defaultValue, []);
  assert.equal(defOf(z.string().optional()).type, 'optional');
  assert.equal(defOf(z.record(z.string(), z.string())).type, 'record');
  assert.deepEqual(Object.keys(defOf(z.object({ a: z.string() })).shape), ['a']);
  assert.deepEqual(defOf(z.enum(['a', 'b'])).entries, { a: 'a', b: 'b' });
  assert.deepEqual(defOf(z.literal(1)).values, [1]);
  assert.ok(defOf(z.array(z.number())).element instanceof z.ZodNumber);
  assert.ok(defOf(z.string().optional()).innerType instanceof z.ZodString);
  assert.equal(isStrictObject(z.strictObject({})), true);
  assert.equal(isStrictObject(z.object({})), false);
  assert.equal(hasDefaultCatchall(z.object({})), true);
  assert.equal(hasDefaultCatchall(z.object({}).catchall(z.string())), false);
  assert.equal(hasDefaultCatchall(z.looseObject({})), false);
  assert.equal(hasNoChecks(z.array(z.string())), true);
  assert.equal(hasNoChecks(z.array(z.string()).min(1)), false);
  assert.equal(hasNoChecks(z.object({}).refine(() => true)), false);
});

test('the record lists are read off the schema, in its order', () => {
  assert.deepEqual([...RECORD_LISTS], ['sources', 'organizations', 'cities', 'networks', 'memberships', 'vocabularies', 'projects', 'roadmaps', 'events', 'people']);
  assert.equal(recordSchema('cities'), AtlasDocument.shape.cities.unwrap().element);
  assert.equal(roadmapItemSchema(), Roadmap.shape.items.unwrap().element);
  // A list with a check of its own, or without a default, is not a list of records that can be cut.
  assert.deepEqual(internals.recordListKeys(z.object({ a: z.array(z.string()).min(1).default([]), b: z.array(z.string()), c: z.array(z.string()).default([]) })), ['c']);
});

test('checked in pieces, a document gives the object zod gives for the whole', () => {
  const doc = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8'));
  const whole = AtlasDocument.safeParse(doc);
  // With zod to decide what the plan does not accept, as parseAtlas checks, and with the plan alone.
  const pieces = runSteps(parseInPieces(DOCUMENT_PIECES, doc, documentPieces()));
  assert.deepEqual(runSteps(parseInPieces(DOCUMENT_PIECES, doc)), pieces);
  assert.ok(whole.success);
  assert.ok(pieces.ok);
  assert.deepEqual(pieces.data, whole.data);
  // A malformed record: both refuse it.
  const bad = { ...doc, cities: [...doc.cities, { id: 'Tanger' }] };
  assert.equal(AtlasDocument.safeParse(bad).success, false);
  assert.equal(runSteps(parseInPieces(DOCUMENT_PIECES, bad, documentPieces())).ok, false);
});

test('the zod issues the validator words: codes, paths and fields', () => {
  const schema = z.strictObject({ n: z.number(), e: z.enum(['a', 'b']), l: z.array(z.string()).min(2), s: z.string().min(1) });
  const r = schema.safeParse({ n: 'x', e: 'c', l: ['a'], s: '', extra: 1 }, { error: () => '\u0000default' });
  assert.equal(r.success, false);
  const byCode = Object.fromEntries(r.error.issues.map((i) => [i.code, i]));
  assert.deepEqual(byCode.invalid_type.path, ['n']);
  assert.equal(byCode.invalid_type.message, '\u0000default', 'the error map replaces zod\'s generic message');
  assert.deepEqual(byCode.invalid_value.values, ['a', 'b']);
  assert.deepEqual(byCode.unrecognized_keys.keys, ['extra']);
  const small = r.error.issues.filter((i) => i.code === 'too_small').map((i) => [i.origin, Number(i.minimum)]);
  assert.deepEqual(small, [['array', 2], ['string', 1]]);
  // A schema's own message is kept over the error map.
  const own = z.string({ error: 'mine' }).safeParse(1, { error: () => 'map' });
  assert.equal(own.error.issues[0].message, 'mine');
});

test('jitless is a setting of z.config() that buildWithoutCodegen turns on and puts back', () => {
  const had = Object.prototype.hasOwnProperty.call(z.config(), 'jitless');
  const restore = buildWithoutCodegen();
  assert.equal(z.config().jitless, true);
  restore();
  assert.equal(Object.prototype.hasOwnProperty.call(z.config(), 'jitless'), had);
});
