/**
 * The words of a chantier's rendering (the card's sections, theme and link, the governance table's caption
 * and headers, the follow-up's status): only the renderings beside the data use them (beside-data.ts), so
 * they travel with them and the entries go without them. The English ones, `enData`, are in labels-en.ts,
 * loaded with the other English words under `lang="en"`. Adding a word is one line here and one there
 * (TypeScript refuses an `enData` that lacks it).
 */
import { SECTION_HEADINGS } from '../model/section-headings.js';
import type { SectionKey } from '../model/sections.js';
import type { Lang } from './labels.js';
import { onDemand, type OnDemand } from './on-demand.js';

export const frData = {
  sections: {
    ...SECTION_HEADINGS,
    etapes: 'Étapes du suivi',
  } satisfies Record<SectionKey | 'etapes', string>,
  theme: 'Thématique',
  permalink: 'Lien vers ce chantier',
  suivi: {
    statut: 'Statut',
    colon: ' :',
    unavailable: "Le suivi de ce chantier n'a pas pu être chargé (réseau) : rechargez la page pour le voir.",
    /** The default statuses' wording when the interface is not French (French is the model's own). */
    statuts: {} as Record<string, string>,
  },
  /** Before and after the chantier's title in the table caption. */
  gouvernanceCaption: ['Gouvernance du chantier « ', ' » : qui fait quoi'] as [string, string],
  roleHeader: 'Rôle ou aspect',
  whoHeader: 'Qui, quoi',
  notes: 'Autres points de gouvernance',
};

export type DataLabels = typeof frData;

// A failed download leaves the French words, as for the element's own (labels.ts).
const DATA_LABELS: Record<Lang, OnDemand<DataLabels>> = {
  fr: onDemand(frData),
  en: onDemand(() => import('./labels-en.js').then((module) => module.enData), frData),
};

/** The rendering's words in a language; `.get()` is undefined until they are loaded (`.load()`). */
export const dataLabelsOf = (lang: Lang): OnDemand<DataLabels> => DATA_LABELS[lang];
