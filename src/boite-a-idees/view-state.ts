import { MAX_QUERY_LENGTH } from '../model/search.js';

/**
 * What a visitor is looking at in one idea box — search words, selected themes, the chantier in focus —
 * and its place in the URL fragment, so a copied link opens the same view. Keys are prefixed per box
 * (`boite.q=…&boite.themes=…`), so several boxes on a page, and the host's own fragment keys, coexist.
 */
export interface ViewState {
  readonly query: string;
  /** Theme slugs (`logement`, `sante`), in the document's order. */
  readonly themes: readonly string[];
  /** The id of the chantier a link points to, if any; in the overview, the chantier opened in place. */
  readonly chantier?: string;
  /** Every chantier in full rather than the overview (`boite.lire=tout`). */
  readonly full?: boolean;
}

export const EMPTY_VIEW: ViewState = { query: '', themes: [] };

const keysOf = (prefix: string) => ({ query: `${prefix}.q`, themes: `${prefix}.themes`, chantier: `${prefix}.chantier`, full: `${prefix}.lire` });

/** Reads a box's view from a URL fragment (`#boite.q=sante&boite.themes=emploi`). */
export function readViewState(hash: string, prefix: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const keys = keysOf(prefix);
  return {
    // A crafted link may hold a query of any length: it is cut where a typed one would be.
    query: (params.get(keys.query) ?? '').slice(0, MAX_QUERY_LENGTH),
    // Distinct and few (no document has dozens of themes), so filtering stays one pass per chantier.
    themes: [...new Set((params.get(keys.themes) ?? '').split(',').filter(Boolean))].slice(0, 32),
    chantier: params.get(keys.chantier) || undefined,
    full: params.get(keys.full) === 'tout',
  };
}

/** The fragment with this box's view written in, other keys (other boxes', the host's) kept as they were. */
export function writeViewState(hash: string, prefix: string, view: ViewState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const keys = keysOf(prefix);
  const set = (key: string, value: string | undefined) => (value ? params.set(key, value) : params.delete(key));
  set(keys.query, view.query.trim());
  set(keys.themes, view.themes.join(','));
  set(keys.chantier, view.chantier);
  set(keys.full, view.full ? 'tout' : undefined);
  const text = params.toString();
  return text ? `#${text}` : '';
}

export const sameView = (a: ViewState, b: ViewState) =>
  a.query.trim() === b.query.trim() && a.themes.join(',') === b.themes.join(',') && a.chantier === b.chantier && !a.full === !b.full;
