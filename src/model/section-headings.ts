/**
 * The template's section headings, in French, apart from the keys (sections.ts), which the entries need:
 * only the renderings beside the data (src/shared/data-labels.ts) and the importer use them.
 */
import type { SectionKey } from './sections.js';

/** The template's section headings, in French: what the elements show, and what the importer names. */
export const SECTION_HEADINGS: Record<SectionKey, string> = {
  enjeu: 'Enjeu',
  reussite: 'On aura réussi si…',
  actions: 'En quoi consiste le chantier ?',
  ressources: 'Les ressources à mobiliser',
  questions: 'Questions en suspens',
  gouvernance: 'La gouvernance : qui fait quoi ?',
  freins: 'Les freins éventuels à anticiper',
};
