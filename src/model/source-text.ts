/**
 * Where things are in an author's text, so that a message sends them to a line of their file and not only to
 * a path: its lines, and in a JSON text the first syntax error, the keys written twice and the value at any
 * JSON path (`chantiers[1].freins.items[0]`, the notation of `formatPath`). The command line and the
 * authoring page share it; the elements do not (jsonc-parser weighs ≈ 3.8 KB gzip: not in the embed).
 *
 * `JSON.parse` decides what is JSON; jsonc-parser (strict options: no comments, no trailing commas) says
 * where. Lines and columns are 1-based; a column counts UTF-16 code units, as editors do; "\r\n", "\n" and
 * "\r" each end a line, everywhere in the project (the importer splits lines with `linesOf`).
 */
import { createScanner, getLocation, parseTree, printParseErrorCode, visit, type Node, type ParseErrorCode, type ParseOptions } from 'jsonc-parser';
import { firstBadByte, type Encoding } from './decode-bytes.js';
import { formatPath, MAX_DEPTH } from './parse-document.js';

export interface TextPosition {
  /** 0-based offset in the text. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** A line break, as every tool of the project counts them. */
const LINE_BREAK = /\r\n|\r|\n/g;

/** The lines of a text, without their line breaks. */
export function linesOf(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The offsets where the lines of a text start: line and column of any offset in O(log lines). */
export class LineIndex {
  private readonly starts = [0];

  constructor(private readonly text: string) {
    for (const match of text.matchAll(LINE_BREAK)) this.starts.push(match.index + match[0].length);
  }

  /** How many lines the text has (an empty text has one). */
  get count(): number {
    return this.starts.length;
  }

  /** The line and column of an offset. */
  position(offset: number): TextPosition {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { offset, line: low + 1, column: offset - starts[low] + 1 };
  }

  /** The offset where a 1-based line starts (lines past the end: the end of the text). */
  start(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1] ?? this.text.length;
  }

  /** The offset where a 1-based line ends, before its line break. */
  end(line: number): number {
    if (line >= this.starts.length) return this.text.length;
    const next = this.starts[line];
    return next - (this.text[next - 1] === '\n' && this.text[next - 2] === '\r' ? 2 : 1);
  }
}

// --- JSON --------------------------------------------------------------------------------------------------

export interface JsonSyntaxError extends TextPosition {
  /** The unexpected character; `""` when the text ends too early, or when it nests too deeply to be read. */
  readonly found: string;
  /** Nested deeper than the reader's stack allows: no position is worth more than where the nesting went too far. */
  readonly tooDeep?: true;
}

export interface PathPosition extends TextPosition {
  /** `false` when the path does not exist (a missing key): the position is then its deepest existing parent's. */
  readonly exact: boolean;
}

/**
 * A key written twice in one object. `JSON.parse` keeps the last value without a word; the author meant one
 * of them. Only the tools that read an author's text see it (the elements take `JSON.parse`'s value).
 */
export interface DuplicateKey {
  /** The JSON path of the key (`chantiers[1].id`). */
  readonly path: string;
  /** Where the second writing of the key starts. */
  readonly position: TextPosition;
}

export type JsonReading =
  | { readonly ok: false; readonly syntax: JsonSyntaxError }
  | {
      readonly ok: true;
      /** What `JSON.parse` gives (a key written twice: its last value). */
      readonly value: unknown;
      /** Keys written twice in the same object, at the second one, in the order of the text. */
      readonly duplicates: readonly DuplicateKey[];
      /** Where the values at these paths start, all in one pass over the text. */
      locate(paths: readonly string[]): Map<string, PathPosition>;
    };

/** Strict JSON, as `JSON.parse` reads it. */
const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Reads a JSON text: its value, or its first syntax error; and where everything is. */
export function readJson(text: string): JsonReading {
  const lines = new LineIndex(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, syntax: firstSyntaxError(text, lines) };
  }
  let duplicates: DuplicateKey[];
  try {
    duplicates = findDuplicates(text, lines);
  } catch {
    // Thousands of levels overflow jsonc-parser's recursion (a RangeError, Firefox's InternalError), not
    // JSON.parse: refused as too deep. jsonc-parser throws nothing else.
    return { ok: false, syntax: tooDeep(text, lines) };
  }
  let tree: Node | undefined;
  return {
    ok: true,
    value,
    duplicates,
    locate(paths) {
      try {
        tree ??= parseTree(text, undefined, STRICT);
      } catch {
        // Too deep for the parser's recursion (see above): no position; callers point at the start.
      }
      const positions = new Map<string, PathPosition>();
      for (const path of paths) {
        if (positions.has(path) || !tree) continue;
        const { node, exact } = nodeAt(tree, parsePath(path));
        positions.set(path, { ...lines.position(node.offset), exact });
      }
      return positions;
    },
  };
}

/**
 * The value at a path, walking the tree as `JSON.parse` reads it: of a key written twice, the last one.
 * A missing key or index stops at its deepest existing parent.
 */
function nodeAt(root: Node, keys: readonly (string | number)[]): { node: Node; exact: boolean } {
  let node = root;
  for (const key of keys) {
    let child: Node | undefined;
    if (node.type === 'array' && typeof key === 'number') child = node.children?.[key];
    else if (node.type === 'object' && typeof key === 'string') {
      child = node.children?.findLast((property) => property.children?.[0]?.value === key)?.children?.[1];
    }
    if (!child) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

/** `chantiers[1]["clé bizarre"].items[0]` → `['chantiers', 1, 'clé bizarre', 'items', 0]`; `""` → `[]`. */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const segment = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  for (let match = segment.exec(path); match; match = segment.exec(path)) {
    keys.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]) as string)));
  }
  return keys;
}

function findDuplicates(text: string, lines: LineIndex): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  // The keys of each open object, innermost last.
  const open: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void open.push(new Set()),
      onObjectEnd: () => void open.pop(),
      onObjectProperty: (key, offset, _length, _line, _column, pathOf) => {
        const keys = open.at(-1)!;
        if (!keys.has(key)) keys.add(key);
        else duplicates.push({ path: formatPath('', [...pathOf(), key]), position: lines.position(offset) });
      },
    },
    STRICT,
  );
  return duplicates;
}

/** The first syntax error of a text that `JSON.parse` refused, at the character that breaks it. */
function firstSyntaxError(text: string, lines: LineIndex): JsonSyntaxError {
  let first: { code: ParseErrorCode; offset: number } | undefined;
  try {
    visit(text, { onError: (code, offset) => void (first ??= { code, offset }) }, STRICT);
  } catch {
    return tooDeep(text, lines); // overflowed the recursion, as in readJson
  }
  // jsonc-parser accepts nothing that JSON.parse refuses (a property test checks it); should it, the start.
  const offset = first ? pinpoint(text, first.code, first.offset) : 0;
  return { ...lines.position(offset), found: text.charAt(offset) };
}

/**
 * jsonc-parser reports a bad string, number or word at its first character; the author needs the character
 * that breaks it: the line break inside the string, the missing digit, the letter that is not in `true`.
 * Only where such a token may stand: after a complete value, or a number where a key is due, the token is
 * wrong from its first character.
 */
function pinpoint(text: string, code: ParseErrorCode, offset: number): number {
  let before = offset - 1;
  while (before >= 0 && ' \t\n\r'.includes(text[before])) before -= 1;
  const previous = text[before] ?? '';
  if (previous && !'{[:,'.includes(previous)) return offset;
  const atKey = previous === '{' || (previous === ',' && getLocation(text, offset).isAtPropertyKey);
  // The codes by name: jsonc-parser types them as a const enum, which isolated modules cannot read.
  switch (printParseErrorCode(code)) {
    case 'UnexpectedEndOfString':
    case 'InvalidCharacter':
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return badInString(text, offset);
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return atKey ? offset : afterNumberPrefix(text, offset);
    case 'InvalidSymbol': {
      const char = text[offset];
      if (atKey) return offset;
      if (char === '-') return afterNumberPrefix(text, offset);
      const word = char === 't' ? 'true' : char === 'f' ? 'false' : char === 'n' ? 'null' : '';
      let index = offset;
      while (index - offset < word.length && text[index] === word[index - offset]) index += 1;
      return index;
    }
    default:
      return offset;
  }
}

/** The first character of the string starting at `quote` that JSON refuses (or the end of the text). */
function badInString(text: string, quote: number): number {
  for (let index = quote + 1; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 0x22) break;
    if (char < 0x20) return index;
    if (char !== 0x5c) continue;
    const escape = text[index + 1];
    if (escape === undefined) return text.length;
    if (!'"\\/bfnrtu'.includes(escape)) return index + 1;
    if (escape === 'u') {
      for (let digit = index + 2; digit < index + 6; digit += 1) if (!/[0-9a-fA-F]/.test(text[digit] ?? '')) return Math.min(digit, text.length);
      index += 5;
    } else index += 1;
  }
  return text.length;
}

/** The longest start of a JSON number (`-`, `1.`, `1e+`…); the character after it is the one that breaks it. */
const NUMBER_PREFIX = /-?(?:(?:0|[1-9]\d*)(?:\.(?:\d+(?:[eE][+-]?\d*)?)?|[eE][+-]?\d*)?)?/y;

function afterNumberPrefix(text: string, offset: number): number {
  NUMBER_PREFIX.lastIndex = offset;
  return offset + NUMBER_PREFIX.exec(text)![0].length;
}

/** `SyntaxKind.EOF` (a const enum, see `pinpoint`). */
const EOF = 17;

/** Where the nesting first goes deeper than a document may (`MAX_DEPTH`), found without recursion. */
function tooDeep(text: string, lines: LineIndex): JsonSyntaxError {
  const scanner = createScanner(text, true);
  let depth = 0;
  while (scanner.scan() !== EOF) {
    const char = text[scanner.getTokenOffset()];
    if (char === '{' || char === '[') {
      depth += 1;
      if (depth > MAX_DEPTH + 1) return { ...lines.position(scanner.getTokenOffset()), found: '', tooDeep: true };
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return { ...lines.position(0), found: '', tooDeep: true };
}

// --- messages ---------------------------------------------------------------------------------------------

/** What is wrong at a syntax error's place, in words: the command line and the authoring page say it alike. */
export function describeJsonSyntaxError(error: JsonSyntaxError, lang: 'fr' | 'en'): string {
  const words = SYNTAX_WORDS[lang];
  return error.tooDeep ? words.tooDeep : error.found ? words.unexpected(showCharacter(error.found, words.quote)) : words.early;
}

/** A key written twice, in words, for the command line and the authoring page. */
export function describeDuplicateKey(duplicate: DuplicateKey, lang: 'fr' | 'en'): string {
  return SYNTAX_WORDS[lang].duplicate(duplicate.path);
}

/**
 * Bytes that `decodeBytes` refused, in words, at the place the author's editor shows them: the line and column
 * that the valid text before the first bad byte reaches.
 */
export function describeUndecodable(bytes: Uint8Array, encoding: Encoding, lang: 'fr' | 'en'): { position: TextPosition; message: string } {
  const words = SYNTAX_WORDS[lang];
  const offset = firstBadByte(bytes, encoding);
  const before = new TextDecoder(encoding).decode(bytes.subarray(0, offset));
  const byte = bytes[offset];
  const hex = byte === undefined ? undefined : `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return {
    position: new LineIndex(before).position(before.length),
    message: words.undecodable(encoding === 'utf-8' ? 'UTF-8' : words.utf16, hex, offset + 1),
  };
}

const SYNTAX_WORDS = {
  fr: {
    undecodable: (encoding: string, byte: string | undefined, at: number) =>
      `ce n'est pas du texte ${encoding} : ${byte ? `octet ${byte} inattendu (octet n° ${at} du fichier)` : 'le fichier se termine au milieu d’un caractère'}. ` +
      'Enregistrez-le en UTF-8 (Bloc-notes, Word, LibreOffice : « Enregistrer sous », codage UTF-8).',
    utf16: 'UTF-16 (annoncé par sa marque d’ordre des octets)',
    duplicate: (path: string) => `${path} : champ écrit deux fois dans le même objet (une seule des deux valeurs serait gardée)`,
    unexpected: (found: string) => `caractère inattendu ${found}`,
    early: 'le texte se termine trop tôt',
    tooDeep: `imbrication trop profonde (plus de ${MAX_DEPTH} niveaux)`,
    quote: (text: string) => `« ${text} »`,
  },
  en: {
    undecodable: (encoding: string, byte: string | undefined, at: number) =>
      `this is not ${encoding} text: ${byte ? `unexpected byte ${byte} (byte ${at} of the file)` : 'the file ends inside a character'}. ` +
      'Save it as UTF-8 (Notepad, Word, LibreOffice: “Save as”, encoding UTF-8).',
    utf16: 'UTF-16 (as its byte order mark says)',
    duplicate: (path: string) => `${path}: field written twice in the same object (only one of the two values would be kept)`,
    unexpected: (found: string) => `unexpected character ${found}`,
    early: 'the text ends too early',
    tooDeep: `nested too deeply (more than ${MAX_DEPTH} levels)`,
    quote: (text: string) => `“${text}”`,
  },
};

/** A character as a reader can see it: `« } »`, or `U+000A` for an invisible one. */
export function showCharacter(found: string, quote: (text: string) => string): string {
  const code = found.codePointAt(0)!;
  const invisible = code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xad || code === 0xfeff || /\p{Cf}|\p{Z}/u.test(found);
  return invisible ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : quote(found);
}
