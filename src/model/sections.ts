/**
 * The sections of a chantier, in the order of the workshops' template: the one list of section keys. The
 * schema, the importer, the card, the search index and the labels derive theirs from it. Plain data, no
 * validator: the embed bundle takes only this list.
 */
export const SECTION_KEYS = ['enjeu', 'reussite', 'actions', 'ressources', 'questions', 'gouvernance', 'freins'] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];


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
