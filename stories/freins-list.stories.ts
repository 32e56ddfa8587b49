import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { NEVER_ANSWERS_URL } from './support/never-answers.js';
import { CHANTIER_IDS, SEED_URL, chantierOf, seedLoader } from './support/seed.js';
import { errorState, loadingState } from './support/story-state.js';

interface FreinsArgs extends FrameArgs {
  src?: string;
  chantier?: string;
  timeout?: number;
  onFreinsListLoad?: (event: Event) => void;
  onFreinsListError?: (event: Event) => void;
}
type Story = StoryObj<FreinsArgs>;

const freinsList = (args: FreinsArgs, data: { property?: unknown; inline?: unknown } = {}) =>
  frame(
    args,
    html`<freins-list
      src=${ifDefined(args.src || undefined)}
      chantier=${ifDefined(args.chantier || undefined)}
      timeout=${ifDefined(args.timeout || undefined)}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      design=${ifDefined(args.design || undefined)}
      .freins=${data.property}
      @freins-list-load=${args.onFreinsListLoad}
      @freins-list-error=${args.onFreinsListError}
      >${data.inline === undefined
        ? nothing
        : html`<script type="application/json">${JSON.stringify(data.inline, null, 2)}</script>`}</freins-list
    >`,
  );

const meta = {
  title: 'Elements/freins-list',
  component: 'freins-list',
  args: { ...frameArgs, src: SEED_URL, chantier: CHANTIER_IDS[0] },
  argTypes: {
    src: { control: 'text' },
    chantier: { control: 'select', options: [...CHANTIER_IDS, 'inconnu'] },
    timeout: { control: 'number' },
    ...withoutControls('freins'),
    ...frameArgTypes,
  },
  render: (args) => freinsList(args),
} satisfies Meta<FreinsArgs>;
export default meta;

// --- alone, by src + chantier -------------------------------------------------------------------------------
export const Logement: Story = { args: { chantier: 'logement-acces-equitable' } };
export const Emploi: Story = { args: { chantier: 'emploi-lutter-discriminations-jeunes' } };
export const Sante: Story = { name: 'Santé', args: { chantier: 'sante-creer-reseau-vigilance' } };

// --- alone, by property or inline JSON; inside a card -------------------------------------------------------
export const FromProperty: Story = {
  name: '.freins from JavaScript',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => freinsList(args, { property: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).freins }),
};

export const InlineJson: Story = {
  name: 'Inline JSON child',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => freinsList(args, { inline: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).freins }),
};

export const InCard: Story = {
  name: 'In a card',
  render: (args) => frame(args, html`<chantier-card src=${ifDefined(args.src)} chantier=${ifDefined(args.chantier)}></chantier-card>`),
  parameters: { docs: { description: { story: 'The card renders its own `<freins-list>` (last section) and provides it the chantier.' } } },
};

// --- loading and errors -------------------------------------------------------------------------------------
export const Loading: Story = {
  args: { src: NEVER_ANSWERS_URL, timeout: 3_600_000 },
  parameters: loadingState,
};

export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: 'data/n-existe-pas.json' }, parameters: errorState };

export const ErrorInvalidData: Story = {
  name: 'Error: invalid data (.freins)',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    const { items, ...rest } = chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).freins ?? { items: [] };
    return freinsList(args, { property: { ...rest, item: items } });
  },
  parameters: { ...errorState, docs: { description: { story: 'The seed\'s obstacles with `items` misspelt `item`.' } } },
};

// --- language and looks -------------------------------------------------------------------------------------
export const English: Story = { name: 'English (error)', args: { lang: 'en', src: 'data/n-existe-pas.json' }, parameters: errorState };
export const Brand: Story = { args: { look: 'brand' } };
export const Dark: Story = { args: { look: 'dark' } };
export const Narrow: Story = { args: { look: 'narrow' } };
