/**
 * The building blocks of the checks that `npm run schema` generates from the valibot schema
 * (schema.checks.ts, `buildChecks(blocks)`): one per kind of valibot schema or action. Two sets implement
 * them: check-fast.ts answers "valid or not" and gives the output (the embed runs it on every document), and
 * check.ts finds every error with its path (loaded when a document is invalid, and by the tools).
 */
import type { ExpectationCode } from './schema.js';

/** The JavaScript kinds of value a `v.lazy` getter is asked about by the generator. */
export type JsKind = 'string' | 'number' | 'bigint' | 'boolean' | 'symbol' | 'undefined' | 'function' | 'null' | 'array' | 'object';

/** A check of type `C`; `S` is what a pipe step that is not a check (a rule, a transformation) becomes. */
export interface Blocks<C, S> {
  /** A type check (`v.string`, `v.custom`, `v.literal`…): the value passes `test`, or fails with `code`. */
  is(test: (value: unknown) => boolean, code: ExpectationCode): C;
  /** A validation action (`v.minLength`, `v.regex`, `v.check`…): the value keeps its type when it fails. */
  rule(test: (value: never) => boolean, code: ExpectationCode): S;
  /** A transformation action (`v.trim()`). */
  transform(change: (value: never) => unknown): S;
  /** `v.pipe(schema, …steps)`, stopping at the first error (valibot's `abortPipeEarly`). */
  pipe(first: C, ...steps: (C | S)[]): C;
  /** `v.optional(schema)`: `undefined` passes. */
  optional(check: C): C;
  /** `v.array(item, code)`. */
  array(item: C, code: ExpectationCode): C;
  /** `v.strictObject(entries, code)` (`strict`) or `v.object(entries, code)`. */
  object(entries: Record<string, C>, optionalKeys: readonly string[], code: ExpectationCode, strict: boolean): C;
  /** `v.union(options, code)`. */
  union(options: readonly C[], code: ExpectationCode): C;
  /** `v.lazy(getter)` whose getter chooses by the value's kind: `byKind` holds its answers. */
  lazy(byKind: (kind: JsKind) => C): C;
}

/** The kind of a value, as `lazy` dispatches on it. */
export const kindOf = (value: unknown): JsKind => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Deeper than this is refused: no real document nests lists this far, and checks recurse, so thousands of
 * levels would otherwise overflow the stack.
 */
export const MAX_DEPTH = 64;
