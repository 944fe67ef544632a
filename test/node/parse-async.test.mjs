// parseAtlasAsync in Node, on the benchmark's generated document (generateAtlas in
// test/fixtures/synthetic-atlas.mjs, N = 5000: 5000 cities, 5000 memberships, one roadmap of 5000
// items): the same result as parseAtlas, valid or broken, while timers run between its slices.
// Needs the build (dist/src).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateAtlas } from '../fixtures/synthetic-atlas.mjs';

const { parseAtlas, parseAtlasAsync } = await import('../../dist/src/parse.js');
const index = await import('../../dist/src/index.js');

const plain = (r) => (r.ok ? { ok: true, document: r.atlas.document } : r);
const large = generateAtlas(5000);

test('the package exports parseAtlasAsync', () => {
  assert.equal(index.parseAtlasAsync, parseAtlasAsync);
});

test('a large document: the same Atlas as parseAtlas, while timers run', async () => {
  const now = parseAtlas(large);
  assert.equal(now.ok, true);
  let ticks = 0;
  let ranBeforeDone = false;
  setTimeout(() => (ranBeforeDone = true));
  const interval = setInterval(() => ticks++, 0);
  const later = await parseAtlasAsync(large);
  clearInterval(interval);
  assert.equal(ranBeforeDone, true, 'a timer set before the call ran before the result');
  assert.ok(ticks >= 2, `timers ran between slices (${ticks})`);
  assert.deepStrictEqual(plain(later), plain(now));
  assert.equal(JSON.stringify(later.atlas.document), JSON.stringify(now.atlas.document));
  assert.equal(later.atlas.timeline().length, now.atlas.timeline().length);
});

test('the default dataset: the same Atlas', async () => {
  const data = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8'));
  const now = parseAtlas(data);
  assert.equal(now.ok, true);
  assert.deepStrictEqual(plain(await parseAtlasAsync(data)), plain(now));
});

test('broken large documents: the same issues in the same order', async () => {
  const breaks = {
    'an unknown top-level field': (d) => (d.extra = 1),
    'a wrong version': (d) => (d.version = 2),
    'malformed cities': (d) => {
      d.cities[3].coordinates = 'here';
      d.cities[4000].id = 'Not An Id';
    },
    'malformed roadmap items': (d) => {
      const items = d.roadmaps[0].items;
      items[7].kind = 'nope';
      delete items[4999].title;
    },
    'a broken reference only (rules)': (d) => (d.memberships[2500].city = 'nowhere'),
    'a list that is not a list': (d) => (d.cities = 5),
    'more issues than are listed': (d) => d.cities.forEach((c) => (c.country = 'zz')),
    'a cycle': (d) => (d.cities[0].self = d.cities[0]),
  };
  for (const [name, change] of Object.entries(breaks)) {
    const doc = structuredClone(large);
    change(doc);
    const now = parseAtlas(doc);
    assert.equal(now.ok, false, name);
    assert.deepStrictEqual(await parseAtlasAsync(doc), now, name);
  }
  for (const value of [null, 42, 'atlas', [], {}]) assert.deepStrictEqual(await parseAtlasAsync(value), parseAtlas(value));
});

test('an aborted signal stops it, with the signal’s reason', async () => {
  const controller = new AbortController();
  const pending = parseAtlasAsync(large, { signal: controller.signal });
  setTimeout(() => controller.abort(new Error('gone')));
  await assert.rejects(pending, { message: 'gone' });
  await assert.rejects(parseAtlasAsync(large, { signal: AbortSignal.abort() }), { name: 'AbortError' });
});
