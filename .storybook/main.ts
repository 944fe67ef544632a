/**
 * Storybook for cityweave's components: `npm run storybook` (dev server on 127.0.0.1) and
 * `npm run build-storybook` (static, in `storybook-static/`). Written by hand: `storybook init`
 * does not work here (see ../shared/docs/TOOLCHAIN.md).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * `storybook dev` only: drops the import attributes of dynamic JSON imports
 * (`import('../data/sdg/titles/fr.json', { with: { type: 'json' } })` in `src/` and `components/`).
 * Vite's dev server turns the JSON into a JavaScript module but leaves the attribute, so the browser
 * refuses it ("Expected a JSON module script", vitejs/vite#19095). Static imports, and builds, are fine.
 */
const dynamicJsonImports: Plugin = {
  name: 'cityweave:dynamic-json-imports',
  apply: 'serve',
  enforce: 'pre',
  transform(code, id) {
    if (!/\.[cm]?[jt]s$/.test(id.split('?')[0] ?? '') || !code.includes('.json')) return undefined;
    const out = code.replace(/import\(\s*(['"][^'"]+\.json['"])\s*,\s*\{\s*with\s*:\s*\{\s*type\s*:\s*['"]json['"]\s*\}\s*\}\s*\)/g, 'import($1)');
    return out === code ? undefined : { code: out, map: null };
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The error stories fetch these (`src="fixtures/not-json.json"`); the "from src" stories fetch the
  // default dataset. Not at `/data`: in `storybook dev`, Vite serves the modules that import
  // `data/*.json` at `/data/…?import`, and a static dir there answers first with raw JSON (the
  // preview then fails to load).
  staticDirs: [
    { from: '../stories/fixtures', to: '/fixtures' },
    { from: '../data', to: '/dataset' },
  ],
  // No telemetry: it would phone home, and its DNS look-ups time out on machines without the internet.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), dynamicJsonImports] }),
};

export default config;
