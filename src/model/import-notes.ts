/**
 * What the restitution importer says about a line it could not place, or placed on a guess (« à vérifier »),
 * and the words for it in French and English. Apart from the importer itself (import-restitution.ts), so that
 * a page showing the notes does not carry the importer's code: the authoring page runs the import in a Worker.
 */
import { SECTION_HEADINGS } from './section-headings.js';
import type { SectionKey } from './restitution-headings.js';

/** Why a line could not be placed. */
export type UnplacedCode =
  | 'outside-chantier'
  | 'outside-section'
  | 'unknown-heading'
  | 'under-unknown-heading'
  | 'atelier-without-chantier'
  | 'theme-without-chantier'
  | 'presentation-without-title';

/** Why a placed line deserves a second look: « à vérifier ». */
export type ToCheckCode =
  | 'theme-mismatch'
  | 'theme-missing'
  | 'heading-guessed'
  | 'atelier-guessed'
  | 'joined-to-item'
  | 'title-next-line'
  | 'chantier-untitled'
  | 'nesting-capped';

export type ImportNoteCode = UnplacedCode | ToCheckCode;

export interface ImportNote {
  /** 1-based line number in the text. */
  readonly line: number;
  /** The line as written (without its line ending). */
  readonly text: string;
  readonly code: ImportNoteCode;
  /** For `heading-guessed`: the section the heading was read as. */
  readonly section?: SectionKey;
  /** `code` in words, in French (the template's language); `importNoteReason(note, 'en')` for English. */
  readonly reason: string;
}

/** The template's section headings, as the reasons name them. */
// French: the headings the elements show (a restitution is written in French, so are its headings); English:
// the same French headings, glossed, since the officer reads them in the French document.
const SECTION_NAMES: Record<'fr' | 'en', Record<SectionKey, string>> = {
  fr: SECTION_HEADINGS,
  en: {
    enjeu: 'Enjeu (the stake)',
    reussite: 'On aura réussi si… (success criteria)',
    actions: 'En quoi consiste le chantier ? (actions)',
    ressources: 'Les ressources à mobiliser (resources)',
    questions: 'Questions en suspens (open questions)',
    gouvernance: 'La gouvernance : qui fait quoi ? (governance)',
    freins: 'Les freins éventuels à anticiper (obstacles)',
  },
};

export function sectionName(key: SectionKey, lang: 'fr' | 'en'): string {
  return SECTION_NAMES[lang][key];
}

const REASONS: Record<'fr' | 'en', Record<ImportNoteCode, string | ((section: string) => string)>> = {
  fr: {
    'outside-chantier': 'texte hors de tout chantier : placez-le sous une rubrique d’un chantier, ou ajoutez au-dessus une ligne « Chantier - "Titre" »',
    'outside-section': 'texte entre le titre du chantier et sa première rubrique : ajoutez au-dessus une rubrique (« Enjeu », « On aura réussi si… »…)',
    'unknown-heading': 'rubrique inconnue, ni elle ni son contenu ne sont importés : donnez-lui le nom d’une rubrique du modèle, ou supprimez-la',
    'under-unknown-heading': 'texte sous une rubrique inconnue (voir la rubrique au-dessus)',
    'atelier-without-chantier': 'atelier sans chantier : ajoutez sous sa question une ligne « Chantier - "Titre" »',
    'theme-without-chantier': 'thématique sans ligne « Chantier - … » après elle',
    'presentation-without-title': 'présentation sans titre de rencontre : ajoutez en tête une ligne « Rencontre … »',
    'theme-mismatch': 'thématique différente de celle du chantier repris sur cette page : le chantier garde sa première thématique',
    'theme-missing': 'chantier sans ligne « Thématique : … » : thématique tirée du titre de l’atelier (ou « Sans thématique »)',
    'heading-guessed': (section) => `rubrique reconnue d’après un nom approchant : lue comme « ${section} »`,
    'atelier-guessed': 'lue comme le titre d’un atelier, bien qu’il lui manque les deux-points (« Atelier … : »)',
    'joined-to-item': 'ligne sans puce, rattachée à l’élément de liste au-dessus',
    'title-next-line': 'lue comme le titre du chantier annoncé à la ligne au-dessus',
    'chantier-untitled': 'chantier sans titre : la ligne entière lui sert de titre',
    'nesting-capped': 'liste imbriquée sur plus de 16 niveaux : cet élément est rangé au 16e niveau',
  },
  en: {
    'outside-chantier': 'text outside any chantier: move it under a section of a chantier, or add a “Chantier - "Title"” line above it',
    'outside-section': 'text between the chantier’s title and its first section: add a section heading above it (“Enjeu”, “On aura réussi si…”…)',
    'unknown-heading': 'unknown heading, neither it nor its content is imported: give it the name of a template section, or remove it',
    'under-unknown-heading': 'text under an unknown heading (see the heading above)',
    'atelier-without-chantier': 'workshop without a chantier: add a “Chantier - "Title"” line under its question',
    'theme-without-chantier': 'theme with no “Chantier - …” line after it',
    'presentation-without-title': 'presentation without a meeting title: add a “Rencontre …” line at the top',
    'theme-mismatch': 'theme differs from the one of the chantier this page continues: the chantier keeps its first theme',
    'theme-missing': 'chantier without a “Thématique : …” line: theme taken from the workshop’s title (or “Sans thématique”)',
    'heading-guessed': (section) => `heading recognised from a close name: read as “${section}”`,
    'atelier-guessed': 'read as a workshop’s title although its colon is missing (“Atelier … :”)',
    'joined-to-item': 'line without a bullet, attached to the list item above',
    'title-next-line': 'read as the title of the chantier announced on the line above',
    'chantier-untitled': 'chantier without a title: the whole line is its title',
    'nesting-capped': 'list nested over more than 16 levels: this item is put at the 16th level',
  },
};

/** A note's reason in words. */
export function importNoteReason(note: { readonly code: ImportNoteCode; readonly section?: SectionKey }, lang: 'fr' | 'en'): string {
  const reason = REASONS[lang][note.code];
  return typeof reason === 'string' ? reason : reason(sectionName(note.section ?? 'enjeu', lang));
}

/** Whether a note's line is placed in the document (to check) or kept out of it. */
export const isToCheck = (code: ImportNoteCode): code is ToCheckCode => code in TO_CHECK;
const TO_CHECK: Record<ToCheckCode, true> = {
  'theme-mismatch': true,
  'theme-missing': true,
  'heading-guessed': true,
  'atelier-guessed': true,
  'joined-to-item': true,
  'title-next-line': true,
  'chantier-untitled': true,
  'nesting-capped': true,
};

