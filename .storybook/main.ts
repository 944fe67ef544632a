/**
 * Storybook for cityweave's components: `npm run storybook` (dev server on 127.0.0.1) and
 * `npm run build-storybook` (static, in `storybook-static/`). Written by hand: `storybook init`
 * does not work here (see ../shared/docs/TOOLCHAIN.md).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The error stories fetch these (`src="fixtures/not-json.json"`); the "from src" stories fetch the default dataset.
  staticDirs: [
    { from: '../stories/fixtures', to: '/fixtures' },
    { from: '../data', to: '/data' },
  ],
  // No telemetry: it would phone home, and its DNS look-ups time out on machines without the internet.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
