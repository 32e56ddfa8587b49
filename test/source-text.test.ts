import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatPath, MAX_DEPTH, parseDocument } from '../src/model/parse-document.js';
import { describeDuplicateKey, describeJsonSyntaxError, LineIndex, linesOf, parsePath, readJson, type PathPosition } from '../src/model/source-text.js';
import { growthOf, SEED_URL } from './helpers.js';

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

/** Where the value at `path` starts in a valid JSON text. */
function locatePath(text: string, path: string): PathPosition | undefined {
  const reading = readJson(text);
  if (!reading.ok) throw new Error(`not JSON: ${JSON.stringify(reading.syntax)}`);
  return reading.locate([path]).get(path);
}

/** The first syntax error of a text, or `undefined` when it is JSON. */
const syntaxError = (text: string) => {
  const reading = readJson(text);
  return reading.ok ? undefined : reading.syntax;
};

describe('LineIndex and linesOf', () => {
  it('count "\\r\\n", "\\n" and "\\r" as one line break each, as the importer does', () => {
    const text = 'un\r\ndeux\ntrois\rquatre\r\n\rsix';
    expect(linesOf(text)).to.deep.equal(['un', 'deux', 'trois', 'quatre', '', 'six']);
    const lines = new LineIndex(text);
    expect(lines.count).to.equal(6);
    expect(lines.position(text.indexOf('deux'))).to.deep.equal({ offset: 4, line: 2, column: 1 });
    expect(lines.position(text.indexOf('six') + 2)).to.deep.include({ line: 6, column: 3 });
    expect(text.slice(lines.start(4), lines.end(4))).to.equal('quatre');
    expect(text.slice(lines.start(5), lines.end(5))).to.equal('');
    expect(text.slice(lines.start(6), lines.end(6))).to.equal('six');
    expect(new LineIndex('').position(0)).to.deep.equal({ offset: 0, line: 1, column: 1 });
  });

  it('agree with a plain split on any text (property)', () => {
    const piece = fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, at) => {
        const text = pieces.join('');
        const offset = text.length ? at % (text.length + 1) : 0;
        const before = linesOf(text.slice(0, offset));
        // An offset between "\r" and "\n" belongs to the line the "\r" ends.
        if (text[offset - 1] === '\r' && text[offset] === '\n') return;
        expect(new LineIndex(text).position(offset)).to.deep.equal({ offset, line: before.length, column: before.at(-1)!.length + 1 });
      }),
      { numRuns: 500 },
    );
  });
});

describe('readJson: where a value is', () => {
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
    expect(locatePath(text, 'chantiers[0].id.x')).to.deep.include({ line: 4, column: 13, exact: false });
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

  it('finds the value at every path of any JSON value, in one call (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const reading = readJson(text);
        if (!reading.ok) throw new Error('JSON.stringify wrote JSON');
        const expected: [string, unknown][] = [];
        const walk = (node: unknown, keys: (string | number)[]) => {
          expected.push([formatPath('', keys), node]);
          if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...keys, index]));
          else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...keys, key]);
        };
        walk(value, []);
        const found = reading.locate(expected.map(([path]) => path));
        const lines = new LineIndex(text);
        for (const [path, node] of expected) {
          const position = found.get(path)!;
          expect(position.exact, path).to.equal(true);
          expect(position).to.deep.include(lines.position(position.offset));
          // The text at that offset starts with the value itself.
          const start = Array.isArray(node) ? '[' : node && typeof node === 'object' ? '{' : JSON.stringify(node);
          expect(text.startsWith(start, position.offset), `${start} at ${position.offset}`).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('locates n paths in time linear in n: time(4n) < 8 × time(n) (property of growth, not of speed)', () => {
    // 8,000 errors in a 16 KB file took 8 s in `validate` when every error scanned the file again (quadratic).
    const documents = new Map<number, { text: string; paths: string[] }>();
    const documentOf = (count: number) => {
      let document = documents.get(count);
      if (!document) {
        const text = JSON.stringify({ version: 1, chantiers: Array.from({ length: count }, () => 1) });
        documents.set(count, (document = { text, paths: Array.from({ length: count }, (_, index) => `chantiers[${index}]`) }));
      }
      return document;
    };
    const growth = growthOf((count) => {
      const { text, paths } = documentOf(count);
      const reading = readJson(text);
      if (!reading.ok || reading.locate(paths).size !== count) throw new Error('every path is located');
    }, 500);
    expect(growth.ratio, growth.summary).to.be.below(8);
  });
});

describe('readJson: keys written twice', () => {
  it('reports each key written twice at its second place, with its path; the value is the last one, as JSON.parse', () => {
    const text = '{\n  "a": 1,\n  "b": {"c": 1, "c": 2},\n  "a": [{"x": 0, "x": 1}]\n}';
    const reading = readJson(text);
    if (!reading.ok) throw new Error('JSON');
    expect(reading.value).to.deep.equal(JSON.parse(text));
    expect(reading.duplicates.map(({ path, position }) => [path, position.line, position.column])).to.deep.equal([
      ['b.c', 3, 17],
      ['a', 4, 3],
      ['a[0].x', 4, 18],
    ]);
    expect(describeDuplicateKey(reading.duplicates[0], 'fr')).to.equal('b.c : champ écrit deux fois dans le même objet (une seule des deux valeurs serait gardée)');
    expect(describeDuplicateKey(reading.duplicates[0], 'en')).to.equal('b.c: field written twice in the same object (only one of the two values would be kept)');
    // A path through a key written twice leads to the value JSON.parse keeps: the last one.
    expect(locatePath(text, 'a[0]')).to.deep.include({ line: 4, column: 9, exact: true });
  });

  it('finds none in JSON that JSON.stringify writes, and counts each key again in every object (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const reading = readJson(JSON.stringify([value, value]));
        expect(reading.ok && reading.duplicates).to.deep.equal([]);
      }),
      { numRuns: 200 },
    );
    const reading = readJson('{"__proto__": 1, "__proto__": 2, "constructor": 1}');
    expect(reading.ok && reading.duplicates.map(({ path }) => path)).to.deep.equal(['__proto__']);
  });
});

describe('readJson: the first syntax error', () => {
  it('gives the line and column of the character that breaks the text', () => {
    expect(syntaxError('{\n  "a": 1,\n}')).to.deep.equal({ offset: 12, line: 3, column: 1, found: '}' });
    expect(syntaxError('{\r\n  "a" 1\r\n}')).to.deep.include({ line: 2, column: 7, found: '1' });
    expect(syntaxError('{\r  "a" 1\r}')).to.deep.include({ line: 2, column: 7, found: '1' });
    expect(syntaxError('[1, 2')).to.deep.include({ line: 1, column: 6, found: '' });
    expect(syntaxError('')).to.deep.include({ line: 1, column: 1, found: '' });
    expect(syntaxError('{"a": "x\ny"}')).to.deep.include({ line: 1, column: 9, found: '\n' });
    expect(syntaxError('[tru]')).to.deep.include({ line: 1, column: 5, found: ']' });
    expect(syntaxError('[1]\n\n  x')).to.deep.include({ line: 3, column: 3, found: 'x' });
    expect(syntaxError('[1.]')).to.deep.include({ column: 4, found: ']' });
    expect(syntaxError('[-x]')).to.deep.include({ column: 3, found: 'x' });
    expect(syntaxError('["a\\qb"]')).to.deep.include({ column: 5, found: 'q' });
    expect(syntaxError('["\\u12g4"]')).to.deep.include({ column: 7, found: 'g' });
    expect(syntaxError('[1] // note')).to.deep.include({ column: 5, found: '/' });
    expect(syntaxError('[1,]')).to.deep.include({ column: 4, found: ']' });
    expect(syntaxError('[\u00a01]')).to.deep.include({ column: 2, found: '\u00a0' });
  });

  it('finds a truncated seed at its end', async () => {
    const text = await seedJson();
    const cut = text.slice(0, text.indexOf('"sante-creer'));
    const lines = cut.split('\n');
    expect(syntaxError(cut)).to.deep.include({ line: lines.length, column: lines.at(-1)!.length + 1, found: '' });
    expect(syntaxError(text)).to.equal(undefined);
  });

  it('accepts exactly what JSON.parse accepts, and places every error inside the text (property)', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '"', 'a', '1', '-', '.', 'e', '+', 'true', 'null', 'fals', ' ', '\n', '\r', '\t', '\\', '\\u00e9', '\\u0', '0', 'x', '\u0001', '\u00a0', '/', '*'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        let accepted = true;
        try {
          JSON.parse(text);
        } catch {
          accepted = false;
        }
        const error = syntaxError(text);
        expect(error === undefined, JSON.stringify(text)).to.equal(accepted);
        if (error) {
          expect(error.offset).to.be.within(0, text.length);
          expect(error.found).to.equal(text.charAt(error.offset));
          // What comes before the error is the start of some JSON text: the error is not placed too late.
          expect(syntaxError(text.slice(0, error.offset))?.found ?? '', JSON.stringify(text)).to.equal('');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses nesting too deep to read at the bracket where it goes too deep, without overflowing', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(syntaxError(deep)).to.deep.include({ line: 1, column: MAX_DEPTH + 2, found: '', tooDeep: true });
    expect(syntaxError(`${'{"a":'.repeat(50_000)}`)).to.deep.include({ column: (MAX_DEPTH + 1) * 5 + 1, tooDeep: true });
    const fine = `${'['.repeat(200)}${']'.repeat(200)}`;
    expect(locatePath(fine, '[0][0]')).to.deep.include({ line: 1, column: 3, exact: true });
  });

  it('words the error once for every tool, an invisible character as its code point', () => {
    const words = (text: string, lang: 'fr' | 'en' = 'fr') => describeJsonSyntaxError(syntaxError(text)!, lang);
    expect(words('[1,}')).to.equal('caractère inattendu « } »');
    expect(words('[1,}', 'en')).to.equal('unexpected character “}”');
    expect(words('[1,')).to.equal('le texte se termine trop tôt');
    expect(words('["a\nb"]')).to.equal('caractère inattendu U+000A');
    expect(words('[\u202e1]')).to.equal('caractère inattendu U+202E');
    expect(words('[\u00a01]')).to.equal('caractère inattendu U+00A0');
    // Where the parser's recursion gives up depends on the engine's stack: the error itself is built here.
    expect(describeJsonSyntaxError({ offset: 0, line: 1, column: 1, found: '', tooDeep: true }, 'fr')).to.contain('imbrication trop profonde');
  });
});
