import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook of boite-a-idees: one stories file per element (stories/<tag>.stories.ts), docs from
 * custom-elements.json. Stories fetch the real seed, data/chantiers.json, served at /data as on a host site
 * (`src="data/chantiers.json"`, relative to the page, works here and in the browser tests alike).
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [
    { from: '../data', to: '/data' },
    // Deliberately broken documents for the error stories, at the same path as in the tests (repo root).
    { from: '../stories/fixtures', to: '/stories/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    // Storybook's own docs and axe chunks are large; they are not what the library ships. Gzip sizes of
    // every chunk are not worth computing on each build, and Rolldown's "plugin X took N % of the build"
    // notice (Storybook's CSF transform, on a busy 2-core machine) asks nothing of us.
    return mergeConfig(config, {
      build: { chunkSizeWarningLimit: 2048, reportCompressedSize: false, rolldownOptions: { checks: { bundlerTimings: false } } },
    });
  },
};

export default config;
