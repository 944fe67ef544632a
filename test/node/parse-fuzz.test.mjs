// Issue 9: a property test. Mutations of the default dataset (values deleted, replaced by values of
// the wrong type, long strings, deep nesting, records and values duplicated) never make parseAtlas
// or parseAtlasAsync throw or report an internal error; the two agree; every issue has a path
// string and a message. A fixed seed and a bounded number of runs keep it short and repeatable
// (FUZZ_RUNS=2000 FUZZ_SEED=… to search further). Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const { parseAtlas, parseAtlasAsync } = await import('../../dist/src/parse.js');
const { MAX_TEXT_CHARS } = await import('../../dist/src/limits.js');

const base = JSON.parse(readFileSync(new URL('../../dist/data/atlas.json', import.meta.url), 'utf8'));

/** Every path of the document (to a container or a value), in document order. */
const paths = [];
(function walk(value, path) {
  paths.push(path);
  if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) walk(value[key], [...path, Array.isArray(value) ? Number(key) : key]);
})(base, []);

const deep = (depth) => {
  let v = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { x: v };
  return v;
};

/** Values of every type, including what the limits and the copy must catch. */
const value = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, NaN, '', ' ', 'x', '10.7', '16.16', 'tanger-ma', 'Tanger MA', 'javascript:alert(1)', '2018-02-30', [], {}, { fr: '' }),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant('x'.repeat(MAX_TEXT_CHARS + 1)),
  fc.integer({ min: 60, max: 80 }).map(deep),
);

const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'duplicate', 'copy-from'),
  value,
  from: fc.nat(),
});

function get(doc, path) {
  let v = doc;
  for (const key of path) v = v?.[key];
  return v;
}

function apply(doc, { at, op, value, from }) {
  const path = paths[at % paths.length];
  if (path.length === 0) return op === 'replace' ? value : doc;
  const parent = get(doc, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent === null || typeof parent !== 'object' || !(key in parent)) return doc; // gone with an earlier mutation
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key, 1);
    else delete parent[key];
  } else if (op === 'replace') parent[key] = structuredClone(value);
  else if (op === 'duplicate') {
    if (Array.isArray(parent)) parent.push(structuredClone(parent[key]));
    else parent[`${key}2`] = structuredClone(parent[key]);
  } else {
    const source = get(doc, paths[from % paths.length]);
    parent[key] = source === undefined ? null : structuredClone(source);
  }
  return doc;
}

const plain = (r) => (r.ok ? { ok: true, document: r.atlas.document } : r);

test('mutations of the default dataset: never a throw, the same result sync and async, a path and a message for every issue', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
      let doc = structuredClone(base);
      for (const m of mutations) doc = apply(doc, m);
      const now = parseAtlas(doc);
      const later = await parseAtlasAsync(doc);
      assert.deepStrictEqual(plain(later), plain(now));
      if (now.ok) return;
      assert.ok(now.issues.length > 0);
      for (const issue of now.issues) {
        assert.equal(typeof issue.path, 'string');
        assert.equal(typeof issue.message, 'string');
        assert.notEqual(issue.message, '');
        assert.doesNotMatch(issue.message, /this is a bug in cityweave/, `${issue.path}: ${issue.message}`);
      }
    }),
    { seed: Number(process.env.FUZZ_SEED ?? 20260904), numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
  );
});
