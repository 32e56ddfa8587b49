/**
 * The blocks that find every error of a document, with its path (see blocks.ts): what valibot's
 * `safeParse(schema, input, { abortPipeEarly: true })` reports, in the same order, with the same errors.
 * test/schema-checks.test.ts holds both to the same answers on arbitrary documents.
 *
 * Unlike valibot, errors are bounded: a collector keeps the first `max` and only counts the others, so a
 * document with millions of invalid items costs neither seconds of error objects nor hundreds of MB.
 */
import type { Blocks } from './blocks.js';
import { kindOf } from './blocks.js';
import type { ExpectationCode } from './schema.js';

/** One problem in a document: where (`chantiers[1].freins.items[0]`), what was expected, what was found. */
export interface ValidationError {
  /** JSON path in JavaScript notation; `""` for the document itself. */
  readonly path: string;
  readonly expected: ExpectationCode;
  /** A short, language-neutral rendering of the value found there (`42`, `null`, `"texte"`, `[…3]`). */
  readonly received: string;
}

/**
 * Where a container sits: its key and its parent's place; made into a path string only for an error. A
 * check receives its parent's place and its own key, so checking a value allocates nothing unless the
 * value is itself an object or a list (millions of broken items in one list cost no place each).
 */
export type Place = { readonly parent: Place; readonly key: Key } | undefined;
type Key = string | number | undefined;

/** The errors found so far: the first `max` kept, every one counted. */
export interface Collector {
  readonly errors: ValidationError[];
  count: number;
  readonly max: number;
}

/**
 * A check returns the value as the schema outputs it (strings trimmed, objects rebuilt with their known
 * keys), or `UNTYPED` when the value failed a type check (valibot's "untyped" dataset: it matters to
 * unions), and records its errors in the collector. The output is meaningful only when none was recorded.
 */
export type Check = (value: unknown, parent: Place, key: Key, errors: Collector) => unknown;

/** A pipe step that is not a check: a validation rule or a transformation. */
export type Step = { readonly rule: (value: never) => boolean; readonly code: ExpectationCode } | { readonly transform: (value: never) => unknown };

export const UNTYPED = Symbol('untyped');

/** Counts an error, and keeps it while fewer than `max` are kept: `received` describes `value` by default. */
export function report(errors: Collector, parent: Place, key: Key, expected: ExpectationCode, value: unknown, received?: string): void {
  if (errors.count++ < errors.max) errors.errors.push({ path: formatPlace(parent, key), expected, received: received ?? describe(value) });
}

const fail = (errors: Collector, parent: Place, key: Key, code: ExpectationCode, value: unknown) => {
  report(errors, parent, key, code, value);
  return UNTYPED;
};

/** The place of a container, for its children. */
const placeOf = (parent: Place, key: Key): Place => (key === undefined ? parent : { parent, key });

export const fullBlocks: Blocks<Check, Step> = {
  is: (test, code) => (value, parent, key, errors) => (test(value) ? value : fail(errors, parent, key, code, value)),

  rule: (rule, code) => ({ rule, code }),

  transform: (transform) => ({ transform }),

  // A failed rule keeps the value typed, a failed check does not; nothing runs after the first error.
  pipe:
    (first, ...steps) =>
    (value, parent, key, errors) => {
      const before = errors.count;
      let output = first(value, parent, key, errors);
      for (const step of steps) {
        const failed = errors.count > before;
        if (typeof step === 'function' || 'transform' in step) {
          if (failed) return UNTYPED;
          output = typeof step === 'function' ? step(output, parent, key, errors) : step.transform(output as never);
        } else if (!failed && !step.rule(output as never)) fail(errors, parent, key, step.code, output);
      }
      return output;
    },

  optional: (check) => (value, parent, key, errors) => (value === undefined ? value : check(value, parent, key, errors)),

  array: (item, code) => (value, parent, key, errors) => {
    if (!Array.isArray(value)) return fail(errors, parent, key, code, value);
    const place = placeOf(parent, key);
    let typed = true;
    const output: unknown[] = [];
    // An index loop, not map(): a hole of a sparse array is checked as `undefined`, as valibot does.
    for (let index = 0; index < value.length; index += 1) {
      const result = item(value[index], place, index, errors);
      if (result === UNTYPED) typed = false;
      // The output of an invalid list is never used: not built.
      else if (typed) output.push(result);
    }
    return typed ? output : UNTYPED;
  },

  // Each entry in the schema's order (a missing key that is not optional is `required`), then, for a
  // strict object, the first unknown key (`unknown-key`).
  object: (entries, optionalKeys, code, strict) => (value, parent, key, errors) => {
    if (!value || typeof value !== 'object') return fail(errors, parent, key, code, value);
    const place = placeOf(parent, key);
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    let typed = true;
    for (const entry in entries) {
      if (entry in input) {
        if ((output[entry] = entries[entry](input[entry], place, entry, errors)) === UNTYPED) typed = false;
      } else if (!optionalKeys.includes(entry)) {
        report(errors, place, entry, 'required', undefined);
        typed = false;
      }
    }
    if (strict) {
      for (const unknown in input) {
        if (!Object.prototype.hasOwnProperty.call(entries, unknown)) {
          report(errors, place, unknown, 'unknown-key', undefined, JSON.stringify(unknown));
          typed = false;
          break;
        }
      }
    }
    return typed ? output : UNTYPED;
  },

  // The first option that passes; when none does, the errors of the one option that fits the value's type,
  // if there is exactly one, else a single error with the union's code.
  union: (options, code) => (value, parent, key, errors) => {
    const typed: [unknown, Collector][] = [];
    const untyped: [unknown, Collector][] = [];
    for (const option of options) {
      const own: Collector = { errors: [], count: 0, max: errors.max };
      const result = option(value, parent, key, own);
      if (own.count === 0) return result;
      (result === UNTYPED ? untyped : typed).push([result, own]);
    }
    const [only] = typed.length === 1 ? typed : typed.length === 0 && untyped.length === 1 ? untyped : [];
    if (only) {
      for (const error of only[1].errors) if (errors.count++ < errors.max) errors.errors.push(error);
      errors.count += only[1].count - only[1].errors.length;
      return only[0];
    }
    fail(errors, parent, key, code, value);
    return typed.length ? value : UNTYPED;
  },

  lazy: (byKind) => (value, parent, key, errors) => byKind(kindOf(value))(value, parent, key, errors),
};

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

function formatPlace(parent: Place, key: Key): string {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let at = parent; at; at = at.parent) if (at.key !== undefined) keys.unshift(at.key);
  return formatPath('', keys);
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
