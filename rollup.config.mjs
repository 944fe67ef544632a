// The npm build: unbundled ESM (one output module per source module) with source maps, so that
// users' bundlers tree-shake per file and `lit`, `zod` and `d3-geo` stay shared dependencies.
// Types come from `tsc --emitDeclarationOnly` (TypeScript 7 has no JS API for a rollup plugin).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

// exceljs and csv-* serve the CLI's exchange commands (src/exchange/), Node only: never bundled.
const external = (id) => /^(lit|@lit|zod|d3-geo|d3-array|node:|exceljs|csv-parse|csv-stringify)/.test(id);

/**
 * The whole default dataset ships once, as JSON: `dist/data/atlas.json` (written by
 * scripts/build-artefacts.mjs, the file behind the `cityweave/data/atlas.json` export and the CLI's
 * default). `loadDefaultAtlas` imports that file (`import(…, { with: { type: 'json' } })`, a
 * dynamic import, so `require('cityweave')` still works) instead of a JS copy of it.
 */
function datasetAsJson() {
  const dataset = resolve('data/atlas.json');
  return {
    name: 'cityweave-dataset-as-json',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/atlas.json') || !importer) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Marked external at its source path, it is written as the same relative path (`../data/atlas.json`), which in dist/ is dist/data/atlas.json.
      return r?.id === dataset ? { id: dataset, external: true, attributes: options.attributes } : null;
    },
  };
}

export default {
  input: [...sources('src'), ...sources('components')],
  external,
  // esbuild keeps import attributes (an ES2025 feature, beyond the target) for the JSON dataset's import.
  plugins: [datasetAsJson(), json({ preferConst: true }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', supported: { 'import-attributes': true } })],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: '.',
    importAttributesKey: 'with',
    sourcemap: true,
    entryFileNames: (chunk) => (chunk.name.endsWith('.json') ? `${chunk.name}.js` : '[name].js'),
  },
  onwarn(warning, warn) {
    // zod's own sources carry these; harmless (see TOOLCHAIN.md).
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
