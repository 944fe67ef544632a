// Browser tests in Debian's Chromium (no browser can be downloaded here; see scripts/find-chromium.sh).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast, emulated through
 * DevTools (the stock `emulateMedia` command passes `forcedColors` to Playwright only).
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // An emulation lasts as long as the DevTools session that set it: keep one per page.
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/**
 * Test-only behaviours of the server, asked for by query parameters on any path (see the tests of
 * `src` and of Trusted Types): `cw-csp=<policy>` sends that Content-Security-Policy header;
 * `cw-type=<type>` overrides the Content-Type; `cw-cors` allows any origin; `cw-other-origin`
 * redirects to the same path on the other loopback host (localhost ⇄ 127.0.0.1, another origin);
 * `cw-never` never answers (until the browser gives up); `cw-bytes=<n>` answers `n` bytes of a JSON
 * string (with `cw-chunked`, without a Content-Length).
 */
function testServerMiddleware() {
  return async (ctx, next) => {
    const q = ctx.query;
    if (q['cw-never'] !== undefined) {
      await new Promise((resolve) => ctx.req.once('close', resolve));
      ctx.respond = false; // The browser gave up: nothing to answer.
      return;
    }
    if (q['cw-other-origin'] !== undefined) {
      const url = new URL(ctx.href);
      url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      url.searchParams.delete('cw-other-origin');
      url.searchParams.set('cw-cors', '');
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.redirect(url.href);
      return;
    }
    if (q['cw-bytes'] !== undefined) {
      const n = Number(q['cw-bytes']);
      const { Readable } = await import('node:stream');
      const chunk = 'a'.repeat(64 * 1024);
      ctx.type = 'application/json';
      ctx.set('Access-Control-Allow-Origin', '*');
      if (q['cw-chunked'] === undefined) ctx.length = n;
      ctx.body = Readable.from(
        (function* () {
          yield '"';
          for (let left = n - 2; left > 0; left -= chunk.length) yield chunk.slice(0, Math.min(left, chunk.length));
          yield '"';
        })(),
      );
      return;
    }
    await next();
    if (q['cw-csp'] !== undefined) ctx.set('Content-Security-Policy', String(q['cw-csp']));
    if (q['cw-type'] !== undefined) ctx.set('Content-Type', String(q['cw-type']));
    if (q['cw-cors'] !== undefined) ctx.set('Access-Control-Allow-Origin', '*');
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  // A large file (parse.test.ts) takes over the default 120 s on a busy 2-core machine.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  // Decorators need the project's tsconfig (experimentalDecorators), or they fail in the browser.
  // Target esnext: with es2022 (or es2025) esbuild silently drops `with { type: 'json' }` from JSON
  // imports (src/sdg.ts, src/default-atlas.ts) and Chromium then refuses the JSON as a script.
  middleware: [testServerMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      // One browser context per test page: with two pages in one context, one is hidden, and a
      // hidden page gets no animation frames or ResizeObserver callbacks, so rendering tests hang.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
