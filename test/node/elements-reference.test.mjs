// The element reference cannot drift from the components: the committed custom-elements.json is
// what the analyzer makes of components/ now, and README.md's reference is what
// scripts/readme-elements.mjs writes from it. No build needed: the analyzer reads the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { END, START, updateReadme } from '../../scripts/readme-elements.mjs';
import { cssDefaultsFrom, styleSources } from '../../custom-elements-manifest.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const committed = JSON.parse(read('custom-elements.json'));

test('custom-elements.json is up to date with the components (else: npm run analyze)', async () => {
  const fresh = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: root, noWrite: true });
  assert.deepEqual(committed, JSON.parse(JSON.stringify(fresh)), 'custom-elements.json differs from the analyzer output: run `npm run analyze` and commit it');
});

test('custom-elements.json describes every element, with tag names, attributes and CSS defaults', () => {
  const elements = committed.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['cw-city-map', 'cw-city-profile', 'cw-event', 'cw-project-card', 'cw-project-list', 'cw-roadmap-timeline', 'cw-sdg-badge', 'cw-sdg-coverage']);
  for (const el of elements) {
    assert.ok(el.summary, `<${el.tagName}> has a summary`);
    assert.ok(el.attributes.some((a) => a.name === 'theme'), `<${el.tagName}> lists the shared attributes`);
    for (const p of el.cssProperties) if (p.name !== '--cw-font-family') assert.ok(p.default, `${p.name} of <${el.tagName}> has a default`);
  }
});

test('README.md has the element reference that scripts/readme-elements.mjs writes (else: npm run readme-elements)', () => {
  const readme = read('README.md');
  assert.ok(readme.includes(START) && readme.includes(END), 'README.md has the <!-- elements:start --> and <!-- elements:end --> markers');
  const expected = updateReadme(readme, committed, JSON.parse(read('package.json')));
  assert.ok(expected === readme, 'the element reference in README.md differs from custom-elements.json: run `npm run readme-elements` and commit README.md');
});

test('every --cw-* token the styles read is documented in custom-elements.json (the tokens page lists those)', () => {
  const used = [...cssDefaultsFrom(styleSources(root)).keys()].sort();
  const documented = new Set(committed.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  assert.ok(used.length > 20, `found ${used.length} tokens`);
  assert.deepEqual(used.filter((t) => !documented.has(t)), [], 'tokens used in the styles without a @cssprop in any element');
});

test('a default that reads a property the element sets itself is documented as its fallback, not as a property that does not exist', () => {
  const defaults = cssDefaultsFrom([':host { --_cw-shade: var(--cw-shade, #000); --x: var(--cw-ratio, var(--_cw-ratio-auto, 4 / 3)); --y: var(--cw-tint, var(--_cw-shade, red)); }']);
  assert.equal(defaults.get('--cw-ratio'), '4 / 3 until the element sets it');
  // A private copy of a public token stands for that token.
  assert.equal(defaults.get('--cw-tint'), 'var(--cw-shade, red)');
  const { modules } = committed;
  const aspect = modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.cssProperties ?? []).find((p) => p.name === '--cw-city-map-aspect-ratio');
  assert.equal(aspect?.default, '4 / 3 until the element sets it');
});
