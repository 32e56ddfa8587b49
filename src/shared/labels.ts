/**
 * Every word of the interface, in one place per language. The data itself is never translated: it is the
 * participants' words. To add a language, add an entry to `LABELS` with the same keys.
 */
import type { ATTEINT_VALUES, ExpectationCode } from '../model/schema.js';
import type { ValidationError } from '../model/parse-document.js';
import type { LoadError } from './load-error.js';

export type Lang = 'fr' | 'en';

type AtteintValue = (typeof ATTEINT_VALUES)[number];

/**
 * The language of the data: the workshops wrote in French. When the interface speaks another language,
 * the elements mark the data with `lang="fr"` (RGAA 8.7) so screen readers pronounce it right.
 */
export const DATA_LANG: Lang = 'fr';

/** The `lang` attribute value for data shown in an interface of language `lang`, or `undefined` when equal. */
export const dataLangFor = (lang: Lang): Lang | undefined => (lang === DATA_LANG ? undefined : DATA_LANG);

const fr = {
  sections: {
    enjeu: 'Enjeu',
    reussite: 'On aura réussi si…',
    actions: 'En quoi consiste le chantier ?',
    ressources: 'Les ressources à mobiliser',
    questions: 'Questions en suspens',
    gouvernance: 'La gouvernance : qui fait quoi ?',
    freins: 'Les freins éventuels à anticiper',
    etapes: 'Étapes du suivi',
  },
  theme: 'Thématique',
  permalink: 'Lien vers ce chantier',
  suivi: {
    statut: 'Statut',
    progression: 'Avancement',
    porteur: 'Porté par',
    miseAJour: 'Mis à jour le',
    colon: ' :',
    atteint: { oui: 'Atteint', 'en partie': 'En partie atteint', non: 'Non atteint' } as Record<AtteintValue, string>,
    /** The default statuses' wording when the interface is not French (French is the model's own). */
    statuts: {} as Record<string, string>,
  },
  /** Before and after the chantier's title in the table caption. */
  gouvernanceCaption: ['Gouvernance du chantier « ', ' » : qui fait quoi'] as [string, string],
  roleHeader: 'Rôle ou aspect',
  whoHeader: 'Qui, quoi',
  notes: 'Autres points de gouvernance',
  loading: 'Chargement des données…',
  retry: 'Réessayer',
  box: {
    search: 'Rechercher dans les chantiers',
    searchHint: 'Accents et majuscules indifférents ; chaque mot ajouté affine.',
    themes: 'Thématiques',
    statuts: 'Avancement',
    sort: 'Ordre des chantiers',
    sortDocument: 'Celui de la restitution',
    sortUpdate: 'Dernières nouvelles d’abord',
    clear: 'Effacer les filtres et la recherche',
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    count: (shown: number, total: number) => `${shown} chantier${shown > 1 ? 's' : ''} sur ${total}`,
    searched: (query: string) => `recherche « ${query} »`,
    none: 'Aucun chantier ne correspond à ces critères.',
    glossary: 'Glossaire des sigles',
  },
  failed: "Ces données n'ont pas pu être affichées.",
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
  error: {
    network: (url: string) => `Le réseau n'a pas permis de charger ${url}.`,
    timeout: (url: string, seconds: string) => `${url} n'a pas répondu en ${seconds} s.`,
    http: (url: string, status: number, statusText: string) =>
      `Le serveur a répondu ${status}${statusText ? ` (${statusText})` : ''} pour ${url}.`,
    json: (where: string, contentType: string, detail: string) =>
      `${where} n'est pas du JSON valide${contentType ? ` (type reçu : ${contentType})` : ''} : ${detail}`,
    empty: (where: string) => `${where} est vide.`,
    invalid: (where: string) => `Les données de ${where} ne respectent pas le format :`,
    unknownId: (id: string, known: string) => `Aucun chantier n'a l'identifiant « ${id} ». Identifiants connus : ${known}.`,
    missingId: (known: string) => `Précisez le chantier à afficher avec l'attribut chantier, parmi : ${known}.`,
    inline: 'le JSON intégré à la page',
    property: 'la propriété JavaScript',
  },
};

type Labels = typeof fr;

const en: Labels = {
  sections: {
    enjeu: 'What is at stake',
    reussite: 'We will have succeeded if…',
    actions: 'What the project consists of',
    ressources: 'Resources to bring together',
    questions: 'Open questions',
    gouvernance: 'Governance: who does what?',
    freins: 'Obstacles to anticipate',
    etapes: 'Follow-up steps',
  },
  theme: 'Theme',
  permalink: 'Link to this project',
  suivi: {
    statut: 'Status',
    progression: 'Progress',
    porteur: 'Carried by',
    miseAJour: 'Updated on',
    colon: ':',
    atteint: { oui: 'Met', 'en partie': 'Partly met', non: 'Not met' },
    statuts: {
      'a-lancer': 'Not started',
      'en-preparation': 'In preparation',
      'en-cours': 'In progress',
      realise: 'Done',
      suspendu: 'On hold',
      abandonne: 'Abandoned',
    },
  },
  gouvernanceCaption: ['Governance of the project “', '”: who does what'],
  roleHeader: 'Role or aspect',
  whoHeader: 'Who, what',
  notes: 'Other governance points',
  loading: 'Loading data…',
  retry: 'Try again',
  box: {
    search: 'Search the projects',
    searchHint: 'Accents and capitals do not matter; each added word narrows.',
    themes: 'Themes',
    statuts: 'Progress',
    sort: 'Order of the projects',
    sortDocument: 'As in the restitution',
    sortUpdate: 'Latest news first',
    clear: 'Clear filters and search',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    count: (shown: number, total: number) => `${shown} project${shown === 1 ? '' : 's'} of ${total}`,
    searched: (query: string) => `search “${query}”`,
    none: 'No project matches these criteria.',
    glossary: 'Glossary of acronyms',
  },
  failed: 'This data could not be displayed.',
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
  error: {
    network: (url: string) => `The network did not allow loading ${url}.`,
    timeout: (url: string, seconds: string) => `${url} did not answer within ${seconds} s.`,
    http: (url: string, status: number, statusText: string) =>
      `The server answered ${status}${statusText ? ` (${statusText})` : ''} for ${url}.`,
    json: (where: string, contentType: string, detail: string) =>
      `${where} is not valid JSON${contentType ? ` (type received: ${contentType})` : ''}: ${detail}`,
    empty: (where: string) => `${where} is empty.`,
    invalid: (where: string) => `The data of ${where} does not follow the format:`,
    unknownId: (id: string, known: string) => `No project has the identifier “${id}”. Known identifiers: ${known}.`,
    missingId: (known: string) => `Choose the project to show with the chantier attribute, among: ${known}.`,
    inline: 'the JSON embedded in the page',
    property: 'the JavaScript property',
  },
};

const LABELS: Record<Lang, Labels> = { fr, en };

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

/**
 * The language of an element: its own `lang` or its nearest ancestor's, across shadow roots, so a box
 * inside a `lang="en"` page section speaks English. French unless English is asked for.
 */
export function langOf(element: Element): Lang {
  if (typeof Element === 'undefined') {
    // Server rendering (Lit's `isServer`, tested without importing Lit, which the command line bundles
    // without): no DOM tree, but Lit's renderer links each element to its shadow host (`__host`).
    for (let host: (Element & { __host?: Element }) | undefined = element; host; host = host.__host) {
      if (host.hasAttribute('lang')) return host.getAttribute('lang')!.toLowerCase().startsWith('en') ? 'en' : 'fr';
    }
    return 'fr';
  }
  for (let node: Node | null = element; node; ) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang')!.toLowerCase().startsWith('en') ? 'en' : 'fr';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}

export function formatValidationError(error: ValidationError, lang: Lang): string {
  const labels = LABELS[lang];
  return labels.validation(error.path, labels.expected[error.expected], error.received);
}

/** The one-paragraph explanation of a failure; validation details are listed separately. */
export function describeLoadError(error: LoadError, lang: Lang): string {
  const { error: words } = LABELS[lang];
  const where = error.url ?? (error.origin === 'inline' ? words.inline : words.property);
  switch (error.kind) {
    case 'network':
      return words.network(where);
    case 'timeout':
      // "0,3 s" for a short timeout, "15 s" for the default: never a rounded "0 s".
      return words.timeout(where, new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(error.ms / 1000));
    case 'http':
      return words.http(where, error.status, error.statusText);
    case 'json':
      return words.json(where, error.contentType ?? '', error.detail);
    case 'empty':
      return words.empty(where);
    case 'invalid':
      return words.invalid(where);
    case 'unknown-id':
      return words.unknownId(error.id, error.known.join(', '));
    case 'missing-id':
      return words.missingId(error.known.join(', '));
  }
}
