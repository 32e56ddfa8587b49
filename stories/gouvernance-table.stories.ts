import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BRAND, frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { NEVER_ANSWERS_URL } from './support/never-answers.js';
import { CHANTIER_IDS, SEED_URL, chantierOf, fromSeedArgTypes, seedLoader } from './support/seed.js';
import { inCard, inCardParameters, inHighlightedCard } from './support/in-card.js';
import { errorState, noRetry, standaloneStates } from './support/story-state.js';

interface GouvernanceArgs extends FrameArgs {
  src?: string;
  chantier?: string;
  caption?: string;
  timeout?: number;
  onGouvernanceTableLoad?: (event: Event) => void;
  onGouvernanceTableError?: (event: Event) => void;
}
type Story = StoryObj<GouvernanceArgs>;

const gouvernanceTable = (args: GouvernanceArgs, data: { property?: unknown; inline?: unknown } = {}) =>
  frame(
    args,
    html`<gouvernance-table
      src=${ifDefined(args.src || undefined)}
      chantier=${ifDefined(args.chantier || undefined)}
      caption=${ifDefined(args.caption || undefined)}
      timeout=${ifDefined(args.timeout || undefined)}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      design=${ifDefined(args.design || undefined)}
      .gouvernance=${data.property}
      @gouvernance-table-load=${args.onGouvernanceTableLoad}
      @gouvernance-table-error=${args.onGouvernanceTableError}
      >${data.inline === undefined
        ? nothing
        : html`<script type="application/json">${JSON.stringify(data.inline, null, 2)}</script>`}</gouvernance-table
    >`,
    data.inline === undefined ? '' : JSON.stringify(data.inline),
  );

const meta = {
  title: 'Elements/gouvernance-table',
  component: 'gouvernance-table',
  args: { ...frameArgs, src: SEED_URL, chantier: CHANTIER_IDS[0], caption: '' },
  argTypes: {
    src: { control: 'text' },
    chantier: { control: 'select', options: [...CHANTIER_IDS, 'inconnu'] },
    caption: { control: 'text' },
    ...withoutControls('gouvernance'),
    ...frameArgTypes,
  },
  // The table's colours follow the page's text colour: the colour scheme and the radius style only its alert.
  parameters: { onlyWithoutData: ['--boite-radius', 'color-scheme'] },
  render: (args) => gouvernanceTable(args),
} satisfies Meta<GouvernanceArgs>;
export default meta;

// --- alone, by src + chantier -------------------------------------------------------------------------------
export const Logement: Story = { args: { chantier: 'logement-acces-equitable' } };
export const Emploi: Story = { args: { chantier: 'emploi-lutter-discriminations-jeunes' } };
export const Sante: Story = { name: 'Santé', args: { chantier: 'sante-creer-reseau-vigilance' } };
export const CustomCaption: Story = { name: 'caption attribute', args: { caption: 'Qui porte le projet ?' } };

// --- alone, by property or inline JSON; inside a card -------------------------------------------------------
export const FromProperty: Story = {
  name: '.gouvernance from JavaScript',
  args: { src: undefined },
  argTypes: fromSeedArgTypes,
  loaders: [seedLoader],
  render: (args, { loaded }) => gouvernanceTable(args, { property: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).gouvernance }),
  parameters: { docs: { description: { story: 'Without its chantier, the caption does not name it.' } } },
};

export const InlineJson: Story = {
  name: 'Inline JSON child',
  args: { src: undefined },
  argTypes: fromSeedArgTypes,
  loaders: [seedLoader],
  render: (args, { loaded }) => gouvernanceTable(args, { inline: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).gouvernance }),
};

export const InCard: Story = {
  name: 'In a card',
  render: inCard,
  // The card sets the caption itself.
  argTypes: withoutControls('caption'),
  parameters: { ...inCardParameters, docs: { description: { story: 'The card renders its own `<gouvernance-table>` and provides it the chantier.' } } },
};

export const InCardHighlight: Story = {
  name: 'In a card, words highlighted',
  ...inHighlightedCard(
    'intercommunal',
    "The card's `highlight=\"intercommunal\"` reaches its table: the word is marked (part `mark`) in the governance too.",
    // The card sets the caption itself.
    withoutControls('caption'),
  ),
};

// --- loading and errors -------------------------------------------------------------------------------------
const standalone = standaloneStates(NEVER_ANSWERS_URL);
export const Loading: Story = standalone.loading;
export const ErrorNotFound: Story = { name: 'Error: 404', ...standalone.notFound };

export const ErrorInvalidData: Story = {
  name: 'Error: invalid data (.gouvernance)',
  args: { src: undefined },
  // Every chantier gets the same mistake: the alert is the same.
  argTypes: withoutControls('src', 'chantier'),
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    const { roles, ...rest } = chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]).gouvernance ?? {};
    // A row whose role is missing: what a spreadsheet export with an empty first column gives.
    return gouvernanceTable(args, { property: { ...rest, roles: (roles ?? []).map((row, index) => (index === 0 ? { texte: row.texte } : row)) } });
  },
  parameters: { ...errorState, ...noRetry, docs: { description: { story: 'The seed\'s governance with the first row\'s `role` missing.' } } },
};

// --- language and looks -------------------------------------------------------------------------------------
export const English: Story = { args: { lang: 'en' } };
export const Brand: Story = {
  args: { ...BRAND },
  // A host's brand on :root: the accent and the surface belong to the card, this element takes the font.
  argTypes: withoutControls('--boite-accent', '--boite-surface'),
};
export const Dark: Story = { args: { look: 'dark' } };
export const Narrow: Story = { name: 'Narrow (stacked rows)', args: { look: 'narrow', chantier: 'emploi-lutter-discriminations-jeunes' } };
