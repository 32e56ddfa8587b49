/**
 * The seed, data/chantiers.json, as the stories use it: by URL (`src`, served at /data by Storybook's
 * staticDirs and by the test server, which serves the repository root) or, for `.data` and inline JSON,
 * fetched once by a Storybook loader. Never a retyped copy.
 */
import type { Chantier, IdeaBoxDocument } from '../../src/model/types.js';

/** Relative to the page, as a host site writes it: iframe.html in Storybook, the test page in tests. */
export const SEED_URL = 'data/chantiers.json';

/**
 * The seed's chantier ids, one story per chantier (story names must be static). test/stories.test.ts
 * checks that this list is exactly the seed's, so a chantier added to the seed needs its story.
 */
export const CHANTIER_IDS = [
  'logement-acces-equitable',
  'emploi-lutter-discriminations-jeunes',
  'sante-creer-reseau-vigilance',
] as const;
export type ChantierId = (typeof CHANTIER_IDS)[number];

/**
 * The theme (slug of `thematique`) of each chantier of the seed, for the controls: a card shows the accent
 * variable of its own theme only. test/stories.test.ts checks it against the seed too.
 */
export const CHANTIER_THEMES: Record<ChantierId, string> = {
  'logement-acces-equitable': 'logement',
  'emploi-lutter-discriminations-jeunes': 'emploi',
  'sante-creer-reseau-vigilance': 'sante',
};

/**
 * The controls of a story whose chantier is taken from the loaded seed and given as `.data` or inline
 * JSON: `src` cannot act, and `chantier` picks one of the seed's (there is no unknown one to pick).
 */
export const fromSeedArgTypes = {
  src: { control: false },
  chantier: { control: 'select', options: [...CHANTIER_IDS] },
} as const;

let seed: Promise<IdeaBoxDocument> | undefined;

/** The seed document, fetched once per page; callers get a copy they may change. */
export async function loadSeed(): Promise<IdeaBoxDocument> {
  seed ??= fetch(new URL(SEED_URL, document.baseURI)).then((response) => {
    if (!response.ok) throw new Error(`${SEED_URL}: HTTP ${response.status}`);
    return response.json() as Promise<IdeaBoxDocument>;
  });
  return structuredClone(await seed);
}

/** What the seed loader gives a story's render function, as `context.loaded`. */
export interface SeedLoaded {
  seed: IdeaBoxDocument;
}

/** A Storybook loader (the tests run loaders too): `loaders: [seedLoader]`, then `context.loaded.seed`. */
export const seedLoader = async (): Promise<SeedLoaded> => ({ seed: await loadSeed() });

/** One chantier of the loaded seed; throws (the story fails) when the seed has no such id. */
export function chantierOf(loaded: Partial<SeedLoaded> | undefined, id: string): Chantier {
  const found = loaded?.seed?.chantiers.find((chantier) => chantier.id === id);
  if (!found) throw new Error(`data/chantiers.json has no chantier "${id}" (or the story lacks loaders: [seedLoader])`);
  return found;
}

/**
 * A fourth chantier, of a theme the seed does not have (Éducation): stories/fixtures/chantier-education.json,
 * served beside the seed. For the stories of a theme the package knows nothing about.
 */
export const FOURTH_THEME_URL = 'stories/fixtures/chantier-education.json';
export const FOURTH_THEME = 'education';

/** A loader: the seed, and the seed with the fourth chantier added (`context.loaded.withFourthTheme`). */
export const fourthThemeLoader = async (): Promise<SeedLoaded & { withFourthTheme: IdeaBoxDocument }> => {
  const seed = await loadSeed();
  const education = JSON.parse(await loadText(FOURTH_THEME_URL)) as Chantier;
  return { seed, withFourthTheme: { ...seed, chantiers: [...seed.chantiers, education] } };
};

const texts = new Map<string, Promise<string>>();

/** A file of the repository as text (e.g. data/restitution.txt, or the seed's JSON as written), fetched once. */
export function loadText(url: string): Promise<string> {
  if (!texts.has(url)) {
    texts.set(
      url,
      fetch(new URL(url, document.baseURI)).then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.text();
      }),
    );
  }
  return texts.get(url)!;
}

/**
 * The invented example of a follow-up, data/exemple-suivi.json (a fictional town: the seed's chantiers carry
 * no follow-up), and its chantier ids, one story per state.
 */
export const EXAMPLE_URL = 'data/exemple-suivi.json';
export const EXAMPLE_IDS = {
  enCours: 'logement-permanences-quartiers',
  realise: 'emploi-parrainage-jeunes',
  aLancer: 'sante-guide-droits',
  suspendu: 'sport-clubs-ouverts',
  sansSuivi: 'logement-charte-agences',
} as const;

export type ExampleId = (typeof EXAMPLE_IDS)[keyof typeof EXAMPLE_IDS];

/**
 * The theme (slug of `thematique`) of each chantier of the example, for the controls as CHANTIER_THEMES:
 * a card of the example shows its own theme's accent only. test/stories.test.ts checks it against the file.
 */
export const EXAMPLE_THEMES: Record<ExampleId, string> = {
  'logement-permanences-quartiers': 'logement',
  'emploi-parrainage-jeunes': 'emploi',
  'sante-guide-droits': 'sante',
  'sport-clubs-ouverts': 'sport',
  'logement-charte-agences': 'logement',
};

/** The theme of a chantier of the seed or the example, by id (a card's `chantier` arg); `undefined` otherwise. */
export const themeOfChantier = (id: unknown): string | undefined =>
  typeof id === 'string' ? (CHANTIER_THEMES as Record<string, string>)[id] ?? (EXAMPLE_THEMES as Record<string, string>)[id] : undefined;

let example: Promise<IdeaBoxDocument> | undefined;

/** A Storybook loader for the example: `loaders: [exampleLoader]`, then `context.loaded.example`. */
export const exampleLoader = async (): Promise<{ example: IdeaBoxDocument }> => {
  example ??= loadText(EXAMPLE_URL).then((text) => JSON.parse(text) as IdeaBoxDocument);
  return { example: structuredClone(await example) };
};
