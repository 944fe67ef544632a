// package.json's `sideEffects` tells bundlers which modules must never be dropped as unused: exactly
// those that register elements, directly (a call at the top level of the module, like
// `defineElement('cw-…', Class)`) or by importing one that does. Too short a list, and a bundler
// drops a registration (or, as once with the package entry's top-level `await loadSdgTitles()`, a
// load: SDG titles silently missing in production bundles only); too long, and it keeps code a
// user never asked for. The list is read from the code of src/ and components/ alike, so a module
// that gains a top-level effect shows up here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const sources = ['src', 'components'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
);
const text = new Map(sources.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));

/**
 * Top-level calls that leave nothing behind once the module has run: the schema modules turn zod's
 * `jitless` on while they build their schemas and put it back (src/schema/no-codegen.ts).
 */
const NET_ZERO = /^restoreCodegen\(\);$/gm;

/** A statement at the top level that calls something (`defineElement(…)`, `watch();`, `await load();`). */
const callsAtTopLevel = (code) => /^(?:void |await )?[A-Za-z_$][\w$.]*\(/m.test(code.replace(NET_ZERO, ''));

/** A top-level `await` (house style: top-level statements start at the first column). */
const awaitsAtTopLevel = (code) => /^(?:(?:export )?(?:const|let|var) [^=]+= )?await\b/m.test(code) || /^for await\b/m.test(code);

/** The components modules `file` imports statically (`import … from`, `import '…'`, `export … from`). */
function staticImports(file) {
  const out = [];
  for (const m of text.get(file).matchAll(/^(?:import|export)\b[^;()]*?(?:\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    out.push(path.posix.join(path.posix.dirname(file), m[1]).replace(/\.js$/, '.ts'));
  }
  return out.filter((f) => text.has(f));
}

function registering() {
  const found = new Set(sources.filter((f) => callsAtTopLevel(text.get(f))));
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of sources) {
      if (!found.has(f) && staticImports(f).some((i) => found.has(i))) {
        found.add(f);
        grew = true;
      }
    }
  }
  return [...found].sort();
}

test('sideEffects lists exactly the modules that register elements, in source and in dist/', () => {
  const modules = registering();
  assert.ok(modules.includes('components/sdg-badge/define.ts') && modules.includes('components/cdn.ts'), `found: ${modules.join(', ')}`);
  const expected = [...modules.flatMap((f) => [`./${f}`, `./dist/${f.replace(/\.ts$/, '.js')}`]), './dist/cdn/*.js'].sort();
  assert.deepEqual([...pkg.sideEffects].sort(), expected);
});

test('no class module registers anything: importing `…/class.js` defines no element', () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    if (!name.endsWith('/class.js')) continue;
    const source = target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts');
    assert.ok(!registering().includes(source), `${name} (${source}) registers an element`);
  }
});

test('the package entry and the domain library have no side effects: importing `cityweave` runs nothing', () => {
  const effects = registering().filter((f) => f.startsWith('src/'));
  assert.deepEqual(effects, [], 'these modules of src/ do something at the top level; src/ must only declare');
  const main = pkg.exports['.'].default.replace(/^\.\//, '');
  assert.ok(!pkg.sideEffects.some((p) => p.replace(/^\.\//, '') === main || p.replace(/^\.\//, '') === 'src/index.ts'), 'the entry is listed in sideEffects');
});

test('no module has a top-level await (CommonJS `require` of the package fails on one)', () => {
  const found = sources.filter((f) => awaitsAtTopLevel(text.get(f)));
  assert.deepEqual(found, []);
  // The check itself catches the form that broke the entry once.
  assert.ok(awaitsAtTopLevel("export * from './sdg.js';\n\nawait loadSdgTitles();\n"));
});
