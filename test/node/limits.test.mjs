// Issue 9, item 4: the documented size limits (src/limits.ts), checked before the schema and the
// rules, with messages that name the path and the limit. Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { parseAtlas, parseAtlasAsync } = await import('../../dist/src/parse.js');
const { MAX_DOCUMENT_BYTES, MAX_RECORDS, MAX_TEXT_CHARS } = await import('../../dist/src/limits.js');
const { documentSizeIssue, stripBom } = await import('../../dist/src/document-text.js');
const index = await import('../../dist/src/index.js');
const atlas = () => JSON.parse(readFileSync(new URL('../../dist/data/atlas.json', import.meta.url), 'utf8'));

async function both(doc) {
  const r = parseAtlas(doc);
  assert.deepStrictEqual(await parseAtlasAsync(doc), r);
  return r;
}

test('a 10,000,000-character title: one issue naming the path and the limit, before the schema', async () => {
  const doc = atlas();
  doc.projects[3].title.fr = 'x'.repeat(10_000_000);
  doc.projects[3].url = 'javascript:alert(1)'; // not reported: the document is refused before the schema
  const r = await both(doc);
  assert.deepStrictEqual(r, { ok: false, issues: [{ path: 'projects[3].title.fr', message: '10,000,000 characters, more than the limit of 20,000; shorten it' }] });
  assert.equal(MAX_TEXT_CHARS, 20_000);
});

test('a text at the limit passes; one character more does not', async () => {
  const doc = atlas();
  doc.projects[0].objective = { fr: 'x'.repeat(MAX_TEXT_CHARS) };
  assert.equal((await both(doc)).ok, true);
  doc.projects[0].objective.fr += 'x';
  const r = await both(doc);
  assert.equal(r.ok, false);
  assert.equal(r.issues[0].path, 'projects[0].objective.fr');
});

test('a long field name and a long id are refused the same way', async () => {
  const doc = atlas();
  doc.cities[0]['k'.repeat(30_000)] = 1;
  doc.memberships[0].city = 'c'.repeat(25_000);
  const r = await both(doc);
  assert.equal(r.ok, false);
  assert.equal(r.issues.length, 2);
  assert.match(r.issues[0].message, /^a field name of 30,000 characters, more than the limit of 20,000; shorten it$/);
  assert.equal(r.issues[1].path, 'memberships[0].city');
});

test(`more than ${MAX_RECORDS} records: one issue at the root`, async () => {
  const doc = atlas();
  const m = doc.memberships[0];
  while (doc.memberships.length <= MAX_RECORDS) doc.memberships.push(m);
  const r = await both(doc);
  assert.equal(r.ok, false);
  assert.equal(r.issues.length, 1);
  assert.equal(r.issues[0].path, '');
  assert.match(r.issues[0].message, /records .*more than the limit of 100,000; split it/);
});

test('the document size: a message with the size and the limit, shared by the CLI and the elements', () => {
  assert.equal(documentSizeIssue(MAX_DOCUMENT_BYTES), undefined);
  assert.equal(documentSizeIssue(1000), undefined);
  assert.equal(
    documentSizeIssue(210 * 1024 * 1024),
    'the document is 210 MB (220,200,960 bytes), more than the limit of 20 MB (20,971,520 bytes); split it into smaller documents or remove what the pages do not show',
  );
  assert.equal(index.documentSizeIssue, documentSizeIssue);
  assert.equal(index.stripBom, stripBom);
  assert.equal(index.MAX_TEXT_CHARS, MAX_TEXT_CHARS);
});

test('stripBom drops a leading byte-order mark only', () => {
  assert.equal(stripBom('\uFEFF{"a":1}'), '{"a":1}');
  assert.equal(stripBom('{"a":"\uFEFF"}'), '{"a":"\uFEFF"}');
  assert.equal(stripBom(''), '');
});
