/**
 * What the display of a follow-up derives from it: the progress a chantier shows, its last update, its steps
 * in date order. Apart from suivi.ts (the statuses and the validation rules, in every bundle) so that the
 * embed loads it only with the follow-up's rendering.
 */
import type { Etape, Statut, Suivi } from './types.js';

/** The progress a chantier shows: its own, or the one its status implies; `undefined` when neither says. */
export function progressionOf(suivi: Suivi, statuts: readonly Statut[]): number | undefined {
  return suivi.progression ?? statuts.find((statut) => statut.cle === suivi.statut)?.progression;
}

/** The steps, oldest first; steps of the same day keep the order they were written in. */
export const etapesInOrder = (etapes: readonly Etape[] = []): Etape[] =>
  [...etapes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The date of the last news: `miseAJour`, or the latest step's date when it is later or alone. */
export function lastUpdate(suivi: Suivi | undefined): string | undefined {
  let latest = suivi?.miseAJour;
  for (const etape of suivi?.etapes ?? []) if (!latest || etape.date > latest) latest = etape.date;
  return latest;
}

