import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { DocsContainer } from '@storybook/addon-docs/blocks';
import { createElement, type ComponentProps } from 'react';
import manifest from '../custom-elements.json';
import { setManifest, type Manifest } from '../stories/support/manifest.js';
import { projectArgTypesEnhancers, projectDecorators } from '../stories/support/project.js';
// Registers every element, as the embed bundle does.
import '../src/define.js';

// Docs tables (attributes, properties, events, CSS parts and custom properties) come from the manifest,
// and so do the controls (stories/support/manifest.ts).
setCustomElementsManifest(manifest);
setManifest(manifest as Manifest);

/** A docs page is a page: its content in one `<main>` landmark, as a screen-reader user expects. */
const DocsPage = (props: ComponentProps<typeof DocsContainer>) => createElement(DocsContainer, props, createElement('main', null, props.children));

const preview: Preview = {
  tags: ['autodocs'],
  decorators: projectDecorators,
  argTypesEnhancers: projectArgTypesEnhancers as Preview['argTypesEnhancers'],
  parameters: {
    controls: { expanded: true },
    docs: { container: DocsPage },
    options: { storySort: { order: ['Introduction', 'Thème de la mairie', 'Elements', 'Authoring'] } },
  },
};

export default preview;
