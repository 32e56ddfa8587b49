/**
 * The small readers the restitution importer builds on: lines, list markers, quotes, decorations.
 *
 * Every one of them runs in time linear in its input. They are plain loops rather than regular
 * expressions wherever a pattern could backtrack (an unanchored end such as `[-–—\s]+$`, or two adjacent
 * quantifiers that match the same characters, as `\s*(.*?)\s*`): a 4 KB line of no-break spaces once took
 * seconds through such a pattern. The regular expressions left are anchored at the start, with no nested
 * or overlapping quantifiers, so each can only try one position and advance (test/import-performance.test.ts
 * checks the growth on crafted inputs).
 */
import { linesOf } from './source-text.js';

export interface Line {
  /** 1-based. */
  readonly no: number;
  /** As written, without its line ending. */
  readonly raw: string;
  /** Trimmed, tabs and runs of spaces made one space (layout, not words); no-break spaces are kept. */
  readonly text: string;
  /** Leading whitespace width, a tab counting 4, to nest sub-bullets. */
  readonly indent: number;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2007 || code === 0x3000;

/** Splits at "\r\n", "\n" and "\r" (`linesOf`, as every tool counts lines); a byte order mark at the start is not text. */
export function splitLines(text: string): Line[] {
  return linesOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).map((raw, index) => makeLine(index + 1, raw));
}

export function makeLine(no: number, raw: string): Line {
  let indent = 0;
  let at = 0;
  for (; at < raw.length && isSpace(raw.charCodeAt(at)); at += 1) indent += raw.charCodeAt(at) === 0x09 ? 4 : 1;
  // The indentation is counted above; only the rest of the line has spaces to collapse.
  return { no, raw, text: collapseSpaces(at ? raw.slice(at) : raw), indent };
}

/**
 * Runs of spaces and tabs made one space, then trimmed. A short line goes through a global replace; a long
 * one through a buffer of character codes, turned into a string in a few chunks: a replace (or slices
 * joined) on a 100 KB line of 30,000 runs allocates as many small strings, and the engine's garbage
 * collection then grows faster than the line.
 */
export function collapseSpaces(raw: string): string {
  if (!/\t| {2}/.test(raw)) return raw.trim();
  if (raw.length < 256) return raw.replace(/[ \t]+/g, ' ').trim();
  const codes = new Uint16Array(raw.length);
  let length = 0;
  let inRun = false;
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    const space = code === 32 || code === 9;
    if (!space || !inRun) codes[length++] = space ? 32 : code;
    inRun = space;
  }
  let out = '';
  for (let start = 0; start < length; start += CHUNK) {
    out += String.fromCharCode(...codes.subarray(start, Math.min(length, start + CHUNK)));
  }
  return out.trim();
}
/** Characters per `String.fromCharCode` call: well under every engine's limit on arguments. */
const CHUNK = 4096;

/** The first character after `from` that is not a space of any kind (spaces, tabs, no-break spaces). */
export function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

// --- list markers ------------------------------------------------------------------------------------------

/** A list item's marker, and what it says of the item. */
export interface ListMarker {
  /** The item's text, marker removed. */
  readonly body: string;
  /**
   * The nesting level its glyph implies when a word processor exported the list flat: Word's default
   * bullets are "·" (or its private-use U+F0B7) at level 1, "o" at level 2, "§" (U+F0A7) at level 3.
   * 1 for every other bullet and for numbers.
   */
  readonly glyphLevel: number;
  /** For "1.", "2)", "a)", "(3)": its rank in its list (a = 1). */
  readonly ordinal?: number;
}

/** "-" and "*" need a space after them (not "-5 %", "*note*"); so do "o" and "§", which are also text. */
const SPACED_BULLETS = new Map([
  ['-', 1],
  ['–', 1],
  ['—', 1],
  ['*', 1],
  ['+', 1],
  ['o', 2],
  ['§', 3],
]);
/** Typographic bullets, which may touch their text, with the level Word gives them. */
const GLYPH_BULLETS = new Map([
  ['•', 1],
  ['·', 1],
  ['●', 1],
  ['∙', 1],
  ['⦁', 1],
  ['‣', 1],
  ['⁃', 1],
  ['➢', 1],
  ['►', 1],
  ['▶', 1],
  ['➤', 1],
  ['➔', 1],
  ['→', 1],
  ['✓', 1],
  ['✔', 1],
  ['❖', 1],
  ['◆', 1],
  ['◇', 1],
  ['❑', 1],
  ['◦', 2],
  ['○', 2],
  ['▪', 3],
  ['■', 3],
  ['□', 3],
  ['▫', 3],
]);
/** Word's Symbol and Wingdings bullets land in the Private Use Area when its text is exported. */
const privateUseLevel = (code: number) => (code === 0xf0a7 || code === 0xf0a8 ? 3 : code === 0xf06f ? 2 : 1);
const isPrivateUse = (code: number) => code >= 0xf000 && code <= 0xf0ff;

/** `text` must be trimmed. Returns the marker of a list item, or `undefined` for any other line. */
export function listMarker(text: string): ListMarker | undefined {
  const first = text[0];
  if (first === undefined) return undefined;
  const spaced = SPACED_BULLETS.get(first);
  if (spaced !== undefined) {
    const start = skipSpaces(text, 1);
    return start > 1 && start < text.length ? { body: text.slice(start), glyphLevel: spaced } : undefined;
  }
  const code = text.charCodeAt(0);
  const glyph = GLYPH_BULLETS.get(first) ?? (isPrivateUse(code) ? privateUseLevel(code) : undefined);
  if (glyph !== undefined) {
    const start = skipSpaces(text, 1);
    return start < text.length ? { body: text.slice(start), glyphLevel: glyph } : undefined;
  }
  return ordinalMarker(text);
}

/**
 * "1. ", "2) ", "3/ ", "4 - ", "(5) ", "a) ", "b. ", "C) ": the marker and its rank. A capital followed by a
 * period ("A. Dupont") is an initial, not a marker. Anchored, bounded prefixes and one run of spaces: linear.
 */
const ORDINAL = /^(?:\((\d{1,2}|[a-zA-Z])\)|(\d{1,2})(?:[.)/]|\s?[-–—])|([a-z])[.)]|([A-Z])\))\s+(?=\S)/;

function ordinalMarker(text: string): ListMarker | undefined {
  const match = ORDINAL.exec(text);
  if (!match) return undefined;
  const mark = match[1] ?? match[2] ?? match[3] ?? match[4];
  const ordinal = /\d/.test(mark) ? Number(mark) : mark.toLowerCase().charCodeAt(0) - 96;
  return { body: text.slice(match[0].length), glyphLevel: 1, ordinal };
}

// --- quotes, decorations, markdown ---------------------------------------------------------------------------

const OPENING_QUOTES = '"“«\'‘„';
const CLOSING_QUOTES = '"”»\'’“';

/** `"Titre"`, `“Titre”`, `« Titre »` → `Titre`; a title without quotes (or only an opening one) is kept whole. */
export function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 2 || !OPENING_QUOTES.includes(trimmed[0]) || !CLOSING_QUOTES.includes(trimmed[trimmed.length - 1])) return trimmed;
  const inner = trimmed.slice(1, -1).trim();
  return inner || trimmed;
}

const DECORATION = '-–—=*_~';
const isDecoration = (char: string) => DECORATION.includes(char) || isSpace(char.charCodeAt(0));

/** "- RESTITUTION DES ATELIERS -" → "RESTITUTION DES ATELIERS": dashes, rules and spaces off both ends. */
export function stripDecoration(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isDecoration(text[start])) start += 1;
  while (end > start && isDecoration(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/** "- RESTITUTION DES ATELIERS -": a title in capitals or between dashes. */
export function isDecoratedTitle(text: string): boolean {
  const inner = stripDecoration(text);
  let letters = '';
  for (const char of inner) if (/\p{L}/u.test(char)) letters += char;
  const capitals = letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const ruled = inner !== text && DECORATION.includes(text[0]) && DECORATION.includes(text[text.length - 1]);
  return capitals || (letters !== '' && ruled);
}

/**
 * How a word processor's Markdown export, or our own paste conversion, writes a heading: `## Enjeu`.
 * Bold alone (`**Enjeu**`) is emphasis, not a heading.
 */
export function isMarkedHeading(text: string): boolean {
  if (text[0] !== '#') return false;
  let index = 1;
  while (index < 6 && text[index] === '#') index += 1;
  return text[index] === ' ' || text[index] === '\t';
}

/** The line without its Markdown marks (`## Enjeu`, `**Enjeu**` → `Enjeu`); the same string when it has none. */
export function withoutMarkdown(text: string): string {
  const first = text[0];
  if (first !== '#' && first !== '*' && first !== '_') return text;
  let inner = text;
  if (isMarkedHeading(text)) inner = text.slice(text.indexOf(' ') > 0 && text.indexOf(' ') < 8 ? text.indexOf(' ') : text.indexOf('\t')).trim();
  for (const mark of ['**', '__']) {
    if (inner.length > 4 && inner.startsWith(mark) && inner.endsWith(mark)) inner = inner.slice(2, -2).trim();
  }
  return inner;
}

/** An icon glyph lost in the export ("?" or "✕" before a heading): anything but a letter, digit, quote or bullet. */
const GLYPH = /^[^\p{L}\p{N}\s"“«'‘(\-–—*•◦▪‣·●○■➢►#]{1,3}\s*/u;

/** The line without the icon in front of it ("✕ Les freins…" → "Les freins…"). */
export const withoutGlyph = (text: string): string => text.replace(GLYPH, '');
export const startsWithGlyph = (text: string): boolean => GLYPH.test(text);

/** Ends like a sentence or an introduction: a reader would not continue it on the next line. */
export function endsClause(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end -= 1;
  const last = text[end - 1] ?? '';
  if (last !== '' && '.!?:;…'.includes(last)) return true;
  // "… (agglo.)", "… fin. »": the punctuation before a closing bracket or quote.
  return last !== '' && ')]»”"\''.includes(last) && end > 1 && '.!?…'.includes(text[end - 2]);
}

/**
 * Whether `next` reads as the continuation of `previous` wrapped by a word processor or a PDF: the previous
 * line stops mid-sentence and the next one starts in lower case ("… contre les discriminations" /
 * "dans le domaine du logement ?").
 */
export function continuesLine(previous: string, next: string): boolean {
  if (endsClause(previous)) return false;
  const first = next[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

/** "3", "Page 3", "3 / 12", "Page 3 sur 12": a page number copied from a PDF or a printed page. */
export function isPageNumber(text: string): boolean {
  return /^(?:page\s?)?\d{1,4}(?:\s?(?:\/|sur)\s?\d{1,4})?$/i.test(text);
}
