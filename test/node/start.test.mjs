// `npm start`: rebuilds only when a source changed since the last build, and a busy port gives one
// readable line that names the PORT variable, not a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsCurrent, inputsFingerprint, root, stampBuild, stampStep, stepsToRebuild } from '../../scripts/build-inputs.mjs';

test('the build is current until a source changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-start-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'dist/cdn'), { recursive: true });
  writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'dist/cdn/cityweave.js'), '');
  assert.equal(buildIsCurrent(dir), false, 'never built');
  stampBuild(dir);
  assert.equal(buildIsCurrent(dir), true);
  const before = inputsFingerprint(dir);
  writeFileSync(join(dir, 'src/a.ts'), 'export const a = 2;\n');
  utimesSync(join(dir, 'src/a.ts'), new Date(), new Date(Date.now() + 5000));
  assert.notEqual(inputsFingerprint(dir), before);
  assert.equal(buildIsCurrent(dir), false, 'a changed source');
  stampBuild(dir);
  writeFileSync(join(dir, 'src/b.ts'), '');
  assert.equal(buildIsCurrent(dir), false, 'a new source');
});

test('after a change, only the steps the demo needs whose inputs changed are rebuilt (and those that read their output)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-steps-'));
  for (const d of ['src', 'components', 'data', 'embed', 'dist/cdn']) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'components/c.ts'), 'export const c = 1;\n');
  writeFileSync(join(dir, 'data/atlas.json'), '{}\n');
  writeFileSync(join(dir, 'embed/embed.ts'), '\n');
  writeFileSync(join(dir, 'dist/cdn/cityweave.js'), '');
  assert.deepEqual(stepsToRebuild(dir), ['views', 'cdn', 'embed'], 'never built: every step');
  stampBuild(dir);
  assert.deepEqual(stepsToRebuild(dir), [], 'a full build stamps every step');
  const touch = (file, text) => {
    writeFileSync(join(dir, file), text);
    utimesSync(join(dir, file), new Date(), new Date(Date.now() + 5000));
  };
  touch('components/c.ts', 'export const c = 2;\n');
  assert.deepEqual(stepsToRebuild(dir), ['cdn', 'embed'], 'a component: the CDN bundle and the embed that copies beside it, not the dataset views');
  assert.equal(buildIsCurrent(dir), false, 'the full build is not current: npm run build still rebuilds dist/src');
  stampStep('cdn', dir);
  stampStep('embed', dir);
  assert.deepEqual(stepsToRebuild(dir), []);
  touch('embed/embed.ts', '// changed\n');
  assert.deepEqual(stepsToRebuild(dir), ['embed'], 'the embed alone');
  stampStep('embed', dir);
  touch('data/atlas.json', '{ }\n');
  assert.deepEqual(stepsToRebuild(dir), ['views', 'cdn', 'embed'], 'the data: its views, then the bundle that holds them');
  assert.throws(() => stampStep('nope', dir), /no build step "nope"; the steps are views, cdn, embed/);
});

test('a busy port: one readable line naming PORT, exit 1, no stack trace', async () => {
  const busy = createServer();
  await new Promise((resolve) => busy.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = busy.address();
    const r = spawnSync(process.execPath, ['scripts/serve-demo.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
    assert.match(r.stderr, /PORT=\d+ npm start/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'a stack trace');
  } finally {
    busy.close();
  }
});
