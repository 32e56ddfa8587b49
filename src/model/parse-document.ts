/**
 * Turns untrusted JSON into a typed idea box document, or into a list of errors that each name the JSON
 * path of the problem and what was expected there. Never throws, whatever the input. The checks are
 * generated from the valibot schema (schema.checks.ts, `npm run schema`) with the blocks of check.ts;
 * valibot itself stays out of the browser. The elements first ask validate.ts (valid or not, faster and
 * smaller) and load this module only for a document that fails.
 */
import { MAX_DEPTH } from './blocks.js';
import { describe, formatPath, fullBlocks, report, type Check, type Collector, type ValidationError } from './check.js';
import { buildChecks } from './schema.checks.js';
import { checkDocumentSuivi, checkSuivi } from './suivi-rules.js';
import { DEFAULT_STATUTS } from './suivi.js';
import { trust, trustedChantiers } from './validate.js';
import { FORMAT_VERSION } from './version.js';
import type { Chantier, Gouvernance, IdeaBoxDocument, Section, Statut } from './types.js';

export { describe, formatPath, MAX_DEPTH, type ValidationError };

/**
 * `errors` holds the first problems found (at most `maxErrors`, 100 by default), `errorCount` counts them
 * all: a document with millions of broken items is reported in linear time and constant memory.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[]; errorCount: number };

export interface ParseOptions {
  /** How many errors to keep (the others are only counted); 100 by default. */
  readonly maxErrors?: number;
}

export interface ChantierParseOptions extends ParseOptions {
  /** The statuses the follow-up's `statut` may name: the card's document's; the default list unless given. */
  readonly statuts?: readonly Statut[];
}

/** The default number of errors kept; more are counted (`errorCount`), not kept. */
export const MAX_ERRORS = 100;

const { DocumentCheck, ChantierCheck, SectionCheck, GouvernanceCheck } = buildChecks(fullBlocks);

const failure = (error: ValidationError): ParseResult<never> => ({ ok: false, errors: [error], errorCount: 1 });

/** Parses a whole idea box document. */
export function parseDocument(input: unknown, options?: ParseOptions): ParseResult<IdeaBoxDocument> {
  // A document of another format version is reported alone: its other "errors" would only be noise.
  let version: unknown;
  try {
    version = (input as { version?: unknown } | null)?.version;
  } catch {
    // A throwing getter: parseWith reports the document as unreadable.
  }
  if (typeof input === 'object' && input !== null && version !== undefined && version !== FORMAT_VERSION) {
    return failure({ path: 'version', expected: 'version', received: describe(version) });
  }
  const result = parseWith<IdeaBoxDocument>(DocumentCheck, input, options);
  if (!result.ok) return result;
  const rules = documentRules(result.value, options);
  if (rules.count) return { ok: false, errors: rules.errors, errorCount: rules.count };
  trust(result.value);
  return result;
}

/** Parses a section given on its own (`<freins-list>.freins`). */
export function parseSection(input: unknown, options?: ParseOptions): ParseResult<Section> {
  return parseWith(SectionCheck, input, options);
}

/** Parses a governance given on its own (`<gouvernance-table>.gouvernance`). */
export function parseGouvernance(input: unknown, options?: ParseOptions): ParseResult<Gouvernance> {
  return parseWith(GouvernanceCheck, input, options);
}

/**
 * Parses one chantier given on its own (`.data` or an inline JSON child of `<chantier-card>`); its follow-up
 * status must be one of `options.statuts` (the default list unless the card is told its document's).
 */
export function parseChantier(input: unknown, options?: ChantierParseOptions): ParseResult<Chantier> {
  if (typeof input === 'object' && input !== null && trustedChantiers.has(input)) return { ok: true, value: input as Chantier };
  const result = parseWith<Chantier>(ChantierCheck, input, options);
  if (!result.ok) return result;
  const rules = collector(options);
  checkSuivi(result.value, options?.statuts ?? DEFAULT_STATUTS, '', keepIn(rules));
  return rules.count ? { ok: false, errors: rules.errors, errorCount: rules.count } : result;
}

const collector = (options: ParseOptions = {}): Collector => ({ errors: [], count: 0, max: Math.max(1, options.maxErrors ?? MAX_ERRORS) });

function parseWith<T>(check: Check, input: unknown, options?: ParseOptions): ParseResult<T> {
  const errors = collector(options);
  let output: unknown;
  try {
    const tooDeep = findTooDeep(input);
    if (tooDeep) return failure(tooDeep);
    output = check(input, undefined, undefined, errors);
  } catch {
    // Exotic input from a script (a throwing getter, a proxy) may throw while read: report it, never throw.
    return failure({ path: '', expected: 'document', received: describe(input) });
  }
  return errors.count ? { ok: false, errors: errors.errors, errorCount: errors.count } : { ok: true, value: output as T };
}

const keepIn = (errors: Collector) => (error: ValidationError) => {
  if (errors.count++ < errors.max) errors.errors.push(error);
};

/**
 * The rules the schema cannot say: every chantier whose id an earlier one already has (ids make links and
 * `chantier="ID"`), then the follow-up's (unique status keys, each status one of them, one assessment per
 * success criterion).
 */
function documentRules(document: IdeaBoxDocument, options?: ParseOptions): Collector {
  const errors = collector(options);
  const seen = new Set<string>();
  document.chantiers.forEach(({ id }, index) => {
    if (seen.has(id)) report(errors, { parent: { parent: undefined, key: 'chantiers' }, key: index }, 'id', 'unique-id', id, JSON.stringify(id));
    seen.add(id);
  });
  checkDocumentSuivi(document, keepIn(errors));
  return errors;
}

/**
 * The first value nested deeper than MAX_DEPTH, depth-first. Without recursion, and with one frame per
 * level (each walks its children in turn), so neither depth nor width can exhaust the stack or the memory.
 */
function findTooDeep(input: unknown): ValidationError | undefined {
  type Frame = { value: object; keys: readonly (string | number)[] | null; index: number; key?: string | number };
  const frames: Frame[] = [];
  const enter = (value: unknown, key?: string | number) => {
    if (typeof value === 'object' && value !== null) frames.push({ value, keys: Array.isArray(value) ? null : Object.keys(value), index: 0, key });
  };
  enter(input);
  while (frames.length) {
    if (frames.length > MAX_DEPTH + 1) {
      return { path: formatPath('', frames.slice(1).map((frame) => frame.key!)), expected: 'too-deep', received: `> ${MAX_DEPTH}` };
    }
    const frame = frames.at(-1)!;
    const length = frame.keys ? frame.keys.length : (frame.value as unknown[]).length;
    if (frame.index >= length) {
      frames.pop();
      continue;
    }
    const key = frame.keys ? frame.keys[frame.index] : frame.index;
    frame.index += 1;
    enter((frame.value as Record<string | number, unknown>)[key], key);
  }
  return undefined;
}
