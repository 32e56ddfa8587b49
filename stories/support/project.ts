/**
 * What every story gets, in Storybook (.storybook/preview.ts) and in the browser tests
 * (test/story-harness.ts) alike: the decorator that applies the `--boite-*` controls, and the controls
 * derived from custom-elements.json (stories/support/controls.ts).
 */
import { storyControls } from './controls.js';
import { withThemeVariables } from './theme-variables.js';

export const projectDecorators = [withThemeVariables];

/** Storybook's argTypes enhancers: they run after the manifest's rows are extracted, before controls are inferred. */
export const projectArgTypesEnhancers = [storyControls];
