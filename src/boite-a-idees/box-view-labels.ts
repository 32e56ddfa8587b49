/**
 * The words of the box's view (box-view.ts, and suivi-view.ts, which gets them from it): the search, the
 * toggles, the count, the suggestion, the overview's buttons, the glossary's title. Only the view renders
 * them, so they travel with it, in the file loaded beside the data. The English ones, `enView`, are
 * in labels-en.ts, loaded with the other English words under `lang="en"`: one chunk for every English word
 * of a box page. Adding a word is one line here and one there (TypeScript refuses an `enView` that lacks it).
 */
import type { Lang } from '../shared/labels.js';
import { onDemand, type OnDemand } from '../shared/on-demand.js';

export const frView = {
  glossary: 'Glossaire des sigles',
  search: 'Rechercher dans les chantiers',
  // Narrow no-break spaces before ; and :, no-break spaces inside « »: French typography, and no line
  // that starts with a semicolon on a phone.
  searchHint: 'Accents, majuscules et pluriels indifférents\u202f; chaque mot ajouté affine\u202f; «\u00a0entre guillemets\u00a0»\u202f: expression exacte.',
  themes: 'Thématiques',
  statuts: 'Avancement',
  sort: 'Ordre des chantiers',
  sortDocument: 'Celui de la restitution',
  sortUpdate: 'Dernières nouvelles d’abord',
  suiviUnavailable: "Le filtre par avancement et l'ordre par mise à jour n'ont pas pu être chargés (réseau)\u202f: rechargez la page pour les utiliser.",
  clear: 'Effacer les filtres et la recherche',
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
  count: (shown: number, total: number) => `${shown} chantier${shown > 1 ? 's' : ''} sur ${total}`,
  searched: (query: string) => `recherche « ${query} »`,
  none: 'Aucun chantier ne correspond à ces critères.',
  empty: 'Cette boîte ne contient encore aucun chantier.',
  tryInstead: 'Essayez plutôt\u202f:',
  suggestion: (query: string, themes: string, shown: number) =>
    `«\u00a0${query}\u00a0»${themes && ` — ${themes}`}\u202f: ${shown}\u00a0chantier${shown > 1 ? 's' : ''}`,
  allThemes: 'toutes thématiques',
  readAll: 'Lire tous les chantiers en entier',
  overview: "Vue d'ensemble",
  back: "Retour à la vue d'ensemble",
  overviewUnavailable: "La vue d'ensemble n'a pas pu être chargée (réseau)\u202f: tous les chantiers sont affichés en entier.",
  more: (count: number, theme: string) => `Afficher les ${count} autres chantiers\u202f: ${theme}`,
};

export type ViewLabels = typeof frView;

// A failed download leaves the French words, as for the element's own (labels.ts).
const VIEW_LABELS: Record<Lang, OnDemand<ViewLabels>> = {
  fr: onDemand(frView),
  en: onDemand(() => import('../shared/labels-en.js').then((module) => module.enView), frView),
};

/** The view's words in a language; `.get()` is undefined until they are loaded (`.load()`). */
export const viewLabelsOf = (lang: Lang): OnDemand<ViewLabels> => VIEW_LABELS[lang];
