/**
 * The browser's validators (src/model/schema.checks.ts, generated from the valibot schema by
 * `npm run schema`) against the full schema itself: on arbitrary documents — any JSON, any JavaScript
 * value, mutations of the seed, documents built field by field from valid and invalid values — the parsers
 * (check.ts blocks) give the same verdict, the same output (trimmed) and the same errors in the same order,
 * and the fast checks the elements run first (check-fast.ts blocks, validate.ts) the same verdict and
 * output. The reference below is valibot's `safeParse`, with the depth and unique-id checks that
 * parse-document.ts adds to it.
 *
 * And the bound: errors are kept up to a limit and counted beyond it, so a document with a hundred
 * thousand broken items keeps 100 errors, and the work grows linearly with the document.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe as describeValue, formatPath, MAX_DEPTH, MAX_ERRORS, parseChantier, parseDocument, parseGouvernance, parseSection, type ParseResult, type ValidationError } from '../src/model/parse-document.js';
import { ChantierSchema, DocumentSchema, FORMAT_VERSION, GouvernanceSchema, SectionSchema, type ExpectationCode } from '../src/model/schema.js';
import { SECTION_KEYS } from '../src/model/sections.js';
import { validChantier, validDocument, validGouvernance, validSection } from '../src/model/validate.js';
import { expectLinearGrowth, loadSeed } from './helpers.js';

// --- the reference: the valibot schema, as parse-document.ts used it before the generated checks -------
function referenceParse(schema: v.GenericSchema, input: unknown, document = false): ParseResult<unknown> {
  const failed = (errors: ValidationError[]) => ({ ok: false as const, errors, errorCount: errors.length });
  if (document) {
    let version: unknown;
    try {
      version = (input as { version?: unknown } | null)?.version;
    } catch {
      // as parseDocument
    }
    if (typeof input === 'object' && input !== null && version !== undefined && version !== FORMAT_VERSION) {
      return failed([{ path: 'version', expected: 'version', received: describeValue(version) }]);
    }
  }
  let result: v.SafeParseResult<v.GenericSchema>;
  try {
    const tooDeep = referenceTooDeep(input);
    if (tooDeep) return failed([tooDeep]);
    result = v.safeParse(schema, input, { abortPipeEarly: true });
  } catch {
    return failed([{ path: '', expected: 'document', received: describeValue(input) }]);
  }
  if (!result.success) return failed(result.issues.map(toError));
  if (document) {
    const seen = new Set<string>();
    const duplicates: ValidationError[] = [];
    (result.output as { chantiers: { id: string }[] }).chantiers.forEach((chantier, index) => {
      if (seen.has(chantier.id)) duplicates.push({ path: `chantiers[${index}].id`, expected: 'unique-id', received: JSON.stringify(chantier.id) });
      seen.add(chantier.id);
    });
    if (duplicates.length) return failed(duplicates);
  }
  return { ok: true, value: result.output };
}

function toError(issue: v.BaseIssue<unknown>): ValidationError {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = formatPath('', keys);
  if (issue.type === 'strict_object' && issue.expected === 'never') return { path, expected: 'unknown-key', received: JSON.stringify(keys.at(-1)) };
  if (issue.type === 'strict_object' && issue.received === 'undefined' && keys.length > 0) return { path, expected: 'required', received: 'undefined' };
  return { path, expected: issue.message as ExpectationCode, received: describeValue(issue.input) };
}

function referenceTooDeep(input: unknown): ValidationError | undefined {
  // Depth-first, first child first: the order of parse-document.ts's walk.
  const visit = (value: unknown, keys: (string | number)[]): ValidationError | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    if (keys.length > MAX_DEPTH) return { path: formatPath('', keys), expected: 'too-deep', received: `> ${MAX_DEPTH}` };
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? Array.from({ length: value.length }, (_, index) => [index, value[index]])
      : Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
    for (const [key, child] of entries) {
      const found = visit(child, [...keys, key]);
      if (found) return found;
    }
    return undefined;
  };
  return visit(input, []);
}

const PARSERS = [
  { name: 'parseDocument', parse: (input: unknown) => parseDocument(input, { maxErrors: Infinity }), fast: validDocument, reference: (input: unknown) => referenceParse(DocumentSchema, input, true) },
  { name: 'parseChantier', parse: (input: unknown) => parseChantier(input, { maxErrors: Infinity }), fast: validChantier, reference: (input: unknown) => referenceParse(ChantierSchema, input) },
  { name: 'parseSection', parse: (input: unknown) => parseSection(input, { maxErrors: Infinity }), fast: validSection, reference: (input: unknown) => referenceParse(SectionSchema, input) },
  { name: 'parseGouvernance', parse: (input: unknown) => parseGouvernance(input, { maxErrors: Infinity }), fast: validGouvernance, reference: (input: unknown) => referenceParse(GouvernanceSchema, input) },
];

function expectSameAnswer(input: unknown, parsers = PARSERS) {
  for (const { name, parse, fast, reference } of parsers) {
    const expected = reference(input);
    const actual = parse(input);
    expect(actual.ok, `${name}: verdict`).to.equal(expected.ok);
    if (actual.ok && expected.ok) expect(actual.value, `${name}: output`).to.deep.equal(expected.value);
    if (!actual.ok && !expected.ok) {
      expect(actual.errors, `${name}: errors`).to.deep.equal(expected.errors);
      expect(actual.errorCount, `${name}: count`).to.equal(expected.errors.length);
    }
    const quick = fast(input);
    expect(quick !== undefined, `${name}: fast verdict`).to.equal(expected.ok);
    if (expected.ok) expect(quick, `${name}: fast output`).to.deep.equal(expected.value);
  }
}

// --- arbitrary documents ---------------------------------------------------------------------------------
const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('  ', ' Logement ', 'x'.repeat(50)));
/** Anything at all in place of a value: JSON, and the JavaScript values a script may set. */
const junk = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 3 },
  {
    arbitrary: fc.anything({
      maxDepth: 2,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBigInt: true,
      withObjectString: true,
    }),
    weight: 1,
  },
);
/** A value that is right most of the time, and anything else sometimes. */
const maybe = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: junk, weight: 1 });
/** An object whose fields may be missing, wrong, or joined by an unknown one. */
const fields = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, maybe(value)])), { requiredKeys: [] }),
      fc.option(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'titree', '', 'items', 'toString'), junk), { freq: 4 }),
    )
    .map(([record, extra]) => {
      if (extra) Object.defineProperty(record, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
      return record;
    });

const { item } = fc.letrec<{ item: unknown; nested: unknown }>((tie) => ({
  item: fc.oneof({ depthSize: 'small' }, maybe(text), tie('nested')),
  nested: fields({ texte: text, items: fc.array(tie('item'), { maxLength: 3 }) }),
}));
const items = fc.array(item, { maxLength: 3 });
const section = fields({ texte: text, items });
const id = fc.oneof(fc.constantFrom('a', 'logement', 'a-b', 'dup', 'A', '-x', 'x'.repeat(121)), fc.string({ maxLength: 5 }));
const gouvernance = fields({ roles: fc.array(fields({ role: text, texte: text }), { maxLength: 2 }), notes: items });
const chantier = fields({
  id,
  thematique: text,
  atelier: fields({ titre: text, question: text }),
  titre: text,
  ...Object.fromEntries(SECTION_KEYS.map((key) => [key, key === 'gouvernance' ? gouvernance : section])),
});
const ideaBox = fields({
  $schema: fc.constant('./chantiers.schema.json'),
  version: fc.constant(1),
  rencontre: fields({ titre: text, organisateur: text, intitule: text, presentation: fc.array(text, { maxLength: 2 }) }),
  chantiers: fc.array(chantier, { maxLength: 3 }),
  glossaire: fc.array(fields({ sigle: text, definition: text }), { maxLength: 2 }),
});

// First in the file: measured before the property tests fill the heap with garbage.
describe('bounded validation', () => {
  /** A document whose `chantiers` holds `n` broken items (numbers): n errors. Parsed from JSON, as fetched. */
  const broken = (n: number) => JSON.parse(`{"version": 1, "chantiers": [${'1,'.repeat(n - 1)}1]}`) as unknown;

  it(`keeps the first ${MAX_ERRORS} errors and counts them all`, () => {
    const result = parseDocument(broken(100_000));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.have.length(MAX_ERRORS);
    expect(result.errorCount).to.equal(100_000);
    expect(result.errors[0]).to.deep.equal({ path: 'chantiers[0]', expected: 'object', received: '1' });
    expect(result.errors.at(-1)!.path).to.equal(`chantiers[${MAX_ERRORS - 1}]`);
  });

  it('keeps as many as asked (maxErrors), at least one', () => {
    const few = parseDocument(broken(50), { maxErrors: 3 });
    expect(!few.ok && [few.errors.length, few.errorCount]).to.deep.equal([3, 50]);
    const one = parseDocument(broken(50), { maxErrors: 0 });
    expect(!one.ok && [one.errors.length, one.errorCount]).to.deep.equal([1, 50]);
  });

  it('also bounds duplicate ids', () => {
    const document = { version: 1, chantiers: Array.from({ length: 500 }, () => ({ id: 'pareil', thematique: 'T', titre: 'T' })) };
    const result = parseDocument(document, { maxErrors: 10 });
    expect(!result.ok && [result.errors.length, result.errorCount]).to.deep.equal([10, 499]);
  });

  it('grows linearly: a document of 4n broken items takes less than 8 times as long as one of n', () => {
    const small = broken(50_000);
    const large = broken(200_000);
    expectLinearGrowth(() => parseDocument(small), () => parseDocument(large), 'parseDocument', 3);
  });
});

describe('generated checks agree with the valibot schema (fast-check)', function () {
  this.timeout(60_000);

  it('on documents built field by field from valid and invalid values (1,000 runs)', () => {
    fc.assert(fc.property(ideaBox, (document) => expectSameAnswer(document)), { numRuns: 1000 });
  });

  it('on chantiers, sections and governances alone (1,000 runs each)', () => {
    fc.assert(fc.property(chantier, (value) => expectSameAnswer(value)), { numRuns: 1000 });
    fc.assert(fc.property(section, (value) => expectSameAnswer(value)), { numRuns: 1000 });
    fc.assert(fc.property(gouvernance, (value) => expectSameAnswer(value)), { numRuns: 1000 });
  });

  it('on any JSON value and any JavaScript value (500 runs each)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => expectSameAnswer(value)), { numRuns: 500 });
    fc.assert(fc.property(junk, (value) => expectSameAnswer(value)), { numRuns: 500 });
  });

  it('on mutations of the seed, nested too deep included (500 runs)', async () => {
    const seed = await loadSeed();
    const places: (string | number)[][] = [];
    const walk = (value: unknown, keys: (string | number)[]) => {
      if (keys.length) places.push(keys);
      if (Array.isArray(value)) value.forEach((child, index) => walk(child, [...keys, index]));
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...keys, key]);
    };
    walk(seed, []);
    const mutation = fc.record({
      at: fc.constantFrom(...places),
      value: fc.oneof(junk, fc.integer({ min: MAX_DEPTH - 3, max: MAX_DEPTH + 3 }).map((levels) => {
        let deep: unknown = 'fond';
        for (let level = 0; level < levels; level += 1) deep = { texte: 'niveau', items: [deep] };
        return deep;
      })),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const document = structuredClone(seed) as unknown as Record<string | number, unknown>;
        for (const { at, value } of mutations) {
          let parent = document as Record<string | number, unknown>;
          for (const key of at.slice(0, -1)) {
            if (!parent || typeof parent !== 'object') return;
            parent = parent[key] as Record<string | number, unknown>;
          }
          // Reflect.set, which answers false where a plain assignment throws in a module: an earlier mutation
          // may have put a read-only place on the path (the characters of a `new String("   ")`, Firefox, 1 Dec).
          if (parent && typeof parent === 'object') Reflect.set(parent, at.at(-1)!, value);
        }
        expectSameAnswer(document, PARSERS.slice(0, 1));
      }),
      { numRuns: 500 },
    );
  });

  it('and on the seed itself', async () => {
    const seed = await loadSeed();
    expectSameAnswer(seed);
    for (const value of seed.chantiers) expectSameAnswer(value);
  });
});

