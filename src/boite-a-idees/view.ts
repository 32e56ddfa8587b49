/**
 * What a visitor is looking at in one idea box, all the element (boite-a-idees.ts) needs of it: its shape,
 * the empty view and the place of the view in the URL. Reading and writing the URL (view-state.ts) come with
 * the box's view chunk.
 */
import type { Tri } from './follow-up.js';

/** The view of a box; view-state.ts says how it lives in the page's URL. */
export interface ViewState {
  readonly query: string;
  /** Theme slugs (`logement`, `sante`), in the document's order. */
  readonly themes: readonly string[];
  /** Follow-up status keys (`en-cours`), in the order of the document's statuses; empty for all. */
  readonly statuts?: readonly string[];
  /** `maj`: the latest news first; otherwise the document's order. */
  readonly tri?: Tri;
  /** The id of the chantier a link points to, if any; in the overview, the chantier opened in place. */
  readonly chantier?: string;
  /** Every chantier in full rather than the overview (`boite.lire=tout`). */
  readonly full?: boolean;
}

export type UrlPlace = 'query' | 'fragment' | 'none';

export const EMPTY_VIEW: ViewState = { query: '', themes: [] };

/** The place named by a `url-state` attribute; anything else is the default, `query`. */
export const urlPlaceOf = (value: string | null | undefined): UrlPlace =>
  value === 'fragment' || value === 'none' ? value : 'query';

