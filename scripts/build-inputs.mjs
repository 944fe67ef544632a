// What the build is made from, and whether dist/ was built from exactly that: `npm start` rebuilds
// only when a source changed (a full build takes most of a minute on a small machine), and says so.
// The fingerprint is the path, size and modification time of every file the build reads.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** Folders and files the build reads (scripts/build.mjs and the rollup configurations). */
const INPUTS = ['src', 'components', 'data', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'rollup.config.mjs', 'rollup.cdn.config.mjs'];
/** Where the fingerprint of the last build is kept (ignored by git, not in the package). */
const stampOf = (base) => join(base, '.cache/build-inputs');

function files(path) {
  if (!existsSync(path)) return [];
  const s = statSync(path);
  if (!s.isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

/** The fingerprint of the build's inputs as they are now. */
export function inputsFingerprint(base = root) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(base, input))) {
      const s = statSync(file);
      hash.update(`${relative(base, file)}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

/** True when dist/ was built from the inputs as they are now. */
export function buildIsCurrent(base = root) {
  const stamp = stampOf(base);
  return existsSync(join(base, 'dist/cdn/cityweave.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputsFingerprint(base);
}

/** Records that dist/ is built from the inputs as they are now (the last step of scripts/build.mjs). */
export function stampBuild(base = root) {
  mkdirSync(join(base, '.cache'), { recursive: true });
  writeFileSync(stampOf(base), inputsFingerprint(base));
}
