import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { BRAND, frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { NEVER_ANSWERS_URL } from './support/never-answers.js';
import { CHANTIER_THEMES, EXAMPLE_URL, exampleLoader, FOURTH_THEME, SEED_URL, fourthThemeLoader, seedLoader, type SeedLoaded } from './support/seed.js';
import { errorState, loadingState, noRetry } from './support/story-state.js';
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

/** The box with the story's attributes; `.data` and inline JSON stories add their data on top. */
const boxElement = (args: BoxArgs, data: { property?: unknown; inline?: unknown; id?: string } = {}) =>
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
  >`;

/** The box in the story's frame (language and look). */
const box = (args: BoxArgs, data: { property?: unknown; inline?: unknown; id?: string } = {}) => frame(args, boxElement(args, data));

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
  // Its docs page is stories/boite-a-idees.mdx: one box on the page, and a link to each state.
  tags: ['!autodocs'],
  args: { ...frameArgs, src: SEED_URL, 'heading-level': 2 },
  argTypes: {
    src: { control: 'text' },
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    // The empty option is the default (no attribute, which is `auto`): a readable label, not a bare radio.
    layout: { control: { type: 'inline-radio', labels: { '': 'none (auto)' } }, options: ['', 'auto', 'overview', 'full'] },
    'url-state': { control: { type: 'inline-radio', labels: { '': 'unset (query)' } }, options: ['', 'query', 'fragment', 'none'] },
    ...withoutControls('headingLevel', 'data', 'shownCount', 'urlState', 'urlKey'),
    ...frameArgTypes,
  },
  loaders: [cleanUrl],
  // The box shows every theme of its document; the cards, lists and tables inside read their variables too.
  // The search field takes the focus.
  parameters: { contains: ['chantier-card', 'freins-list', 'gouvernance-table'], shows: { focus: true } },
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
  argTypes: withoutControls('src'),
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
};

export const InlineJson: Story = {
  name: 'Inline JSON child',
  args: { src: undefined },
  argTypes: withoutControls('src'),
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { inline: seedOf(loaded) }),
};

// --- a visitor's actions ------------------------------------------------------------------------------------
export const Search: Story = {
  args: { src: undefined },
  argTypes: withoutControls('src'),
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: typeSearch('logement'),
  parameters: {
    // Only the Logement chantier matches: the other themes' accents show nowhere.
    shows: { marks: true, themes: ['logement'] },
    docs: { description: { story: 'A visitor typed "logement": matches are marked, the count is announced.' } },
  },
};

export const ThemeFilter: Story = {
  name: 'Theme filter',
  args: { src: undefined },
  argTypes: withoutControls('src'),
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: async ({ canvasElement }) => {
    const element = await shownBox(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')?.click();
    await element.updateComplete;
  },
  // The first toggle is Logement's: only its chantier shows.
  parameters: { shows: { pressed: true, themes: ['logement'] }, docs: { description: { story: 'A visitor pressed the first theme toggle.' } } },
};

/**
 * A box given `.data` that shows no card (no result, the overview's titles): `src` cannot act, and
 * neither can the colour scheme (no accent drawn) — nor, with `contains: []`, the cards' variables.
 */
const noCardShown = withoutControls('src', 'color-scheme');

export const NoResult: Story = {
  name: 'No result',
  args: { src: undefined },
  argTypes: noCardShown,
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: typeSearch('zzz introuvable'),
  // No card shows: nothing of theirs can be seen.
  parameters: { contains: [], docs: { description: { story: 'Nothing found, nothing close: the message and the button that clears the search.' } } },
};

export const NoResultSuggestion: Story = {
  name: 'No result: a suggestion',
  args: { src: undefined },
  argTypes: noCardShown,
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: seedOf(loaded) }),
  play: typeSearch('dicrimination logemnt'),
  parameters: {
    contains: [],
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
  argTypes: noCardShown,
  parameters: { contains: [], docs: { description: { story: '"hôpitaux" under the Logement theme: the suggestion names the theme where it is found.' } } },
};

// --- many chantiers: the overview ---------------------------------------------------------------------------
/** The seed's three chantiers repeated to 30 (demo/grande-boite.js): what a real restitution of 30 looks like. */
const many = (args: BoxArgs, loaded: Partial<SeedLoaded> | undefined, id?: string) => box(args, { property: grandeBoite(seedOf(loaded), 30), id });

export const Overview: Story = {
  name: 'Overview (30 chantiers)',
  args: { src: undefined },
  // Nothing of the view in the URL yet: where it would be kept changes nothing shown.
  argTypes: { ...noCardShown, ...withoutControls('url-state') },
  loaders: [seedLoader],
  render: (args, { loaded }) => many(args, loaded),
  parameters: {
    contains: [],
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
  argTypes: withoutControls('src'),
  render: (args, { loaded }) => many(args, loaded, 'grande'),
  // The opened chantier is an Emploi one.
  parameters: { shows: { themes: ['emploi'] }, docs: { description: { story: 'Opened from its title (or a link): the whole chantier where its entry was, between two buttons back to the overview.' } } },
};

export const OverviewSearch: Story = {
  name: 'Overview: a search',
  args: { src: undefined },
  loaders: [seedLoader],
  argTypes: noCardShown,
  render: (args, { loaded }) => many(args, loaded),
  play: typeSearch('hôpital'),
  // The found words are marked under each title.
  parameters: { contains: [], shows: { marks: true }, docs: { description: { story: 'A search narrows the overview; under each title, the line where the words were found. The toggles count what it finds per theme.' } } },
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
  argTypes: withoutControls('src'),
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
  parameters: {
    // Two status toggles pressed; the chantiers shown are a Logement one and a Sport one (no accent of its own).
    shows: { pressed: true, themes: ['logement', 'sport'] },
    docs: { description: { story: 'The "En cours" and "Suspendu" toggles pressed, the latest news first: two chantiers, the count says which statuses.' } },
  },
};

export const SuiviOverview: Story = {
  name: 'Suivi: the overview',
  args: { src: EXAMPLE_URL, layout: 'overview' },
  // The overview shows titles and statuses, no card: nothing of theirs, and no accent the scheme would change.
  // Nothing of the view in the URL yet: where it would be kept changes nothing shown.
  argTypes: withoutControls('color-scheme', 'url-state'),
  parameters: { contains: [], docs: { description: { story: 'The overview (`layout="overview"`, or seven chantiers and more): under each title, its status in words.' } } },
};

export const SuiviEnglish: Story = { name: 'Suivi: English', args: { src: EXAMPLE_URL, lang: 'en' } };
export const SuiviDark: Story = { name: 'Suivi: dark', args: { src: EXAMPLE_URL, look: 'dark' } };
// A 320 px column is narrower than any maximum width one would set.
export const SuiviNarrow: Story = { name: 'Suivi: 320 px', args: { src: EXAMPLE_URL, look: 'narrow' }, argTypes: withoutControls('--boite-max-width') };

export const LinkToChantier: Story = {
  name: 'Link to a chantier',
  // Not on the Docs page: focusing its card would scroll that page away from the top.
  tags: ['!autodocs'],
  // What a shared link gives: the chantier in the query, under this box's id ("lien").
  loaders: [openedFrom('lien.chantier=sante-creer-reseau-vigilance')],
  render: (args) => box(args, { id: 'lien' }),
  parameters: {
    shows: { focus: true, selected: true },
    docs: { description: { story: 'Opened from `?lien.chantier=sante-creer-reseau-vigilance`: that card gets the focus and an outline.' } },
  },
};

// --- documents that are not the seed ----------------------------------------------------------------------------
export const EmptyDocument: Story = {
  name: 'Empty document',
  args: { src: undefined },
  // No card, no search field: nothing that the layout, the URL state, the field's or the cards' colours change.
  argTypes: withoutControls('src', 'color-scheme', 'layout', 'url-state', '--boite-input-bg', '--boite-border'),
  loaders: [seedLoader],
  render: (args, { loaded }) => box(args, { property: { ...seedOf(loaded), chantiers: [] } }),
  parameters: {
    // No chantier: no card, list or table whose variables could act, no colour of the box's own, nothing
    // that takes the focus.
    contains: [],
    shows: { focus: false },
    docs: {
      description: {
        story:
          'The seed\'s meeting with no chantier yet (`"chantiers": []`): the box says so in a message of its own, under its title; nothing to search or clear (unlike "No result").',
      },
    },
  },
};

export const FourthTheme: Story = {
  name: 'A fourth theme and its accent',
  // The accent variable named after the theme's slug, set as a host page would (a control: clear it to see
  // the theme fall back to `--boite-accent`).
  args: { src: undefined, '--boite-accent-education': '#8a1c7c' },
  argTypes: withoutControls('src'),
  loaders: [fourthThemeLoader],
  render: (args, { loaded }) => box(args, { property: (loaded as { withFourthTheme: IdeaBoxDocument }).withFourthTheme }),
  parameters: {
    shows: { themes: [...Object.values(CHANTIER_THEMES), FOURTH_THEME] },
    docs: {
      description: {
        story:
          'The seed with a fourth chantier of a theme the package has never heard of, Éducation (stories/fixtures/chantier-education.json): it gets its toggle and an accent variable named after its slug, here `--boite-accent-education: #8a1c7c`. Clear that control and the theme takes `--boite-accent` (unset: the page\'s text colour), like every theme without an accent of its own.',
      },
    },
  },
};

// --- forced colours and a host's own CSS ----------------------------------------------------------------------
export const ForcedColours: Story = {
  name: 'Forced colours: every state',
  // Not on the Docs page: focusing the linked card would scroll that page.
  tags: ['!autodocs'],
  // A search that one card matches: the box marks matches only near the viewport, so a second card, far
  // below the first, would be marked or not depending on the scroll.
  loaders: [openedFrom('etats.themes=logement,emploi&etats.q=logement&etats.chantier=logement-acces-equitable')],
  render: (args) =>
    frame(
      args,
      html`${boxElement(args, { id: 'etats' })}
        <boite-a-idees
          url-state="none"
          src="data/n-existe-pas.json"
          color-scheme=${ifDefined(args['color-scheme'] || undefined)}
          design=${ifDefined(args.design || undefined)}
        ></boite-a-idees>`,
    ),
  parameters: {
    // A failed box below one that shows its data: the data's controls stay.
    ...errorState,
    alertBesideData: true,
    // Only the Logement chantier matches.
    shows: { focus: true, marks: true, pressed: true, selected: true, themes: ['logement'] },
    docs: {
      description: {
        story:
          'Every state at once — two themes pressed, "logement" highlighted, the linked chantier outlined and focused, its sections\' buttons, a failed box below — to look at in forced colours (Windows contrast themes), which Storybook cannot emulate: in Chromium, DevTools › ⋮ › More tools › Rendering › "Emulate CSS media feature forced-colors: active"; in Firefox, Settings › Colours › Override the colours: Always. Borders turn CanvasText, marks Highlight, buttons ButtonText. `scripts/screenshots.mjs` checks these states in a light and a dark forced palette, test/forced-colors.test.ts their pixels.',
      },
    },
  },
};

export const HostStyling: Story = {
  name: 'Host styling through parts',
  // The variables a town hall's theme sets beside its part rules (stories/support/host-styles.ts): controls.
  args: { src: undefined, '--boite-heading-font': "Georgia, 'Times New Roman', serif", '--boite-accent': '#1f4e79' },
  // The host's rules set the colours the scheme would change, and the marks' background (::part(card-mark)).
  argTypes: withoutControls('src', 'color-scheme', '--boite-mark'),
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    adoptHostStyles();
    return html`<div class="boite-story-host-parts">${box(args, { property: seedOf(loaded) })}</div>`;
  },
  play: typeSearch('logement'),
  parameters: {
    // As in "Search": only the Logement chantier shows, its matches marked.
    shows: { marks: true, themes: ['logement'] },
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
  argTypes: withoutControls('src'),
  loaders: [seedLoader],
  render: (args, { loaded }) => {
    const document = seedOf(loaded);
    // Two chantiers with the same id: a copied block whose id was not changed.
    const [first, second, ...rest] = document.chantiers;
    return box(args, { property: { ...document, chantiers: [first, { ...second, id: first.id }, ...rest] } });
  },
  parameters: { ...errorState, ...noRetry, docs: { description: { story: 'The seed with its second chantier given the first one\'s id.' } } },
};

// --- language and looks -------------------------------------------------------------------------------------
export const English: Story = { args: { lang: 'en' } };
// The brand sets every colour the scheme would change.
export const Brand: Story = { args: { ...BRAND }, argTypes: withoutControls('color-scheme') };
export const Dark: Story = { args: { look: 'dark' } };
// A 320 px column is narrower than any maximum width one would set.
export const Narrow: Story = { args: { look: 'narrow' }, argTypes: withoutControls('--boite-max-width') };

export const PrintPreview: Story = {
  name: 'Print preview',
  args: { src: undefined },
  // No search field on paper.
  argTypes: withoutControls('src', '--boite-input-bg'),
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
