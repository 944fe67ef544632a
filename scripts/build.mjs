// `npm run build`: JS modules (rollup), declarations (tsc), then the artefacts made from the
// schemas and data: dist/atlas.schema.json and dist/data/atlas.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/build-artefacts.mjs']);
