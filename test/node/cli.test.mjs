// The CLI run as a process, as a user runs it: exit codes and output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['bin/cityweave.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'cityweave-cli-'));
const atlas = () => JSON.parse(readFileSync('dist/data/atlas.json', 'utf8'));

test('no file: validates the bundled dataset and prints its counts', () => {
  const r = cli('validate');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /valid cityweave atlas/);
  const doc = atlas();
  assert.match(r.stdout, new RegExp(`networks\\s+${doc.networks.length}\\b`));
  assert.match(r.stdout, new RegExp(`cities\\s+${doc.cities.length}\\b`));
  assert.match(r.stdout, new RegExp(`projects\\s+${doc.projects.length}\\b`));
  assert.ok(doc.projects.length > 0 && doc.cities.length > 0);
});

test('a valid file given by path exits 0', () => {
  const f = join(dir, 'ok.json');
  writeFileSync(f, JSON.stringify(atlas()));
  const r = cli('validate', f);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`${f.replace(/[.]/g, '\\.')}: valid`));
});

test('a copy broken in five ways prints five lines naming path and fix, and exits 1', () => {
  const doc = atlas();
  const project = doc.projects.findIndex((p) => p.sdgTargets.length > 0);
  doc.projects[project].sdgTargets[0] = '16.16'; // 1: no such SDG target
  doc.memberships[0].city = 'tetouan'; // 2: unknown city, with a suggestion
  doc.cities[0].coordinates.lat = 123; // 3: latitude out of range
  doc.networks[0].url = 'javascript:alert(1)'; // 4: URL scheme not allowed
  doc.events[0].period = { actual: '2018-02-30' }; // 5: a day that does not exist
  const f = join(dir, 'broken.json');
  writeFileSync(f, JSON.stringify(doc));
  const r = cli('validate', f);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 5, r.stdout);
  assert.ok(lines.some((l) => l.startsWith(`projects[${project}].sdgTargets[0]: `) && l.includes('did you mean 16.6')), r.stdout);
  assert.ok(lines.some((l) => l.startsWith('memberships[0].city: ') && l.includes('"tetouan-ma"')), r.stdout);
  assert.ok(lines.some((l) => l.startsWith('cities[0].coordinates.lat: ') && l.includes('between -90 and 90')), r.stdout);
  assert.ok(lines.some((l) => l.startsWith('networks[0].url: ') && l.includes('http')), r.stdout);
  assert.ok(lines.some((l) => l.startsWith('events[0].period.actual: ') && l.includes('not a real day')), r.stdout);
  assert.match(r.stderr, /5 issues/);
});

test('a file that is not JSON: one clear line, exit 2', () => {
  const f = join(dir, 'not.json');
  writeFileSync(f, '{ "version": 1, oops }');
  const r = cli('validate', f);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /not JSON/);
});

test('a missing file: one clear line, exit 2', () => {
  const r = cli('validate', join(dir, 'nope.json'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /nope\.json: cannot read the file \(no such file\)/);
});

test('an unknown command prints the usage and exits 2', () => {
  const r = cli('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: cityweave validate/);
});

test('npx-style run through the package bin works', () => {
  const out = execFileSync(process.execPath, ['bin/cityweave.js', '--help'], { encoding: 'utf8' });
  assert.match(out, /Exit status: 0 valid, 1 invalid, 2 unreadable/);
});
