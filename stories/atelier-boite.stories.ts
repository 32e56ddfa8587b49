import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The workshop is not in the embed bundle (src/define.ts): its stories register it themselves.
import '../src/atelier-boite/define.js';
import { frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { SEED_URL } from './support/seed.js';
import { errorState } from './support/story-state.js';

/** The seed's restitution text, served beside data/chantiers.json (never retyped). */
const RESTITUTION_URL = 'data/restitution.txt';

interface AtelierArgs extends FrameArgs {
  'example-src'?: string;
  'storage-key'?: string;
  'heading-level'?: number;
  debounce?: number;
  onAtelierBoiteChange?: (event: Event) => void;
}
type Story = StoryObj<AtelierArgs>;

interface Loaded {
  text?: string;
}

const fetchText = async (url: string) => {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
};

/** data/restitution.txt as the author's paste. */
const restitutionLoader = async (): Promise<Loaded> => ({ text: await fetchText(RESTITUTION_URL) });

/** data/chantiers.json as written, changed by `edit` (a text edit or a change of the parsed document). */
const jsonLoader =
  (edit: { text?: (text: string) => string; document?: (document: Record<string, any>) => void }) =>
  async (): Promise<Loaded> => {
    const text = await fetchText(SEED_URL);
    if (edit.text) return { text: edit.text(text) };
    const document = JSON.parse(text);
    edit.document?.(document);
    return { text: JSON.stringify(document, null, 2) };
  };

const atelier = (args: AtelierArgs, value = '') =>
  frame(
    args,
    html`<atelier-boite
      example-src=${ifDefined(args['example-src'] || undefined)}
      storage-key=${args['storage-key'] ?? ''}
      heading-level=${ifDefined(args['heading-level'])}
      debounce=${ifDefined(args.debounce)}
      .value=${value}
      @atelier-boite-change=${args.onAtelierBoiteChange}
    ></atelier-boite>`,
  );

/** Pastes the loaded text as an author would (one `input` event) and waits until the checks followed. */
const pasteLoaded = async ({ canvasElement, loaded }: { canvasElement: HTMLElement; loaded?: Loaded }) => {
  const element = canvasElement.querySelector('atelier-boite');
  if (!element) throw new Error('no <atelier-boite> in the story');
  await element.updateComplete;
  const field = element.shadowRoot!.querySelector('textarea')!;
  const changed = new Promise((resolve) => element.addEventListener('atelier-boite-change', resolve, { once: true }));
  field.value = loaded?.text ?? '';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await changed;
};

const meta = {
  title: 'Authoring/atelier-boite',
  component: 'atelier-boite',
  // Stories keep no draft (an empty storage-key), so each one starts as it says.
  args: { ...frameArgs, 'example-src': RESTITUTION_URL, 'storage-key': '', 'heading-level': 2 },
  argTypes: {
    'example-src': { control: 'text' },
    'storage-key': { control: 'text', description: 'Where the draft is kept (`localStorage`); empty in the stories: no draft.' },
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    debounce: { control: 'number' },
    ...withoutControls('headingLevel', 'exampleSrc', 'storageKey', 'schemaUrl', 'value', 'currentDocument', 'errorCount'),
    ...frameArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The authoring page of the idea box (`demo/atelier.html`, built apart by `npm run build:atelier`): paste a restitution text or a JSON document, see the real `<boite-a-idees>`, jump to each problem, download `chantiers.json`.',
      },
    },
  },
  render: (args, { loaded }) => atelier(args, (loaded as Loaded | undefined)?.text),
} satisfies Meta<AtelierArgs>;
export default meta;

export const Empty: Story = {
  render: (args) => atelier(args),
  parameters: { docs: { description: { story: 'Nothing pasted yet: the field, the actions, and where the preview will show.' } } },
};

export const SeedTextPasted: Story = {
  name: 'Seed restitution pasted',
  loaders: [restitutionLoader],
  render: (args) => atelier(args),
  play: pasteLoaded,
  parameters: {
    docs: {
      description: {
        story:
          'data/restitution.txt pasted: the line counts, the line to check (the misplaced "Thématique : Logement" header) and the three chantiers.',
      },
    },
  },
};

export const BrokenJson: Story = {
  name: 'JSON with a wrong type',
  loaders: [jsonLoader({ document: (document) => (document.chantiers[1].freins.items[0] = 4242) })],
  parameters: {
    ...errorState,
    docs: { description: { story: 'The seed with a number at `chantiers[1].freins.items[0]`: the message names the path and the line.' } },
  },
};

export const JsonSyntaxError: Story = {
  name: 'JSON syntax error',
  loaders: [jsonLoader({ text: (text) => text.replace('"version": 1,', '"version": 1') })],
  parameters: {
    ...errorState,
    docs: { description: { story: 'The seed with a comma missing after `"version": 1`: the message gives the line and column.' } },
  },
};

export const English: Story = {
  args: { lang: 'en' },
  loaders: [restitutionLoader],
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { look: 'narrow' },
  loaders: [restitutionLoader],
};

export const Dark: Story = {
  args: { look: 'dark' },
  loaders: [jsonLoader({ document: (document) => (document.chantiers[1].freins.items[0] = 4242) })],
  parameters: errorState,
};
