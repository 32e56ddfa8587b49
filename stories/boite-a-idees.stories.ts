import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { NEVER_ANSWERS_URL } from './support/never-answers.js';
import { EXAMPLE_URL, exampleLoader, SEED_URL, seedLoader, type SeedLoaded } from './support/seed.js';
import { errorState, loadingState } from './support/story-state.js';
import { applyPrintRules } from './support/print-preview.js';
import { grandeBoite } from '../demo/grande-boite.js';
import { adoptHostStyles, withoutBoxKeys } from './support/host-styles.js';

interface BoxArgs extends FrameArgs {
  src?: string;
  'heading-level'?: number;
  layout?: '' | 'auto' | 'overview' | 'full';
  timeout?: number;
  'url-state'?: '' | 'query' | 'fragment' | 'none';
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
      layout=${ifDefined(args.layout || undefined)}
      timeout=${ifDefined(args.timeout || undefined)}
      url-state=${ifDefined(args['url-state'] || undefined)}
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
 * The box keeps its view (search, themes, linked chantier) in the page's URL; each story starts from a
 * URL without any box's keys, so one story's search does not carry over to the next.
 */
const cleanUrl = async () => {
  const clean = withoutBoxKeys(location.href);
  if (clean !== location.href) history.replaceState(history.state, '', clean);
  return {};
};

/** A loader that opens the story as from a shared link: the box's keys added to the page's query. */
const openedFrom = (keys: string) => async () => {
  const [beforeHash, hash] = withoutBoxKeys(location.href).split('#');
  const url = `${beforeHash}${beforeHash.includes('?') ? '&' : '?'}${keys}${hash === undefined ? '' : `#${hash}`}`;
  history.replaceState(history.state, '', url);
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
    layout: { control: 'inline-radio', options: ['', 'auto', 'overview', 'full'] },
    timeout: { control: 'number' },
    'url-state': { control: 'inline-radio', options: ['', 'query', 'fragment', 'none'] },
    ...withoutControls('headingLevel', 'data', 'shownCount', 'urlState', 'urlKey'),
    ...frameArgTypes,
  },
  loaders: [cleanUrl],
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
  parameters: { docs: { description: { story: 'Nothing found, nothing close: the message and the button that clears the search.' } } },
};

export const NoResultSuggestion: Story = {
  name: 'No result: a suggestion',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: typeSearch('dicrimination logemnt'),
  parameters: {
    docs: { description: { story: 'Two misspelt words find nothing: the box suggests the words of the chantiers closest to them, with what that finds.' } },
  },
};

export const NoResultOtherTheme: Story = {
  name: 'No result: another theme',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: async (context) => {
    const element = await shownBox(context.canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')?.click();
    await typeSearch('hôpitaux')(context);
  },
  parameters: { docs: { description: { story: '"hôpitaux" under the Logement theme: the suggestion names the theme where it is found.' } } },
};

// --- many chantiers: the overview ---------------------------------------------------------------------------
/** The seed's three chantiers repeated to 30 (demo/grande-boite.js): what a real restitution of 30 looks like. */
const many = (args: BoxArgs, loaded: Partial<SeedLoaded> | undefined, id?: string) => box(args, { property: grandeBoite(seedOf(loaded), 30), id });

export const Overview: Story = {
  name: 'Overview (30 chantiers)',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => many(args, loaded),
  parameters: {
    docs: {
      description: {
        story: 'From seven chantiers on (`layout="auto"`), the box opens on an overview grouped by theme: each title opens its chantier in place; "Lire tous les chantiers en entier" shows them all.',
      },
    },
  },
};

export const OverviewOpened: Story = {
  name: 'Overview: a chantier opened in place',
  tags: ['!autodocs'], // focusing the opened chantier would scroll the Docs page
  loaders: [
    seedLoader,
    async () => {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#grande.chantier=emploi-lutter-discriminations-jeunes-5`);
      return {};
    },
  ],
  args: { src: undefined },
  render: (args, { loaded }) => many(args, loaded, 'grande'),
  parameters: { docs: { description: { story: 'Opened from its title (or a link): the whole chantier where its entry was, between two buttons back to the overview.' } } },
};

export const OverviewSearch: Story = {
  name: 'Overview: a search',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => many(args, loaded),
  play: typeSearch('hôpital'),
  parameters: { docs: { description: { story: 'A search narrows the overview; under each title, the line where the words were found. The toggles count what it finds per theme.' } } },
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

export const SuiviOverview: Story = {
  name: 'Suivi: the overview',
  args: { src: EXAMPLE_URL, layout: 'overview' },
  parameters: { docs: { description: { story: 'The overview (`layout="overview"`, or seven chantiers and more): under each title, its status in words.' } } },
};

export const SuiviEnglish: Story = { name: 'Suivi: English', args: { src: EXAMPLE_URL, lang: 'en' } };
export const SuiviDark: Story = { name: 'Suivi: dark', args: { src: EXAMPLE_URL, look: 'dark' } };
export const SuiviNarrow: Story = { name: 'Suivi: 320 px', args: { src: EXAMPLE_URL, look: 'narrow' } };

export const LinkToChantier: Story = {
  name: 'Link to a chantier',
  // Not on the Docs page: focusing its card would scroll that page away from the top.
  tags: ['!autodocs'],
  // What a shared link gives: the chantier in the query, under this box's id ("lien").
  loaders: [openedFrom('lien.chantier=sante-creer-reseau-vigilance')],
  render: (args) => box(args, { id: 'lien' }),
  parameters: {
    docs: { description: { story: 'Opened from `?lien.chantier=sante-creer-reseau-vigilance`: that card gets the focus and an outline.' } },
  },
};

export const EmptyDocument: Story = {
  name: 'Empty document',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: { ...seedOf(loaded), chantiers: [] } }),
  parameters: {
    docs: { description: { story: 'A box that holds no chantier yet: its own message, nothing to search or clear (unlike "No result").' } },
  },
};

export const ForcedColours: Story = {
  name: 'Forced colours: every state',
  // Not on the Docs page: focusing the linked card would scroll that page.
  tags: ['!autodocs'],
  loaders: [openedFrom('etats.themes=logement,emploi&etats.q=discriminations&etats.chantier=logement-acces-equitable')],
  render: (args) =>
    frame(
      args,
      html`<boite-a-idees id="etats" src=${SEED_URL}></boite-a-idees>
        <boite-a-idees url-state="none" src="data/n-existe-pas.json"></boite-a-idees>`,
    ),
  parameters: {
    ...errorState,
    docs: {
      description: {
        story:
          'Every state at once — two themes pressed, "discriminations" highlighted, the linked chantier outlined and focused, a failed box below — to look at in forced colours: Chromium DevTools › Rendering › "Emulate CSS media feature forced-colors: active". `scripts/screenshots.mjs` checks these states in a light and a dark forced palette, test/forced-colors.test.ts their pixels.',
      },
    },
  },
};

export const FourthTheme: Story = {
  name: 'A fourth theme and its accent',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    adoptHostStyles();
    const seed = seedOf(loaded);
    const education = { ...seed.chantiers[0], id: 'education-ecole-egalite', thematique: 'Éducation', titre: "L'égalité dès l'école" };
    return html`<div class="boite-story-accent-education">${box(args, { property: { ...seed, chantiers: [...seed.chantiers, education] } })}</div>`;
  },
  parameters: {
    docs: {
      description: {
        story:
          'A theme the package has never heard of gets a toggle and an accent variable named after its slug: here the page sets `--boite-accent-education: #8a1c7c`. Without it, the theme takes `--boite-accent`.',
      },
    },
  },
};

export const HostStyling: Story = {
  name: 'Host styling through parts',
  args: { src: undefined },
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    adoptHostStyles();
    return html`<div class="boite-story-host-parts">${box(args, { property: seedOf(loaded) })}</div>`;
  },
  play: typeSearch('logement'),
  parameters: {
    docs: {
      description: {
        story:
          "A town hall's theme restyles the cards inside the box through the parts the box exposes for them, under names of their own: `boite-a-idees::part(card-title)`, `::part(card-theme)`, `::part(card-section-title)`, `::part(card-mark)`, `::part(glossary-title)`…, and sets `--boite-heading-font`.",
      },
    },
  },
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
