// Issue 9, item 1: a document naming thousands of ids that do not exist but look like real ones
// must not freeze the page. The "did you mean" searches of one document share a budget: a bounded
// number of names searched and a bounded number of steps (candidates looked at, edit distance
// cells), whatever the document's size. Counts work, not time. Needs the build (dist/src).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badReferencesAtlas } from '../../bench/hostile-data.mjs';

const { parseAtlas, parseAtlasAsync } = await import('../../dist/src/parse.js');
const { checkRules } = await import('../../dist/src/validate-rules.js');
const { SuggestionBudget, Suggester } = await import('../../dist/src/suggest.js');
const { MAX_SUGGESTED_REFERENCES, MAX_SUGGESTION_STEPS } = await import('../../dist/src/limits.js');

/** The most one search can overshoot the step budget by: one edit distance of two 200-character names within 4 edits. */
const ONE_SEARCH = 200 * 9;

for (const n of [1000, 3000]) {
  test(`${n} memberships naming look-alike city ids that do not exist: bounded work`, () => {
    const doc = badReferencesAtlas(n);
    const budget = new SuggestionBudget();
    const issues = checkRules(doc, { budget });
    assert.equal(issues.length, n, 'every broken reference is reported');
    assert.ok(budget.names <= MAX_SUGGESTED_REFERENCES, `names searched: ${budget.names}`);
    assert.ok(budget.steps <= MAX_SUGGESTION_STEPS + ONE_SEARCH, `steps: ${budget.steps}`);
  });
}

test('the first references get a suggestion, the rest name the fix without one', () => {
  const doc = badReferencesAtlas(3000);
  const result = parseAtlas(doc);
  assert.equal(result.ok, false);
  const suggested = result.issues.filter((i) => i.message.includes('did you mean'));
  assert.ok(suggested.length > 0 && suggested.length <= MAX_SUGGESTED_REFERENCES, `${suggested.length} suggestions`);
  assert.equal(result.issues[0].path, 'memberships[0].city');
  assert.match(result.issues[0].message, new RegExp(`did you mean "${doc.cities[0].id}"`));
  const late = result.issues.find((i) => i.path === 'memberships[900].city');
  assert.match(late.message, /does not exist; use the id of one of the cities in the document/);
});

test('parseAtlasAsync gives the same issues (the budget counts work, not time)', async () => {
  const doc = badReferencesAtlas(1500);
  assert.deepStrictEqual(await parseAtlasAsync(doc), parseAtlas(doc));
});

test('the index rules out candidates without comparing them', () => {
  const doc = badReferencesAtlas(3000);
  const ids = doc.cities.map((c) => c.id);
  const budget = new SuggestionBudget(Infinity, Infinity);
  const suggester = new Suggester(ids);
  assert.deepStrictEqual(suggester.suggest('zzzzzz', { budget }), []);
  // Names of another length are never looked at: a short name costs nothing against long ids.
  assert.equal(budget.steps, 0);
  assert.deepStrictEqual(suggester.suggest(ids[1234].slice(0, -1) + '#', { budget }), [ids[1234]]);
});
