import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { NEVER_ANSWERS_URL } from './support/never-answers.js';
import { EXAMPLE_URL, exampleLoader, SEED_URL, seedLoader, type SeedLoaded } from './support/seed.js';
import { errorState, loadingState } from './support/story-state.js';
import { applyPrintRules } from './support/print-preview.js';

interface BoxArgs extends FrameArgs {
  src?: string;
  'heading-level'?: number;
  timeout?: number;
  onBoiteAIdeesLoad?: (event: Event) => void;
  onBoiteAIdeesError?: (event: Event) => void;
  onBoiteAIdeesFilter?: (event: Event) => void;
}
type Story = StoryObj<BoxArgs>;

const box = (args: BoxArgs, data: { property?: unknown; inline?: unknown; id?: string } = {}) =>
  frame(
    args,
    html`<boite-a-idees
      id=${ifDefined(data.id)}
      src=${ifDefined(args.src || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      timeout=${ifDefined(args.timeout || undefined)}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      design=${ifDefined(args.design || undefined)}
      .data=${data.property}
      @boite-a-idees-load=${args.onBoiteAIdeesLoad}
      @boite-a-idees-error=${args.onBoiteAIdeesError}
      @boite-a-idees-filter=${args.onBoiteAIdeesFilter}
      >${data.inline === undefined
        ? nothing
        : html`<script type="application/json">${JSON.stringify(data.inline, null, 2)}</script>`}</boite-a-idees
    >`,
  );

const seedOf = (loaded: Partial<SeedLoaded> | undefined): IdeaBoxDocument => {
  if (!loaded?.seed) throw new Error('the story lacks loaders: [seedLoader]');
  return loaded.seed;
};

/**
 * The box keeps its view (search, themes, linked chantier) in the URL fragment; each story starts from a
 * clean one, so one story's search does not carry over to the next.
 */
const cleanFragment = async () => {
  if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return {};
};

/** The box of a story, once it shows its document (stories that act on it use `.data`: shown at once). */
async function shownBox(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('boite-a-idees');
  if (!element) throw new Error('no <boite-a-idees> in the story');
  await element.updateComplete;
  return element;
}

/** Types in the search field as a visitor would (one `input` event). */
const typeSearch = (text: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const element = await shownBox(canvasElement);
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search field');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
};

const meta = {
  title: 'Elements/boite-a-idees',
  component: 'boite-a-idees',
  args: { ...frameArgs, src: SEED_URL, 'heading-level': 2 },
  argTypes: {
    src: { control: 'text' },
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    timeout: { control: 'number' },
    ...withoutControls('headingLevel', 'data', 'shownCount'),
    ...frameArgTypes,
  },
  loaders: [cleanFragment],
  render: (args) => box(args),
} satisfies Meta<BoxArgs>;
export default meta;

export const Default: Story = {};

export const HeadingLevel1: Story = {
  args: { 'heading-level': 1 },
  parameters: { docs: { description: { story: 'The meeting is an `<h1>`, each chantier an `<h2>`, their sections `<h3>`.' } } },
};

// --- the other data sources ---------------------------------------------------------------------------------
export const FromProperty: Story = {
  name: '.data from JavaScript',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
};

export const InlineJson: Story = {
  name: 'Inline JSON child',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { inline: seedOf(loaded) }),
};

// --- a visitor's actions ------------------------------------------------------------------------------------
export const Search: Story = {
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: typeSearch('logement'),
  parameters: { docs: { description: { story: 'A visitor typed "logement": matches are marked, the count is announced.' } } },
};

export const ThemeFilter: Story = {
  name: 'Theme filter',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: async ({ canvasElement }) => {
    const element = await shownBox(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')?.click();
    await element.updateComplete;
  },
  parameters: { docs: { description: { story: 'A visitor pressed the first theme toggle.' } } },
};

export const NoResult: Story = {
  name: 'No result',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: typeSearch('zzz introuvable'),
};

// --- the follow-up (suivi), from the invented example data/exemple-suivi.json ----------------------------------
const exampleOf = (loaded: { example?: IdeaBoxDocument } | undefined): IdeaBoxDocument => {
  if (!loaded?.example) throw new Error('the story lacks loaders: [exampleLoader]');
  return loaded.example;
};

export const Suivi: Story = {
  name: 'Suivi: statuses and order',
  args: { src: EXAMPLE_URL },
  parameters: {
    docs: {
      description: {
        story:
          'A document with a follow-up: one toggle per status in use, with its count ("En cours (1)"), and the order of the chantiers (the restitution\'s, or the latest news first). Each card shows its status, progress and steps.',
      },
    },
  },
};

export const SuiviFiltered: Story = {
  name: 'Suivi: filtered by status, latest news first',
  args: { src: undefined },
  loaders: [exampleLoader],
  render: (args, { loaded }) => box(args, { property: exampleOf(loaded as { example?: IdeaBoxDocument }) }),
  play: async ({ canvasElement }) => {
    const element = await shownBox(canvasElement);
    const toggles = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[aria-labelledby="statuts-label"] button')];
    toggles.find((button) => button.textContent!.startsWith('En cours'))!.click();
    toggles.find((button) => button.textContent!.startsWith('Suspendu'))!.click();
    await element.updateComplete;
    const sort = element.shadowRoot!.querySelector('select')!;
    sort.value = 'maj';
    sort.dispatchEvent(new Event('change'));
    await element.updateComplete;
  },
  parameters: { docs: { description: { story: 'The "En cours" and "Suspendu" toggles pressed, the latest news first: two chantiers, the count says which statuses.' } } },
};

export const SuiviEnglish: Story = { name: 'Suivi: English', args: { src: EXAMPLE_URL, lang: 'en' } };
export const SuiviDark: Story = { name: 'Suivi: dark', args: { src: EXAMPLE_URL, look: 'dark' } };
export const SuiviNarrow: Story = { name: 'Suivi: 320 px', args: { src: EXAMPLE_URL, look: 'narrow' } };

export const LinkToChantier: Story = {
  name: 'Link to a chantier',
  // Not on the Docs page: focusing its card would scroll that page away from the top.
  tags: ['!autodocs'],
  loaders: [
    async () => {
      // What a shared link gives: the chantier in the fragment, under this box's id ("lien").
      history.replaceState(history.state, '', `${location.pathname}${location.search}#lien.chantier=sante-creer-reseau-vigilance`);
      return {};
    },
  ],
  render: (args) => box(args, { id: 'lien' }),
  parameters: { docs: { description: { story: 'Opened from `#lien.chantier=sante-creer-reseau-vigilance`: that card gets the focus.' } } },
};

// --- loading and errors -------------------------------------------------------------------------------------
export const Loading: Story = { args: { src: NEVER_ANSWERS_URL, timeout: 3_600_000 }, parameters: loadingState };

export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: 'data/n-existe-pas.json' }, parameters: errorState };

export const ErrorInvalidData: Story = {
  name: 'Error: invalid data (.data)',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    const document = seedOf(loaded);
    // Two chantiers with the same id: a copied block whose id was not changed.
    const [first, second, ...rest] = document.chantiers;
    return box(args, { property: { ...document, chantiers: [first, { ...second, id: first.id }, ...rest] } });
  },
  parameters: { ...errorState, docs: { description: { story: 'The seed with its second chantier given the first one\'s id.' } } },
};

// --- language and looks -------------------------------------------------------------------------------------
export const English: Story = { args: { lang: 'en' } };
export const Brand: Story = { args: { look: 'brand' } };
export const Dark: Story = { args: { look: 'dark' } };
export const Narrow: Story = { args: { look: 'narrow' } };

export const PrintPreview: Story = {
  name: 'Print preview',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: async ({ canvasElement }) => {
    const element = await shownBox(canvasElement);
    // Folded on screen, unfolded on paper: the print rules show every section, without the controls.
    [...element.shadowRoot!.querySelectorAll('chantier-card')].forEach((card) => card.collapseAll());
    await Promise.all([...element.shadowRoot!.querySelectorAll('chantier-card')].map((card) => card.updateComplete));
    applyPrintRules(canvasElement);
  },
  parameters: { docs: { description: { story: 'What the printer gets: every section unfolded, no controls, one chantier per page.' } } },
};
