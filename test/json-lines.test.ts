import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { locateJsonError, locatePath, parsePath, positionAt } from '../src/model/json-lines.js';
import { formatPath, parseDocument } from '../src/model/parse-document.js';
import { SEED_URL } from './helpers.js';

let seedText: Promise<string> | undefined;
/** data/chantiers.json as written, with its own line breaks and indentation. */
const seedJson = () => (seedText ??= fetch(SEED_URL).then((response) => response.text()));

/** The 1-based line and column where `needle` first occurs in `text`. */
function whereIs(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  expect(offset, needle).to.be.greaterThan(-1);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('locatePath', () => {
  it('finds a list item of the seed on its own line', async () => {
    const text = await seedJson();
    const value = (JSON.parse(text) as { chantiers: { freins: { items: string[] } }[] }).chantiers[1].freins.items[0];
    expect(locatePath(text, 'chantiers[1].freins.items[0]')).to.deep.include({ ...whereIs(text, JSON.stringify(value)), exact: true });
  });

  it('finds objects, nested items, and keys that need brackets', async () => {
    const text = await seedJson();
    const seed = JSON.parse(text) as { chantiers: { ressources: { items: { items: string[] }[] } }[] };
    expect(locatePath(text, 'chantiers[0].ressources.items[0].items[1]')).to.deep.include(
      whereIs(text, JSON.stringify(seed.chantiers[0].ressources.items[0].items[1])),
    );
    expect(locatePath(text, 'rencontre')).to.deep.include(whereIs(text, '{\n    "titre"'));
    expect(locatePath(text, '["$schema"]')).to.deep.include(whereIs(text, '"./chantiers.schema.json"'));
    expect(locatePath(text, '')).to.deep.include({ line: 1, column: 1, exact: true });
  });

  it('points a missing key at its parent object', () => {
    const text = '{\n  "chantiers": [\n    {\n      "id": "a"\n    }\n  ]\n}';
    expect(locatePath(text, 'chantiers[0].titre')).to.deep.equal({ offset: text.indexOf('{\n      "id"'), line: 3, column: 5, exact: false });
    expect(locatePath(text, 'chantiers[3]')).to.deep.include({ line: 2, column: 16, exact: false });
  });

  it('locates every error parseDocument reports in a broken copy of the seed', async () => {
    const text = await seedJson();
    const seed = JSON.parse(text) as { chantiers: { freins: { items: string[] } }[] };
    const wrong = JSON.stringify(seed.chantiers[2].freins.items[3]);
    const broken = text.replace(wrong, '42');
    const result = parseDocument(JSON.parse(broken));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).to.deep.equal(['chantiers[2].freins.items[3]']);
    expect(locatePath(broken, result.errors[0].path)).to.deep.include({ ...whereIs(text, wrong), exact: true });
  });

  it('reads the paths formatPath writes', () => {
    const keys = ['chantiers', 1, 'clé bizarre', '$schema', 'items', 0, 'a"b'];
    expect(parsePath(formatPath('', keys))).to.deep.equal(keys);
    expect(parsePath('')).to.deep.equal([]);
  });

  it('finds the value at any path of any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const walk = (node: unknown, keys: (string | number)[]) => {
          const found = locatePath(text, formatPath('', keys))!;
          expect(found.exact).to.equal(true);
          expect(found).to.deep.include(positionAt(text, found.offset));
          // The text at that offset starts with the value itself.
          const start = Array.isArray(node) ? '[' : node && typeof node === 'object' ? '{' : JSON.stringify(node);
          expect(text.startsWith(start, found.offset), `${start} at ${found.offset}`).to.equal(true);
          if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...keys, index]));
          else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...keys, key]);
        };
        walk(value, []);
      }),
      { numRuns: 200 },
    );
  });
});

describe('locateJsonError', () => {
  it('gives the line and column of the first syntax error', () => {
    expect(locateJsonError('{\n  "a": 1,\n}')).to.deep.equal({ offset: 12, line: 3, column: 1, found: '}' });
    expect(locateJsonError('{\r\n  "a" 1\r\n}')).to.deep.include({ line: 2, column: 7, found: '1' });
    expect(locateJsonError('{\r  "a" 1\r}')).to.deep.include({ line: 2, column: 7, found: '1' });
    expect(locateJsonError('[1, 2')).to.deep.include({ line: 1, column: 6, found: '' });
    expect(locateJsonError('')).to.deep.include({ line: 1, column: 1, found: '' });
    expect(locateJsonError('{"a": "x\ny"}')).to.deep.include({ line: 1, column: 9, found: '\n' });
    expect(locateJsonError('[tru]')).to.deep.include({ line: 1, column: 5, found: ']' });
    expect(locateJsonError('[1]\n\n  x')).to.deep.include({ line: 3, column: 3, found: 'x' });
  });

  it('finds a truncated seed at its end', async () => {
    const text = await seedJson();
    const cut = text.slice(0, text.indexOf('"sante-creer'));
    const lines = cut.split('\n');
    expect(locateJsonError(cut)).to.deep.include({ line: lines.length, column: lines.at(-1)!.length + 1, found: '' });
    expect(locateJsonError(text)).to.equal(undefined);
  });

  it('accepts exactly what JSON.parse accepts (property)', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '"', 'a', '1', '-', '.', 'e', '+', 'true', 'null', 'fals', ' ', '\n', '\r', '\t', '\\', '\\u00e9', '\\u0', '0', 'x', '\u0001'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        let accepted = true;
        try {
          JSON.parse(text);
        } catch {
          accepted = false;
        }
        const error = locateJsonError(text);
        expect(error === undefined, JSON.stringify(text)).to.equal(accepted);
        if (error) expect(error.offset).to.be.within(0, text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('does not overflow on deep nesting', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(locateJsonError(deep)).to.equal(undefined);
    expect(locatePath(deep, '[0][0]')).to.deep.include({ line: 1, column: 3, exact: true });
  });
});
