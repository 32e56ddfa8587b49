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

Options :
  --lang en           messages en anglais (français par défaut)
  -h, --help          affiche cette aide

Les fichiers sont lus en UTF-8 (ou en UTF-16 avec sa marque d'ordre des octets), ${megabytes(MAX_FILE_BYTES)} Mo au plus.
`,
  usageError: (detail: string) => `boite-a-idees : ${detail}. Voir boite-a-idees --help.`,
  unknownCommand: (name: string) => `commande inconnue « ${name} »`,
  unknownOption: (name: string) => `option inconnue « ${name} »`,
  badLang: (value: string) => `langue non prise en charge « ${value} » (fr ou en)`,
  noCommand: 'commande manquante (validate ou import)',
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

Options:
  --lang en           messages in English (French by default)
  -h, --help          shows this help

Files are read as UTF-8 (or UTF-16 with its byte order mark), ${megabytes(MAX_FILE_BYTES)} MB at most.
`,
  usageError: (detail: string) => `boite-a-idees: ${detail}. See boite-a-idees --help.`,
  unknownCommand: (name: string) => `unknown command “${name}”`,
  unknownOption: (name: string) => `unknown option “${name}”`,
  badLang: (value: string) => `unsupported language “${value}” (fr or en)`,
  noCommand: 'missing command (validate or import)',
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
