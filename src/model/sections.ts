/**
 * The sections of a chantier, in the order of the workshops' template: the one list of section keys. The
 * schema, the importer, the card, the search index and the labels derive theirs from it. Plain data, no
 * validator: the embed bundle takes only this list (the headings, which only the renderings and the importer
 * use, are in section-headings.ts).
 */
export const SECTION_KEYS = ['enjeu', 'reussite', 'actions', 'ressources', 'questions', 'gouvernance', 'freins'] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];
