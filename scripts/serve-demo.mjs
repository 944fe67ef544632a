// `npm start` (after the build): serves the demo pages and the built files on 127.0.0.1 with a strict
// Content-Security-Policy, and prints the URL. No dependencies: node:http only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8123);
const host = '127.0.0.1';
// Only these folders are served: the pages and what they load.
const served = ['demo', 'dist'];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
// Lit renders through its 'lit-html' Trusted Types policy; the components write schema.org JSON-LD
// through 'cityweave-jsonld'. Nothing else may create script or HTML from strings.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html cityweave-jsonld',
].join('; ');
// The iframe embed page is made to be framed by other sites' pages.
const embedCsp = csp.replace("frame-ancestors 'none'", 'frame-ancestors *');

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://${host}`);
    let path = decodeURIComponent(url.pathname);
    if (path === '/') path = '/demo/index.html';
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const top = file.slice(root.length + 1).split('/')[0];
    if (!file.startsWith(root + '/') || !served.includes(top)) throw Object.assign(new Error('not served'), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) throw Object.assign(new Error('directory'), { code: 'ENOENT' });
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': file.endsWith('/dist/cdn/embed.html') ? embedCsp : csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    res.end(body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
    res.end(e.code === 'ENOENT' ? 'Not found' : 'Server error');
  }
});

// A port already taken (another `npm start`, another server): say so and how to choose another, without a stack trace.
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' || e.code === 'EACCES') {
    console.error(`cityweave demo: port ${port} on ${host} is ${e.code === 'EADDRINUSE' ? 'already in use (another npm start?)' : 'not allowed'}; choose another with the PORT variable, e.g. PORT=8124 npm start`);
  } else {
    console.error(`cityweave demo: the server could not start (${e.message})`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`cityweave demo: http://${host}:${port}/`);
  console.log('  Arabic page (lang/dir on a wrapper only): http://%s:%d/demo/ar.html', host, port);
  console.log('  custom dataset through src:               http://%s:%d/demo/custom-data.html', host, port);
  console.log('Press Ctrl+C to stop.');
});
