/**
 * Valid or not, fast: what the elements run on every document (the generated checks with the blocks of
 * check-fast.ts). Each function returns the document as the schema outputs it (texts trimmed), or
 * `undefined` when it is invalid; parse-document.ts then says what is wrong (the elements load it only then).
 */
import { fastBlocks, validate } from './check-fast.js';
import { buildChecks } from './schema.checks.js';
import { checkDocumentSuivi, checkSuivi } from './suivi-rules.js';
import { DEFAULT_STATUTS } from './suivi.js';
import type { Chantier, Gouvernance, IdeaBoxDocument, Section, Statut } from './types.js';

// The elements read a document's bytes or text with the checks, in the same chunk of the embed.
export { readJson } from './read-json.js';

const { DocumentCheck, ChantierCheck, SectionCheck, GouvernanceCheck } = buildChecks(fastBlocks);

/**
 * The chantiers of valid documents. A box hands each one to its card, which would otherwise validate (and
 * copy) it again: 1,000 chantiers, 1,000 more validations. Only the checks' own output objects are listed,
 * never an input, and they are frozen, so what is trusted cannot change.
 */
export const trustedChantiers = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Marks a valid document's chantiers as trusted (frozen first). */
export function trust(document: IdeaBoxDocument): IdeaBoxDocument {
  for (const chantier of document.chantiers) trustedChantiers.add(deepFreeze(chantier));
  return document;
}

/** Whether a check that reports its problems found none. */
function holds(check: (report: () => void) => void): boolean {
  let ok = true;
  check(() => (ok = false));
  return ok;
}

/** A whole idea box document, its chantier ids unique, its follow-up consistent (suivi.ts). */
export function validDocument(input: unknown): IdeaBoxDocument | undefined {
  const document = validate<IdeaBoxDocument>(DocumentCheck, input);
  const ids = document?.chantiers.map((chantier) => chantier.id);
  return document && new Set(ids).size === ids!.length && holds((report) => checkDocumentSuivi(document, report)) ? trust(document) : undefined;
}

/** One chantier (`.data`, or inline JSON of a card), its follow-up's status one of `statuts`. */
export function validChantier(input: unknown, statuts: readonly Statut[] = DEFAULT_STATUTS): Chantier | undefined {
  if (typeof input === 'object' && input !== null && trustedChantiers.has(input)) return input as Chantier;
  const chantier = validate<Chantier>(ChantierCheck, input);
  return chantier && holds((report) => checkSuivi(chantier, statuts, '', report)) ? chantier : undefined;
}

/** A section on its own (`<freins-list>.freins`). */
export const validSection = (input: unknown): Section | undefined => validate(SectionCheck, input);

/** A governance on its own (`<gouvernance-table>.gouvernance`). */
export const validGouvernance = (input: unknown): Gouvernance | undefined => validate(GouvernanceCheck, input);
