/**
 * The words of failures: the alert's explanation of what went wrong (`describeLoadError`) and each
 * validation problem (`formatValidationError`), in French and English. Same shape as labels.ts: one object
 * per language with the same keys, so **adding a message is one line in each**.
 *
 * The embed bundle loads this module only when an element has a failure to show (a chunk of its own, with
 * the parsers that find every error of an invalid document): a page whose data is fine never downloads it.
 * The command line, the server rendering and the authoring page import it directly.
 */
import type { ValidationError } from '../model/parse-document.js';

// The parsers that say what is wrong with an invalid document: the elements load them with these words.
export { parseChantier, parseDocument, parseGouvernance, parseSection } from '../model/parse-document.js';
import type { ExpectationCode } from '../model/schema.js';
import type { Lang } from './labels.js';
import type { LoadError } from './load-error.js';

/** "de" before a place, contracted as French requires: "du JSON intégré", "de la propriété", "de https://…". */
const of = (where: string) => (where.startsWith('le ') ? `du ${where.slice(3)}` : `de ${where}`);

const fr = {
  moreErrors: (count: number) => `… et ${count} de plus.`,
  expected: {
    document: 'un objet JSON avec « version » et « chantiers »',
    object: 'un objet',
    array: 'une liste',
    text: 'un texte non vide',
    item: 'un texte ou {texte, items}',
    id: 'un identifiant en minuscules, chiffres et tirets (logement-acces-equitable)',
    'unique-id': 'un identifiant pas encore utilisé',
    version: 'la version 1 du format',
    section: 'un texte ou une liste non vide',
    required: 'un champ obligatoire, absent ici',
    'unknown-key': 'aucun autre champ (champ inconnu)',
    'too-deep': "moins d'imbrication : imbrication trop profonde",
    date: 'une date AAAA-MM-JJ qui existe',
    progression: 'un nombre de 0 à 100',
    atteint: '« oui », « en partie » ou « non »',
    statut: 'un statut de « statuts » (par défaut : a-lancer, en-preparation, en-cours, realise, suspendu, abandonne)',
    criteres: 'une entrée par critère de « reussite »',
    suivi: 'au moins un champ de suivi',
    'non-empty': 'une liste non vide',
  } satisfies Record<ExpectationCode, string>,
  validation: (path: string, expected: string, received: string) =>
    `${path || 'document'} : attendu ${expected}, reçu ${received}`,
  network: (url: string) => `Le réseau n'a pas permis de charger ${url}.`,
  timeout: (url: string, seconds: string) => `${url} n'a pas répondu en ${seconds} s.`,
  http: (url: string, status: number, statusText: string) =>
    `Le serveur a répondu ${status}${statusText ? ` (${statusText})` : ''} pour ${url}.`,
  json: (where: string, contentType: string, detail: string) =>
    `${where} n'est pas du JSON valide${contentType ? ` (type reçu : ${contentType})` : ''} : ${detail}`,
  empty: (where: string) => `${where} est vide.`,
  encoding: (where: string, charset = '') => `${where} n'est pas du texte UTF-8${charset && ` (servi en ${charset})`}.`,
  invalid: (where: string) => `Les données ${of(where)} ne respectent pas le format :`,
  unknownId: (id: string, known: string) => `Aucun chantier n'a l'identifiant « ${id} ». Identifiants connus : ${known}.`,
  missingId: (known: string) => `Précisez le chantier à afficher avec l'attribut chantier, parmi : ${known}.`,
  unchecked: (where: string) => `Les données ${of(where)} n'ont pas pu être vérifiées (le fichier qui les vérifie n'a pas pu être chargé) : rechargez la page.`,
  inline: 'le JSON intégré à la page',
  property: 'la propriété JavaScript',
  context: 'la page (son fournisseur de contexte)',
};

type Messages = typeof fr;

const en: Messages = {
  moreErrors: (count: number) => `… and ${count} more.`,
  expected: {
    document: 'a JSON object with "version" and "chantiers"',
    object: 'an object',
    array: 'a list',
    text: 'a non-empty text',
    item: 'a text or {texte, items}',
    id: 'an identifier of lowercase letters, digits and hyphens (logement-acces-equitable)',
    'unique-id': 'an identifier not used yet',
    version: 'version 1 of the format',
    section: 'a text or a non-empty list',
    required: 'a required field, missing here',
    'unknown-key': 'no other field (unknown field)',
    'too-deep': 'less nesting: nested too deeply',
    date: 'an existing YYYY-MM-DD date',
    progression: 'a number from 0 to 100',
    atteint: '"oui", "en partie" or "non"',
    statut: 'a status of "statuts" (by default: a-lancer, en-preparation, en-cours, realise, suspendu, abandonne)',
    criteres: 'one entry per criterion of "reussite"',
    suivi: 'at least one follow-up field',
    'non-empty': 'a non-empty list',
  },
  validation: (path: string, expected: string, received: string) =>
    `${path || 'document'}: expected ${expected}, received ${received}`,
  network: (url: string) => `The network did not allow loading ${url}.`,
  timeout: (url: string, seconds: string) => `${url} did not answer within ${seconds} s.`,
  http: (url: string, status: number, statusText: string) =>
    `The server answered ${status}${statusText ? ` (${statusText})` : ''} for ${url}.`,
  json: (where: string, contentType: string, detail: string) =>
    `${where} is not valid JSON${contentType ? ` (type received: ${contentType})` : ''}: ${detail}`,
  empty: (where: string) => `${where} is empty.`,
  encoding: (where: string, charset = '') => `${where} is not UTF-8 text${charset && ` (served as ${charset})`}.`,
  invalid: (where: string) => `The data of ${where} does not follow the format:`,
  unknownId: (id: string, known: string) => `No project has the identifier “${id}”. Known identifiers: ${known}.`,
  missingId: (known: string) => `Choose the project to show with the chantier attribute, among: ${known}.`,
  unchecked: (where: string) => `The data of ${where} could not be checked (the file that checks it could not be loaded): reload the page.`,
  inline: 'the JSON embedded in the page',
  property: 'the JavaScript property',
  context: 'the page (its context provider)',
};

const MESSAGES: Record<Lang, Messages> = { fr, en };

export function formatValidationError(error: ValidationError, lang: Lang): string {
  const words = MESSAGES[lang];
  return words.validation(error.path, words.expected[error.expected], error.received);
}

/** "… and 12 more." after the listed validation errors. */
export const moreErrors = (count: number, lang: Lang): string => MESSAGES[lang].moreErrors(count);

/** The one-paragraph explanation of a failure; validation details are listed separately. */
export function describeLoadError(error: LoadError, lang: Lang): string {
  const words = MESSAGES[lang];
  const word = words[error.origin === 'src' ? 'property' : error.origin];
  // Where a sentence starts with it, a word takes a capital; an address never does.
  const where = error.url ?? word;
  const Where = error.url ?? word[0].toUpperCase() + word.slice(1);
  switch (error.kind) {
    case 'network':
      return words.network(where);
    case 'timeout':
      // "0,3 s" for a short timeout, "15 s" for the default: never a rounded "0 s".
      return words.timeout(where, new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(error.ms / 1000));
    case 'http':
      return words.http(where, error.status, error.statusText);
    case 'json':
      return words.json(Where, error.contentType ?? '', error.detail);
    case 'empty':
      return words.empty(Where);
    case 'encoding':
      return words.encoding(Where, error.charset);
    case 'invalid':
      return words.invalid(where);
    case 'unknown-id':
      return words.unknownId(error.id, error.known.join(', '));
    case 'missing-id':
      return words.missingId(error.known.join(', '));
    case 'unchecked':
      return words.unchecked(where);
  }
}
