// What the CDN entry (dist/cdn/cityweave.js and the chunks it imports statically) holds, and what it
// leaves to lazy chunks: the validator's helpers stay out of it, the SDG short titles come with the
// elements' messages of their language, the elements' private custom properties get short names
// that agree in every chunk, and html`…` templates lose their indentation (rollup.cdn.config.mjs).
// Reads the build (`npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collapseTemplateWhitespace, shortPropertyNames } from '../../rollup.cdn.config.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = join(root, 'dist/cdn-manifest.json');
const skip = existsSync(MANIFEST) ? false : 'the CDN build is missing: run `npm run build` first';
const manifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8'));

/** The modules of the entry: those of the entry chunk and of every chunk it imports statically. */
function entryModules() {
  const { chunks } = manifest();
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const f of byFile.get(file).imports) visit(f);
  };
  visit(chunks.find((c) => c.isEntry).file);
  return [...seen].flatMap((f) => byFile.get(f).modules);
}

test('the entry holds no code that only the validator, the query API or the map use', { skip }, () => {
  const modules = entryModules();
  for (const m of ['src/suggest.ts', 'src/atlas.ts', 'src/text-search.ts', 'src/parse.ts', 'components/city-map/define.ts']) {
    assert.ok(!modules.includes(m), `${m} is in the entry`);
  }
  // Small enough (156 bytes) that a round trip of its own would cost more (experimentalMinChunkSize).
  assert.ok(modules.includes('src/roles.ts'), 'the role order is merged into the entry');
  // The loader of the default dataset's views (0.4 KB): the view is then requested with the messages.
  assert.ok(modules.includes('src/default-atlas.ts'), 'the default dataset loader is in the entry');
  assert.ok(!modules.some((m) => m.startsWith('data/views/') || m === 'data/atlas.json'), 'no dataset in the entry');
  assert.ok(modules.includes('src/edit-distance.ts'), 'the SDG catalogue suggests codes by edit distance');
  assert.ok(!modules.some((m) => m.startsWith('data/sdg/short/') || m.startsWith('data/sdg/titles/')), 'no SDG titles in the entry');
});

test("each language's SDG short titles are in the chunk of its messages", { skip }, () => {
  const { chunks } = manifest();
  for (const lang of ['en', 'fr', 'ar']) {
    const chunk = chunks.find((c) => c.modules.includes(`components/messages/${lang}.ts`));
    assert.ok(chunk?.modules.includes(`data/sdg/short/${lang}.json`), `${lang}: ${chunk?.modules.join(', ')}`);
    assert.ok(chunk.isDynamicEntry);
  }
});

test('short names of private custom properties: the most used first, the same for the same counts, --_cw-scheme kept', () => {
  const names = shortPropertyNames({ '--_cw-space-s': 3, '--_cw-color-text': 5, '--_cw-scheme': 9, '--_sdg-ink': 3 });
  assert.deepEqual([...names], [
    ['--_cw-color-text', '--_0'],
    ['--_cw-space-s', '--_1'],
    ['--_sdg-ink', '--_2'],
  ]);
  const many = shortPropertyNames(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`--_cw-p${String(i).padStart(2, '0')}`, 1])));
  assert.equal(new Set(many.values()).size, 40);
  assert.equal(many.get('--_cw-p36'), '--_10');
});

test('the bundle sets every private custom property it reads, by its short name', { skip }, () => {
  const code = manifest()
    .chunks.map((c) => readFileSync(join(root, 'dist/cdn', c.file), 'utf8'))
    .join('\n');
  const long = [...new Set(code.match(/--_(?:cw|sdg)-[a-z0-9-]+/g) ?? [])];
  // Kept long: read across copies of cityweave (the scheme) and set by the embed page's own script (embed.js).
  assert.deepEqual(long.sort(), ['--_cw-band-position', '--_cw-scheme', '--_cw-visible-top']);
  const read = new Set([...code.matchAll(/var\((--_[a-z0-9]+)(?![a-z0-9-])/g)].map((m) => m[1]));
  assert.ok(read.size > 20, `${read.size} read`);
  for (const name of read) {
    // Set in a rule (`--_0:`) or, for the few that code sets, as a string (`"--_f"`).
    const set = code.includes(`${name}:`) || code.includes(`"${name}"`) || code.includes(`'${name}'`);
    assert.ok(set, `${name} is read but never set`);
  }
});

test('html templates: a run of whitespace with a line break becomes one space, nothing else changes', () => {
  assert.equal(collapseTemplateWhitespace('<div part="a"\n      class="b">\n  <span>x</span> <span>y</span>\n</div>'), '<div part="a" class="b"> <span>x</span> <span>y</span> </div>');
  assert.equal(collapseTemplateWhitespace('a  b\tc'), 'a  b\tc', 'no line break: kept');
  assert.equal(collapseTemplateWhitespace('a\\\nb'), 'a\\\nb', 'a line continuation is kept');
});

test('the bundle has no indented html template left', { skip }, () => {
  const { chunks } = manifest();
  const entry = chunks.find((c) => c.isEntry).imports.map((f) => readFileSync(join(root, 'dist/cdn', f), 'utf8')).join('\n');
  // Terser writes the code on one line; line breaks are left only in template literals.
  assert.ok(!/\n {2,}</.test(entry), 'an html template keeps its indentation');
});
