// Generates src/model/schema.checks.ts from the valibot schemas of src/model/schema.ts (called by
// scripts/build-schema.mjs, `npm run schema`): the same checks, written as `buildChecks(blocks)` over small
// building blocks, so the browser validates documents without loading valibot, and the schema stays the one
// source of the types, the validation and the JSON Schema. Two sets of blocks build from it:
// src/model/check-fast.ts (valid or not, in the embed) and src/model/check.ts (every error, with its path).
//
// What the generator understands (it stops with a clear error on anything else, naming the schema):
// - schemas: string, number, boolean, literal, picklist, custom, optional (without default), array,
//   object, strict_object, union, lazy, and pipes of them;
// - actions: trim, min_length, max_length, regex, integer, min_value, max_value, iso_date, check;
//   metadata (title, description) is skipped.
// Functions of the schema (`v.custom` tests, `v.check` requirements) are copied by their source: they must
// not use names from outside themselves (tsc reports any that does). A `v.lazy` getter is asked once per
// kind of JavaScript value (string, number, array, object…), so it must choose by kind only.

const KINDS = {
  string: '',
  number: 0,
  bigint: 0n,
  boolean: false,
  symbol: Symbol('probe'),
  undefined: undefined,
  function: () => {},
  null: null,
  array: [],
  object: {},
};

/** The generated module's text. `model` is src/model/schema.ts loaded in Node (scripts/load-ts.mjs). */
export function generateChecks(model) {
  const exported = new Map();
  for (const [name, value] of Object.entries(model)) {
    if (value && typeof value === 'object' && value.kind === 'schema' && name.endsWith('Schema')) {
      exported.set(value, name.replace(/Schema$/, 'Check'));
    }
  }

  // First pass: how often each schema and function is reached (shared ones get a name).
  const seen = new Map();
  const visit = (schema) => {
    seen.set(schema, (seen.get(schema) ?? 0) + 1);
    if (seen.get(schema) > 1) return;
    for (const child of children(schema)) visit(child);
  };
  for (const schema of exported.keys()) visit(schema);

  const names = new Map(exported);
  let counter = 0;
  for (const [schema, count] of seen) if (count > 1 && !names.has(schema)) names.set(schema, `shared${++counter}`);

  const functions = new Map();
  const declarations = [];
  const emitted = new Set();
  const helpers = new Set();

  const functionName = (fn, hint) => {
    if (!functions.has(fn)) {
      let name = /^[A-Za-z_$][\w$]*$/.test(fn.name) && fn.name !== hint ? fn.name : hint;
      while ([...functions.values()].some((entry) => entry.name === name)) name += '_';
      functions.set(fn, { name, source: `(${fn.toString()}) as (value: any) => boolean` });
    }
    return functions.get(fn).name;
  };
  const helper = (name) => (helpers.add(name), name);
  let depth = 0; // of objects within the declaration being written (indentation)

  /** The expression of a schema; a named one is declared once (after what it needs) and referenced. */
  const expression = (schema, where, deferred = false) => {
    const name = names.get(schema);
    if (name) {
      if (!emitted.has(schema)) {
        emitted.add(schema);
        const saved = depth;
        depth = 0;
        const body = build(schema, name);
        depth = saved;
        declarations.push(`const ${name} = ${body};`);
      }
      return name;
    }
    return build(schema, where, deferred);
  };

  const code = (schema, where) => {
    if (typeof schema.message !== 'string') fail(where, `${schema.type} has no expectation code as its message`);
    return JSON.stringify(schema.message);
  };

  const build = (schema, where) => {
    if (schema.pipe) {
      const [first, ...steps] = schema.pipe;
      const parts = [expression(first, where)];
      for (const step of steps) {
        if (step.kind === 'metadata') continue;
        if (step.kind === 'schema') parts.push(expression(step, where));
        else if (step.kind === 'transformation') parts.push(transformation(step, where));
        else parts.push(`${helper('rule')}(${rule(step, where)}, ${code(step, where)})`);
      }
      return parts.length === 1 ? parts[0] : `${helper('pipe')}(${parts.join(', ')})`;
    }
    switch (schema.type) {
      case 'string':
        return `${helper('is')}(${helper('isString')}, ${code(schema, where)})`;
      case 'number':
        return `${helper('is')}((value) => typeof value === 'number' && !Number.isNaN(value), ${code(schema, where)})`;
      case 'boolean':
        return `${helper('is')}((value) => typeof value === 'boolean', ${code(schema, where)})`;
      case 'literal':
        if (Number.isNaN(schema.literal) || typeof schema.literal === 'bigint' || typeof schema.literal === 'symbol') fail(where, 'an unsupported literal');
        return `${helper('is')}((value) => value === ${JSON.stringify(schema.literal)}, ${code(schema, where)})`;
      case 'picklist':
        return `${helper('is')}((value) => (${JSON.stringify(schema.options)} as unknown[]).includes(value), ${code(schema, where)})`;
      case 'custom':
        return `${helper('is')}(${functionName(schema.check, 'custom')}, ${code(schema, where)})`;
      case 'optional':
        if (schema.default !== undefined) fail(where, 'optional with a default value');
        return `${helper('optional')}(${expression(schema.wrapped, where)})`;
      case 'array':
        return `${helper('array')}(${expression(schema.item, `${where}[]`)}, ${code(schema, where)})`;
      case 'object':
      case 'strict_object': {
        depth += 1;
        const entries = Object.entries(schema.entries).map(([key, entry]) => `${JSON.stringify(key)}: ${expression(entry, `${where}.${key}`)}`);
        depth -= 1;
        const optionalKeys = Object.entries(schema.entries)
          .filter(([, entry]) => ['optional', 'exact_optional', 'nullish'].includes(entry.type))
          .map(([key]) => key);
        const indent = '  '.repeat(depth);
        const list = entries.map((entry) => `\n${indent}  ${entry},`).join('');
        return `${helper('object')}({${list}\n${indent}}, ${JSON.stringify(optionalKeys)}, ${code(schema, where)}, ${schema.type === 'strict_object'})`;
      }
      case 'union':
        return `${helper('union')}([${schema.options.map((option) => expression(option, where)).join(', ')}], ${code(schema, where)})`;
      case 'lazy': {
        // Asked once per kind; the answer used most often is the default branch.
        const answers = Object.entries(KINDS).map(([kind, sample]) => [kind, schema.getter(sample)]);
        const byAnswer = new Map();
        for (const [kind, answer] of answers) byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), kind]);
        const ordered = [...byAnswer].sort((a, b) => a[1].length - b[1].length);
        const fallback = ordered.pop()[0];
        for (const [answer] of byAnswer) if (!names.has(answer)) fail(where, 'a lazy getter that returns an unnamed schema (export it, or use it twice)');
        const branches = ordered.map(([answer, kinds]) => `${kinds.map((kind) => `kind === '${kind}'`).join(' || ')} ? ${names.get(answer)} : `).join('');
        // The named schemas are declared after their first use here (deferred: read at validation time).
        for (const [answer] of byAnswer) queue.push(answer);
        return `${helper('lazy')}((kind) => ${branches}${names.get(fallback)})`;
      }
      default:
        return fail(where, `the valibot schema "${schema.type}"`);
    }
  };

  const rule = (action, where) => {
    const r = action.requirement;
    switch (action.type) {
      case 'min_length':
        return `(value: string) => value.length >= ${r}`;
      case 'max_length':
        return `(value: string) => value.length <= ${r}`;
      case 'regex':
      case 'iso_date':
        if (r.global || r.sticky) fail(where, 'a regex with the g or y flag');
        return `(value: string) => ${r.toString()}.test(value)`;
      case 'integer':
        return '(value: number) => Number.isInteger(value)';
      case 'min_value':
        return `(value: number) => value >= ${JSON.stringify(r)}`;
      case 'max_value':
        return `(value: number) => value <= ${JSON.stringify(r)}`;
      case 'check':
        return functionName(r, `${where.replace(/\W/g, '')}Rule`);
      default:
        return fail(where, `the valibot action "${action.type}"`);
    }
  };

  const transformation = (action, where) => {
    if (action.type === 'trim') return `${helper('transform')}((value: string) => value.trim())`;
    return fail(where, `the valibot transformation "${action.type}"`);
  };

  const queue = [];
  for (const schema of exported.keys()) expression(schema, exported.get(schema));
  while (queue.length) expression(queue.shift(), 'lazy');

  const header = `// Generated by \`npm run schema\` (scripts/schema-checks.mjs) from the valibot schemas of src/model/schema.ts:
// do not edit; change schema.ts and run \`npm run schema\` (\`npm test\` fails while this file is stale).
// The same checks as valibot, built from interchangeable blocks: check-fast.ts (valid or not) and check.ts
// (every error); test/schema-checks.test.ts holds both to valibot's answers.`;
  const blocks = [...helpers].filter((name) => name !== 'isString').sort();
  const fns = [...functions.values()].map(({ name, source }) => `const ${name} = ${source};`);
  if (helpers.has('isString')) fns.unshift("const isString = (value: unknown) => typeof value === 'string';");
  const exportedNames = [...exported.values()];
  const body = declarations.map((declaration) => declaration.replace(/^/gm, '  ')).join('\n');
  return `${header}
import type { Blocks } from './blocks.js';

${fns.join('\n')}

/** Every schema of schema.ts (\`XSchema\` → \`XCheck\`), as checks made of \`blocks\`. */
export function buildChecks<C, S>(blocks: Blocks<C, S>) {
  const { ${blocks.join(', ')} } = blocks;
${body}
  return { ${exportedNames.join(', ')} };
}
`;
}

function children(schema) {
  if (schema.pipe) return schema.pipe.filter((step) => step.kind === 'schema');
  switch (schema.type) {
    case 'optional':
      return [schema.wrapped];
    case 'array':
      return [schema.item];
    case 'object':
    case 'strict_object':
      return Object.values(schema.entries);
    case 'union':
      return schema.options;
    case 'lazy': {
      // Every answer counts as reached twice: it must be named, to be referenced from the getter.
      const answers = new Set(Object.values(KINDS).map((sample) => schema.getter(sample)));
      return [...answers, ...answers];
    }
    default:
      return [];
  }
}

function fail(where, what) {
  throw new Error(`scripts/schema-checks.mjs: ${where}: cannot generate ${what}; extend the generator (and src/model/check.ts) or change the schema.`);
}
