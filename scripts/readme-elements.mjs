#!/usr/bin/env node
/**
 * `npm run readme-elements`: writes the README's element reference from `custom-elements.json`,
 * between `<!-- elements:start -->` and `<!-- elements:end -->` (added at the end of README.md when
 * they are missing). Edit the components' JSDoc, then `npm run analyze && npm run readme-elements`.
 *
 *   node scripts/readme-elements.mjs [--check]
 *
 * `--check` writes nothing and exits 1 when README.md is not up to date
 * (test/node/elements-reference.test.mjs does the same check).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const START = '<!-- elements:start -->';
export const END = '<!-- elements:end -->';
/** The base class whose API every element shares: documented once, in its own section. */
const SHARED = 'CwElement';

/** JSDoc text on one line, for a table cell. */
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** A table cell: on one line, with its pipes escaped (GitHub reads `|` as a column even in code). */
const cell = (text = '') => oneLine(text).replaceAll('|', '\\|');
const code = (text) => (text === undefined || text === null || text === '' ? '' : `\`${cell(String(text))}\``);
/** JSDoc paragraphs as Markdown paragraphs. */
const paragraphs = (text = '') =>
  text
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter(Boolean)
    .join('\n\n');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function section(title, headers, rows) {
  const t = table(headers, rows);
  return t ? `**${title}**\n\n${t}` : '';
}

const isPublic = (m) => !m.static && !m.name.startsWith('#') && !m.name.startsWith('[') && (m.privacy === undefined || m.privacy === 'public');
const inheritedFromShared = (item) => item.inheritedFrom?.name === SHARED;

/** The import that registers each tag, from package.json's `exports` (`cityweave/components/sdg-badge.js`). */
function registrationImports(manifest, pkg) {
  const byFile = new Map();
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.default;
    if (typeof file === 'string') byFile.set(file.replace(/^\.\//, ''), `${pkg.name}${key.slice(1)}`);
  }
  const imports = new Map();
  for (const mod of manifest.modules) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind !== 'custom-element-definition') continue;
      const specifier = byFile.get(mod.path);
      if (specifier) imports.set(exp.name, specifier);
    }
  }
  return imports;
}

function attributeRows(attributes, members) {
  return attributes.map((a) => {
    const field = members.find((m) => m.name === a.fieldName);
    const type = a.type?.text ?? field?.type?.text;
    const def = a.default ?? field?.default;
    return [code(a.name), code(a.fieldName && a.fieldName !== a.name ? a.fieldName : ''), code(type), code(def), cell(a.description ?? field?.description)];
  });
}

/** The API of one class: its own (or everything but the shared base's, with `own`). */
function apiSections(decl, { own }) {
  const keep = (item) => (own ? !inheritedFromShared(item) : true);
  const members = (decl.members ?? []).filter(isPublic);
  const attributes = (decl.attributes ?? []).filter(keep);
  const attributeFields = new Set((decl.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const properties = members.filter((m) => m.kind === 'field' && !attributeFields.has(m.name) && keep(m));
  const methods = members.filter((m) => m.kind === 'method' && keep(m));
  const events = decl.events ?? [];
  const slots = (decl.slots ?? []).filter(keep);
  const parts = (decl.cssParts ?? []).filter(keep);
  const cssProps = (decl.cssProperties ?? []).filter(keep);
  const states = (decl.cssStates ?? []).filter(keep);
  const signature = (m) => `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})${m.return?.type?.text ? `: ${m.return.type.text}` : ''}`;
  return [
    section('Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributeRows(attributes, members)),
    section('Properties (JavaScript only)', ['Property', 'Type', 'Default', 'Description'], properties.map((p) => [code(p.name) + (p.readonly ? ' (read-only)' : ''), code(p.type?.text), code(p.default), cell(p.description)])),
    section('Methods', ['Method', 'Description'], methods.map((m) => [code(signature(m)), cell(m.description)])),
    section('Events', ['Event', 'Type', 'Description'], events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
    own ? section('Slots', ['Slot', 'Description'], slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])) || '**Slots**: none (children are not shown).' : '',
    section('CSS parts', ['Part', 'Description'], parts.map((p) => [code(p.name), cell(p.description)])),
    section('CSS custom properties', ['Property', 'Default', 'Description'], cssProps.map((p) => [code(p.name), code(p.default), cell(p.description)])),
    section('Custom states', ['State', 'Description'], states.map((s) => [code(`:state(${s.name})`), cell(s.description)])),
  ].filter(Boolean);
}

/** The Markdown of the element reference (what goes between the markers). */
export function renderElements(manifest, pkg) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const shared = declarations.find((d) => d.name === SHARED);
  const elements = declarations.filter((d) => d.customElement && d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const imports = registrationImports(manifest, pkg);
  const out = [
    `<!-- Generated from custom-elements.json by \`npm run readme-elements\`: do not edit here. Edit the components' JSDoc, then run \`npm run analyze && npm run readme-elements\`. -->`,
  ];
  if (shared) {
    out.push(
      '### Shared by every element',
      `Every element below also has these attributes, properties, events, parts, CSS custom properties and custom states (from \`${SHARED}\`).`,
      ...apiSections(shared, { own: false }),
    );
  }
  for (const el of elements) {
    const registration = imports.get(el.tagName);
    out.push(
      `### \`<${el.tagName}>\``,
      ...[el.summary, el.description].filter(Boolean).map(paragraphs),
      ...(registration ? [`Registered by \`import '${registration}';\` (class: \`${el.name}\`).`] : []),
      ...apiSections(el, { own: true }),
    );
  }
  return out.join('\n\n');
}

/** README.md with its element reference replaced (or added at the end, under a heading, when there are no markers). */
export function updateReadme(readme, manifest, pkg) {
  const block = `${START}\n${renderElements(manifest, pkg)}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    return `${readme.replace(/\s*$/, '')}\n\n## Element reference\n\n${block}\n`;
  }
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const read = (f) => fs.readFileSync(path.join(root, f), 'utf8');
  const readme = read('README.md');
  const next = updateReadme(readme, JSON.parse(read('custom-elements.json')), JSON.parse(read('package.json')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the element reference is not up to date with custom-elements.json; run `npm run readme-elements`.');
      process.exit(1);
    }
    console.log('README.md: the element reference is up to date.');
  } else if (next !== readme) {
    fs.writeFileSync(path.join(root, 'README.md'), next);
    console.log('README.md: element reference written.');
  } else {
    console.log('README.md: the element reference was already up to date.');
  }
}
