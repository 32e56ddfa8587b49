/**
 * What the embed's entries know of search without the search chunk (`src/shared/searching.ts`): how long
 * a query may be (the field and the URL cut it there), what a term is, and whether a text has every term.
 * How a query is read and text folded (`search.ts`) is loaded when a visitor first searches.
 */

/** The longest query read, in characters; a longer one (a crafted link, a paste) is cut here. */
export const MAX_QUERY_LENGTH = 200;
/** The most distinct terms a query keeps; each term scans every text once per form it has. */
export const MAX_TERMS = 8;

/** What the visitor looks for, one term of the query: found when any of its needles occurs. */
export interface Term {
  /** Folded forms between spaces: `" logement"` (a word starting so), `" hopital "` (that word exactly). */
  readonly needles: readonly string[];
  /** The part of the query it comes from, as typed (to suggest a correction). */
  readonly source: string;
}

/** True when every term has a needle in the folded text (`foldWords`, or several joined). */
export const matchesTerms = (folded: string, terms: readonly Term[]) =>
  terms.every((term) => term.needles.some((needle) => folded.includes(needle)));
