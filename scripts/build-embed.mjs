// The iframe embed (embed/, see its files), built into the CDN folder beside cityweave.js:
// dist/cdn/embed.html and embed.css as they are, embed.js (the page's script, an ES module that loads
// ./cityweave.js at run time) and embed-resize.js (the host page's script, a classic script, so that
// a CMS that takes a plain <script src> can load it). Run by scripts/build.mjs after the CDN bundle.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const OUT = 'dist/cdn';
mkdirSync(OUT, { recursive: true });
const common = { bundle: true, minify: true, target: 'es2022', legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: ['embed/embed.ts'], outfile: `${OUT}/embed.js`, format: 'esm' });
await build({ ...common, entryPoints: ['embed/embed-resize.ts'], outfile: `${OUT}/embed-resize.js`, format: 'iife' });
for (const f of ['embed.html', 'embed.css']) copyFileSync(`embed/${f}`, `${OUT}/${f}`);
// The iframe's height before its page reports one, per element: for the embed codes of other tools.
copyFileSync('embed/heights.json', `${OUT}/embed-heights.json`);
console.log(`built ${OUT}/embed.html, embed.js and embed-resize.js`);
