/**
 * Every word of the authoring workshop, `<atelier-boite>`, in one place per language (the shape of
 * src/shared/labels.ts). The importer's reasons come from `importNoteReason`, so the workshop and the
 * command line word them alike; JSON errors are worded here, in the document's terms.
 */
import type { ExpectationCode } from '../model/schema.js';
import type { ImportNoteCode } from '../model/import-notes.js';
import type { Lang } from '../shared/labels.js';
import type { OfficeFileProblem } from './office-file.js';
import type { PathStep, SectionName, SyntaxHint } from './json-explain.js';

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);
const frLines = (count: number) => `${count} ${plural(count, 'ligne', 'lignes')}`;
const enLines = (count: number) => `${count} line${count === 1 ? '' : 's'}`;
/** 1er, 2e, 3e…; 1re for a feminine noun. */
const frOrdinal = (n: number, feminine = false) => (n === 1 ? (feminine ? '1re' : '1er') : `${n}e`);
const enOrdinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** Why a file was refused, from its name and, for some reasons, what it is instead. */
type FileProblemWords = Record<OfficeFileProblem | 'binary', (name: string, detail: string) => string>;

const frSections: Record<SectionName, string> = {
  enjeu: 'Enjeu',
  reussite: 'On aura réussi si…',
  actions: 'En quoi consiste le chantier',
  ressources: 'Ressources à mobiliser',
  questions: 'Questions en suspens',
  gouvernance: 'Gouvernance',
  freins: 'Freins',
};

const frFields: Record<string, string> = {
  id: 'identifiant',
  titre: 'titre',
  thematique: 'thématique',
  atelier: 'atelier',
  question: 'question',
  texte: 'texte',
  role: 'rôle',
  sigle: 'sigle',
  definition: 'définition',
  version: 'version du format',
  organisateur: 'organisateur',
  intitule: 'intitulé',
  suivi: 'suivi',
  statut: 'statut',
  statuts: 'statuts du suivi',
  progression: 'avancement',
  porteur: 'porteur',
  miseAJour: 'date de mise à jour',
  etapes: 'étapes du suivi',
  date: 'date',
  criteres: 'critères de réussite',
  atteint: 'atteint',
  cle: 'clé',
  libelle: 'libellé',
};

const fr = {
  editorTitle: 'Votre texte',
  intro:
    'Collez une restitution d’ateliers — depuis Word, LibreOffice ou Google Docs, listes et titres compris — ou ouvrez le fichier (.docx, .odt, .txt) ; un document JSON se colle aussi. Le format est reconnu tout seul et l’aperçu suit la saisie.',
  draftNote: 'Le brouillon et les précédents restent dans ce navigateur, sur cet appareil\u00a0: rien n’est envoyé.',
  textareaLabel: 'Texte de la restitution ou document JSON',
  format: {
    empty: 'Format reconnu\u00a0: aucun, le champ est vide.',
    text: 'Format reconnu\u00a0: texte de restitution.',
    json: 'Format reconnu\u00a0: document JSON.',
  },
  openFile: 'Ouvrir un fichier (.docx, .odt, .txt, .json)',
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
  analysing: 'Analyse du texte en cours…',
  counts: (read: number, placed: number, toCheck: number, reported: number) =>
    `${read} ${plural(read, 'ligne lue', 'lignes lues')}\u00a0: ${placed} ${plural(placed, 'placée', 'placées')}, dont ${toCheck} à vérifier\u00a0; ${reported} ${plural(reported, 'signalée', 'signalées')}.`,
  chantiers: (count: number) => `${count} chantier${count > 1 ? 's' : ''} dans l’aperçu.`,
  jsonValid: (count: number) => `Document JSON valide\u00a0: ${count} chantier${count > 1 ? 's' : ''}.`,
  errorCount: (count: number) => `${count} erreur${count > 1 ? 's' : ''}`,
  jsonErrors: (count: number) => `Document JSON\u00a0: ${count} erreur${count > 1 ? 's' : ''}.`,
  jsonInvalid: (count: number) =>
    `Le document JSON contient ${count} erreur${count > 1 ? 's' : ''}\u00a0; chaque message ci-dessous mène à sa ligne.`,
  importInvalid: (count: number) =>
    `Le document tiré du texte ne respecte pas le format (${count} erreur${count > 1 ? 's' : ''})\u00a0:`,
  messagesLabel: 'Messages sur le texte',
  quote: (text: string) => `«\u00a0${text}\u00a0»`,
  colon: '\u00a0: ',
  at: (line: number, column: number) => `Ligne ${line}, colonne ${column}`,
  atParent: (line: number, column: number) => `Ligne ${line}, colonne ${column} (l’objet qui devrait le contenir)`,
  line: (line: number) => `Ligne ${line}`,
  unplacedTitle: (count: number) => `${frLines(count)} ${plural(count, 'signalée', 'signalées')}, hors du document`,
  unplacedHint: (count: number): string =>
    count > 1
      ? 'Ces lignes ne sont pas dans l’aperçu\u00a0: rattachez-les à un chantier et à une rubrique.'
      : 'Cette ligne n’est pas dans l’aperçu\u00a0: rattachez-la à un chantier et à une rubrique.',
  warningsTitle: (count: number) => `${frLines(count)} à vérifier`,
  warningsHint: 'Ces lignes sont dans l’aperçu, à la place indiquée\u00a0: vérifiez qu’elle est la bonne.',
  /** The head of a group of lines that share a cause, with what to do. */
  group: {
    'outside-chantier': (n: number) => `${frLines(n)} hors de tout chantier\u00a0: ${plural(n, 'placez-la', 'placez-les')} sous une rubrique d’un chantier, ou ajoutez au-dessus une ligne «\u00a0Chantier - "Titre"\u00a0».`,
    'outside-section': (n: number) => `${frLines(n)} avant la première rubrique d’un chantier\u00a0: ajoutez au-dessus une rubrique («\u00a0Enjeu\u00a0», «\u00a0On aura réussi si…\u00a0»…).`,
    'unknown-heading': (n: number) => `${n} ${plural(n, 'rubrique inconnue', 'rubriques inconnues')}\u00a0: ${plural(n, 'donnez-lui', 'donnez-leur')} le nom d’une rubrique du modèle («\u00a0Les ressources à mobiliser\u00a0»…), ou ${plural(n, 'supprimez-la', 'supprimez-les')}.`,
    'under-unknown-heading': (n: number) => `${frLines(n)} sous une rubrique inconnue\u00a0: ${plural(n, 'elle suivra', 'elles suivront')} la rubrique une fois renommée.`,
    'atelier-without-chantier': (n: number) => `${frLines(n)} d’atelier sans chantier\u00a0: ajoutez sous la question une ligne «\u00a0Chantier - "Titre"\u00a0».`,
    'theme-without-chantier': (n: number) => `${n} ${plural(n, 'thématique', 'thématiques')} sans ligne «\u00a0Chantier - …\u00a0» après ${plural(n, 'elle', 'elles')}.`,
    'presentation-without-title': (n: number) => `${frLines(n)} de présentation sans titre de rencontre\u00a0: ajoutez en tête une ligne «\u00a0Rencontre …\u00a0».`,
    'theme-mismatch': (n: number) => `${n} ${plural(n, 'thématique différente', 'thématiques différentes')} de celle du chantier repris sur la page\u00a0: le chantier garde sa première thématique.`,
    'theme-missing': (n: number) => `${n} ${plural(n, 'chantier', 'chantiers')} sans ligne «\u00a0Thématique\u00a0: …\u00a0»\u00a0: thématique tirée du nom de l’atelier.`,
    'heading-guessed': (n: number) => `${n} ${plural(n, 'rubrique reconnue', 'rubriques reconnues')} d’après un nom approchant\u00a0: vérifiez la rubrique choisie.`,
    'atelier-guessed': (n: number) => `${n} ${plural(n, 'atelier lu', 'ateliers lus')} sans ses deux-points («\u00a0Atelier … :\u00a0»)\u00a0: vérifiez son nom et sa question.`,
    'joined-to-item': (n: number) => `${frLines(n)} sans puce, ${plural(n, 'rattachée', 'rattachées')} à l’élément de liste au-dessus\u00a0: ajoutez une puce si c’est un élément à part.`,
    'title-next-line': (n: number) => `${frLines(n)} ${plural(n, 'lue', 'lues')} comme titre du chantier annoncé juste au-dessus.`,
    'chantier-untitled': (n: number) => `${n} ${plural(n, 'chantier', 'chantiers')} sans titre\u00a0: écrivez «\u00a0Chantier - "Titre"\u00a0».`,
    'nesting-capped': (n: number) => `${frLines(n)} de liste imbriquée sur plus de 16 niveaux, ${plural(n, 'rangée', 'rangées')} au 16e.`,
  } satisfies Record<ImportNoteCode, (count: number) => string>,
  /** The head of a group of JSON errors of one kind. */
  errorGroup: (count: number, expected: string) => `${count} × ${expected}`,
  showMore: (count: number) => `Afficher ${count} de plus`,
  moreErrors: (count: number) => `… et ${count} autre${count > 1 ? 's' : ''} erreur${count > 1 ? 's' : ''}, à voir une fois les premières corrigées.`,
  /** A JSON error: where (in the document's terms), what was expected, what was found. */
  jsonError: (where: string, expected: string, received: string) => `${where}\u00a0: ${expected}, reçu ${received}`,
  unknownKey: (where: string, key: string) => `${where}\u00a0: le champ ${key} n’existe pas dans le format (une faute de frappe\u00a0?)`,
  expected: {
    document: 'un document { "version": 1, "chantiers": [ … ] } est attendu',
    object: 'un objet { … } est attendu',
    array: 'une liste [ … ] est attendue',
    text: 'un texte est attendu',
    item: 'un texte, ou { "texte": …, "items": [ … ] }, est attendu',
    id: 'un identifiant en minuscules, chiffres et tirets est attendu (logement-acces-equitable)',
    'unique-id': 'cet identifiant est déjà celui d’un autre chantier',
    version: 'la version 1 du format est attendue',
    section: 'la rubrique est vide\u00a0: un texte ou une liste est attendu',
    required: 'ce champ obligatoire manque',
    'unknown-key': 'champ inconnu',
    'too-deep': 'les listes sont imbriquées trop profondément',
    date: 'une date AAAA-MM-JJ qui existe est attendue',
    progression: 'un nombre de 0 à 100 est attendu',
    atteint: '«\u00a0oui\u00a0», «\u00a0en partie\u00a0» ou «\u00a0non\u00a0» est attendu',
    statut: 'ce statut n’est pas dans la liste «\u00a0statuts\u00a0» (par défaut\u00a0: a-lancer, en-preparation, en-cours, realise, suspendu, abandonne)',
    criteres: 'une entrée par critère de «\u00a0On aura réussi si…\u00a0» est attendue',
    suivi: 'le suivi est vide\u00a0: au moins un champ est attendu',
    'non-empty': 'une liste non vide est attendue',
  } satisfies Record<ExpectationCode, string>,
  received: (value: string) => (value === 'undefined' ? 'rien' : value === '{…}' ? 'un objet' : /^\[…(\d+)\]$/.test(value) ? `une liste de ${/\d+/.exec(value)![0]} éléments` : value),
  step: (step: PathStep): string => {
    switch (step.kind) {
      case 'rencontre':
        return 'Rencontre';
      case 'glossaire':
        return 'Glossaire';
      case 'chantiers':
        return 'Liste des chantiers';
      case 'chantier':
        return `Chantier ${step.number}${step.titre ? ` «\u00a0${step.titre}\u00a0»` : ''}`;
      case 'sigle':
        return `${frOrdinal(step.number)} sigle${step.sigle ? ` «\u00a0${step.sigle}\u00a0»` : ''}`;
      case 'section':
        return frSections[step.key];
      case 'item':
        return `${frOrdinal(step.number)} ${step.depth ? 'sous-élément' : 'élément'}`;
      case 'role':
        return `${frOrdinal(step.number, true)} ligne du tableau`;
      case 'note':
        return `${frOrdinal(step.number, true)} note`;
      case 'paragraph':
        return `${frOrdinal(step.number)} paragraphe`;
      case 'field':
        return frFields[step.key] ?? `«\u00a0${step.key}\u00a0»`;
    }
  },
  documentRoot: 'Document',
  syntax: (detail: string) => `JSON mal formé\u00a0: ${detail}`,
  duplicate: 'champ écrit deux fois dans le même objet (une seule des deux valeurs serait gardée)',
  syntaxHint: {
    'missing-comma': 'il manque sans doute une virgule à la fin de cette ligne, avant l’élément suivant.',
    'trailing-comma': 'virgule en trop\u00a0: le dernier élément d’une liste ou d’un objet n’en prend pas.',
    'curly-quote': 'guillemets typographiques\u00a0: en JSON, seuls les guillemets droits " sont permis (un traitement de texte les remplace souvent).',
    'single-quote': 'apostrophe\u00a0: en JSON, les textes s’écrivent entre guillemets droits doubles "…".',
    comment: 'commentaire\u00a0: le JSON n’en permet pas.',
    'unquoted-key': 'nom de champ sans guillemets\u00a0: écrivez-le entre guillemets droits, "titre".',
    truncated: 'il manque sans doute des } ou ] fermants à la fin.',
  } satisfies Record<SyntaxHint, string>,
  cleared: 'Texte effacé.',
  exampleLoaded: 'Exemple chargé.',
  fileOpened: (name: string) => `Fichier ${name} ouvert.`,
  fileConverted: (name: string, format: string) => `Fichier ${name} ouvert (${format})\u00a0: titres et listes convertis en texte.`,
  pasteConverted: 'Collé avec sa mise en forme\u00a0: titres et listes convertis en texte.',
  restored: 'Texte précédent rétabli.',
  downloaded: 'chantiers.json téléchargé.',
  fileFailed: (name: string) => `Le fichier ${name} n’a pas pu être lu.`,
  fileProblem: {
    empty: (name: string) => `Le fichier ${name} est vide.`,
    'too-large': (name: string) => `Le fichier ${name} est trop gros pour l’atelier (plus de 20 Mo, ou plus de 2 millions de caractères de texte).`,
    encrypted: (name: string) => `Le fichier ${name} est protégé par un mot de passe\u00a0: enregistrez-en une copie sans mot de passe, puis ouvrez-la.`,
    'legacy-word': (name: string) => `Le fichier ${name} est un document Word de l’ancien format (.doc)\u00a0: enregistrez-le au format .docx, puis ouvrez-le.`,
    pdf: (name: string) => `Le fichier ${name} est un PDF\u00a0: ouvrez le document d’origine (.docx, .odt), ou copiez le texte du PDF et collez-le ici.`,
    rtf: (name: string) => `Le fichier ${name} est au format RTF\u00a0: enregistrez-le au format .docx ou .odt, puis ouvrez-le.`,
    broken: (name: string) => `Le fichier ${name} est endommagé ou incomplet\u00a0: son contenu ne peut pas être lu.`,
    'other-office': (name: string, what: string) =>
      `Le fichier ${name} n’est pas un texte mais ${what === 'spreadsheet' ? 'un classeur (tableur)' : what === 'presentation' ? 'une présentation' : 'une archive .zip'}\u00a0: ouvrez la restitution (.docx, .odt ou .txt).`,
    'not-a-document': (name: string) => `Le fichier ${name} n’est pas un document Word ou LibreOffice, contrairement à ce que dit son nom.`,
    'no-text': (name: string) => `Le fichier ${name} ne contient aucun texte.`,
    policy: (name: string) => `La politique de sécurité de cette page (Trusted Types sans la règle « atelier-boite ») empêche de lire le fichier ${name}\u00a0: collez plutôt son texte.`,
    binary: (name: string) => `Le fichier ${name} n’est pas un texte (une image, un programme…)\u00a0: ouvrez la restitution (.docx, .odt ou .txt).`,
  } as FileProblemWords,
  draftKept: 'Votre texte reste tel quel.',
  fileUndecodable: (name: string, line: number, column: number, detail: string) =>
    `${name} n’a pas été ouvert (ligne ${line}, colonne ${column})\u00a0: ${detail}`,
  exampleFailed: (url: string, detail: string) => `L’exemple ${url} n’a pas pu être chargé (${detail}).`,
  storageFailed: 'Ce navigateur ne garde pas le brouillon (stockage refusé)\u00a0: téléchargez le JSON pour ne rien perdre.',
  storageFull:
    'Le stockage de ce navigateur est plein\u00a0: vos dernières modifications ne sont plus gardées pour un prochain chargement. Le texte reste dans le champ\u00a0; téléchargez le JSON ou copiez le texte pour ne rien perdre.',
  historyFailed: 'Le texte remplacé n’a pas pu être gardé dans ce navigateur (stockage plein)\u00a0: «\u00a0Rétablir le texte précédent\u00a0» le garde jusqu’à la fermeture de la page.',
  draftRestored: (when: string) => `Brouillon du ${when} repris.`,
  draftRestoredLegacy: 'Brouillon repris.',
  draftOlder: (when: string, failed: string) =>
    `Attention\u00a0: ce brouillon date du ${when}. Les modifications faites ensuite (jusqu’au ${failed}) n’ont pas pu être gardées, le stockage de ce navigateur était plein.`,
  conflict: (when: string) => `Ce brouillon a été modifié dans un autre onglet (le ${when})\u00a0: ce texte-ci n’est plus enregistré tant que vous n’avez pas choisi.`,
  conflictCleared: 'Ce brouillon a été effacé dans un autre onglet\u00a0: ce texte-ci n’est plus enregistré tant que vous n’avez pas choisi.',
  takeTheirs: 'Prendre la version de l’autre onglet',
  keepMine: 'Garder ce texte-ci',
  historyTitle: (count: number) => `Brouillons précédents (${count})`,
  historyHint: 'Les textes remplacés par l’exemple, un effacement, un collage ou un fichier restent ici, dans ce navigateur.',
  historyEntry: (when: string, lines: number, start: string) => `${when} — ${lines} ${plural(lines, 'ligne', 'lignes')} — «\u00a0${start}\u00a0»`,
  historyRestore: 'Reprendre',
  historyRestoreLabel: (when: string) => `Reprendre le brouillon du ${when}`,
  historyRestored: (when: string) => `Brouillon du ${when} repris\u00a0; le texte qu’il remplace est gardé parmi les brouillons précédents.`,
  dateTime: (date: Date) =>
    new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(date),
  confirmTitle: 'Télécharger malgré les lignes à revoir\u00a0?',
  confirmUnplaced: (count: number) => `${frLines(count)} ${plural(count, 'signalée', 'signalées')} ne ${plural(count, 'sera', 'seront')} pas dans le fichier\u00a0: ${plural(count, 'ses mots seront absents', 'leurs mots seront absents')} de la boîte à idées.`,
  confirmToCheck: (count: number) => `${frLines(count)} à vérifier ${plural(count, 'y sera', 'y seront')} à la place devinée\u00a0: une erreur de rubrique y serait publiée telle quelle.`,
  confirmDownload: 'Télécharger quand même',
  confirmReview: 'Revoir les lignes',
};

export type AtelierLabels = typeof fr;

const enSections: Record<SectionName, string> = {
  enjeu: 'Enjeu (stake)',
  reussite: 'On aura réussi si… (success criteria)',
  actions: 'En quoi consiste le chantier (actions)',
  ressources: 'Ressources à mobiliser (resources)',
  questions: 'Questions en suspens (open questions)',
  gouvernance: 'Gouvernance (governance)',
  freins: 'Freins (obstacles)',
};

const en: AtelierLabels = {
  editorTitle: 'Your text',
  intro:
    'Paste a workshop restitution — from Word, LibreOffice or Google Docs, headings and lists included — or open its file (.docx, .odt, .txt); a JSON document can be pasted too. The format is detected automatically and the preview follows your typing.',
  draftNote: 'The draft and the previous ones stay in this browser, on this device: nothing is sent.',
  textareaLabel: 'Restitution text or JSON document',
  format: {
    empty: 'Detected format: none, the field is empty.',
    text: 'Detected format: restitution text.',
    json: 'Detected format: JSON document.',
  },
  openFile: 'Open a file (.docx, .odt, .txt, .json)',
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
  analysing: 'Analysing the text…',
  counts: (read: number, placed: number, toCheck: number, reported: number) =>
    `${read} line${read === 1 ? '' : 's'} read: ${placed} placed, ${toCheck} of them to check; ${reported} reported.`,
  chantiers: (count: number) => `${count} project${count === 1 ? '' : 's'} in the preview.`,
  jsonValid: (count: number) => `Valid JSON document: ${count} project${count === 1 ? '' : 's'}.`,
  errorCount: (count: number) => `${count} error${count === 1 ? '' : 's'}`,
  jsonErrors: (count: number) => `JSON document: ${count} error${count === 1 ? '' : 's'}.`,
  jsonInvalid: (count: number) => `The JSON document has ${count} error${count === 1 ? '' : 's'}; each message below leads to its line.`,
  importInvalid: (count: number) => `The document made from the text does not follow the format (${count} error${count === 1 ? '' : 's'}):`,
  messagesLabel: 'Messages about the text',
  quote: (text: string) => `“${text}”`,
  colon: ': ',
  at: (line: number, column: number) => `Line ${line}, column ${column}`,
  atParent: (line: number, column: number) => `Line ${line}, column ${column} (the object that should hold it)`,
  line: (line: number) => `Line ${line}`,
  unplacedTitle: (count: number) => `${enLines(count)} reported, left out of the document`,
  unplacedHint: (count: number) =>
    count === 1
      ? 'This line is not in the preview: attach it to a project and a section.'
      : 'These lines are not in the preview: attach them to a project and a section.',
  warningsTitle: (count: number) => `${enLines(count)} to check`,
  warningsHint: 'These lines are in the preview, where shown: check that it is the right place.',
  group: {
    'outside-chantier': (n: number) => `${enLines(n)} outside any project: move them under a section of a project, or add a “Chantier - "Title"” line above them.`,
    'outside-section': (n: number) => `${enLines(n)} before a project’s first section: add a section heading above them (“Enjeu”, “On aura réussi si…”…).`,
    'unknown-heading': (n: number) => `${n} unknown heading${n === 1 ? '' : 's'}: give ${n === 1 ? 'it' : 'them'} the name of a template section (“Les ressources à mobiliser”…), or remove ${n === 1 ? 'it' : 'them'}.`,
    'under-unknown-heading': (n: number) => `${enLines(n)} under an unknown heading: they will follow it once it is renamed.`,
    'atelier-without-chantier': (n: number) => `${enLines(n)} of a workshop without a project: add a “Chantier - "Title"” line under its question.`,
    'theme-without-chantier': (n: number) => `${n} theme${n === 1 ? '' : 's'} with no “Chantier - …” line after ${n === 1 ? 'it' : 'them'}.`,
    'presentation-without-title': (n: number) => `${enLines(n)} of presentation without a meeting title: add a “Rencontre …” line at the top.`,
    'theme-mismatch': (n: number) => `${n} theme${n === 1 ? '' : 's'} different from the one of the project this page continues: the project keeps its first theme.`,
    'theme-missing': (n: number) => `${n} project${n === 1 ? '' : 's'} without a “Thématique : …” line: theme taken from the workshop’s name.`,
    'heading-guessed': (n: number) => `${n} heading${n === 1 ? '' : 's'} recognised from a close name: check the section chosen.`,
    'atelier-guessed': (n: number) => `${n} workshop${n === 1 ? '' : 's'} read without its colon (“Atelier … :”): check its name and question.`,
    'joined-to-item': (n: number) => `${enLines(n)} without a bullet, attached to the list item above: add a bullet if it is an item of its own.`,
    'title-next-line': (n: number) => `${enLines(n)} read as the title of the project announced just above.`,
    'chantier-untitled': (n: number) => `${n} project${n === 1 ? '' : 's'} without a title: write “Chantier - "Title"”.`,
    'nesting-capped': (n: number) => `${enLines(n)} of a list nested over 16 levels, put at the 16th.`,
  },
  errorGroup: (count: number, expected: string) => `${count} × ${expected}`,
  showMore: (count: number) => `Show ${count} more`,
  moreErrors: (count: number) => `… and ${count} more error${count === 1 ? '' : 's'}, to see once the first ones are fixed.`,
  jsonError: (where: string, expected: string, received: string) => `${where}: ${expected}, received ${received}`,
  unknownKey: (where: string, key: string) => `${where}: the field ${key} does not exist in the format (a typo?)`,
  expected: {
    document: 'a document { "version": 1, "chantiers": [ … ] } is expected',
    object: 'an object { … } is expected',
    array: 'a list [ … ] is expected',
    text: 'a text is expected',
    item: 'a text, or { "texte": …, "items": [ … ] }, is expected',
    id: 'an identifier of lowercase letters, digits and hyphens is expected (logement-acces-equitable)',
    'unique-id': 'this identifier is already another project’s',
    version: 'version 1 of the format is expected',
    section: 'the section is empty: a text or a list is expected',
    required: 'this required field is missing',
    'unknown-key': 'unknown field',
    'too-deep': 'the lists are nested too deeply',
    date: 'an existing YYYY-MM-DD date is expected',
    progression: 'a number from 0 to 100 is expected',
    atteint: '"oui", "en partie" or "non" is expected',
    statut: 'this status is not in the "statuts" list (by default: a-lancer, en-preparation, en-cours, realise, suspendu, abandonne)',
    criteres: 'one entry per criterion of "We will have succeeded if…" is expected',
    suivi: 'the follow-up is empty: at least one field is expected',
    'non-empty': 'a non-empty list is expected',
  },
  received: (value: string) => (value === 'undefined' ? 'nothing' : value === '{…}' ? 'an object' : /^\[…(\d+)\]$/.test(value) ? `a list of ${/\d+/.exec(value)![0]} items` : value),
  step: (step: PathStep): string => {
    switch (step.kind) {
      case 'rencontre':
        return 'Meeting';
      case 'glossaire':
        return 'Glossary';
      case 'chantiers':
        return 'List of projects';
      case 'chantier':
        return `Project ${step.number}${step.titre ? ` “${step.titre}”` : ''}`;
      case 'sigle':
        return `${enOrdinal(step.number)} acronym${step.sigle ? ` “${step.sigle}”` : ''}`;
      case 'section':
        return enSections[step.key];
      case 'item':
        return `${enOrdinal(step.number)} ${step.depth ? 'sub-item' : 'item'}`;
      case 'role':
        return `${enOrdinal(step.number)} row of the table`;
      case 'note':
        return `${enOrdinal(step.number)} note`;
      case 'paragraph':
        return `${enOrdinal(step.number)} paragraph`;
      case 'field':
        return `“${step.key}”`;
    }
  },
  documentRoot: 'Document',
  syntax: (detail: string) => `malformed JSON: ${detail}`,
  duplicate: 'field written twice in the same object (only one of the two values would be kept)',
  syntaxHint: {
    'missing-comma': 'a comma is probably missing at the end of this line, before the next element.',
    'trailing-comma': 'one comma too many: the last element of a list or object takes none.',
    'curly-quote': 'typographic quotes: JSON allows only straight quotes " (word processors often replace them).',
    'single-quote': 'apostrophe: JSON texts are written between straight double quotes "…".',
    comment: 'a comment: JSON allows none.',
    'unquoted-key': 'field name without quotes: write it between straight quotes, "titre".',
    truncated: 'closing } or ] are probably missing at the end.',
  },
  cleared: 'Text cleared.',
  exampleLoaded: 'Example loaded.',
  fileOpened: (name: string) => `File ${name} opened.`,
  fileConverted: (name: string, format: string) => `File ${name} opened (${format}): headings and lists turned into text.`,
  pasteConverted: 'Pasted with its formatting: headings and lists turned into text.',
  restored: 'Previous text restored.',
  downloaded: 'chantiers.json downloaded.',
  fileFailed: (name: string) => `The file ${name} could not be read.`,
  fileProblem: {
    empty: (name: string) => `The file ${name} is empty.`,
    'too-large': (name: string) => `The file ${name} is too large for the workshop (over 20 MB, or over 2 million characters of text).`,
    encrypted: (name: string) => `The file ${name} is protected by a password: save a copy without a password, then open it.`,
    'legacy-word': (name: string) => `The file ${name} is a Word document of the old format (.doc): save it as .docx, then open it.`,
    pdf: (name: string) => `The file ${name} is a PDF: open the original document (.docx, .odt), or copy the PDF’s text and paste it here.`,
    rtf: (name: string) => `The file ${name} is an RTF file: save it as .docx or .odt, then open it.`,
    broken: (name: string) => `The file ${name} is damaged or incomplete: its content cannot be read.`,
    'other-office': (name: string, what: string) =>
      `The file ${name} is not a text but ${what === 'spreadsheet' ? 'a spreadsheet' : what === 'presentation' ? 'a presentation' : 'a .zip archive'}: open the restitution (.docx, .odt or .txt).`,
    'not-a-document': (name: string) => `The file ${name} is not a Word or LibreOffice document, whatever its name says.`,
    'no-text': (name: string) => `The file ${name} contains no text.`,
    policy: (name: string) => `This page’s security policy (Trusted Types without the “atelier-boite” policy) prevents reading the file ${name}: paste its text instead.`,
    binary: (name: string) => `The file ${name} is not a text (an image, a program…): open the restitution (.docx, .odt or .txt).`,
  } as FileProblemWords,
  draftKept: 'Your text is unchanged.',
  fileUndecodable: (name: string, line: number, column: number, detail: string) => `${name} was not opened (line ${line}, column ${column}): ${detail}`,
  exampleFailed: (url: string, detail: string) => `The example ${url} could not be loaded (${detail}).`,
  storageFailed: 'This browser does not keep the draft (storage refused): download the JSON so nothing is lost.',
  storageFull:
    'This browser’s storage is full: your latest changes are no longer kept for the next visit. The text stays in the field; download the JSON or copy the text so nothing is lost.',
  historyFailed: 'The replaced text could not be kept in this browser (storage full): “Restore the previous text” holds it until the page is closed.',
  draftRestored: (when: string) => `Draft of ${when} restored.`,
  draftRestoredLegacy: 'Draft restored.',
  draftOlder: (when: string, failed: string) =>
    `Warning: this draft dates from ${when}. The changes made afterwards (until ${failed}) could not be kept: this browser’s storage was full.`,
  conflict: (when: string) => `This draft was changed in another tab (${when}): this text is no longer saved until you choose.`,
  conflictCleared: 'This draft was cleared in another tab: this text is no longer saved until you choose.',
  takeTheirs: 'Take the other tab’s version',
  keepMine: 'Keep this text',
  historyTitle: (count: number) => `Previous drafts (${count})`,
  historyHint: 'Texts replaced by the example, clearing, a paste or a file stay here, in this browser.',
  historyEntry: (when: string, lines: number, start: string) => `${when} — ${lines} line${lines === 1 ? '' : 's'} — “${start}”`,
  historyRestore: 'Restore',
  historyRestoreLabel: (when: string) => `Restore the draft of ${when}`,
  historyRestored: (when: string) => `Draft of ${when} restored; the text it replaces is kept among the previous drafts.`,
  dateTime: (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(date),
  confirmTitle: 'Download despite the lines to review?',
  confirmUnplaced: (count: number) => `${enLines(count)} reported will not be in the file: ${count === 1 ? 'its' : 'their'} words will be missing from the idea box.`,
  confirmToCheck: (count: number) => `${enLines(count)} to check will be where the importer guessed: a wrong section would be published as is.`,
  confirmDownload: 'Download anyway',
  confirmReview: 'Review the lines',
};

const LABELS: Record<Lang, AtelierLabels> = { fr, en };

export function atelierLabelsFor(lang: Lang): AtelierLabels {
  return LABELS[lang];
}
