// The README's example dataset is real: it validates, and it is the same data the demo's
// custom-data page loads (so neither can drift from the other).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseAtlas } from '../../dist/src/parse.js';

const readme = readFileSync('README.md', 'utf8');
const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(readme)[1]);

test('the README example dataset validates', () => {
  const r = parseAtlas(example);
  assert.ok(r.ok, r.ok ? '' : r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  assert.deepEqual(r.atlas.membersOf('tn-inclusive-cities').map((m) => m.city.id), ['sfax-tn', 'sousse-tn']);
});

test('the demo custom-data page loads the same data as the README example', () => {
  const demo = JSON.parse(readFileSync('demo/data/small-network.json', 'utf8'));
  const { $schema: _a, ...a } = demo;
  const { $schema: _b, ...b } = example;
  assert.deepEqual(a, b);
});
