// The CLI run as a process, as a user runs it: exit codes and output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
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

// ── Issue 9, item 8: BOM, --json, --version, standard input, several files, validate --help ──

const write = (name, text) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const brokenDoc = () => {
  const doc = atlas();
  doc.memberships[0].city = 'tetouan';
  return doc;
};

test('a file with a UTF-8 byte-order mark is read as JSON', () => {
  const f = write('bom.json', `\uFEFF${JSON.stringify(atlas())}`);
  const r = cli('validate', f);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /valid cityweave atlas/);
});

test('--json: one JSON document on stdout with file, path and message of each issue', () => {
  const ok = write('json-ok.json', JSON.stringify(atlas()));
  const bad = write('json-bad.json', JSON.stringify(brokenDoc()));
  const notJson = write('json-not.json', '{ oops');
  const r = cli('validate', '--json', ok, bad, notJson);
  assert.equal(r.status, 2, 'the highest status: a file is not JSON');
  assert.equal(r.stderr, '');
  const report = JSON.parse(r.stdout);
  assert.equal(report.valid, false);
  assert.deepStrictEqual(report.files, [
    { file: ok, status: 'valid' },
    { file: bad, status: 'invalid' },
    { file: notJson, status: 'unreadable' },
  ]);
  assert.deepStrictEqual(
    report.issues.map((i) => [i.file, i.path]),
    [
      [bad, 'memberships[0].city'],
      [notJson, ''],
    ],
  );
  assert.match(report.issues[0].message, /"tetouan" does not exist; did you mean "tetouan-ma"/);
  assert.match(report.issues[1].message, /^not JSON/);
  for (const i of report.issues) assert.deepStrictEqual(Object.keys(i), ['file', 'path', 'message']);
});

test('--json on a valid file: valid true, no issues, exit 0', () => {
  const r = cli('validate', '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), { valid: true, files: [{ file: 'the bundled dataset', status: 'valid' }], issues: [] });
});

test('--version prints the package version', () => {
  const r = cli('--version');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('"-" reads standard input (with a byte-order mark too)', () => {
  const ok = spawnSync(process.execPath, ['bin/cityweave.js', 'validate', '-'], { encoding: 'utf8', input: `\uFEFF${JSON.stringify(atlas())}` });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /standard input: valid cityweave atlas/);
  const bad = spawnSync(process.execPath, ['bin/cityweave.js', 'validate', '-'], { encoding: 'utf8', input: JSON.stringify(brokenDoc()) });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^memberships\[0\]\.city: /);
  assert.match(bad.stderr, /standard input: 1 issue/);
});

test('several files: each issue line names its file, exit non-zero when any file has an issue', () => {
  const ok = write('many-ok.json', JSON.stringify(atlas()));
  const bad = write('many-bad.json', JSON.stringify(brokenDoc()));
  const r = cli('validate', ok, bad);
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`${ok.replace(/[.]/g, '\\.')}: valid cityweave atlas`));
  assert.match(r.stdout, new RegExp(`^${bad.replace(/[.]/g, '\\.')}: memberships\\[0\\]\\.city: city "tetouan" does not exist`, 'm'));
  const both = cli('validate', ok, ok);
  assert.equal(both.status, 0);
});

test('validate --help prints the usage with every flag and exits 0', () => {
  const r = cli('validate', '--help');
  assert.equal(r.status, 0);
  for (const flag of ['--json', '--version', '--help', '"-"']) assert.ok(r.stdout.includes(flag), flag);
  const unknown = cli('validate', '--frobnicate');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option "--frobnicate"/);
});

test('a file over the size limit is refused without being read', async () => {
  const { MAX_DOCUMENT_BYTES } = await import('../../dist/src/limits.js');
  const f = join(dir, 'huge.json');
  writeFileSync(f, '');
  truncateSync(f, MAX_DOCUMENT_BYTES + 1); // sparse: the size is there, the bytes are not read
  const r = cli('validate', f);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /huge\.json: the document is 20 MB \(20,971,521 bytes\), more than the limit of 20 MB \(20,971,520 bytes\)/);
  const piped = spawnSync(process.execPath, ['bin/cityweave.js', 'validate', '-'], { encoding: 'utf8', input: ' '.repeat(MAX_DOCUMENT_BYTES + 1) });
  assert.equal(piped.status, 2);
  assert.match(piped.stderr, /standard input: the document is over 20 MB/);
});

test('a file broken five ways (some in one record) reports all five in one run', () => {
  const doc = atlas();
  const p = doc.projects.findIndex((x) => x.sdgTargets.length > 0 && x.cities.length > 0);
  doc.projects[p].sdgTargets[0] = '16.16';
  doc.projects[p].url = 'javascript:alert(1)';
  doc.projects[p].period = { actual: '2018-02-30' };
  doc.projects[p].cities[0].city = 'tetouan';
  doc.cities.push({ ...doc.cities[0] });
  const r = cli('validate', write('five.json', JSON.stringify(doc)));
  assert.equal(r.status, 1);
  assert.equal(r.stdout.trim().split('\n').length, 5, r.stdout);
  assert.match(r.stderr, /5 issues/);
});
