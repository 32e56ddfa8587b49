/**
 * What the box derives from the follow-up of its chantiers: the statuses in use with their counts, the
 * filter by status, and the order by last update. Plain functions, so the box's element stays about display.
 */
import { lastUpdate } from '../model/suivi-timeline.js';
import type { Chantier, Statut } from '../model/types.js';

/** The view's order: the document's (`''`), or the latest news first (`maj`). */
export type Tri = '' | 'maj';

interface Followed {
  readonly chantier: Chantier;
}

/**
 * The statuses some chantier of `all` has, in the order of the document's list, each with its count in
 * `found` (how many chantiers the other filters let through have it, by status key).
 */
export function statutCounts(statuts: readonly Statut[], all: readonly Followed[], found: ReadonlyMap<string | undefined, number>) {
  const used = new Set(all.map((entry) => entry.chantier.suivi?.statut));
  return statuts.filter((statut) => used.has(statut.cle)).map((statut) => ({ statut, count: found.get(statut.cle) ?? 0 }));
}

/** Whether a chantier passes the status filter (none selected: every chantier, followed or not). */
export const matchesStatuts = (chantier: Chantier, selected: readonly string[]): boolean =>
  selected.length === 0 || selected.includes(chantier.suivi?.statut ?? '');

/** The entries in the view's order: latest update first for `maj` (undated last, each group in document order). */
export function inOrder<T extends Followed>(entries: readonly T[], tri: Tri): readonly T[] {
  if (tri !== 'maj') return entries;
  const dated = entries.map((entry, index) => ({ entry, index, date: lastUpdate(entry.chantier.suivi) ?? '' }));
  return dated.sort((a, b) => (a.date === b.date ? a.index - b.index : a.date < b.date ? 1 : -1)).map(({ entry }) => entry);
}

/** Whether any chantier has a date to sort by. */
export const hasUpdates = (entries: readonly Followed[]): boolean => entries.some((entry) => lastUpdate(entry.chantier.suivi) !== undefined);
