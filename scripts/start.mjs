// `npm start`: builds when a source changed since the last build (else says the build is current),
// then serves the demo (scripts/serve-demo.mjs).
import { execFileSync } from 'node:child_process';
import { buildIsCurrent, root } from './build-inputs.mjs';

if (buildIsCurrent()) console.log('cityweave: dist/ is up to date with the sources (no rebuild; `npm run build` forces one)');
else execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
await import('./serve-demo.mjs');
