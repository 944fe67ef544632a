#!/usr/bin/env node
// The command-line entry: `npx cityweave validate [file]`. The logic lives in src/cli.ts.
// `cityweave render …` (Lit SSR, Node only) lives in ssr/render.mjs, outside src/ (which has no DOM).
import { fileURLToPath } from 'node:url';

if (process.argv[2] === 'render') {
  const { main } = await import('../ssr/render.mjs');
  process.exitCode = await main(process.argv.slice(3));
} else {
  const { runCli } = await import('../dist/src/cli.js');
  const defaultFile = fileURLToPath(new URL('../dist/data/atlas.json', import.meta.url));
  const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }, defaultFile);
  process.exitCode = code;
}
