// `npm start`: rebuilds what the demo serves, and only the steps whose sources changed since the
// last build (see START_STEPS in build-inputs.mjs): a full build when there is none yet, nothing when
// dist/ is current. Then serves the demo (scripts/serve-demo.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { START_STEPS, buildIsCurrent, root, stampStep, stepsToRebuild } from './build-inputs.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

if (!existsSync(join(root, 'dist/cdn/cityweave.js'))) {
  console.log('cityweave: no build yet: building everything once (npm run build)');
  run(process.execPath, ['scripts/build.mjs']);
} else if (buildIsCurrent()) {
  console.log('cityweave: dist/ is up to date with the sources (no rebuild; `npm run build` forces one)');
} else {
  const names = stepsToRebuild();
  if (names.length === 0) console.log('cityweave: what the demo serves is up to date (dist/src and the declarations wait for `npm run build`)');
  for (const name of names) {
    const step = START_STEPS.find((s) => s.name === name);
    const t0 = Date.now();
    for (const [cmd, args] of step.commands) run(cmd === 'node' ? process.execPath : cmd, args);
    step.then?.();
    stampStep(name);
    console.log(`cityweave: rebuilt ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
await import('./serve-demo.mjs');
