/**
 * The rules of a follow-up (`suivi`) that its schema cannot say: the success criteria it assesses, its status
 * among the document's, unique status keys. Both validations use them (validate.ts on every document,
 * parse-document.ts to say what is wrong), as do the command line and the authoring page; the embed loads
 * them with the validation, on demand.
 */
import type { ValidationError } from './check.js';
import { statutsOf } from './suivi.js';
import type { Chantier, IdeaBoxDocument, Statut } from './types.js';

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

/** Receives each problem found, in the order of the document. */
export type Report = (error: ValidationError) => void;

/**
 * The follow-up's rules that need the whole document (the schema cannot say them): its status keys are
 * unique, and each chantier's follow-up holds against them (`checkSuivi`).
 */
export function checkDocumentSuivi(document: IdeaBoxDocument, report: Report): void {
  const seen = new Set<string>();
  document.statuts?.forEach(({ cle }, index) => {
    if (seen.has(cle)) report({ path: `statuts[${index}].cle`, expected: 'unique-id', received: JSON.stringify(cle) });
    seen.add(cle);
  });
  const statuts = statutsOf(document);
  document.chantiers.forEach((chantier, index) => checkSuivi(chantier, statuts, `chantiers[${index}]`, report));
}

/**
 * The rules of a follow-up that need more than its own fields: its status is one of the document's (or a
 * default one), and it assesses each success criterion once. `path` is the chantier's JSON path.
 */
export function checkSuivi(chantier: Chantier, statuts: readonly Statut[], path: string, report: Report): void {
  const suivi = chantier.suivi;
  if (!suivi) return;
  const at = path ? `${path}.suivi` : 'suivi';
  if (suivi.statut !== undefined && !statuts.some((statut) => statut.cle === suivi.statut)) {
    report({ path: `${at}.statut`, expected: 'statut', received: JSON.stringify(suivi.statut) });
  }
  if (suivi.criteres && suivi.criteres.length !== criteresOf(chantier).length) {
    report({ path: `${at}.criteres`, expected: 'criteres', received: `[…${suivi.criteres.length}]` });
  }
}
