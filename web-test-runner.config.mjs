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

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // Decorators need the project's tsconfig (experimentalDecorators), or they fail in the browser.
  // Target esnext: with es2022 (or es2025) esbuild silently drops `with { type: 'json' }` from JSON
  // imports (src/sdg.ts, src/default-atlas.ts) and Chromium then refuses the JSON as a script.
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
