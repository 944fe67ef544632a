// `npm run build`: JS modules (rollup), declarations (tsc), the artefacts made from the schemas
// and data (dist/atlas.schema.json, dist/data/atlas.json), then the CDN bundle (dist/cdn/) with the iframe embed page.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { stampBuild } from './build-inputs.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/build-artefacts.mjs']);
run('npx', ['rollup', '-c', 'rollup.cdn.config.mjs', '--silent']);
run('node', ['scripts/build-embed.mjs']);
// Last: what dist/ was built from, so that `npm start` rebuilds only after a change (scripts/start.mjs).
stampBuild();
