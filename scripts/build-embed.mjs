// The iframe embed (embed/, see its files), built into the CDN folder beside cityweave.js:
// dist/cdn/embed.css as it is, embed.html with the bundle's modulepreload links (from
// dist/cdn/preload.json), embed.js (the page's script, an ES module that loads ./cityweave.js at
// run time) and embed-resize.js (the host page's script, a classic script, so that a CMS that takes
// a plain <script src> can load it). Run by scripts/build.mjs after the CDN bundle.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const OUT = 'dist/cdn';
mkdirSync(OUT, { recursive: true });
const common = { bundle: true, minify: true, target: 'es2022', legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: ['embed/embed.ts'], outfile: `${OUT}/embed.js`, format: 'esm' });
await build({ ...common, entryPoints: ['embed/embed-resize.ts'], outfile: `${OUT}/embed-resize.js`, format: 'iife' });
copyFileSync('embed/embed.css', `${OUT}/embed.css`);
// embed.js imports the bundle, which imports its core chunk: asked for with embed.js instead of one
// after the other (two round trips less before the element's own chunks and data are requested).
const { entry, chunks } = JSON.parse(readFileSync(`${OUT}/preload.json`, 'utf8'));
const preloads = [entry, ...chunks].map((f) => `<link rel="modulepreload" href="${f}">`).join('\n    ');
const page = readFileSync('embed/embed.html', 'utf8');
const MARK = /<!-- cityweave:modulepreload [^>]*-->/;
if (!MARK.test(page)) throw new Error('embed/embed.html: the cityweave:modulepreload comment is missing');
writeFileSync(`${OUT}/embed.html`, page.replace(MARK, preloads));
// The iframe's height before its page reports one, per element: for the embed codes of other tools.
copyFileSync('embed/heights.json', `${OUT}/embed-heights.json`);
console.log(`built ${OUT}/embed.html, embed.js and embed-resize.js`);
