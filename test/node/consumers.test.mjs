// The packed tarball in the toolchains its users have: a Vite production build, CommonJS `require`,
// an esbuild bundle in CommonJS format, and the package linters (publint, arethetypeswrong). One
// temporary project gets the tarball, installed offline from the npm cache when it holds the
// dependencies (they were installed for the build), so these tests need no registry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(import.meta.dirname, '../..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
let dir, app, tarball;

/** Installs the tarball into `cwd`: from the npm cache alone if it can, else letting npm fetch what the cache lacks. */
function install(cwd) {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  const offline = spawnSync('npm', [...args, '--offline'], { cwd, encoding: 'utf8' });
  if (offline.status !== 0) execFileSync('npm', [...args, '--prefer-offline'], { cwd, stdio: 'ignore' });
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cityweave-consumers-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  tarball = join(dir, JSON.parse(out)[0].filename);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  install(app);
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node file` in `cwd` and returns the JSON its last line prints. */
function runNode(file, cwd = app) {
  const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `node ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// The program a library user writes: titles loaded explicitly in one language, then a title read and
// a project's JSON-LD written. What it prints must not depend on how it was built.
const PROGRAM = `
import { loadDefaultAtlas, loadSdgTitles, projectJsonLd, sdgTarget, sdgTitlesLoaded } from 'cityweave';
const before = { loaded: sdgTitlesLoaded('en'), title: sdgTarget('10.7').title };
await loadSdgTitles('en');
const r = await loadDefaultAtlas();
if (!r.ok) throw new Error('the default atlas is invalid');
const about = projectJsonLd(r.atlas, r.atlas.project('acmals'), 'en').about;
console.log(JSON.stringify({ before, loaded: sdgTitlesLoaded('en'), title: sdgTarget('10.7').title.en, about: about.map((a) => [a.identifier, a.name]) }));
`;

test('a Vite production build of a program that uses the library prints what the program prints unbundled', () => {
  const project = join(dir, 'vite-app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
  writeFileSync(join(project, 'main.js'), PROGRAM);
  // A browser build (not an SSR build, which leaves node_modules out of the bundle), with one entry
  // that Node can run: the same tree-shaking and chunking as an app's production build.
  writeFileSync(
    join(project, 'vite.config.mjs'),
    `export default { logLevel: 'warn', build: { target: 'es2022', modulePreload: false, minify: true, rollupOptions: { input: 'main.js', output: { entryFileNames: 'main.js' } } } };\n`,
  );
  install(project);
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: project, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr + build.stdout);

  const unbundled = runNode('main.js', project);
  const bundled = runNode('dist/main.js', project);
  assert.deepEqual(bundled, unbundled);
  assert.deepEqual(bundled.before, { loaded: false }, 'titles load when asked, in Node and in bundles alike');
  assert.equal(bundled.loaded, true);
  assert.match(bundled.title, /migration/i);
  assert.deepEqual(bundled.about.map(([code]) => code), ['5.1', '10.7', '16.6', '17.9']);
  for (const [code, name] of bundled.about) assert.ok(typeof name === 'string' && name.length > 20, `about ${code} has no name`);
});

const CJS_PROGRAM = `
const { loadDefaultAtlas, loadSdgTitles, sdgTarget } = require('cityweave');
loadSdgTitles('fr')
  .then(() => loadDefaultAtlas())
  .then((r) => console.log(JSON.stringify({ ok: r.ok, projects: r.atlas.projects({ network: 'mc2cm' }).length, title: sdgTarget('10.7').title.fr })));
`;

test('require("cityweave") works from a CommonJS file on this Node', () => {
  writeFileSync(join(app, 'main.cjs'), CJS_PROGRAM);
  const out = runNode('main.cjs');
  assert.equal(out.ok, true);
  assert.equal(out.projects, 15);
  assert.match(out.title, /migrations?/i);
});

test('esbuild bundles the library into a CommonJS file that runs on its own', () => {
  writeFileSync(join(app, 'main.cjs'), CJS_PROGRAM);
  execFileSync(bin('esbuild'), ['main.cjs', '--bundle', '--platform=node', '--format=cjs', '--log-level=error', '--outfile=out/bundle.cjs'], { cwd: app });
  // Run from a folder with no node_modules around it: everything it needs is in the bundle.
  const alone = join(dir, 'alone');
  mkdirSync(alone);
  execFileSync('cp', [join(app, 'out/bundle.cjs'), alone]);
  const out = runNode('bundle.cjs', alone);
  assert.deepEqual({ ok: out.ok, projects: out.projects }, { ok: true, projects: 15 });
  assert.match(out.title, /migrations?/i);
});

test('publint --strict finds nothing to report in the tarball', () => {
  const r = spawnSync(bin('publint'), ['--strict', tarball], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /All good!/);
});

test('arethetypeswrong (profile esm-only) finds every entry point typed', () => {
  // Into a file: attw exits as soon as it has written, which cuts a long report short in a pipe.
  const report = join(dir, 'attw.json');
  const fd = openSync(report, 'w');
  const r = spawnSync(bin('attw'), ['--profile', 'esm-only', '--format', 'json', tarball], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  closeSync(fd);
  const { analysis } = JSON.parse(readFileSync(report, 'utf8'));
  const ignored = new Set(['node10', 'node16-cjs']);
  const problems = analysis.problems.filter((p) => !ignored.has(p.resolutionKind));
  assert.deepEqual(problems, []);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(Object.keys(analysis.entrypoints).includes('./cdn/cityweave.js'));
});

test('the tarball ships the dataset once, and no declaration maps pointing at sources it does not ship', () => {
  const files = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0].files.map((f) => f.path);
  assert.deepEqual(files.filter((f) => /(^|\/)atlas\.json(\.js)?$/.test(f)), ['dist/data/atlas.json']);
  assert.deepEqual(files.filter((f) => f.endsWith('.d.ts.map')), []);
  assert.deepEqual(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')), [], 'TypeScript sources');
});

test('a data file written by hand with "$schema": "./node_modules/cityweave/dist/atlas.schema.json" validates, and a wrong id is explained in words', () => {
  const file = join(app, 'network.json');
  const data = {
    $schema: './node_modules/cityweave/dist/atlas.schema.json',
    version: 1,
    defaultLanguage: 'fr',
    sources: [{ id: 'charter-2024', title: { fr: 'Charte du réseau' } }],
    cities: [{ id: 'sfax-tn', name: { fr: 'Sfax', ar: 'صفاقس' }, country: 'TN', coordinates: { lat: 34.74, lon: 10.76 }, sources: ['charter-2024'] }],
    networks: [{ id: 'tn-inclusive-cities', name: { fr: 'Villes inclusives de Tunisie' }, kind: 'network', sources: ['charter-2024'] }],
    memberships: [{ city: 'sfax-tn', network: 'tn-inclusive-cities', roles: ['lead'], start: '2024-03', sources: ['charter-2024'] }],
  };
  writeFileSync(file, JSON.stringify(data, null, 2));
  // As an editor does: the schema is found from the data file's own "$schema", relative to the file.
  const schema = JSON.parse(readFileSync(resolve(dirname(file), data.$schema), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  const validate = ajv.compile(schema);
  assert.ok(validate(data), ajv.errorsText(validate.errors));

  const wrong = structuredClone(data);
  wrong.cities[0].id = 'Sfax TN';
  assert.equal(validate(wrong), false);
  const error = validate.errors.find((e) => e.instancePath === '/cities/0/id' && e.keyword === 'pattern');
  assert.match(error?.parentSchema.errorMessage ?? '', /lower-case letters/);
});
