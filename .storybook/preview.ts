import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// Registers every element, as the embed bundle does.
import '../src/define.js';

// Docs tables (attributes, properties, events, CSS parts and custom properties) come from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Elements'] } },
  },
};

export default preview;
