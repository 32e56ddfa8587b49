/**
 * Registers every element like `define.ts`, for pages rendered on the server (`boite-a-idees/ssr.js`,
 * `npm run render`): the elements then take over the server's DOM (hydration) instead of rendering again.
 * Lit's hydrate support must load before anything that imports Lit, so this module imports it first;
 * import it before any other module of the page that uses Lit. The entry of dist/boite-a-idees-hydrate.js.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './adopt-styles-on-hydration.js';
import '../define.js';
import { renderListsAsTemplates } from '../shared/render-lists.js';
import { provideAllWords } from './words.js';

// Before the elements' first update (a microtask after this module graph has run), so that they render
// what the server did: its words at once (English too, and the failure messages), and its lists as Lit
// templates.
provideAllWords();
renderListsAsTemplates();
