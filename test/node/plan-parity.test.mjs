// The schema plan's parsers (src/schema/plan.ts), the validator of valid documents without zod,
// give what zod gives or step aside: on the default dataset, generated documents and mutations of
// them (values deleted, replaced, padded with spaces, keys reordered, unknown or odd keys added), for
// the whole document and each record schema, each either answers FAIL or gives an output equal to
// zod's, keys in the same order, and never accepts what zod refuses. The plans here are written from
// the schemas by plan-from-zod.ts (test/node/schema-plan.test.mjs checks that the committed plan is
// the same). Needs the build (dist/src).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { z } from 'zod';
import { generateAtlas, generateProjectsAtlas } from '../../bench/data.mjs';

const { planParsers, FAIL } = await import('../../dist/src/schema/plan.js');
const { PlanWriter } = await import('../../dist/src/schema/plan-from-zod.js');
const { AtlasDocument, Roadmap } = await import('../../dist/src/schema/index.js');
const { RECORD_LISTS } = await import('../../dist/src/schema/record-lists.js');
const { recordSchema, roadmapItemSchema } = await import('../../dist/src/schema/pieces.js');
const { parseAtlas } = await import('../../dist/src/parse.js');
const { snapshot } = await import('../../dist/src/validate-input.js');

/** The plan parser of a zod schema (one plan for every schema of this file, its nodes shared). */
const writer = new PlanWriter();
const parserOf = planParsers(writer);
const fastParser = (schema) => parserOf(writer.node(schema, 'test'));

const base = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8'));

/** A value with its keys in order (`JSON.stringify` drops `undefined` and would not see a key order difference there). */
const ordered = (v) =>
  v === undefined ? ['undefined'] : v === null || typeof v !== 'object' ? v : Array.isArray(v) ? v.map(ordered) : Object.keys(v).map((k) => [k, ordered(v[k])]);

/** Fast path and zod agree on `value` for `schema`; returns whether the fast path answered. */
function agree(schema, value, where) {
  const slow = schema.safeParse(structuredClone(value));
  const fast = fastParser(schema)(value);
  if (fast === FAIL) return false;
  assert.ok(slow.success, `${where}: the fast path accepted what zod refuses: ${JSON.stringify(slow.error?.issues?.[0])}`);
  assert.deepStrictEqual(ordered(fast), ordered(slow.data), `${where}: not zod's output`);
  return true;
}

const schemas = [
  ['document', AtlasDocument],
  ['roadmap', Roadmap],
  ['roadmap item', roadmapItemSchema()],
  ...RECORD_LISTS.map((kind) => [kind, recordSchema(kind)]),
];

test('valid documents: the fast path answers, with zod\'s output', () => {
  for (const doc of [base, generateProjectsAtlas(200), generateAtlas(60)]) {
    assert.ok(agree(AtlasDocument, doc, 'document'), 'the fast path answers for a valid document');
    for (const kind of RECORD_LISTS) for (const [i, record] of (doc[kind] ?? []).entries()) assert.ok(agree(recordSchema(kind), record, `${kind}[${i}]`));
  }
});

test('the input object is the output only when zod\'s output holds the same, in the same order', () => {
  const City = recordSchema('cities');
  const city = structuredClone(base.cities[0]);
  assert.equal(fastParser(City)(city), city);
  const reordered = Object.fromEntries(Object.entries(city).reverse());
  const out = fastParser(City)(reordered);
  assert.notEqual(out, reordered);
  assert.deepEqual(Object.keys(out), Object.keys(city));
  const padded = { ...city, name: { ...city.name, fr: ` ${city.name.fr} ` } };
  assert.equal(fastParser(City)(padded).name.fr, city.name.fr, 'trimmed, as zod trims');
  const withDefaults = fastParser(recordSchema('projects'))({ id: 'p', title: { fr: 'P' }, network: 'n', sources: ['s'] });
  assert.deepEqual(Object.keys(withDefaults), ['id', 'title', 'network', 'cities', 'activities', 'results', 'sdgTargets', 'policyAreas', 'organizations', 'sources']);
  // A plain object drops unknown keys, as zod does; a strict one leaves them to zod.
  const plain = z.object({ a: z.string() });
  assert.deepEqual(fastParser(plain)({ a: 'x', b: 1 }), { a: 'x' });
  assert.equal(fastParser(z.strictObject({ a: z.string() }))({ a: 'x', b: 1 }), FAIL);
  // A default is a fresh copy each time, as zod gives it: two records never share one list.
  const a = fastParser(recordSchema('projects'))({ id: 'a', title: { fr: 'A' }, network: 'n', sources: ['s'] });
  const b = fastParser(recordSchema('projects'))({ id: 'b', title: { fr: 'B' }, network: 'n', sources: ['s'] });
  assert.notEqual(a.cities, b.cities);
});

test('a valid document parses to the same document as zod gives, and its snapshot is left as it was', () => {
  const doc = generateProjectsAtlas(50);
  const r = parseAtlas(doc);
  assert.ok(r.ok);
  assert.deepStrictEqual(ordered(r.atlas.document), ordered(AtlasDocument.parse(doc)));
  const snap = snapshot(doc);
  const before = ordered(snap.value);
  fastParser(AtlasDocument)(snap.value);
  assert.deepStrictEqual(ordered(snap.value), before);
});

// Mutations of a record: every kind of value in every place, keys moved around.
const odd = fc.constantFrom(null, undefined, true, 0, -1, 1.5, NaN, Infinity, '', ' ', '  x  ', 'x', 'X', '10.7', 'tanger-ma', 'Tanger', 'https://a.org', 'javascript:x', '2019', '2019-13', '2019/2020', 'fr', 'ar-MA', [], [''], ['x'], {}, { fr: '' }, { fr: ' a ' }, { FR: 'a' }, { fr: 'a', en: 'b' }, { planned: '2019' }, { lat: 1, lon: 2 }, { lat: 100, lon: 2 });
const mutation = fc.record({ at: fc.nat(), op: fc.constantFrom('delete', 'replace', 'reverse', 'add', 'proto'), value: odd, key: fc.constantFrom('x', 'id', 'fr', 'constructor', 'toString', '0', '__proto__') });

/** Every container of a value, for a mutation to pick one. */
function containers(value, out = []) {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

function apply(record, { at, op, value, key }) {
  const all = containers(record);
  const target = all[at % all.length];
  const keys = Object.keys(target);
  if (op === 'delete' && keys.length > 0) {
    const k = keys[at % keys.length];
    if (Array.isArray(target)) target.splice(Number(k), 1);
    else delete target[k];
  } else if (op === 'replace' && keys.length > 0) target[keys[at % keys.length]] = structuredClone(value);
  else if (op === 'reverse' && !Array.isArray(target)) {
    const entries = Object.entries(target).reverse();
    for (const k of keys) delete target[k];
    for (const [k, v] of entries) target[k] = v;
  } else if (op === 'add') {
    if (Array.isArray(target)) target.push(structuredClone(value));
    else target[key] = structuredClone(value);
  } else if (op === 'proto' && !Array.isArray(target)) Object.defineProperty(target, '__proto__', { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}

test('mutated records: the fast path gives zod\'s output or steps aside, never accepts what zod refuses', () => {
  const samples = [];
  for (const [name, schema] of schemas) {
    const records = name === 'document' ? [base] : name === 'roadmap' ? base.roadmaps : name === 'roadmap item' ? base.roadmaps.flatMap((r) => r.items) : base[name] ?? [];
    if (records.length > 0) samples.push([name, schema, records]);
  }
  let answered = 0;
  let runs = 0;
  fc.assert(
    fc.property(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, index, mutations) => {
      const [name, schema, records] = samples[which % samples.length];
      // The snapshot, as the validator gives the fast path (plain data, `__proto__` an own key),
      // cloned to be mutated (a snapshot is frozen).
      const record = structuredClone(snapshot(structuredClone(records[index % records.length])).value);
      for (const m of mutations) apply(record, m);
      runs++;
      if (agree(schema, record, name)) answered++;
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 600), seed: Number(process.env.FUZZ_SEED ?? 4242) },
  );
  // Some mutations leave a record valid (a reordered object, padded text): those the fast path answers.
  assert.ok(answered > 0 && answered < runs, `answered ${answered} of ${runs}`);
});
