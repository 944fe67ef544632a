// Imports TypeScript modules of src/ from a build script that runs before anything is built: they
// are bundled by esbuild into .cache/<name>.mjs, then imported. zod stays external: the scripts
// compare zod classes or read the schemas' definitions, so both sides must share one copy of it.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The module whose source is `contents` (re-exports of `./src/….ts`, from the project's root), bundled as `.cache/<name>.mjs`. */
export async function importSrc(name, contents) {
  const outfile = join(root, '.cache', `${name}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['zod'],
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
