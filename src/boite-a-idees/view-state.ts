import type { Tri } from './suivi-view.js';

/**
 * What a visitor is looking at in one idea box — search words, selected themes, the chantier in focus —
 * and its place in the URL fragment, so a copied link opens the same view. Keys are prefixed per box
 * (`boite.q=…&boite.themes=…`), so several boxes on a page, and the host's own fragment keys, coexist.
 */
export interface ViewState {
  readonly query: string;
  /** Theme slugs (`logement`, `sante`), in the document's order. */
  readonly themes: readonly string[];
  /** Follow-up status keys (`en-cours`), in the order of the document's statuses; empty for all. */
  readonly statuts?: readonly string[];
  /** `maj`: the latest news first; otherwise the document's order. */
  readonly tri?: Tri;
  /** The id of the chantier a link points to, if any. */
  readonly chantier?: string;
}

export const EMPTY_VIEW: ViewState = { query: '', themes: [] };

const keysOf = (prefix: string) => ({
  query: `${prefix}.q`,
  themes: `${prefix}.themes`,
  statuts: `${prefix}.statuts`,
  tri: `${prefix}.tri`,
  chantier: `${prefix}.chantier`,
});

/** Reads a box's view from a URL fragment (`#boite.q=sante&boite.themes=emploi`). */
export function readViewState(hash: string, prefix: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const keys = keysOf(prefix);
  return {
    query: params.get(keys.query) ?? '',
    themes: (params.get(keys.themes) ?? '').split(',').filter(Boolean),
    statuts: (params.get(keys.statuts) ?? '').split(',').filter(Boolean),
    tri: params.get(keys.tri) === 'maj' ? 'maj' : '',
    chantier: params.get(keys.chantier) || undefined,
  };
}

/** The fragment with this box's view written in, other keys (other boxes', the host's) kept as they were. */
export function writeViewState(hash: string, prefix: string, view: ViewState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const keys = keysOf(prefix);
  const set = (key: string, value: string | undefined) => (value ? params.set(key, value) : params.delete(key));
  set(keys.query, view.query.trim());
  set(keys.themes, view.themes.join(','));
  set(keys.statuts, view.statuts?.join(','));
  set(keys.tri, view.tri);
  set(keys.chantier, view.chantier);
  const text = params.toString();
  return text ? `#${text}` : '';
}

export const sameView = (a: ViewState, b: ViewState) =>
  a.query.trim() === b.query.trim() &&
  a.themes.join(',') === b.themes.join(',') &&
  (a.statuts ?? []).join(',') === (b.statuts ?? []).join(',') &&
  (a.tri || '') === (b.tri || '') &&
  a.chantier === b.chantier;
