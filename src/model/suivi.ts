/**
 * The follow-up of chantiers (`suivi`): the default statuses, and which ones apply to a document; what the
 * card, the box, the command line and the feed share. The rules a follow-up must hold are in suivi-rules.ts,
 * with the validation (the embed loads them on demand, src/shared/validation.ts). What only its display
 * needs (progress, last update, steps in order) is in suivi-timeline.ts, which the embed loads with the
 * follow-up's rendering.
 */
import type { Statut } from './types.js';

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
