/** A follow-up status in words, for the card, the box's toggles and overview, and the authoring page. */
import { DEFAULT_STATUTS } from '../model/suivi.js';
import type { Statut } from '../model/types.js';
import type { DataLabels } from './data-labels.js';
import { dataLangFor, type Lang } from './labels.js';

/**
 * A status's wording and its language: a document's own statuses are data (French, marked as such under
 * another interface language); the default ones are interface words, in the interface's language.
 */
export function statutLabel(cle: string, statuts: readonly Statut[], lang: Lang, labels: DataLabels): { text: string; lang?: Lang } {
  const statut = statuts.find((candidate) => candidate.cle === cle);
  if (statuts !== DEFAULT_STATUTS) return { text: statut?.libelle ?? cle, lang: dataLangFor(lang) };
  return { text: labels.suivi.statuts[cle] ?? statut?.libelle ?? cle };
}
