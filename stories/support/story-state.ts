/**
 * What a story is expected to show once settled, read by test/stories.test.ts: data (the default), the
 * loading status (`role="status"`), or an error alert (`role="alert"`). A story in the data state that
 * shows an alert fails its test, and so does an error story that shows none.
 */
export type StoryState = 'data' | 'loading' | 'error';

export const loadingState = { state: 'loading' as StoryState };
export const errorState = { state: 'error' as StoryState };

/** An error without a "Réessayer" button (invalid JSON or data, unknown id): nothing in it takes the focus. */
export const noRetry = { shows: { focus: false } };

/**
 * The loading and 404 stories of an element that can stand alone with `src` + `chantier` (the list, the
 * table): whatever the chantier, the source never answers or fails, so `chantier` gets no control.
 */
export const standaloneStates = (neverAnswers: string) => ({
  loading: { args: { src: neverAnswers, timeout: 3_600_000 }, argTypes: { chantier: { control: false as const } }, parameters: loadingState },
  notFound: {
    args: { src: 'data/n-existe-pas.json' },
    argTypes: { chantier: { control: false as const } },
    parameters: errorState,
  },
});
