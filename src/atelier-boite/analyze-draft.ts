/**
 * What the workshop makes of a draft: its format (restitution text or JSON, detected from its first
 * character), the document it gives, and every problem with the place in the draft it points to, as an
 * offset the textarea's caret can be moved to. Pure: no DOM; it runs in the analysis Worker
 * (analysis-worker.ts), and its result crosses to the page by structured clone.
 */
import { importRestitution, type ImportNote, type ImportResult } from '../model/import-restitution.js';
import { locateJsonError, parsePath, type JsonSyntaxError } from '../model/json-lines.js';
import { formatPath, parseDocument, type ValidationError } from '../model/parse-document.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { describePath, explainSyntaxError, type PathStep, type SyntaxHint } from './json-explain.js';

/**
 * Validation errors located in the text, at most; the rest are counted. The importer's notes are all
 * located (one pass over the line starts), and the page lists every one.
 */
export const MAX_LISTED = 1000;

/** A place in the draft: where the caret goes (`start`), and the end of what gets selected. */
export interface Place {
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly end: number;
}

/** A validation error, and for JSON input where its value starts (`exact: false`: its parent object). */
export interface LocatedError {
  readonly error: ValidationError;
  /** Its path in the document's terms: chantier 2 « … », Freins, 1st item. */
  readonly steps: readonly PathStep[];
  readonly place?: Place & { readonly exact: boolean };
}

/** A line the importer reported, with its place (the whole line). */
export interface LocatedNote {
  readonly note: ImportNote;
  readonly place: Place;
}

export type DraftAnalysis =
  | { readonly format: 'empty'; readonly text: string }
  | {
      readonly format: 'text';
      readonly text: string;
      readonly report: ImportResult;
      readonly unplaced: readonly LocatedNote[];
      readonly warnings: readonly LocatedNote[];
      /** The imported document when it validates (it always should; `errors` says otherwise). */
      readonly document?: IdeaBoxDocument;
      readonly errors: readonly LocatedError[];
      readonly errorTotal: number;
    }
  | {
      readonly format: 'json';
      readonly text: string;
      /** The first syntax error: where the scanner stopped, and where the likely slip is (`place`). */
      readonly syntax?: JsonSyntaxError & { readonly place: Place; readonly hint?: SyntaxHint };
      readonly document?: IdeaBoxDocument;
      readonly errors: readonly LocatedError[];
      readonly errorTotal: number;
    };

/** JSON when the first visible character opens an object or an array; a restitution text otherwise. */
export function detectFormat(text: string): DraftAnalysis['format'] {
  const first = /\S/.exec(text.replace(/^\uFEFF/, ''))?.[0];
  if (!first) return 'empty';
  return first === '{' || first === '[' ? 'json' : 'text';
}

export function analyzeDraft(text: string): DraftAnalysis {
  const format = detectFormat(text);
  if (format === 'empty') return { format, text };
  return format === 'json' ? analyzeJson(text) : analyzeText(text);
}

function analyzeText(text: string): DraftAnalysis {
  const report = importRestitution(text);
  const lines = lineStarts(text);
  const locate = (note: ImportNote): LocatedNote => ({ note, place: linePlace(text, lines, note.line) });
  const checked = parseDocument(report.document);
  const errors = checked.ok ? [] : checked.errors;
  return {
    format: 'text',
    text,
    report,
    unplaced: report.unplaced.map(locate),
    warnings: report.warnings.map(locate),
    document: checked.ok ? checked.value : undefined,
    // Paths into a document the author did not write: no place in the text to send them to.
    errors: errors.slice(0, MAX_LISTED).map((error) => ({ error, steps: describePath(report.document, error.path) })),
    errorTotal: errors.length,
  };
}

function analyzeJson(text: string): DraftAnalysis {
  // A byte order mark is not JSON; a space in its place keeps every offset, line and column.
  const json = text.replace(/^\uFEFF/, ' ');
  const syntax = locateJsonError(json);
  if (syntax) {
    const { hint, offset } = explainSyntaxError(json, syntax.offset, syntax.found);
    const lines = lineStarts(text);
    const line = lineOf(lines, offset);
    const place = { line, column: offset - lines[line - 1] + 1, start: offset, end: offset };
    return { format: 'json', text, syntax: { ...syntax, place, ...(hint ? { hint } : {}) }, errors: [], errorTotal: 1 };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // Accepted by the scanner but too deep for this engine's parser: report it at the start.
    const place = { line: 1, column: 1, start: 0, end: 0 };
    return { format: 'json', text, errors: [{ error: { path: '', expected: 'too-deep', received: '…' }, steps: [], place: { ...place, exact: true } }], errorTotal: 1 };
  }
  const parsed = parseDocument(value);
  if (parsed.ok) return { format: 'json', text, document: parsed.value, errors: [], errorTotal: 0 };
  const lines = lineStarts(text);
  const listed = parsed.errors.slice(0, MAX_LISTED);
  const positions = locatePaths(json, listed.map((error) => error.path));
  const errors = listed.map((error): LocatedError => {
    const steps = describePath(value, error.path);
    const position = positions.get(error.path);
    if (!position) return { error, steps };
    const line = lineOf(lines, position.offset);
    const column = position.offset - lines[line - 1] + 1;
    return { error, steps, place: { line, column, start: position.offset, end: lineEnd(text, lines, line), exact: position.exact } };
  });
  // In the order of the text, as an author reads it; an error without a place last.
  errors.sort((a, b) => (a.place?.start ?? Infinity) - (b.place?.start ?? Infinity));
  return { format: 'json', text, errors, errorTotal: parsed.errors.length };
}

/** Offsets where each line starts; "\r\n", "\n" and "\r" each end a line (as the importer and json-lines count). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

/** The 1-based line of an offset (a binary search in the line starts). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * Where the values at several JSON paths start, in one pass over a text that `JSON.parse` accepts; for a
 * missing key, its deepest existing parent (`exact: false`). The same answers as `locatePath`
 * (src/model/json-lines.ts, a duplicated key counting once, last one winning, as in `JSON.parse`), without
 * building the whole tree once per path: a 9 MB document with 50 errors is located in well under a second.
 */
export function locatePaths(text: string, paths: readonly string[]): Map<string, { offset: number; exact: boolean }> {
  const wanted = new Set<string>();
  for (const path of paths) {
    const keys = parsePath(path);
    for (let depth = 0; depth <= keys.length; depth += 1) wanted.add(formatPath('', keys.slice(0, depth)));
  }
  const found = new Map<string, number>();
  const record = (path: string, offset: number) => {
    if (wanted.has(path)) found.set(path, offset);
  };
  const frames: { path: string; array: boolean; index: number }[] = [];
  let next = ''; // the path of the value that starts next
  let expectingKey = false;
  const length = text.length;
  for (let index = 0; index < length; ) {
    const char = text[index];
    if (char === '"') {
      const start = index;
      for (index += 1; text[index] !== '"'; index += text[index] === '\\' ? 2 : 1);
      index += 1;
      if (expectingKey) {
        next = formatPath(frames.at(-1)!.path, [JSON.parse(text.slice(start, index)) as string]);
        expectingKey = false;
      } else record(next, start);
    } else if (char === '{' || char === '[') {
      record(next, index);
      frames.push({ path: next, array: char === '[', index: 0 });
      if (char === '[') next = `${next}[0]`;
      else expectingKey = true;
      index += 1;
    } else if (char === '}' || char === ']') {
      frames.pop();
      expectingKey = false;
      index += 1;
    } else if (char === ',') {
      const frame = frames.at(-1)!;
      if (frame.array) {
        frame.index += 1;
        next = `${frame.path}[${frame.index}]`;
      } else expectingKey = true;
      index += 1;
    } else if (char === ':' || char === ' ' || char === '\n' || char === '\r' || char === '\t') {
      index += 1;
    } else {
      // A number, true, false or null: up to the next delimiter.
      record(next, index);
      while (index < length && !',]} \n\r\t'.includes(text[index])) index += 1;
    }
  }
  const positions = new Map<string, { offset: number; exact: boolean }>();
  for (const path of paths) {
    const keys = parsePath(path);
    for (let depth = keys.length; depth >= 0; depth -= 1) {
      const offset = found.get(formatPath('', keys.slice(0, depth)));
      if (offset !== undefined) {
        positions.set(path, { offset, exact: depth === keys.length });
        break;
      }
    }
  }
  return positions;
}

/** The end of a 1-based line, before its line break and the trailing characters `trailing` matches. */
function lineEnd(text: string, starts: readonly number[], line: number, trailing = /[\s,]/): number {
  const next = starts[line];
  let end = next === undefined ? text.length : next;
  while (end > starts[line - 1] && trailing.test(text[end - 1])) end -= 1;
  return end;
}

/** The whole of a 1-based line, without its indentation. */
function linePlace(text: string, starts: readonly number[], line: number): Place {
  const lineStart = starts[Math.min(line, starts.length) - 1] ?? 0;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0].length;
  const start = lineStart + indent;
  return { line, column: indent + 1, start, end: Math.max(start, lineEnd(text, starts, line, /\s/)) };
}
