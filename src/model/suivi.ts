/**
 * The follow-up of chantiers (`suivi`): the default statuses, and the plain rules the card, the box, the
 * command line and the feed share: which statuses apply, the progress a chantier shows, its last update,
 * its steps in date order, its success criteria, and the checks that need the whole document.
 */
import type { ValidationError } from './parse-document.js';
import type { Chantier, Etape, Statut, Suivi } from './types.js';

/**
 * The statuses of a document that defines none, in the order of a chantier's life (as Decidim's results
 * list theirs). Only the two ends imply a progress; in between, the follow-up says how far it has come.
 */
export const DEFAULT_STATUTS: readonly Statut[] = [
  { cle: 'a-lancer', libelle: 'À lancer', progression: 0 },
  { cle: 'en-preparation', libelle: 'En préparation' },
  { cle: 'en-cours', libelle: 'En cours' },
  { cle: 'realise', libelle: 'Réalisé', progression: 100 },
  { cle: 'suspendu', libelle: 'Suspendu' },
  { cle: 'abandonne', libelle: 'Abandonné' },
];

/** The statuses that apply to a document: its own list, or the default one. */
export const statutsOf = (document: { readonly statuts?: readonly Statut[] } | undefined): readonly Statut[] =>
  document?.statuts ?? DEFAULT_STATUTS;

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

/**
 * The chantier's success criteria, each as its text: the top-level lines of "on aura réussi si…", or its
 * paragraph when it has no list. `suivi.criteres` follows this list, entry for entry.
 */
export function criteresOf(chantier: Chantier): string[] {
  const reussite = chantier.reussite;
  if (!reussite) return [];
  if (reussite.items?.length) return reussite.items.map((item) => (typeof item === 'string' ? item : item.texte));
  return reussite.texte ? [reussite.texte] : [];
}

/**
 * The rules of a follow-up that need more than its own fields: its status is one of the document's (or a
 * default one), and it assesses each success criterion once. `path` is the chantier's JSON path.
 */
export function checkSuivi(chantier: Chantier, statuts: readonly Statut[], path: string): ValidationError[] {
  const suivi = chantier.suivi;
  if (!suivi) return [];
  const errors: ValidationError[] = [];
  const at = path ? `${path}.suivi` : 'suivi';
  if (suivi.statut !== undefined && !statuts.some((statut) => statut.cle === suivi.statut)) {
    errors.push({ path: `${at}.statut`, expected: 'statut', received: JSON.stringify(suivi.statut) });
  }
  if (suivi.criteres && suivi.criteres.length !== criteresOf(chantier).length) {
    errors.push({ path: `${at}.criteres`, expected: 'criteres', received: `[…${suivi.criteres.length}]` });
  }
  return errors;
}
