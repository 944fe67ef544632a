// The IDE files (built by `npm run build` from custom-elements.json) exist where package.json says,
// and list every element, attribute, event, CSS custom property, part and custom state of the
// manifest. Read from the manifest directly here, not through scripts/manifest-elements.mjs, so a
// mistake in that reader shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const pkg = read('package.json');
const manifest = read('custom-elements.json');
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const names = (list) => (list ?? []).map((x) => x.name).sort();

test('package.json points at the IDE files, and they are built', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  for (const f of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) {
    assert.equal(pkg.exports[`./${f}`], `./dist/${f}`, `package.json exports ./${f}`);
    assert.ok(existsSync(`dist/${f}`), `dist/${f} is built (npm run build)`);
  }
  assert.ok(pkg.files.includes('dist'));
});

test('VS Code HTML data: every element, with every attribute, its values and its events', () => {
  const data = read('dist/vscode.html-custom-data.json');
  assert.equal(data.version, 1.1);
  assert.deepEqual(names(data.tags), names(elements.map((e) => ({ name: e.tagName }))));
  for (const el of elements) {
    const tag = data.tags.find((t) => t.name === el.tagName);
    assert.deepEqual(names(tag.attributes), names(el.attributes), `<${el.tagName}> attributes`);
    for (const a of tag.attributes) assert.ok(a.description.value, `${a.name} of <${el.tagName}> has a description`);
    for (const e of el.events) assert.ok(tag.description.value.includes(`\`${e.name}\` (\`${e.type.text}\`)`), `<${el.tagName}> documents ${e.name}`);
  }
  const theme = data.tags[0].attributes.find((a) => a.name === 'theme');
  assert.deepEqual(theme.values, [{ name: 'light' }, { name: 'dark' }, { name: 'auto' }]);
});

test('VS Code CSS data: every custom property, part and custom state', () => {
  const data = read('dist/vscode.css-custom-data.json');
  const all = (key) => [...new Set(elements.flatMap((e) => (e[key] ?? []).map((x) => x.name)))].sort();
  assert.deepEqual(names(data.properties), all('cssProperties'));
  assert.deepEqual(names(data.pseudoElements), all('cssParts').map((p) => `::part(${p})`).sort());
  assert.deepEqual(names(data.pseudoClasses), all('cssStates').map((s) => `:state(${s})`).sort());
  assert.ok(data.properties.every((p) => p.description.value), 'every custom property has a description');
});

test('web-types: every element, attribute, event, property, custom property and part', () => {
  const data = read('dist/web-types.json');
  assert.equal(data.name, 'cityweave');
  assert.equal(data.version, pkg.version);
  const html = data.contributions.html.elements;
  assert.deepEqual(names(html), names(elements.map((e) => ({ name: e.tagName }))));
  for (const el of elements) {
    const w = html.find((h) => h.name === el.tagName);
    assert.deepEqual(names(w.attributes), names(el.attributes), `<${el.tagName}> attributes`);
    assert.deepEqual(names(w.events), names(el.events), `<${el.tagName}> events`);
    assert.deepEqual(
      w.events.map((e) => e.value.type).sort(),
      el.events.map((e) => e.type.text).sort(),
      `<${el.tagName}> event types`,
    );
    assert.deepEqual(names(w.js.events), names(el.events));
    assert.deepEqual(names(w.css.properties), names(el.cssProperties), `<${el.tagName}> custom properties`);
    assert.deepEqual(names(w.css.parts), names(el.cssParts), `<${el.tagName}> parts`);
  }
  const show = html.find((h) => h.name === 'cw-city-map').attributes.find((a) => a.name === 'show');
  assert.equal(show.value.type, "'map' | 'list' | 'both'");
});

test('the JSX typings are built for React, Preact, Vue and Svelte, and exported', () => {
  for (const fw of ['react', 'preact', 'vue', 'svelte']) {
    assert.deepEqual(pkg.exports[`./jsx-${fw}`], { types: `./dist/jsx/${fw}.d.ts`, default: `./dist/jsx/${fw}.js` });
    const dts = readFileSync(`dist/jsx/${fw}.d.ts`, 'utf8');
    for (const el of elements) assert.ok(dts.includes(`'${el.tagName}'`), `${fw}.d.ts declares <${el.tagName}>`);
  }
});
