/**
 * The building blocks of the validators that `npm run schema` generates from the valibot schema
 * (src/model/schema.ts → src/model/schema.checks.ts). They check what valibot's
 * `safeParse(schema, input, { abortPipeEarly: true })` checks, in the same order, with the same errors,
 * for a fraction of the bytes: the browser never loads valibot. test/schema-checks.test.ts holds both to
 * the same answers on arbitrary documents.
 *
 * Unlike valibot, errors are bounded: a collector keeps the first `max` and only counts the others, so a
 * document with millions of invalid items costs neither seconds of error objects nor hundreds of MB.
 */
import type { ExpectationCode } from './schema.js';

/** One problem in a document: where (`chantiers[1].freins.items[0]`), what was expected, what was found. */
export interface ValidationError {
  /** JSON path in JavaScript notation; `""` for the document itself. */
  readonly path: string;
  readonly expected: ExpectationCode;
  /** A short, language-neutral rendering of the value found there (`42`, `null`, `"texte"`, `[…3]`). */
  readonly received: string;
}

/** Where a value sits: its key and its parent's place; made into a path string only for an error. */
export type Place = { readonly parent: Place; readonly key: string | number } | undefined;

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
export type Check = (value: unknown, place: Place, errors: Collector) => unknown;

export const UNTYPED = Symbol('untyped');

/** The steps of a pipe after its schema: a check, a validation rule (`v.minLength`…) or a transformation. */
export type Step = Check | { readonly rule: (value: never) => boolean; readonly code: ExpectationCode } | { readonly transform: (value: never) => unknown };

export function report(errors: Collector, place: Place, expected: ExpectationCode, received: string): void {
  if (errors.count++ < errors.max) errors.errors.push({ path: formatPlace(place), expected, received });
}

const fail = (errors: Collector, place: Place, code: ExpectationCode, value: unknown) => {
  report(errors, place, code, describe(value));
  return UNTYPED;
};

/** A type check (`v.string`, `v.custom`, `v.literal`…): the value passes `test`, or is reported with `code`. */
export const is =
  (test: (value: unknown) => boolean, code: ExpectationCode): Check =>
  (value, place, errors) =>
    test(value) ? value : fail(errors, place, code, value);

/**
 * `v.pipe(schema, …steps)`: the schema, then each step in order, up to the first error (valibot's
 * `abortPipeEarly`); a failed rule keeps the value typed, a failed check does not.
 */
export const pipe =
  (first: Check, ...steps: readonly Step[]): Check =>
  (value, place, errors) => {
    const before = errors.count;
    let output = first(value, place, errors);
    for (const step of steps) {
      const failed = errors.count > before;
      if (typeof step === 'function' || 'transform' in step) {
        if (failed) return UNTYPED;
        output = typeof step === 'function' ? step(output, place, errors) : step.transform(output as never);
      } else if (!failed && !step.rule(output as never)) report(errors, place, step.code, describe(output));
    }
    return output;
  };

/** `v.optional(schema)`: `undefined` passes. */
export const optional =
  (check: Check): Check =>
  (value, place, errors) =>
    value === undefined ? value : check(value, place, errors);

/** `v.array(item, code)`. */
export const array =
  (item: Check, code: ExpectationCode): Check =>
  (value, place, errors) => {
    if (!Array.isArray(value)) return fail(errors, place, code, value);
    let typed = true;
    const output: unknown[] = [];
    // An index loop, not map(): a hole of a sparse array is checked as `undefined`, as valibot does.
    for (let key = 0; key < value.length; key += 1) {
      const result = item(value[key], { parent: place, key }, errors);
      if (result === UNTYPED) typed = false;
      output.push(result);
    }
    return typed ? output : UNTYPED;
  };

/**
 * `v.strictObject(entries, code)` (`strict`) or `v.object(entries, code)`: each entry in the schema's
 * order (a missing key that is not optional is reported as `required`), then, for a strict object, the
 * first unknown key (`unknown-key`).
 */
export const object =
  (entries: Readonly<Record<string, Check>>, optionalKeys: readonly string[], code: ExpectationCode, strict: boolean): Check =>
  (value, place, errors) => {
    if (!value || typeof value !== 'object') return fail(errors, place, code, value);
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    let typed = true;
    for (const key in entries) {
      const at = { parent: place, key };
      if (key in input) {
        const result = (output[key] = entries[key](input[key], at, errors));
        if (result === UNTYPED) typed = false;
      } else if (!optionalKeys.includes(key)) {
        report(errors, at, 'required', 'undefined');
        typed = false;
      }
    }
    if (strict) {
      for (const key in input) {
        if (!Object.prototype.hasOwnProperty.call(entries, key)) {
          report(errors, { parent: place, key }, 'unknown-key', JSON.stringify(key));
          typed = false;
          break;
        }
      }
    }
    return typed ? output : UNTYPED;
  };

/**
 * `v.union(options, code)`: the first option that passes; when none does, the errors of the one option
 * that fits the value's type, if there is exactly one, else a single error with the union's code.
 */
export const union =
  (options: readonly Check[], code: ExpectationCode): Check =>
  (value, place, errors) => {
    const typed: [unknown, Collector][] = [];
    const untyped: [unknown, Collector][] = [];
    for (const option of options) {
      const own: Collector = { errors: [], count: 0, max: errors.max };
      const result = option(value, place, own);
      if (own.count === 0) return result;
      (result === UNTYPED ? untyped : typed).push([result, own]);
    }
    const [only] = typed.length === 1 ? typed : typed.length === 0 && untyped.length === 1 ? untyped : [];
    if (only) {
      for (const error of only[1].errors) if (errors.count++ < errors.max) errors.errors.push(error);
      errors.count += only[1].count - only[1].errors.length;
      return only[0];
    }
    report(errors, place, code, describe(value));
    return typed.length ? value : UNTYPED;
  };

/** The JavaScript kinds of value a `v.lazy` getter is asked about by the generator. */
export type JsKind = 'string' | 'number' | 'bigint' | 'boolean' | 'symbol' | 'undefined' | 'function' | 'null' | 'array' | 'object';

/** `v.lazy(getter)` whose getter chooses a schema by the value's kind: `byKind` holds its answers. */
export const lazy =
  (byKind: (kind: JsKind) => Check): Check =>
  (value, place, errors) =>
    byKind(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)(value, place, errors);

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

function formatPlace(place: Place): string {
  const keys: (string | number)[] = [];
  for (let at = place; at; at = at.parent) keys.unshift(at.key);
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
