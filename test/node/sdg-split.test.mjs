// The split SDG catalogue (data/sdg/SPLIT.md): the generated files are up to date with the copied
// catalogue (`node scripts/build-sdg.mjs --check`), and say what it says: the index's rows spell out
// every target in the official order, and the short and full titles are the catalogue's, unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sdgFiles } from '../../scripts/build-sdg.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (name) => JSON.parse(readFileSync(join(root, 'data/sdg', name), 'utf8'));

test('node scripts/build-sdg.mjs --check: the generated files are up to date', () => {
  execFileSync(process.execPath, [join(root, 'scripts/build-sdg.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  for (const [path, text] of Object.entries(sdgFiles())) assert.equal(readFileSync(join(root, 'data/sdg', path), 'utf8'), text, path);
});

test('the index rows give every goal its colour and every target, in the official order', () => {
  const index = read('index.json');
  assert.deepEqual(index.columns, ['code', 'color', 'numberedTargets', 'letteredTargets']);
  const goals = read('goals.json');
  assert.deepEqual(
    index.goals.map(([code, color]) => ({ code, color })),
    goals.map((g) => ({ code: g.code, color: g.color })),
  );
  const spelled = index.goals.flatMap(([code, , numbered, lettered]) => [...Array.from({ length: numbered }, (_, k) => `${code}.${k + 1}`), ...[...lettered].map((l) => `${code}.${l}`)]);
  assert.deepEqual(
    spelled,
    read('targets.json').map((t) => t.code),
  );
});

test('short and full titles are the catalogue’s, one file per language', () => {
  const goals = read('goals.json');
  const targets = read('targets.json');
  for (const lang of ['en', 'fr', 'ar']) {
    assert.deepEqual(read(`short/${lang}.json`), { lang, goals: Object.fromEntries(goals.map((g) => [g.code, g.shortTitle[lang]])) });
    const titles = read(`titles/${lang}.json`);
    assert.deepEqual(titles.goals, Object.fromEntries(goals.map((g) => [g.code, g.title[lang]])));
    assert.deepEqual(titles.targets, Object.fromEntries(targets.map((t) => [t.code, t.title[lang]])));
  }
});
