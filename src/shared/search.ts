/**
 * The search chunk (dist/chunks/search-*.js): the French rules that read a query and fold text
 * (`src/model/search.ts`), and the box's search over its chantiers (`search-index.ts`). The entries load it
 * through `searching` (searching.ts) when a query first appears; a page where nobody searches never does.
 */
export { findMatches, parseQuery } from '../model/search.js';
export { excerptOf, searchTextOf, suggestView } from '../boite-a-idees/search-index.js';
