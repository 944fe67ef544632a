// `npm run build`: the views of the default dataset (data/views/), JS modules (rollup), declarations (tsc, without declaration maps: the .ts sources
// are not shipped), the artefacts made from the schemas and data (dist/atlas.schema.json,
// dist/data/atlas.json), the JSX typings and IDE files made from custom-elements.json (dist/jsx/,
// dist/*custom-data.json, dist/web-types.json), then the CDN bundle (dist/cdn/), its types and the iframe embed page.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { stampBuild, writeCdnTypes } from './build-inputs.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
// First: the per-language views of the default dataset (data/views/, build outputs), which src imports.
run('node', ['scripts/build-atlas-views.mjs']);
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/build-artefacts.mjs']);
run('node', ['scripts/build-tooling.mjs']);
run('npx', ['rollup', '-c', 'rollup.cdn.config.mjs', '--silent']);
writeCdnTypes();
run('node', ['scripts/build-embed.mjs']);
// Last: what dist/ was built from, so that `npm start` rebuilds only after a change (scripts/start.mjs).
stampBuild();
