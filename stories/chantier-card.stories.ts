import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Chantier } from '../src/model/types.js';
import { clampLevel, heading } from '../src/shared/heading.js';
import { BRAND, dsfrSetsThem, frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { NEVER_ANSWERS_URL } from './support/never-answers.js';
import {
  CHANTIER_IDS,
  EXAMPLE_IDS,
  EXAMPLE_THEMES,
  EXAMPLE_URL,
  FOURTH_THEME,
  SEED_URL,
  chantierOf,
  exampleLoader,
  fourthThemeLoader,
  fromSeedArgTypes,
  seedLoader,
  type ExampleId,
} from './support/seed.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { errorState, loadingState, noRetry } from './support/story-state.js';

interface CardArgs extends FrameArgs {
  src?: string;
  chantier?: string;
  'heading-level'?: number;
  timeout?: number;
  collapsible?: boolean;
  highlight?: string;
  permalink?: string;
  onChantierCardLoad?: (event: Event) => void;
  onChantierCardError?: (event: Event) => void;
}
type Story = StoryObj<CardArgs>;

/** The card's attributes; `.data` and inline JSON stories add their data on top, `before` what precedes it. */
const card = (args: CardArgs, data: { property?: unknown; inline?: unknown } = {}, before: unknown = nothing) =>
  frame(
    args,
    html`${before}<chantier-card
      src=${ifDefined(args.src || undefined)}
      chantier=${ifDefined(args.chantier || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      timeout=${ifDefined(args.timeout || undefined)}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      design=${ifDefined(args.design || undefined)}
      ?collapsible=${args.collapsible}
      highlight=${ifDefined(args.highlight || undefined)}
      permalink=${ifDefined(args.permalink || undefined)}
      .data=${data.property}
      @chantier-card-load=${args.onChantierCardLoad}
      @chantier-card-error=${args.onChantierCardError}
      >${data.inline === undefined
        ? nothing
        : html`<script type="application/json">${JSON.stringify(data.inline, null, 2)}</script>`}</chantier-card
    >`,
    data.inline === undefined ? '' : JSON.stringify(data.inline),
  );

const meta = {
  title: 'Elements/chantier-card',
  component: 'chantier-card',
  args: { ...frameArgs, src: SEED_URL, chantier: CHANTIER_IDS[0], 'heading-level': 2, collapsible: false, highlight: '', permalink: '' },
  argTypes: {
    src: { control: 'text' },
    chantier: { control: 'select', options: [...CHANTIER_IDS, 'inconnu'] },
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    // Radios rather than Storybook's switch, whose unselected label is too pale to read (axe: color-contrast).
    collapsible: { control: { type: 'inline-radio', labels: { false: 'no', true: 'yes' } }, options: [false, true] },
    highlight: { control: 'text' },
    permalink: { control: 'text' },
    ...withoutControls('headingLevel', 'data', 'glossaire'),
    ...frameArgTypes,
  },
  parameters: { contains: ['freins-list', 'gouvernance-table'] },
  render: (args) => card(args),
} satisfies Meta<CardArgs>;
export default meta;

// --- each chantier of the seed, by src + chantier (the default look) ------------------------------------
export const Logement: Story = { args: { chantier: 'logement-acces-equitable' } };
export const Emploi: Story = { args: { chantier: 'emploi-lutter-discriminations-jeunes' } };
export const Sante: Story = { name: 'Santé', args: { chantier: 'sante-creer-reseau-vigilance' } };

// --- each heading level ---------------------------------------------------------------------------------
/** A host page's own headings above the card, down to the level just above the card's title. */
const HOST_OUTLINE = ['Mairie de Saint-Exemple', 'Participation citoyenne', 'La boîte à idées', 'Les chantiers', 'Logement'];
const hostOutline = (level: number) =>
  HOST_OUTLINE.slice(0, Math.max(0, level - 1)).map((text, index) => heading(index + 1, { class: 'boite-story-host-heading' }, text));

const atLevel = (level: number): Story => ({
  args: { 'heading-level': level },
  render: (args) => card(args, {}, hostOutline(clampLevel(args['heading-level'] ?? 2))),
  parameters: {
    docs: {
      description: {
        story: `${level > 1 ? `Under a host page's headings of levels 1 to ${level - 1}: t` : 'T'}he title is an \`<h${level}>\`, the sections \`<h${Math.min(level + 1, 6)}>\`; the outline skips no level.`,
      },
    },
  },
});
export const HeadingLevel1 = atLevel(1);
export const HeadingLevel2 = atLevel(2);
export const HeadingLevel3 = atLevel(3);
export const HeadingLevel4 = atLevel(4);
export const HeadingLevel5 = atLevel(5);
export const HeadingLevel6 = atLevel(6);

// --- reading aids: folding sections, search highlights, a link to the chantier ----------------------------
export const Collapsible: Story = {
  args: { collapsible: true },
  parameters: { docs: { description: { story: 'Each section heading is a button that folds and unfolds its section (`aria-expanded`).' } } },
};

export const CollapsedAll: Story = {
  name: 'Collapsible, all folded',
  args: { collapsible: true },
  // The governance table is folded away.
  argTypes: withoutControls('--boite-table-head'),
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('chantier-card');
    card?.collapseAll();
    await card?.updateComplete;
  },
  parameters: { docs: { description: { story: '`card.collapseAll()`: the theme, title and workshop stay; every section folds.' } } },
};

export const Highlight: Story = {
  args: { highlight: 'discrimination territoriale' },
  parameters: {
    docs: {
      description: {
        story: '`highlight="discrimination territoriale"`: the words are marked wherever they appear, in the obstacles and the governance too, accents and case aside.',
      },
    },
  },
};

export const Permalink: Story = {
  args: { permalink: '#chantier=logement-acces-equitable' },
  parameters: { docs: { description: { story: 'A link to this chantier in its header; only http(s), relative and `#` links are shown.' } } },
};

// --- the follow-up (suivi), from the invented example data/exemple-suivi.json --------------------------------
/**
 * A chantier of the example by `src` + `chantier`: the `chantier` control picks among the example's (or an
 * unknown one); `hidden` names the controls that cannot act on that chantier.
 */
const suivi = (chantier: ExampleId, story: string, args: Partial<CardArgs> = {}, hidden: string[] = []): Story => ({
  args: { src: EXAMPLE_URL, chantier, ...args },
  argTypes: { chantier: { control: 'select', options: [...Object.values(EXAMPLE_IDS), 'inconnu'] }, ...withoutControls(...hidden) },
  parameters: { docs: { description: { story } } },
});
/** Only the example's first chantier has a governance: the others show no table to colour. */
const NO_TABLE = '--boite-table-head';

export const SuiviEnCours = suivi(
  EXAMPLE_IDS.enCours,
  'Under the title, the status in words, a `<progress>` bar whose value is announced, the carrier and the last update (`<time datetime>`); under each success criterion, met, partly met or not met with its note; the dated steps close the card.',
);
SuiviEnCours.name = 'Suivi: en cours';
export const SuiviRealise = suivi(
  EXAMPLE_IDS.realise,
  'Status `realise`, no progress given: the bar shows the 100 % the status implies; the last update is the latest step.',
  {},
  [NO_TABLE],
);
SuiviRealise.name = 'Suivi: réalisé';
export const SuiviALancer = suivi(EXAMPLE_IDS.aLancer, 'Status `a-lancer` (0 %), a carrier and a date, no step yet: no steps section.', {}, [NO_TABLE]);
SuiviALancer.name = 'Suivi: à lancer, sans étape';
export const SuiviSuspendu = suivi(
  EXAMPLE_IDS.suspendu,
  'Status `suspendu`; the success criterion is a paragraph, assessed "non"; the steps, written out of order in the file, show oldest first.',
  {},
  // A theme without an accent of its own (Sport: the page's text colour) and no table: nothing the colour
  // scheme changes.
  [NO_TABLE, 'color-scheme'],
);
SuiviSuspendu.name = 'Suivi: suspendu';
export const SansSuivi = suivi(EXAMPLE_IDS.sansSuivi, 'A chantier of the same document without `suivi`: it looks as it always did.', {}, [NO_TABLE]);
SansSuivi.name = 'Suivi: none (as before)';
export const SuiviEnglish = suivi(EXAMPLE_IDS.enCours, 'Under `lang="en"`: the interface words and dates in English, the data French and marked `lang="fr"`.', { lang: 'en' });
SuiviEnglish.name = 'Suivi: English';
export const SuiviDark = suivi(EXAMPLE_IDS.enCours, 'The follow-up on a dark host page.', { look: 'dark' });
SuiviDark.name = 'Suivi: dark';
// A 320 px column is narrower than any maximum width one would set.
export const SuiviNarrow = suivi(EXAMPLE_IDS.enCours, 'At 320 px: the summary wraps, one item a line.', { look: 'narrow' }, ['--boite-max-width']);
SuiviNarrow.name = 'Suivi: 320 px';
export const SuiviCollapsedAll: Story = {
  // The governance table is folded away.
  ...suivi(EXAMPLE_IDS.enCours, 'Every section folded: the status, progress, carrier and last update stay in view.', { collapsible: true }, [NO_TABLE]),
  name: 'Suivi: all folded',
  play: CollapsedAll.play,
};

/** The example's first chantier under a document's own statuses (`statuts`), as inline JSON. */
const withOwnStatuts = (example: IdeaBoxDocument): IdeaBoxDocument => {
  const chantier = example.chantiers.find((candidate) => candidate.id === EXAMPLE_IDS.enCours)!;
  return {
    version: 1,
    statuts: [
      { cle: 'vote', libelle: 'Voté en conseil municipal', progression: 30 },
      { cle: 'en-travaux', libelle: 'En travaux' },
      { cle: 'livre', libelle: 'Livré', progression: 100 },
    ],
    chantiers: [{ ...chantier, suivi: { ...chantier.suivi, statut: 'vote', progression: undefined } }],
  };
};

export const SuiviStatutsPropres: Story = {
  name: "Suivi: the document's own statuses",
  args: { src: undefined, chantier: undefined },
  // The chantier is given as inline JSON.
  argTypes: withoutControls('src'),
  loaders: [exampleLoader],
  render: (args, { loaded }) => card(args, { inline: withOwnStatuts(loaded.example as IdeaBoxDocument) }),
  parameters: {
    // The example's first chantier, a Logement one.
    shows: { themes: [EXAMPLE_THEMES[EXAMPLE_IDS.enCours]] },
    docs: {
      description: { story: 'A document with its own `statuts` list: the status reads as the document words it ("Voté en conseil municipal"), with the progress it implies (30 %).' },
    },
  },
};

export const SuiviErreur: Story = {
  name: 'Error: invalid follow-up (.data)',
  args: { src: undefined, chantier: undefined },
  // The chantier is given as `.data`: neither a source nor an id can act.
  argTypes: withoutControls('src', 'chantier'),
  loaders: [exampleLoader],
  render: (args, { loaded }) => {
    const chantier = (loaded.example as IdeaBoxDocument).chantiers[0];
    return card(args, { property: { ...chantier, suivi: { ...chantier.suivi, statut: 'termine', miseAJour: '2026-02-30' } } });
  },
  parameters: {
    ...errorState,
    ...noRetry,
    docs: { description: { story: 'A status the list lacks and a date that does not exist: the alert names `suivi.statut` and `suivi.miseAJour`.' } },
  },
};

// --- the other data sources -----------------------------------------------------------------------------
export const InlineJson: Story = {
  name: 'Inline JSON child',
  args: { src: undefined },
  argTypes: fromSeedArgTypes,
  loaders: [seedLoader],
  render: (args, { loaded }) => card(args, { inline: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]) }),
  parameters: {
    docs: {
      description: {
        story:
          'For CMS editors who cannot run script: the chantier written into a `<script type="application/json">` child (here, the seed\'s chantier, serialized).',
      },
    },
  },
};

export const FromProperty: Story = {
  name: '.data from JavaScript',
  args: { src: undefined },
  argTypes: fromSeedArgTypes,
  loaders: [seedLoader],
  render: (args, { loaded }) => card(args, { property: chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0]) }),
  parameters: { docs: { description: { story: '`card.data = chantier`, validated like fetched data; fires no load event.' } } },
};

// --- loading and errors -----------------------------------------------------------------------------------
/** Stories whose source fails whatever the chantier: the `chantier` control cannot act there. */
const whateverTheChantier = withoutControls('chantier');

export const Loading: Story = {
  args: { src: NEVER_ANSWERS_URL, timeout: 3_600_000 },
  argTypes: whateverTheChantier,
  parameters: {
    ...loadingState,
    docs: {
      description: {
        story:
          '`src` points at a URL that never answers (stories/support/never-answers.ts holds that one request open until the element aborts it), so the card stays in its loading state.',
      },
    },
  },
};

export const Timeout: Story = {
  args: { src: NEVER_ANSWERS_URL, timeout: 1000 },
  argTypes: whateverTheChantier,
  parameters: { ...errorState, docs: { description: { story: 'The same silent server with `timeout="1000"`: after a second, an alert and a "Réessayer" button.' } } },
};

export const ErrorNotFound: Story = {
  name: 'Error: 404',
  args: { src: 'data/n-existe-pas.json' },
  argTypes: whateverTheChantier,
  parameters: errorState,
};

export const ErrorInvalidJson: Story = {
  name: 'Error: invalid JSON',
  args: { src: 'stories/fixtures/trailing-comma.json' },
  argTypes: whateverTheChantier,
  parameters: { ...errorState, ...noRetry, docs: { description: { story: 'A hand-edited document with a trailing comma.' } } },
};

/** The seed's chantier with two authoring mistakes: a misspelt key and an empty title. */
const withMistakes = (chantier: Chantier) => {
  const { enjeu, ...rest } = chantier;
  return { ...rest, enjeux: enjeu, titre: '' };
};

export const ErrorInvalidData: Story = {
  name: 'Error: invalid data (.data)',
  args: { src: undefined },
  // Every chantier gets the same mistake: the alert is the same.
  argTypes: withoutControls('src', 'chantier'),
  loaders: [seedLoader],
  render: (args, { loaded }) => card(args, { property: withMistakes(chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0])) }),
  parameters: {
    ...errorState,
    ...noRetry,
    docs: { description: { story: 'The seed\'s chantier with `enjeu` misspelt `enjeux` and an empty `titre`: the alert names both JSON paths.' } },
  },
};

export const ErrorUnknownId: Story = {
  name: 'Error: unknown id',
  args: { chantier: 'logement-inconnu' },
  parameters: { ...errorState, ...noRetry },
};

export const ErrorMissingId: Story = {
  name: 'Error: no chantier attribute',
  args: { chantier: '' },
  parameters: { ...errorState, ...noRetry, docs: { description: { story: 'The seed has several chantiers and the card does not say which one.' } } },
};

// --- very long text ------------------------------------------------------------------------------------------
/**
 * The seed's chantier as a town hall might lengthen it: a title of several lines, the workshop named in
 * full, a web address and a long compound word in a list, a long governance row. Every added word is
 * kept beside the participants' own, which stay as they are.
 */
const withLongText = (chantier: Chantier): Chantier => ({
  ...chantier,
  titre: `${chantier.titre} : informer, former et accompagner les propriétaires, les agences immobilières, les bailleurs sociaux et les locataires de l'agglomération`,
  atelier: chantier.atelier && { ...chantier.atelier, titre: `${chantier.atelier.titre} de la rencontre régionale des acteurs de la politique de la ville` },
  ressources: {
    ...chantier.ressources,
    items: [
      ...(chantier.ressources?.items ?? []),
      'Le guide en ligne : https://www.mairie-saint-exemple.fr/participation-citoyenne/boite-a-idees/chantiers/logement-acces-equitable/ressources-et-contacts',
      'Une formation à la lutte anti-discriminations pour les « professionnels-intermédiaires-du-logement-social-et-privé »',
    ],
  },
  gouvernance: {
    ...chantier.gouvernance,
    roles: [
      ...(chantier.gouvernance?.roles ?? []),
      {
        role: 'Coordination intercommunale et départementale du dispositif',
        texte: "le service habitat de l'agglomération, avec la délégation départementale aux droits des femmes et à l'égalité et l'Agence départementale d'information sur le logement",
      },
    ],
  },
});

export const LongText: Story = {
  name: 'Very long text (320 px)',
  args: { src: undefined, look: 'narrow' },
  argTypes: { ...fromSeedArgTypes, ...withoutControls('--boite-max-width') },
  loaders: [seedLoader],
  render: (args, { loaded }) => card(args, { property: withLongText(chantierOf(loaded, args.chantier ?? CHANTIER_IDS[0])) }),
  parameters: {
    docs: {
      description: {
        story:
          'In a 320 px column (RGAA 10.11): a title of several lines, a web address and a long compound word break inside the column, the governance rows stack; nothing is cut and nothing scrolls sideways.',
      },
    },
  },
};

// --- a theme the package does not know ------------------------------------------------------------------------
export const FourthTheme: Story = {
  name: 'A fourth theme and its accent',
  // The accent variable named after the theme's slug, set as a host page would (a control).
  args: { src: undefined, chantier: undefined, '--boite-accent-education': '#8a1c7c' },
  // While `--boite-accent-education` is set, `--boite-accent` (its fallback) colours nothing in this card,
  // and the colour scheme changes nothing in its accent.
  argTypes: withoutControls('src', 'chantier', '--boite-accent', 'color-scheme'),
  loaders: [fourthThemeLoader],
  render: (args, { loaded }) => card(args, { property: (loaded as { withFourthTheme: { chantiers: Chantier[] } }).withFourthTheme.chantiers.at(-1) }),
  parameters: {
    shows: { themes: [FOURTH_THEME] },
    docs: {
      description: {
        story:
          'A chantier of a theme the package has never heard of (Éducation, stories/fixtures/chantier-education.json): its accent variable is named after its slug, here `--boite-accent-education: #8a1c7c`. Without it, the accent falls back to `--boite-accent`, then the page\'s text colour (the box\'s story of a fourth theme shows that fallback\'s control).',
      },
    },
  },
};

// --- language and looks -------------------------------------------------------------------------------------
export const English: Story = { args: { lang: 'en' } };
export const EnglishError: Story = {
  name: 'English: error',
  args: { lang: 'en', src: 'data/n-existe-pas.json' },
  argTypes: whateverTheChantier,
  parameters: errorState,
};

export const Brand: Story = {
  args: { ...BRAND },
  // The brand sets every colour the scheme would change.
  argTypes: withoutControls('color-scheme'),
  parameters: {
    docs: {
      description: {
        story:
          'A host brand: `--boite-accent: #6d2077; --boite-surface: #fbf5fa; --boite-font: Georgia, serif`, set on an ancestor as a host page would; change them in the Controls panel.',
      },
    },
  },
};
export const Dark: Story = { args: { look: 'dark', chantier: 'sante-creer-reseau-vigilance' } };
export const DarkError: Story = {
  name: 'Dark: error',
  args: { look: 'dark', src: 'data/n-existe-pas.json' },
  argTypes: whateverTheChantier,
  parameters: errorState,
};
// A 320 px column is narrower than any maximum width one would set.
export const Narrow: Story = {
  args: { look: 'narrow', chantier: 'emploi-lutter-discriminations-jeunes' },
  argTypes: withoutControls('--boite-max-width'),
};
export const DesignDsfr: Story = {
  name: 'design="dsfr"',
  args: { design: 'dsfr' },
  argTypes: dsfrSetsThem,
  parameters: {
    docs: {
      description: {
        story: 'For State services only: reads the DSFR\'s CSS variables when the page loads the DSFR (here it does not, so its fallbacks show).',
      },
    },
  },
};
