// Writes what typed tools and IDEs read, generated from custom-elements.json (never written by
// hand), after tsc has written dist/components/*.d.ts:
// - dist/jsx/: JSX typings for React 19, Preact, Vue and Svelte (scripts/jsx-types.mjs);
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json, dist/web-types.json
//   (scripts/ide-data.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestElements } from './manifest-elements.mjs';
import { COMPONENTS, importedTypes, jsxTypeFiles } from './jsx-types.mjs';
import { ideFiles } from './ide-data.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifestElements(manifest);

// The typings import the classes and event details from the components entry: each must be exported there.
const entry = join('dist/jsx', COMPONENTS).replace(/\.js$/, '.d.ts');
const exported = readFileSync(entry, 'utf8');
const missing = importedTypes(elements).filter((name) => !new RegExp(`\\b${name}\\b`).test(exported));
if (missing.length) {
  console.error(`${entry}: does not export ${missing.join(', ')}, which the JSX typings import: export them from components/index.ts.`);
  process.exit(1);
}

mkdirSync('dist/jsx', { recursive: true });
for (const [name, text] of Object.entries(jsxTypeFiles(elements))) writeFileSync(join('dist/jsx', name), text);
for (const [name, text] of Object.entries(ideFiles(elements, pkg))) writeFileSync(join('dist', name), text);
console.log(`built dist/jsx/ (React, Preact, Vue, Svelte) and the IDE files for ${elements.length} elements`);
