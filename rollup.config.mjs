// The npm build: unbundled ESM (one output module per source module) with source maps, so that
// users' bundlers tree-shake per file and `lit`, `zod` and `d3-geo` stay shared dependencies.
// Types come from `tsc --emitDeclarationOnly` (TypeScript 7 has no JS API for a rollup plugin).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

const external = (id) => /^(lit|@lit|zod|d3-geo|d3-array|node:)/.test(id);

export default {
  input: [...sources('src'), ...sources('components')],
  external,
  plugins: [json({ preferConst: true }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: '.',
    sourcemap: true,
    entryFileNames: (chunk) => (chunk.name.endsWith('.json') ? `${chunk.name}.js` : '[name].js'),
  },
  onwarn(warning, warn) {
    // zod's own sources carry these; harmless (see TOOLCHAIN.md).
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
