/**
 * The command line's own words, in French and English. Validation problems are worded by
 * `formatValidationError` (src/shared/messages.ts), exactly as the elements word them.
 */
import { MAX_FILE_BYTES, megabytes } from '../model/decode-bytes.js';
import type { Lang } from '../shared/labels.js';

const fr = {
  usage: `Usage : boite-a-idees <commande> [options]

Commandes :
  validate FICHIER…   vérifie des documents de boîte à idées (JSON, comme data/chantiers.json)
  import FICHIER      lit une restitution en texte (comme data/restitution.txt) et écrit le document JSON
                      sur la sortie standard ; le compte rendu des lignes va sur la sortie d'erreur
  suivi TABLEAU.csv DOCUMENT.json
                      fusionne le suivi d'un tableur (une ligne par étape : id, statut, progression,
                      porteur, date, etape ; séparateur ; ou , ; UTF-8 ou Windows-1252) dans le document
                      et l'écrit sur la sortie standard ; chaque ligne non fusionnée est signalée
  flux DOCUMENT.json --base URL [--self URL] [--id ID]
                      écrit le flux Atom des étapes du suivi ; URL : la page qui montre la boîte à idées
                      (--id : l'id de son élément), --self : l'adresse où le flux sera publié

Options :
  --lang en           messages en anglais (français par défaut)
  -h, --help          affiche cette aide

Les fichiers sont lus en UTF-8 (ou en UTF-16 avec sa marque d'ordre des octets), ${megabytes(MAX_FILE_BYTES)} Mo au plus.
`,
  usageError: (detail: string) => `boite-a-idees : ${detail}. Voir boite-a-idees --help.`,
  unknownCommand: (name: string) => `commande inconnue « ${name} »`,
  unknownOption: (name: string) => `option inconnue « ${name} »`,
  badLang: (value: string) => `langue non prise en charge « ${value} » (fr ou en)`,
  noCommand: 'commande manquante (validate, import, suivi ou flux)',
  needsValue: (option: string) => `${option} attend une valeur`,
  suiviFiles: 'suivi lit un tableau CSV puis un document JSON',
  noBase: 'flux a besoin de --base URL (la page qui montre la boîte à idées)',
  badUrl: (value: string) => `adresse invalide « ${value} » (attendu une adresse http:// ou https:// complète)`,
  readAs: (encoding: string) =>
    encoding === 'windows-1252'
      ? "pas en UTF-8 : lu en Windows-1252, l'encodage des tableurs sous Windows"
      : `lu en ${encoding.toUpperCase()}, comme l'indique sa marque d'ordre des octets`,
  mergeInvalid: 'le document fusionné ne respecte pas le format :',
  suiviCounts: (read: number, merged: number, rejected: number, added: number, known: number, updated: readonly string[]) =>
    `${read} ligne${read > 1 ? 's' : ''} lue${read > 1 ? 's' : ''}, ${merged} fusionnée${merged > 1 ? 's' : ''}, ${rejected} signalée${rejected > 1 ? 's' : ''} ; ` +
    `${added} étape${added > 1 ? 's' : ''} ajoutée${added > 1 ? 's' : ''}, ${known} déjà présente${known > 1 ? 's' : ''} ; ` +
    `chantiers mis à jour : ${updated.length ? updated.join(', ') : 'aucun'}`,
  notXml: (path: string) => `${path} : caractère de contrôle impossible en XML, écrit U+FFFD dans le flux`,
  fluxCount: (entries: number) => `${entries} étape${entries > 1 ? 's' : ''} dans le flux`,
  didYouMean: (id: string) => `(vouliez-vous dire « ${id} » ?)`,
  known: (list: string) => `(statuts du document : ${list})`,
  quote: (text: string) => `« ${text} »`,
  noFile: 'aucun fichier indiqué',
  oneFile: 'import lit un seul fichier',
  unreadable: (reason: string) => `lecture impossible : ${reason}`,
  notFound: 'fichier introuvable',
  isDirectory: "c'est un dossier, pas un fichier",
  denied: 'accès refusé',
  tooLarge: (size: number, max: number) => `fichier trop grand (${megabytes(size)} Mo ; ${megabytes(max)} Mo au plus)`,
  empty: 'le fichier est vide',
  badJson: (detail: string) => `JSON invalide : ${detail}`,
  note: (where: string, reason: string, text: string) => `${where}: ${reason} : « ${text} »`,
  warn: (where: string, reason: string, text: string) => `${where}: à vérifier, ${reason} : « ${text} »`,
  valid: (file: string, chantiers: number) => `${file} : valide (${chantiers} chantier${chantiers > 1 ? 's' : ''})`,
  counts: (read: number, placed: number, toCheck: number, reported: number) =>
    `${read} ${read > 1 ? 'lignes lues' : 'ligne lue'}, ${placed} ${placed > 1 ? 'placées' : 'placée'} (dont ${toCheck} à vérifier), ${reported} ${reported > 1 ? 'signalées' : 'signalée'}`,
  isJson: (file: string) =>
    `${file}: ce fichier est un document JSON, pas une restitution en texte. Pour le vérifier : boite-a-idees validate ${file}`,
  importInvalid: 'le document importé ne respecte pas le format :',
  moreErrors: (file: string, count: number) => `${file} : … et ${count} autre${count > 1 ? 's' : ''} erreur${count > 1 ? 's' : ''} (corrigez les premières, puis vérifiez à nouveau)`,
};

type Messages = typeof fr;

const en: Messages = {
  usage: `Usage: boite-a-idees <command> [options]

Commands:
  validate FILE…      checks idea box documents (JSON, like data/chantiers.json)
  import FILE         reads a restitution text (like data/restitution.txt) and writes the JSON document
                      to standard output; the report on its lines goes to standard error
  suivi SHEET.csv DOCUMENT.json
                      merges a spreadsheet's follow-up (one row per step: id, statut, progression,
                      porteur, date, etape; separator ; or ,; UTF-8 or Windows-1252) into the document
                      and writes it to standard output; each row not merged is reported
  flux DOCUMENT.json --base URL [--self URL] [--id ID]
                      writes the Atom feed of the follow-up's steps; URL: the page showing the idea box
                      (--id: its element's id), --self: where the feed will be published

Options:
  --lang en           messages in English (French by default)
  -h, --help          shows this help

Files are read as UTF-8 (or UTF-16 with its byte order mark), ${megabytes(MAX_FILE_BYTES)} MB at most.
`,
  usageError: (detail: string) => `boite-a-idees: ${detail}. See boite-a-idees --help.`,
  unknownCommand: (name: string) => `unknown command “${name}”`,
  unknownOption: (name: string) => `unknown option “${name}”`,
  badLang: (value: string) => `unsupported language “${value}” (fr or en)`,
  noCommand: 'missing command (validate, import, suivi or flux)',
  needsValue: (option: string) => `${option} needs a value`,
  suiviFiles: 'suivi reads a CSV sheet then a JSON document',
  noBase: 'flux needs --base URL (the page showing the idea box)',
  badUrl: (value: string) => `invalid address “${value}” (expected a full http:// or https:// address)`,
  readAs: (encoding: string) =>
    encoding === 'windows-1252'
      ? 'not UTF-8: read as Windows-1252, the encoding of spreadsheets on Windows'
      : `read as ${encoding.toUpperCase()}, as its byte order mark says`,
  mergeInvalid: 'the merged document does not follow the format:',
  suiviCounts: (read: number, merged: number, rejected: number, added: number, known: number, updated: readonly string[]) =>
    `${read} row${read === 1 ? '' : 's'} read, ${merged} merged, ${rejected} reported; ` +
    `${added} step${added === 1 ? '' : 's'} added, ${known} already there; ` +
    `chantiers updated: ${updated.length ? updated.join(', ') : 'none'}`,
  notXml: (path: string) => `${path}: control character XML cannot carry, written U+FFFD in the feed`,
  fluxCount: (entries: number) => `${entries} step${entries === 1 ? '' : 's'} in the feed`,
  didYouMean: (id: string) => `(did you mean “${id}”?)`,
  known: (list: string) => `(the document's statuses: ${list})`,
  quote: (text: string) => `“${text}”`,
  noFile: 'no file given',
  oneFile: 'import reads a single file',
  unreadable: (reason: string) => `cannot read: ${reason}`,
  notFound: 'no such file',
  isDirectory: 'a directory, not a file',
  denied: 'permission denied',
  tooLarge: (size: number, max: number) => `file too large (${megabytes(size)} MB; ${megabytes(max)} MB at most)`,
  empty: 'the file is empty',
  badJson: (detail: string) => `invalid JSON: ${detail}`,
  note: (where: string, reason: string, text: string) => `${where}: ${reason}: “${text}”`,
  warn: (where: string, reason: string, text: string) => `${where}: to check, ${reason}: “${text}”`,
  valid: (file: string, chantiers: number) => `${file}: valid (${chantiers} project${chantiers === 1 ? '' : 's'})`,
  counts: (read: number, placed: number, toCheck: number, reported: number) =>
    `${read} line${read === 1 ? '' : 's'} read, ${placed} placed (${toCheck} to check), ${reported} reported`,
  isJson: (file: string) => `${file}: this file is a JSON document, not a restitution text. To check it: boite-a-idees validate ${file}`,
  importInvalid: 'the imported document does not follow the format:',
  moreErrors: (file: string, count: number) => `${file}: … and ${count} more error${count === 1 ? '' : 's'} (fix the first ones, then check again)`,
};

const MESSAGES: Record<Lang, Messages> = { fr, en };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
