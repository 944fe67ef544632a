// `npm run build:wordpress` (after `npm run build`): assembles the WordPress plugin in
// dist/wordpress/cityweave/ and zips it (dist/wordpress/cityweave-<version>.zip): the plugin's PHP
// and editor script (integrations/wordpress/), the CDN build (dist/cdn/, without source maps), and
// what is made from custom-elements.json: elements.json (each element's documented attributes, with
// their types, for the shortcodes, the blocks, kses and the oEmbed) and one block.json per element.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = 'integrations/wordpress';
const OUT = 'dist/wordpress';
const PLUGIN = join(OUT, 'cityweave');

for (const f of ['dist/cdn/cityweave.js', 'dist/cdn/embed.html']) {
  if (!existsSync(f)) {
    console.error(`build:wordpress: ${f} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** `export type SdgBadgeSize = 'small' | 'medium' | 'large';` in components/: the values of each such type. */
function literalTypes(dir = 'components', found = {}) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) literalTypes(path, found);
    else if (entry.name.endsWith('.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/export type (\w+) = ((?:'[^']*'\s*\|\s*)*'[^']*');/g)) found[m[1]] = literals(m[2]);
    }
  }
  return found;
}
function literals(text) {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/** Attributes whose value is a URL, or a URL template with `{id}`: sanitized as such. */
const URL_ATTRIBUTES = { src: 'url', 'href-template': 'url-template' };
/** Attributes the element sets itself at run time, or that only a developer tunes: under "Advanced" in the block's sidebar. */
const ADVANCED = new Set(['dir', 'lang', 'src', 'expanded', 'selectable', 'selected', 'filter-kind', 'filter-city', 'chunk-size', 'url-prefix', 'cluster-radius', 'structured-data', 'sync-url', 'today', 'href-template']);

function attributeSpec(a, aliases) {
  const text = a.type?.text ?? 'string';
  const spec = { type: 'string', description: (a.description ?? '').replace(/`/g, '') };
  if (URL_ATTRIBUTES[a.name]) spec.type = URL_ATTRIBUTES[a.name];
  else if (text === 'boolean') spec.type = 'boolean';
  else if (text === 'number') spec.type = 'number';
  else {
    const values = literals(text) ?? aliases[text.replace(/\s*\|\s*undefined$/, '')];
    if (values) Object.assign(spec, { type: 'enum', values });
  }
  if (a.default !== undefined && a.default !== 'undefined' && a.default !== "''") spec.default = a.default.replace(/^'(.*)'$/, '$1');
  return spec;
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const heights = JSON.parse(readFileSync('embed/heights.json', 'utf8'));
const aliases = literalTypes();
const elements = {};
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName?.startsWith('cw-')) continue;
    const name = d.tagName.slice(3);
    const attributes = Object.fromEntries((d.attributes ?? []).map((a) => [a.name, attributeSpec(a, aliases)]));
    // "SDG badge", not "Sdg badge": the acronym first, then the capital.
    const words = name.replace(/-/g, ' ').replace(/^sdg\b/, 'SDG');
    const title = words[0].toUpperCase() + words.slice(1);
    elements[name] = {
      tag: d.tagName,
      title,
      description: d.summary ?? '',
      attributes,
      main: Object.keys(attributes).filter((a) => !ADVANCED.has(a)),
      embedHeight: heights[name] ?? 600,
    };
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(PLUGIN, { recursive: true });
for (const f of ['cityweave.php', 'readme.txt', 'includes', 'assets']) cpSync(join(SRC, f), join(PLUGIN, f), { recursive: true });
cpSync('dist/cdn', join(PLUGIN, 'cdn'), { recursive: true, filter: (src) => !src.endsWith('.map') });
writeFileSync(join(PLUGIN, 'elements.json'), JSON.stringify(elements, null, 1) + '\n');

const BLOCK_TYPES = { boolean: 'boolean', number: 'number' };
for (const [name, element] of Object.entries(elements)) {
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `cityweave/${name}`,
    title: `cityweave: ${element.title}`,
    category: 'widgets',
    icon: 'location-alt',
    description: element.description,
    keywords: ['cityweave', name],
    textdomain: 'cityweave',
    attributes: Object.fromEntries(Object.entries(element.attributes).map(([a, spec]) => [a, { type: BLOCK_TYPES[spec.type] ?? 'string' }])),
    supports: { align: ['wide', 'full'], html: false },
    editorScript: 'cityweave-editor',
  };
  mkdirSync(join(PLUGIN, 'blocks', name), { recursive: true });
  writeFileSync(join(PLUGIN, 'blocks', name, 'block.json'), JSON.stringify(block, null, 2) + '\n');
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
try {
  execFileSync('zip', ['-qr', `cityweave-${version}.zip`, 'cityweave'], { cwd: OUT, stdio: 'inherit' });
  console.log(`built ${PLUGIN}/ and ${OUT}/cityweave-${version}.zip`);
} catch {
  console.warn(`built ${PLUGIN}/; no zip (the \`zip\` command is missing: apt-get install zip)`);
}
