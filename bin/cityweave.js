#!/usr/bin/env node
// The command-line entry: `npx cityweave validate [--json] [file …]`. The logic lives in src/cli.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../dist/src/cli.js';

const defaultFile = fileURLToPath(new URL('../dist/data/atlas.json', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }, defaultFile, { version, stdin: process.stdin });
process.exitCode = code;
