import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BRAND, frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { NEVER_ANSWERS_URL } from './support/never-answers.js';
import { CHANTIER_IDS, SEED_URL, chantierOf, fromSeedArgTypes, seedLoader } from './support/seed.js';
import { inCard, inCardParameters, inHighlightedCard } from './support/in-card.js';
import { errorState, noRetry, standaloneStates } from './support/story-state.js';

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
    data.inline === undefined ? '' : JSON.stringify(data.inline),
  );

const meta = {
  title: 'Elements/freins-list',
  component: 'freins-list',
  args: { ...frameArgs, src: SEED_URL, chantier: CHANTIER_IDS[0] },
  argTypes: {
    src: { control: 'text' },
    chantier: { control: 'select', options: [...CHANTIER_IDS, 'inconnu'] },
    ...withoutControls('freins'),
    ...frameArgTypes,
  },
  // A list has no frame or colour of its own: radius, colour scheme and design style only its alert.
  parameters: { onlyWithoutData: ['--boite-radius', 'color-scheme', 'design'] },
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
  argTypes: fromSeedArgTypes,
  loaders: [seedLoader],
  render: (args, { loaded }) => freinsList(args, { property: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).freins }),
};

export const InlineJson: Story = {
  name: 'Inline JSON child',
  args: { src: undefined },
  argTypes: fromSeedArgTypes,
  loaders: [seedLoader],
  render: (args, { loaded }) => freinsList(args, { inline: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).freins }),
};

export const InCard: Story = {
  name: 'In a card',
  render: inCard,
  parameters: {
    ...inCardParameters,
    docs: { description: { story: 'The card renders its own `<freins-list>` (last section) and provides it the chantier.' } },
  },
};

export const InCardHighlight: Story = {
  name: 'In a card, words highlighted',
  ...inHighlightedCard(
    'propriétaire',
    "The card's `highlight=\"propriétaire\"` reaches its list: the word is marked (part `mark`) in the obstacles too.",
  ),
};

// --- loading and errors -------------------------------------------------------------------------------------
const standalone = standaloneStates(NEVER_ANSWERS_URL);
export const Loading: Story = standalone.loading;
export const ErrorNotFound: Story = { name: 'Error: 404', ...standalone.notFound };

export const ErrorInvalidData: Story = {
  name: 'Error: invalid data (.freins)',
  args: { src: undefined },
  // Every chantier gets the same mistake: the alert is the same.
  argTypes: withoutControls('src', 'chantier'),
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    const { items, ...rest } = chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).freins ?? { items: [] };
    return freinsList(args, { property: { ...rest, item: items } });
  },
  parameters: { ...errorState, ...noRetry, docs: { description: { story: 'The seed\'s obstacles with `items` misspelt `item`.' } } },
};

// --- language and looks -------------------------------------------------------------------------------------
export const English: Story = {
  name: 'English (error)',
  args: { lang: 'en', src: 'data/n-existe-pas.json' },
  argTypes: withoutControls('chantier'),
  parameters: errorState,
};
export const Brand: Story = {
  args: { ...BRAND },
  // A host's brand on :root: the accent and the surface belong to the card, this element takes the font.
  argTypes: withoutControls('--boite-accent', '--boite-surface'),
};
export const Dark: Story = { args: { look: 'dark' } };
export const Narrow: Story = { args: { look: 'narrow' } };
