// What the build is made from, and whether dist/ was built from exactly that: `npm start` rebuilds
// only when a source changed (a full build takes most of a minute on a small machine), and says so.
// The fingerprint is the path, size and modification time of every file the build reads.
//
// After a change, `npm start` rebuilds only the steps of the build that the demo serves and whose
// own inputs changed (`START_STEPS`: a change to a component rebuilds the CDN bundle, about a third
// of a full build, not the declarations or the IDE files); `npm run build` still builds everything.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** Folders and files the build reads (scripts/build.mjs and the rollup configurations). */
const INPUTS = ['src', 'components', 'data', 'embed', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'rollup.config.mjs', 'rollup.cdn.config.mjs'];
/** Where the fingerprint of the last build (or of one step, `name`) is kept (ignored by git, not in the package). */
const stampOf = (base, name = 'build-inputs') => join(base, `.cache/${name}`);

/**
 * The steps of scripts/build.mjs that the demo needs (it serves dist/cdn), in order, each with the
 * files it reads. A step runs when its inputs changed, or when a step before it ran and it reads
 * that step's output (`after`).
 */
export const START_STEPS = [
  { name: 'views', inputs: ['data/atlas.json', 'src', 'scripts/build-atlas-views.mjs'], commands: [['node', ['scripts/build-atlas-views.mjs']]] },
  {
    name: 'cdn',
    after: 'views',
    inputs: ['src', 'components', 'data', 'package-lock.json', 'tsconfig.json', 'rollup.cdn.config.mjs', 'scripts/rollup-css-minify.mjs'],
    commands: [['npx', ['rollup', '-c', 'rollup.cdn.config.mjs', '--silent']]],
    then: writeCdnTypes,
  },
  { name: 'embed', after: 'cdn', inputs: ['embed', 'scripts/build-embed.mjs'], commands: [['node', ['scripts/build-embed.mjs']]] },
];

/** The CDN entry's types: the same exports as components/cdn.ts, whose declarations tsc writes. */
export function writeCdnTypes(base = root) {
  writeFileSync(join(base, 'dist/cdn/cityweave.d.ts'), "// The types of cityweave.js, built from components/cdn.ts.\nexport * from '../components/cdn.js';\n");
}

const stepStamp = (step) => `build-step-${step.name}`;

/** The names of the steps of `START_STEPS` to run now: those whose inputs changed, and those after them that read their output. */
export function stepsToRebuild(base = root, steps = START_STEPS) {
  const run = new Set();
  for (const step of steps) {
    const stamp = stampOf(base, stepStamp(step));
    const current = existsSync(stamp) && readFileSync(stamp, 'utf8') === inputsFingerprint(base, step.inputs);
    if (!current || (step.after && run.has(step.after))) run.add(step.name);
  }
  return steps.filter((s) => run.has(s.name)).map((s) => s.name);
}

/** Records that one step's output is built from its inputs as they are now. */
export function stampStep(name, base = root, steps = START_STEPS) {
  const step = steps.find((s) => s.name === name);
  if (!step) throw new Error(`cityweave: no build step "${name}"; the steps are ${steps.map((s) => s.name).join(', ')}`);
  mkdirSync(join(base, '.cache'), { recursive: true });
  writeFileSync(stampOf(base, stepStamp(step)), inputsFingerprint(base, step.inputs));
}

function files(path) {
  if (!existsSync(path)) return [];
  const s = statSync(path);
  if (!s.isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

/** The fingerprint of the build's inputs as they are now. */
export function inputsFingerprint(base = root, inputs = INPUTS) {
  const hash = createHash('sha256');
  for (const input of inputs) {
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
  // A full build is every step too.
  for (const step of START_STEPS) stampStep(step.name, base);
}
