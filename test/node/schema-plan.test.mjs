// The schema plan (src/schema/plan.ts), with which a page checks a valid document without zod: the
// committed plan is the one the schemas give; what the plan cannot say is a build error that names
// where it is; and the validator without zod (src/parse-planned.ts) gives parseAtlas's result for a
// valid document and for one that breaks only the rules, and hands a malformed one to zod from its
// snapshot, which then gives parseAtlas's issues. Needs the build (dist/src).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { generateAtlas } from '../../bench/data.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { SCHEMA_PLAN } = await import('../../dist/src/schema/schema-plan.generated.js');
const { PlanWriter } = await import('../../dist/src/schema/plan-from-zod.js');
const { PREDICATES } = await import('../../dist/src/schema/predicates.js');
const { recordListsOfSchema } = await import('../../dist/src/schema/pieces.js');
const { RECORD_LISTS } = await import('../../dist/src/schema/record-lists.js');
const { plannedParseSteps } = await import('../../dist/src/parse-planned.js');
const { parseSteps } = await import('../../dist/src/parse-steps.js');
const { parseAtlas } = await import('../../dist/src/parse.js');
const { runSteps } = await import('../../dist/src/steps.js');

const base = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8'));

test('the committed plan is the one the schemas give (npm run schema-plan writes it)', () => {
  const out = execFileSync('node', ['scripts/build-schema-plan.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.match(out, /current \(\d+ nodes\)/);
  assert.deepEqual([...RECORD_LISTS], recordListsOfSchema());
  // Every refinement of predicates.ts is used by a schema (none is dead), and only those are named.
  const named = new Set(SCHEMA_PLAN.nodes.flatMap((n) => (n.checks ?? []).filter((c) => c.check === 'refine').map((c) => c.name)));
  assert.deepEqual([...named].sort(), Object.keys(PREDICATES).sort());
  // Nodes that say the same thing are merged: no two are alike.
  const written = SCHEMA_PLAN.nodes.map((n) => JSON.stringify(n));
  assert.equal(new Set(written).size, written.length);
});

test('what the plan cannot say is an error that names where it is', () => {
  const write = (schema) => new PlanWriter().node(schema, 'cities[].name');
  assert.throws(() => write(z.string().refine((s) => s.length > 2)), /cities\[\]\.name: a refinement that is not one of PREDICATES/);
  assert.throws(() => write(z.string().toLowerCase()), /an overwrite that is not \.trim\(\)/);
  assert.throws(() => write(z.number().int()), /cities\[\]\.name: a ZodNumberFormat check has no plan/);
  assert.throws(() => write(z.object({ a: z.union([z.string(), z.number()]) })), /cities\[\]\.name\.a: a union schema has no plan/);
  assert.throws(() => write(z.object({ a: z.string() }).catchall(z.number())), /a catchall schema/);
  assert.throws(() => write(z.array(z.number()).default([Number.NaN])), /a default that is not plain data/);
  // What it can say: a trim, lengths and bounds, by what they do.
  const i = new PlanWriter();
  const node = i.nodes[i.node(z.string().trim().min(2).max(5), 'x')];
  assert.deepEqual(node.checks, [{ check: 'trim' }, { check: 'minLength', min: 2 }, { check: 'maxLength', max: 5 }]);
});

const ordered = (v) => (v === null || typeof v !== 'object' ? v : Array.isArray(v) ? v.map(ordered) : Object.keys(v).map((k) => [k, ordered(v[k])]));

test('without zod: a valid document gets the Atlas parseAtlas gives', () => {
  for (const doc of [base, generateAtlas(40)]) {
    const planned = runSteps(plannedParseSteps(structuredClone(doc)));
    assert.ok(planned.ok, 'decided and valid');
    assert.deepStrictEqual(ordered(planned.atlas.document), ordered(parseAtlas(structuredClone(doc)).atlas.document));
  }
});

test('without zod: a document that breaks only the rules gets parseAtlas\'s issues', () => {
  const doc = structuredClone(base);
  doc.projects[0].network = 'nowhere';
  doc.projects[1].sdgTargets = ['16.16'];
  const planned = runSteps(plannedParseSteps(structuredClone(doc)));
  assert.equal(planned.ok, false);
  assert.ok(!('undecided' in planned));
  assert.deepEqual(planned.issues, parseAtlas(structuredClone(doc)).issues);
  assert.equal(planned.issues.length, 2);
});

test('a malformed document is not decided without zod; from its snapshot, zod gives parseAtlas\'s issues', () => {
  const doc = structuredClone(base);
  doc.cities[2].name = {};
  doc.projects[0].sdgTargets = 10.7;
  doc.events[0].period = { planned: '2019-13' };
  const planned = runSteps(plannedParseSteps(doc, true));
  assert.ok('undecided' in planned, 'handed to zod');
  const expected = parseAtlas(structuredClone(doc)).issues;
  const full = runSteps(parseSteps(doc, true, planned.undecided));
  assert.equal(full.ok, false);
  assert.deepEqual(full.issues, expected);
  assert.ok(full.issues.some((i) => i.path === 'cities[2].name'));
  // The date's own message, from dates.ts, as the schema gave it before its plan.
  assert.ok(full.issues.some((i) => i.path === 'events[0].period.planned' && /13/.test(i.message)), JSON.stringify(full.issues));
});
