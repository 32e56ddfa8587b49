/**
 * `true` in the builds of vite.config.ts only (its `define`: the embed and Storybook, never server-rendered
 * nor hydrated), so the bundler drops what only server rendering and hydration need. `false` everywhere
 * else: the hydrating build, lib/, the tests.
 */
declare const BOITE_EMBED: boolean | undefined;
export const EMBED = typeof BOITE_EMBED !== 'undefined' && BOITE_EMBED;
