// The CDN build: one entry, dist/cdn/cityweave.js (components/cdn.ts), that registers every element
// with Lit inlined. `<cw-city-map>` with d3-geo, the basemap, the default dataset, the validator (zod)
// and the SDG titles (one chunk per language) are dynamic imports, so they become lazy chunks that a
// page showing only a project card with its own `src` never loads (test/node/cdn.test.mjs).
// `npm run size` (scripts/size.mjs) checks the gzip size of each against its budget, reading the
// chunk graph from dist/cdn-manifest.json, which this build writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
  input: { cityweave: 'components/cdn.ts' },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    manifest(),
  ],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  onwarn(warning, warn) {
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
