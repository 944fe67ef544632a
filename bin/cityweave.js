#!/usr/bin/env node
// The command-line entry: `npx cityweave validate [--json] [file …]`; the logic lives in src/cli.ts.
// `cityweave render …` (Lit SSR, Node only) lives in ssr/render.mjs, outside src/ (which has no DOM).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (process.argv[2] === 'render') {
  const { main } = await import('../ssr/render.mjs');
  process.exitCode = await main(process.argv.slice(3));
} else {
  const { runCli } = await import('../dist/src/cli.js');
  const defaultFile = fileURLToPath(new URL('../dist/data/atlas.json', import.meta.url));
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.exitCode = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }, defaultFile, { version, stdin: process.stdin });
}
