import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { slugify } from '../src/model/fold.js';
import { CHANTIER_IDS, SEED_URL, seedLoader, type SeedLoaded } from './support/seed.js';
import type { Theme } from './support/theme-builder/theme.js';
import { defineThemeBuilder } from './support/theme-builder/theme-builder.js';

// Storybook only: the builder is no element of the library.
defineThemeBuilder();

/** Each theme of the seed by slug, as the document names it: `sante` → `Santé`. */
const themeNamesOf = (loaded: Partial<SeedLoaded> | undefined) =>
  Object.fromEntries((loaded?.seed?.chantiers ?? []).map((chantier) => [slugify(chantier.thematique), chantier.thematique]));

const builder = (loaded: Partial<SeedLoaded> | undefined, initial?: Partial<Theme>) =>
  html`<boite-theme-builder lang="fr" src=${SEED_URL} chantier=${CHANTIER_IDS[0]} .themeNames=${themeNamesOf(loaded)} .initial=${initial}></boite-theme-builder>`;

const meta = {
  title: 'Thème de la mairie/Constructeur de thème',
  // Plain ASCII links: ?path=/story/theme-builder--constructeur
  id: 'theme-builder',
  // Its docs page is stories/theme-builder.mdx (one builder on the page).
  tags: ['!autodocs'],
  loaders: [seedLoader],
  render: (_args, { loaded }) => builder(loaded),
  parameters: {
    docs: {
      description: {
        component:
          "Choisissez les accents (toutes les thématiques, puis chacune), le fond des cartes, les polices, l'arrondi et la marge ; voyez une carte seule et la boîte entière les prendre, en mode clair et sombre ; lisez le contraste de chaque accent (RGAA 3.2 et 3.3) ; copiez le CSS pour le site. Pick the accents, surface, fonts, radius and spacing; see a card and the box take them, light and dark; read each accent's contrast; copy the CSS.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Constructeur: Story = {
  name: 'Constructeur (vide)',
  parameters: { docs: { description: { story: "Rien n'est choisi : les éléments prennent la police et les couleurs de la page, et leurs accents par défaut." } } },
};

/** A town's brand with an accent too pale for a card border: what the warnings look like. */
const MAIRIE: Partial<Theme> = {
  colours: {
    '--boite-accent': { light: '#6d2077', dark: '#e3a3d7' },
    '--boite-accent-logement': { light: '#f2c400', dark: '' },
    '--boite-surface': { light: '#fbf5fa', dark: '#1e1a1d' },
  },
  values: { '--boite-font': "Georgia, 'Times New Roman', serif", '--boite-radius': '0', '--boite-space': '1.25rem' },
};

export const MarqueDeLaMairie: Story = {
  name: "Une marque, et un accent trop pâle",
  render: (_args, { loaded }) => builder(loaded, MAIRIE),
  parameters: {
    docs: {
      description: {
        story:
          "La marque d'une mairie (violet, fond rosé, Georgia, coins droits) et un jaune pour le Logement : 1,6:1 sur le fond clair, le constructeur l'écarte des bordures et le dit. A town's brand with a yellow Logement accent, too pale for a border: the builder says so, with the ratio.",
      },
    },
  },
};
