// `npm run test:unit`: the fast inner loop. The Node tests that need only the library's modules, and
// the view-model tests (test/views/, written for the browser runner) run in Node, in seconds: no
// Chromium and no full build. src/ is compiled into dist/src/ with esbuild, a file per module as the
// build writes them (the next `npm run build` writes them again, its way); each view test is bundled with its imports and
// run by Node's test runner, which has mocha's describe/it/before. `npm test` stays what CI runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const files = (dir, test) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, test) : test(name) ? [path] : [];
  });

/** The Node tests that read only dist/src (not the bundles, the CLI, the package or a browser). */
const NODE_TESTS = ['json-schema-docs', 'parse-async', 'plan-parity', 'schema-plan', 'suggest-budget', 'translations', 'zod-internals', 'limits', 'validate-one-run', 'exchange-layers', 'names'];

const started = performance.now();
const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };
await build({
  entryPoints: files(join(root, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')),
  outdir: join(root, 'dist/src'),
  outbase: join(root, 'src'),
  // One output file per source module (shared code in chunks, so a module is one instance, as in the
  // build), with the JSON data they import inlined and the packages left as imports.
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  sourcemap: 'linked',
  logLevel: 'warning',
  tsconfigRaw,
});

const out = join(root, '.cache/unit');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const viewTests = files(join(root, 'test/views'), (n) => n.endsWith('.test.ts'));
for (const file of viewTests) {
  await build({
    entryPoints: [file],
    outfile: join(out, `${relative(join(root, 'test'), file).replace(/[\\/]/g, '--').replace(/\.ts$/, '.mjs')}`),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    alias: { '@open-wc/testing': join(root, 'test/unit/testing.ts') },
    // The test's own URL, so that `new URL('../fixtures/…', import.meta.url)` finds the fixture.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(file).href) },
    inject: [join(root, 'test/unit/globals.ts')],
    logLevel: 'warning',
    tsconfigRaw,
  });
}
console.log(`compiled src and ${viewTests.length} view tests in ${Math.round(performance.now() - started)} ms`);

const tests = [...NODE_TESTS.map((name) => join(root, 'test/node', `${name}.test.mjs`)), ...files(out, (n) => n.endsWith('.mjs'))];
const r = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...tests], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
