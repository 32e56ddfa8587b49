/**
 * Turns untrusted JSON into a typed idea box document, or into a list of errors that each name the JSON
 * path of the problem and what was expected there. Never throws, whatever the input.
 */
import * as v from 'valibot';
import {
  ChantierSchema,
  DocumentSchema,
  FORMAT_VERSION,
  GouvernanceSchema,
  SectionSchema,
  type ExpectationCode,
} from './schema.js';
import { DEFAULT_STATUTS, checkSuivi, statutsOf } from './suivi.js';
import type { Chantier, Gouvernance, IdeaBoxDocument, Section, Statut } from './types.js';

/** One problem in a document: where (`chantiers[1].freins.items[0]`), what was expected, what was found. */
export interface ValidationError {
  /** JSON path in JavaScript notation; `""` for the document itself. */
  readonly path: string;
  readonly expected: ExpectationCode;
  /** A short, language-neutral rendering of the value found there (`42`, `null`, `"texte"`, `tableau`). */
  readonly received: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/**
 * Deeper than this is refused before validation: no real document nests lists this far, and validators
 * recurse, so thousands of levels would otherwise overflow the stack.
 */
export const MAX_DEPTH = 64;

/**
 * The chantiers this parser returned inside a valid document. A box hands each one to its card, which
 * would otherwise validate (and copy) it again: 1,000 chantiers, 1,000 more validations. Only the parser's
 * own output objects are listed, never an input, and they are frozen, so what is trusted cannot change.
 */
const validChantiers = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Parses a whole idea box document. */
export function parseDocument(input: unknown): ParseResult<IdeaBoxDocument> {
  // A document of another format version is reported alone: its other "errors" would only be noise.
  let version: unknown;
  try {
    version = (input as { version?: unknown } | null)?.version;
  } catch {
    // A throwing getter: parseWith reports the document as unreadable.
  }
  if (typeof input === 'object' && input !== null && version !== undefined && version !== FORMAT_VERSION) {
    return { ok: false, errors: [{ path: 'version', expected: 'version', received: describe(version) }] };
  }
  const result = parseWith(DocumentSchema, input, '', checkDocument);
  if (result.ok) for (const chantier of result.value.chantiers) validChantiers.add(deepFreeze(chantier));
  return result;
}

/** Parses a section given on its own (`<freins-list>.freins`). */
export function parseSection(input: unknown): ParseResult<Section> {
  return parseWith(SectionSchema, input, '');
}

/** Parses a governance given on its own (`<gouvernance-table>.gouvernance`). */
export function parseGouvernance(input: unknown): ParseResult<Gouvernance> {
  return parseWith(GouvernanceSchema, input, '');
}

/**
 * Parses one chantier given on its own (`.data` or an inline JSON child of `<chantier-card>`); its follow-up
 * status must be one of `statuts` (the default list unless the card is told its document's).
 */
export function parseChantier(input: unknown, statuts: readonly Statut[] = DEFAULT_STATUTS): ParseResult<Chantier> {
  if (typeof input === 'object' && input !== null && validChantiers.has(input)) return { ok: true, value: input as Chantier };
  return parseWith(ChantierSchema, input, '', (chantier) => checkSuivi(chantier, statuts, ''));
}

function parseWith<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  basePath: string,
  extraCheck?: (value: T) => ValidationError[],
): ParseResult<T> {
  let result: v.SafeParseResult<v.GenericSchema<unknown, T>>;
  try {
    const tooDeep = findTooDeep(input, basePath);
    if (tooDeep) return { ok: false, errors: [tooDeep] };
    result = v.safeParse(schema, input, { abortPipeEarly: true });
  } catch {
    // Exotic input from a script (a throwing getter, a proxy) may throw while read: report it, never throw.
    return { ok: false, errors: [{ path: basePath, expected: 'document', received: describe(input) }] };
  }
  if (!result.success) return { ok: false, errors: result.issues.map((issue) => toError(issue, basePath)) };
  const extra = extraCheck?.(result.output) ?? [];
  return extra.length ? { ok: false, errors: extra } : { ok: true, value: result.output };
}

/** The rules the schema cannot say: unique ids and status keys, and each follow-up against the document. */
function checkDocument(document: IdeaBoxDocument): ValidationError[] {
  const statuts = statutsOf(document);
  return [
    ...duplicates(document.statuts ?? [], 'statuts', 'cle'),
    ...duplicates(document.chantiers, 'chantiers', 'id'),
    ...document.chantiers.flatMap((chantier, index) => checkSuivi(chantier, statuts, `chantiers[${index}]`)),
  ];
}

/** Each key already used earlier in the list, reported at its second (third…) occurrence. */
function duplicates<K extends string, T extends Record<K, string>>(items: readonly T[], list: string, key: K): ValidationError[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = item[key];
    if (!seen.has(value)) return (seen.add(value), []);
    return [{ path: `${list}[${index}].${key}`, expected: 'unique-id' as const, received: JSON.stringify(value) }];
  });
}

function toError(issue: v.BaseIssue<unknown>, basePath: string): ValidationError {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = formatPath(basePath, keys);
  const code = issue.message as ExpectationCode;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { path, expected: 'unknown-key', received: JSON.stringify(keys.at(-1)) };
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined' && keys.length > 0) {
    return { path, expected: 'required', received: describe(undefined) };
  }
  return { path, expected: code, received: describe(issue.input) };
}

/** `chantiers[1].freins`, with bracketed quotes for keys that are not identifiers. */
export function formatPath(basePath: string, keys: readonly (string | number)[]): string {
  let path = basePath;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** Describes a found value briefly, without echoing a whole subtree into an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[…${value.length}]`;
  if (typeof value === 'object') return '{…}';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** Walks the value without recursion, so depth itself cannot overflow the stack here. */
function findTooDeep(input: unknown, basePath: string): ValidationError | undefined {
  // Each entry links to its parent, so the path is built only for the offending value.
  interface Visit { value: unknown; depth: number; key?: string | number; parent?: Visit }
  const stack: Visit[] = [{ value: input, depth: 0 }];
  while (stack.length) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) {
      const keys: (string | number)[] = [];
      for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.unshift(at.key!);
      return { path: formatPath(basePath, keys), expected: 'too-deep', received: `> ${MAX_DEPTH}` };
    }
    if (Array.isArray(value)) value.forEach((child, key) => stack.push({ value: child, depth: depth + 1, key, parent: visit }));
    else for (const key of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, key, parent: visit });
  }
  return undefined;
}
