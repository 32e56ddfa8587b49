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
