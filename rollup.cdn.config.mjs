// The CDN build: one entry, dist/cdn/cityweave.js (components/cdn.ts), that registers every element
// with Lit inlined. `<cw-city-map>` with d3-geo, the basemap, the default dataset, the validator (zod),
// the elements' messages and the SDG titles (one chunk per language each) and what writes JSON-LD are
// dynamic imports, so they become lazy chunks: a page showing only a project card with its own `src`
// never loads the map, the basemap or the default dataset, and gets its own language's messages only
// (test/node/cdn.test.mjs). The text of css`…` templates is minified (scripts/rollup-css-minify.mjs).
// `npm run size` (scripts/size.mjs) checks the gzip size of each against its budget, reading the
// chunk graph from dist/cdn-manifest.json, which this build writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cssTemplates } from './scripts/rollup-css-minify.mjs';

const MANIFEST = 'dist/cdn-manifest.json';

/** Writes which chunk holds which modules and imports which chunks (for scripts/size.mjs). */
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
    },
  };
}

export default {
  // cityweave.js stays a small facade over a chunk that holds Lit and the elements (rollup's default,
  // keeping the entry's exports exact): a page that loads the bundle twice (`cityweave.js?ver=2`)
  // then runs one copy of that chunk, not two Lits (test/node/demo.test.mjs).
  input: { cityweave: 'components/cdn.ts' },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    cssTemplates(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    manifest(),
  ],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  onwarn(warning, warn) {
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
