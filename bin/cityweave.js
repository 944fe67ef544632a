#!/usr/bin/env node
// The command-line entry: `npx cityweave validate [file]`. The logic lives in src/cli.ts.
import { fileURLToPath } from 'node:url';
import { runCli } from '../dist/src/cli.js';

const defaultFile = fileURLToPath(new URL('../dist/data/atlas.json', import.meta.url));
const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }, defaultFile);
process.exitCode = code;
