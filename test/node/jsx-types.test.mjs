// A React 19 + TypeScript app type-checks JSX use of every element from the packed tarball, with
// typed event handlers (`oncw-select`), and a wrong attribute value is a compile error; the Preact,
// Svelte and Vue typings are checked the same way, in TypeScript (not through their compilers).
// The tarball is unpacked into the app's node_modules; its dependencies, @types/react, preact,
// svelte and vue are linked from this project's node_modules, so no registry is needed. tsc is
// this project's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const tsc = join(root, 'node_modules', '.bin', 'tsc');
let dir, app;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cityweave-react-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const tarball = join(dir, JSON.parse(out)[0].filename);
  app = join(dir, 'app');
  const pkgDir = join(app, 'node_modules', 'cityweave');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
  for (const dep of ['lit', 'zod', 'd3-geo', '@types/react', 'preact', 'svelte', 'vue', '@vue']) symlinkSync(join(root, 'node_modules', dep), join(app, 'node_modules', dep));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs tsc on one file of the app (JSX for React unless `jsxImportSource` says otherwise); returns its status and output. */
function typecheck(name, source, jsxImportSource = 'react') {
  writeFileSync(join(app, name), source);
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    jsxImportSource,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [name] }));
  const r = spawnSync(tsc, ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd: app, encoding: 'utf8' });
  rmSync(join(app, name));
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const IMPORTS = `import 'cityweave/components.js';
import type {} from 'cityweave/jsx-react';
import { useRef } from 'react';
import type { CwCityMap } from 'cityweave/components.js';
`;

test('every element type-checks in JSX, with a typed handler for each of its events', () => {
  const { status, output } = typecheck(
    'app.tsx',
    `${IMPORTS}
export function App() {
  const map = useRef<CwCityMap>(null);
  return (
    <main>
      <cw-project-list network="mc2cm" theme="dark" heading-level={2} sync-url
        oncw-select={(e) => e.detail.project.toUpperCase()}
        oncw-filter-change={(e) => e.detail.filters.sdg?.toUpperCase()}
        oncw-error={(e) => e.detail.message.toUpperCase()} />
      <cw-project-card project="tanger-accueil" variant="compact" selectable
        oncw-select={(e) => { e.preventDefault(); const id: string = e.detail.project; return id; }} />
      <cw-city-map ref={map} network="mc2cm" show="list" cluster-radius={20}
        oncw-select={(e) => e.detail.city.toUpperCase()} />
      <cw-roadmap-timeline network="rmci" time-direction="rtl"
        oncw-select={(e) => { const kind: 'item' | 'event' = e.detail.type; return kind + e.detail.item; }} />
      <cw-sdg-badge code="10.7" size="large" link lang="ar-MA" dir="rtl"
        oncw-error={(e) => e.detail.suggestions?.join()} />
      {/* @ts-expect-error a map's cw-select carries a city, not a project */}
      <cw-city-map oncw-select={(e) => e.detail.project} />
    </main>
  );
}
`,
  );
  assert.equal(status, 0, output);
});

test('a wrong attribute value does not type-check', () => {
  const { status, output } = typecheck('wrong.tsx', `${IMPORTS}\nexport const bad = <cw-sdg-badge code="10.7" theme="blue" />;\n`);
  assert.notEqual(status, 0, 'theme="blue" compiled');
  const error = /wrong\.tsx\(\d+,\d+\): error TS2322: Type '"blue"' is not assignable to type '([^']+)'/.exec(output);
  assert.ok(error, output);
  assert.deepEqual(error[1].split(' | ').sort(), ['"auto"', '"dark"', '"light"', 'undefined']);
});

// TypeScript lets any name with a dash through on a JSX element (\`data-x\`, \`oncw-selected\`), so
// only names without one can be caught when misspelt.
test('an unknown attribute without a dash does not type-check', () => {
  const { status, output } = typecheck('misspelt.tsx', `${IMPORTS}\nexport const bad = <cw-city-map shows="map" />;\n`);
  assert.notEqual(status, 0, 'shows="map" compiled');
  assert.match(output, /misspelt\.tsx\(\d+,\d+\): error TS2322: [^]*Property 'shows' does not exist/);
});

// In the three checks below, `@ts-expect-error` fails the check when its line compiles: a wrong
// value and a wrong event detail must be errors.
test('Preact: JSX with typed handlers, and a wrong value is an error', () => {
  const { status, output } = typecheck(
    'preact-app.tsx',
    `import type {} from 'cityweave/jsx-preact';
export const app = (
  <main>
    <cw-city-map network="mc2cm" show="list" theme="dark" oncw-select={(e) => e.detail.city.toUpperCase()} />
    <cw-project-list network="mc2cm" oncw-filter-change={(e) => e.detail.filters} oncw-select={(e) => e.detail.project} />
    <cw-project-card project="tanger-accueil" oncw-select={(e) => e.detail.project} />
    <cw-roadmap-timeline network="rmci" oncw-select={(e) => e.detail.item} />
    <cw-sdg-badge code="10.7" size="small" oncw-error={(e) => e.detail.message} />
    {/* @ts-expect-error not a theme */}
    <cw-sdg-badge code="10.7" theme="blue" />
    {/* @ts-expect-error a timeline's detail has no city */}
    <cw-roadmap-timeline oncw-select={(e) => e.detail.city} />
    {/* @ts-expect-error Preact's own attributes keep their types: a class is text (they were \`any\` when the import named a type Preact 11 no longer has) */}
    <cw-city-map class={5} />
  </main>
);
`,
    'preact',
  );
  assert.equal(status, 0, output);
});

test('Svelte: SvelteHTMLElements entries with typed handlers, and a wrong value is an error', () => {
  const { status, output } = typecheck(
    'svelte-check.ts',
    `import type {} from 'cityweave/jsx-svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
export const map: SvelteHTMLElements['cw-city-map'] = { network: 'mc2cm', show: 'map', class: 'wide', 'oncw-select': (e) => e.detail.city.toUpperCase() };
export const list: SvelteHTMLElements['cw-project-list'] = { 'oncw-filter-change': (e) => e.detail.filters, 'oncw-select': (e) => e.detail.project };
// @ts-expect-error not a theme
export const badge: SvelteHTMLElements['cw-sdg-badge'] = { theme: 'blue' };
// @ts-expect-error a timeline's detail has no city
export const timeline: SvelteHTMLElements['cw-roadmap-timeline'] = { 'oncw-select': (e) => e.detail.city };
`,
  );
  assert.equal(status, 0, output);
});

test('Vue: GlobalComponents entries with typed props and handlers, and a wrong value is an error', () => {
  const { status, output } = typecheck(
    'vue-check.ts',
    `import type {} from 'cityweave/jsx-vue';
import type { GlobalComponents } from 'vue';
type PropsOf<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const map: PropsOf<'cw-city-map'> = { network: 'mc2cm', show: 'map', onCwSelect: (e) => e.detail.city.toUpperCase() };
export const list: PropsOf<'cw-project-list'> = { onCwFilterChange: (e) => e.detail.filters, onCwSelect: (e) => e.detail.project };
// @ts-expect-error not a theme
export const badge: PropsOf<'cw-sdg-badge'> = { theme: 'blue' };
// @ts-expect-error a timeline's detail has no city
export const timeline: PropsOf<'cw-roadmap-timeline'> = { onCwSelect: (e) => e.detail.city };
`,
  );
  assert.equal(status, 0, output);
});
