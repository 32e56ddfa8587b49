/**
 * Search, loaded on demand: the search chunk (search.ts) is fetched when a query first appears — the
 * box's field gets focus or the pointer (preloaded, so the first keystroke rarely waits), a link opens the
 * box with a query, a card has a `highlight` — and the elements render again when it arrives
 * (`BoiteElement.need`). A page where nobody searches never loads it.
 *
 * If the chunk cannot be loaded (the network is gone), search still works, plainly: each word of the
 * query must be found as typed (case aside) in the chantier's text, without the French rules (accents,
 * plurals, elisions, acronyms), without highlight and without suggestion.
 */
import { MAX_QUERY_LENGTH, MAX_TERMS } from '../model/query.js';
import type { Chantier } from '../model/types.js';
import { onDemand } from './on-demand.js';
import { importSearch } from './search-chunk.js';

export type Search = typeof import('./search.js');

/** The first text of a chantier's stake: what the overview shows under its title outside a search. */
export function stakeOf(chantier: Chantier): string {
  const stake = chantier.enjeu;
  const first = stake?.texte ?? stake?.items?.[0];
  return (typeof first === 'string' ? first : first?.texte) ?? '';
}

/** Every string of a value (a chantier's), one per line. */
const stringsOf = (value: unknown): string =>
  value && typeof value === 'object' ? Object.values(value).map(stringsOf).join('\n') : String(value);

/** The stand-in when the chunk cannot be loaded: words found as typed, case aside. */
const plainSearch: Search = {
  parseQuery: (query) =>
    [...new Set(query.slice(0, MAX_QUERY_LENGTH).toLowerCase().split(/\s+/).filter(Boolean))]
      .slice(0, MAX_TERMS)
      .map((word) => ({ needles: [word], source: word })),
  searchTextOf: (chantier) => stringsOf(chantier).toLowerCase(),
  findMatches: () => [],
  suggestView: () => undefined,
  excerptOf: stakeOf,
};

export const searching = onDemand<Search>(importSearch, plainSearch);
