/**
 * Every word of the authoring workshop, `<atelier-boite>`, in one place per language (the shape of
 * src/shared/labels.ts). Validation messages come from `formatValidationError` and the importer's reasons
 * from `importNoteReason`, so the workshop, the elements and the command line word them alike.
 */
import type { Lang } from '../shared/labels.js';

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

const fr = {
  editorTitle: 'Votre texte',
  intro:
    'Collez une restitution d’ateliers, écrite sur le modèle habituel («\u00a0Atelier\u00a0…\u00a0:\u00a0», «\u00a0Chantier - "…"\u00a0», «\u00a0Enjeu\u00a0»…), ou un document JSON\u00a0: le format est reconnu tout seul et l’aperçu suit la saisie.',
  draftNote: 'Le brouillon reste dans ce navigateur, sur cet appareil\u00a0: rien n’est envoyé.',
  textareaLabel: 'Texte de la restitution ou document JSON',
  format: {
    empty: 'Format reconnu\u00a0: aucun, le champ est vide.',
    text: 'Format reconnu\u00a0: texte de restitution.',
    json: 'Format reconnu\u00a0: document JSON.',
  },
  openFile: 'Ouvrir un fichier .txt ou .json',
  example: 'Reprendre l’exemple',
  clear: 'Tout effacer',
  restore: 'Rétablir le texte précédent',
  download: 'Télécharger le JSON',
  downloadHint: 'Le fichier chantiers.json se télécharge dès que le texte donne un document valide.',
  previewTitle: 'Aperçu',
  previewEmpty: 'L’aperçu s’affichera ici dès que le texte donnera au moins un chantier.',
  previewNone: 'Aucun chantier reconnu pour l’instant\u00a0: chaque chantier commence par une ligne «\u00a0Chantier - "Titre"\u00a0».',
  previewInvalid: 'Pas d’aperçu tant que le document contient des erreurs.',
  previewStale: 'Le texte contient des erreurs\u00a0: cet aperçu montre son dernier état valide.',
  counts: (read: number, placed: number, reported: number) =>
    `${read} ${plural(read, 'ligne lue', 'lignes lues')}, ${placed} ${plural(placed, 'placée', 'placées')}, ${reported} ${plural(reported, 'signalée', 'signalées')}.`,
  chantiers: (count: number) => `${count} chantier${count > 1 ? 's' : ''} dans l’aperçu.`,
  jsonValid: (count: number) => `Document JSON valide\u00a0: ${count} chantier${count > 1 ? 's' : ''}.`,
  errorCount: (count: number) => `${count} erreur${count > 1 ? 's' : ''}`,
  jsonErrors: (count: number) => `Document JSON\u00a0: ${count} erreur${count > 1 ? 's' : ''}.`,
  jsonInvalid: (count: number) =>
    `Le document JSON contient ${count} erreur${count > 1 ? 's' : ''}\u00a0; chaque message ci-dessous mène à sa ligne.`,
  importInvalid: (count: number) =>
    `Le document tiré du texte ne respecte pas le format (${count} erreur${count > 1 ? 's' : ''})\u00a0:`,
  syntax: (found: string) => `JSON mal formé\u00a0: ${found ? `caractère inattendu ${found}` : 'le texte se termine trop tôt'}`,
  quote: (text: string) => `«\u00a0${text}\u00a0»`,
  colon: '\u00a0: ',
  at: (line: number, column: number) => `Ligne ${line}, colonne ${column}`,
  atParent: (line: number, column: number) => `Ligne ${line}, colonne ${column} (l’objet qui devrait le contenir)`,
  line: (line: number) => `Ligne ${line}`,
  unplacedTitle: (count: number) => `${count} ${plural(count, 'ligne signalée', 'lignes signalées')}, hors du document`,
  unplacedHint: (count: number): string =>
    count > 1
      ? 'Ces lignes ne sont pas dans l’aperçu\u00a0: rattachez-les à un chantier et à une rubrique.'
      : 'Cette ligne n’est pas dans l’aperçu\u00a0: rattachez-la à un chantier et à une rubrique.',
  warningsTitle: (count: number) => `${count} ${plural(count, 'ligne', 'lignes')} à vérifier`,
  moreErrors: (count: number) => `… et ${count} autre${count > 1 ? 's' : ''} message${count > 1 ? 's' : ''}.`,
  cleared: 'Texte effacé.',
  exampleLoaded: 'Exemple chargé.',
  fileOpened: (name: string) => `Fichier ${name} ouvert.`,
  restored: 'Texte précédent rétabli.',
  downloaded: 'chantiers.json téléchargé.',
  fileFailed: (name: string) => `Le fichier ${name} n’a pas pu être lu.`,
  exampleFailed: (url: string, detail: string) => `L’exemple ${url} n’a pas pu être chargé (${detail}).`,
  storageFailed: 'Ce navigateur ne garde pas le brouillon (stockage refusé ou plein)\u00a0: téléchargez le JSON pour ne rien perdre.',
};

export type AtelierLabels = typeof fr;

const en: AtelierLabels = {
  editorTitle: 'Your text',
  intro:
    'Paste a workshop restitution written in the usual template (“Atelier … :”, “Chantier - "…"”, “Enjeu”…) or a JSON document: the format is detected automatically and the preview follows your typing.',
  draftNote: 'The draft stays in this browser, on this device: nothing is sent.',
  textareaLabel: 'Restitution text or JSON document',
  format: {
    empty: 'Detected format: none, the field is empty.',
    text: 'Detected format: restitution text.',
    json: 'Detected format: JSON document.',
  },
  openFile: 'Open a .txt or .json file',
  example: 'Load the example',
  clear: 'Clear everything',
  restore: 'Restore the previous text',
  download: 'Download the JSON',
  downloadHint: 'The chantiers.json file can be downloaded as soon as the text gives a valid document.',
  previewTitle: 'Preview',
  previewEmpty: 'The preview will appear here as soon as the text gives at least one project.',
  previewNone: 'No project recognised yet: each project starts with a line “Chantier - "Title"”.',
  previewInvalid: 'No preview while the document has errors.',
  previewStale: 'The text has errors: this preview shows its last valid state.',
  counts: (read: number, placed: number, reported: number) =>
    `${read} line${read === 1 ? '' : 's'} read, ${placed} placed, ${reported} reported.`,
  chantiers: (count: number) => `${count} project${count === 1 ? '' : 's'} in the preview.`,
  jsonValid: (count: number) => `Valid JSON document: ${count} project${count === 1 ? '' : 's'}.`,
  errorCount: (count: number) => `${count} error${count === 1 ? '' : 's'}`,
  jsonErrors: (count: number) => `JSON document: ${count} error${count === 1 ? '' : 's'}.`,
  jsonInvalid: (count: number) =>
    `The JSON document has ${count} error${count === 1 ? '' : 's'}; each message below leads to its line.`,
  importInvalid: (count: number) =>
    `The document made from the text does not follow the format (${count} error${count === 1 ? '' : 's'}):`,
  syntax: (found: string) => `malformed JSON: ${found ? `unexpected character ${found}` : 'the text ends too early'}`,
  quote: (text: string) => `“${text}”`,
  colon: ': ',
  at: (line: number, column: number) => `Line ${line}, column ${column}`,
  atParent: (line: number, column: number) => `Line ${line}, column ${column} (the object that should hold it)`,
  line: (line: number) => `Line ${line}`,
  unplacedTitle: (count: number) => `${count} reported line${count === 1 ? '' : 's'}, left out of the document`,
  unplacedHint: (count: number) =>
    count === 1
      ? 'This line is not in the preview: attach it to a project and a section.'
      : 'These lines are not in the preview: attach them to a project and a section.',
  warningsTitle: (count: number) => `${count} line${count === 1 ? '' : 's'} to check`,
  moreErrors: (count: number) => `… and ${count} more message${count === 1 ? '' : 's'}.`,
  cleared: 'Text cleared.',
  exampleLoaded: 'Example loaded.',
  fileOpened: (name: string) => `File ${name} opened.`,
  restored: 'Previous text restored.',
  downloaded: 'chantiers.json downloaded.',
  fileFailed: (name: string) => `The file ${name} could not be read.`,
  exampleFailed: (url: string, detail: string) => `The example ${url} could not be loaded (${detail}).`,
  storageFailed: 'This browser does not keep the draft (storage refused or full): download the JSON so nothing is lost.',
};

const LABELS: Record<Lang, AtelierLabels> = { fr, en };

export function atelierLabelsFor(lang: Lang): AtelierLabels {
  return LABELS[lang];
}
