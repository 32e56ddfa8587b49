/**
 * The blocks that only answer "valid or not" (see blocks.ts), and give the output of a valid document:
 * what the embed runs on every document. A check returns the output or throws at the first problem, so it
 * builds no path and no message; when a document fails, the elements load check.ts to say what is wrong.
 * test/schema-checks.test.ts holds them to valibot's verdict and output.
 */
import { kindOf, MAX_DEPTH, type Blocks } from './blocks.js';

export type FastCheck = (value: unknown) => unknown;

/** Thrown at the first problem; `validate` turns it (and any exotic exception) into "invalid". */
const INVALID = Symbol('invalid');

const fail = (): never => {
  throw INVALID;
};

/** Nesting of the value being checked: past MAX_DEPTH levels, a document is refused (as parse-document's walk does). */
let depth = 0;

const nested = <T>(inner: () => T): T => {
  if (++depth > MAX_DEPTH + 1) fail();
  const output = inner();
  depth -= 1;
  return output;
};

const check = (test: (value: never) => boolean): FastCheck => (value) => (test(value as never) ? value : fail());

export const fastBlocks: Blocks<FastCheck, FastCheck> = {
  is: check,
  rule: check,
  transform: (change) => change as FastCheck,
  pipe: (first, ...steps) => (value) => steps.reduce((output, step) => step(output), first(value)),
  optional: (inner) => (value) => (value === undefined ? value : inner(value)),
  // By index, as valibot: the holes of a sparse array are checked as `undefined`.
  array: (item) => (value) =>
    Array.isArray(value) ? nested(() => Array.from({ length: value.length }, (_, index) => item(value[index]))) : fail(),
  object: (entries, optionalKeys, _code, strict) => (value) => {
    if (!value || typeof value !== 'object') fail();
    const input = value as Record<string, unknown>;
    return nested(() => {
      const output: Record<string, unknown> = {};
      for (const key in entries) {
        if (key in input) output[key] = entries[key](input[key]);
        else if (!optionalKeys.includes(key)) fail();
      }
      if (strict) for (const key in input) if (!Object.prototype.hasOwnProperty.call(entries, key)) fail();
      return output;
    });
  },
  union: (options) => (value) => {
    for (const option of options) {
      const saved = depth;
      try {
        return option(value);
      } catch (error) {
        if (error !== INVALID) throw error;
        depth = saved;
      }
    }
    return fail();
  },
  lazy: (byKind) => (value) => byKind(kindOf(value))(value),
};

/** Runs a check: its output, or `undefined` when the value is invalid or could not be read. */
export function validate<T>(check: FastCheck, input: unknown): T | undefined {
  depth = 0;
  try {
    return check(input) as T;
  } catch {
    // INVALID, or an exotic value from a script (a throwing getter, a proxy): invalid either way.
    return undefined;
  }
}
