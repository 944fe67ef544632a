// The CDN build: one entry, dist/cdn/cityweave.js (components/cdn.ts), that registers every element
// with Lit inlined. `<cw-city-map>` with d3-geo, the basemap, the default dataset, the validator (zod),
// the elements' messages (with the short SDG goal titles of their language) and the full SDG titles
// (one chunk per language each) and what writes JSON-LD are
// dynamic imports, so they become lazy chunks: a page showing only a project card with its own `src`
// never loads the map, the basemap or the default dataset, and gets its own language's messages only
// (test/node/cdn.test.mjs). The text of css`…` templates is minified (scripts/rollup-css-minify.mjs),
// the elements' private custom properties get short names (see `privatePropertyNames`), and the
// indentation in html`…` templates is collapsed (see `htmlTemplateWhitespace`).
// `npm run size` (scripts/size.mjs) checks the gzip size of each against its budget, reading the
// chunk graph from dist/cdn-manifest.json, which this build writes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cssTemplates } from './scripts/rollup-css-minify.mjs';
import { parallelImports } from './scripts/rollup-parallel-imports.mjs';
import { jsonModules } from './scripts/rollup-json-modules.mjs';
import { earlyEntry } from './scripts/rollup-early-entry.mjs';

const MANIFEST = 'dist/cdn-manifest.json';

/**
 * dist/cdn/preload.json: the core chunk and the chunks it imports statically, which the entry asks
 * for first (scripts/rollup-early-entry.mjs), found by the browser only once the entry has arrived
 * (the entry names the hashed core chunk, so that its own name never changes). A page that knows them (the iframe embed, the WordPress plugin) asks
 * for them with `<link rel="modulepreload">` beside the entry's script: one round trip less.
 */
const PRELOAD = 'preload.json';

/** `{ entry, chunks }`: the entry's file and every chunk it imports statically, directly or not. */
function entryPreloads(chunks) {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const entry = chunks.find((c) => c.isEntry);
  const seen = new Set();
  const visit = (file) => {
    for (const dep of byFile.get(file)?.imports ?? []) if (!seen.has(dep)) (seen.add(dep), visit(dep));
  };
  visit(entry.file);
  return { entry: entry.file, chunks: [...seen] };
}

/** Writes which chunk holds which modules and imports which chunks (for scripts/size.mjs), and preload.json. */
function manifest() {
  const rel = (id) => (id ? relative(process.cwd(), id.replace(/^\0/, '')).split('\\').join('/') : null);
  return {
    name: 'cityweave-cdn-manifest',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk')
        .map((c) => ({
          file: c.fileName,
          isEntry: c.isEntry,
          isDynamicEntry: c.isDynamicEntry,
          facade: rel(c.facadeModuleId),
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          modules: Object.keys(c.modules).map(rel),
        }));
      mkdirSync(dirname(MANIFEST), { recursive: true });
      writeFileSync(MANIFEST, JSON.stringify({ dir: options.dir, chunks }, null, 1) + '\n');
      writeFileSync(join(options.dir, PRELOAD), JSON.stringify(entryPreloads(chunks), null, 1) + '\n');
    },
  };
}

/** A private custom property of the elements: `--_cw-color-text-muted`, `--_sdg-ink`. */
const PRIVATE_PROPERTY = /--_(?:cw|sdg)-[a-z0-9-]+/g;
/**
 * Kept as they are: an element reads `--_cw-scheme` from an enclosing cityweave element (the theme
 * it inherits), which may come from another copy of cityweave, with other short names; and
 * `--_cw-visible-top` and `--_cw-band-position` from the iframe embed page, whose script (embed.js,
 * built apart) sets them (components/base/visible-band.ts).
 */
const KEEP = new Set(['--_cw-scheme', '--_cw-visible-top', '--_cw-band-position']);

/**
 * The short name of each private custom property used `counts[name]` times: `--_0`, `--_1`, … `--_z`,
 * `--_10`, …, the most used first (then by name, so the same sources always give the same names).
 */
export function shortPropertyNames(counts) {
  const names = Object.keys(counts)
    .filter((n) => !KEEP.has(n))
    .sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : 1));
  return new Map(names.map((n, i) => [n, `--_${i.toString(36)}`]));
}

/**
 * Gives the elements' private custom properties short names in the bundle. They are the elements'
 * own copies of their tokens and internal values (`--_cw-color-text-muted: var(--cw-color-text-muted,
 * …)`, the public `--cw-*` ones are untouched), set and read inside each element's shadow root, in
 * css`…` templates and in a few strings of code (`'--_sdg-color'`); their long names, repeated in
 * every rule, were about 0.2 KB of the entry's gzip size. The names come from every source of
 * components/, so that they are the same in every chunk. Names only get shorter within a line:
 * source maps stay right to the line.
 */
function privatePropertyNames() {
  let names;
  return {
    name: 'cityweave-private-property-names',
    buildStart() {
      const counts = {};
      const scan = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) scan(path);
          else if (entry.name.endsWith('.ts')) for (const n of readFileSync(path, 'utf8').match(PRIVATE_PROPERTY) ?? []) counts[n] = (counts[n] ?? 0) + 1;
        }
      };
      scan('components');
      names = shortPropertyNames(counts);
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || !PRIVATE_PROPERTY.test(code)) return null;
      PRIVATE_PROPERTY.lastIndex = 0;
      return { code: code.replace(PRIVATE_PROPERTY, (n) => names.get(n) ?? n), map: null };
    },
  };
}

/**
 * The text of an html`…` template part with every run of whitespace that holds a line break made one
 * space: the indentation of the source. In HTML that run and one space are the same whitespace (no
 * element's text is preformatted); in a tag, between attributes, too. A break after a backslash (a
 * line continuation) is kept.
 */
export function collapseTemplateWhitespace(text) {
  return text.replace(/(?<!\\)\s*\n\s*/g, ' ');
}

/**
 * `code` with the edits ([start, end, text], in order, not overlapping), and a source map (decoded)
 * that maps the start of each output line and of each edit and kept stretch to where it came from.
 */
function applyEdits(code, edits) {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  const at = (offset) => {
    let line = starts.length - 1;
    while (starts[line] > offset) line--;
    return [line, offset - starts[line]];
  };
  const lines = [[]];
  let out = '';
  const mark = (from) => lines.at(-1).push([out.length - out.lastIndexOf('\n') - 1, 0, ...at(from)]);
  const copy = (from, to) => {
    mark(from);
    for (let i = from; i < to; i++) {
      out += code[i];
      if (code[i] === '\n') {
        lines.push([]);
        if (i + 1 < to) mark(i + 1);
      }
    }
  };
  let pos = 0;
  for (const [start, end, text] of edits) {
    copy(pos, start);
    mark(start);
    out += text;
    pos = end;
  }
  copy(pos, code.length);
  return { code: out, map: { version: 3, sources: [], names: [], mappings: lines } };
}

/**
 * Collapses the source's indentation in Lit's html`…` templates (see `collapseTemplateWhitespace`):
 * about 0.25 KB of the entry's gzip size. What a reader sees is the same; a template's `textContent`
 * has single spaces where the source had a line break and indentation.
 */
function htmlTemplateWhitespace() {
  return {
    name: 'cityweave-html-template-whitespace',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('html`')) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          for (const q of node.quasi.quasis) {
            const text = code.slice(q.start, q.end);
            const collapsed = collapseTemplateWhitespace(text);
            if (collapsed !== text) edits.push([q.start, q.end, collapsed]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return edits.length === 0 ? null : applyEdits(code, edits.sort((a, b) => a[0] - b[0]));
    },
  };
}

/**
 * Every element's tag, for the entry (scripts/rollup-early-entry.mjs): `data` for those that show
 * data, and for a lazy one the modules its importer loads (`lazyElement` in components/cdn.ts and
 * components/city-map/lazy.ts; test/node/cdn.test.mjs checks that the two agree).
 */
export const ELEMENTS = {
  'cw-project-card': { data: true },
  'cw-project-list': { data: true },
  'cw-sdg-badge': {},
  'cw-city-map': { data: true, modules: ['components/city-map/define.ts', 'data/basemap.json'] },
  'cw-roadmap-timeline': { data: true, modules: ['components/roadmap-timeline/define.ts'] },
  'cw-event': { data: true, modules: ['components/event/define.ts'] },
  'cw-city-profile': { data: true, modules: ['components/city-profile/define.ts'] },
  'cw-sdg-coverage': { data: true, modules: ['components/sdg-coverage/define.ts'] },
};

export default {
  // cityweave.js stays a small entry over a chunk that holds Lit and the elements (rollup's facade,
  // which keeps the entry's exports exact, rewritten by earlyEntry below): a page that loads the
  // bundle twice (`cityweave.js?ver=2`) then runs one copy of that chunk, not two Lits
  // (test/node/demo.test.mjs).
  input: { cityweave: 'components/cdn.ts' },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    // Large JSON files (the basemap, the dataset's views, the SDG titles) as JSON.parse of a string.
    jsonModules({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    cssTemplates(),
    privatePropertyNames(),
    htmlTemplateWhitespace(),
    parallelImports(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    // The entry asks for what the page's elements will load beside the core chunk (scripts/rollup-early-entry.mjs).
    earlyEntry({
      elements: ELEMENTS,
      // What data-source.ts `warmSrcChunks` asks for.
      src: ['components/base/url-load.ts', 'components/base/atlas-response.ts', 'components/base/parse-document.ts', 'src/atlas.ts'],
      views: { fr: ['data/views/atlas.fr.json', 'src/atlas.ts'], en: ['data/views/atlas.en.json', 'src/atlas.ts'], ar: ['data/views/atlas.ar.json', 'src/atlas.ts'] },
      messages: { fr: 'components/messages/fr.ts', en: 'components/messages/en.ts', ar: 'components/messages/ar.ts' },
      fetchesKey: 'cityweave.early-fetches',
    }),
    manifest(),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // The chunk behind the entry (Lit and the elements) is `core`, whatever small module rollup merged into it.
    chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => /components[\\/]cdn\.ts$/.test(id)) ? 'chunks/core-[hash].js' : 'chunks/[name]-[hash].js'),
    sourcemap: true,
    // A chunk of a few hundred bytes (src/roles.ts, shared by the map, the Atlas code and the
    // validator) costs a round trip of its own, found only once its importer has arrived: merged
    // into a chunk that is loaded anyway (bench/waterfall.mjs).
    experimentalMinChunkSize: 300,
    // The short SDG goal titles of a language (data/sdg/short/<lang>.json) load with the elements'
    // messages of that language (components/base/messages.ts): one chunk, one request, not two.
    manualChunks(id) {
      const m = /[\\/](?:components[\\/]messages|data[\\/]sdg[\\/]short)[\\/](en|fr|ar)\.(?:ts|json)$/.exec(id);
      if (m) return `messages-${m[1]}`;
      // Work in steps and its slice runner, shared by the validator and by the elements that build
      // large views in slices: one small chunk, not two.
      if (/[\\/]src[\\/](?:steps|slices)\.ts$/.test(id)) return 'steps';
      return undefined;
    },
  },
  onwarn(warning, warn) {
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
