/**
 * What the workshop makes of a draft: its format (restitution text or JSON, detected from its first
 * character), the document it gives, and every problem with the place in the draft it points to, as an
 * offset the textarea's caret can be moved to. Pure: no DOM; it runs in the analysis Worker
 * (analysis-worker.ts), and its result crosses to the page by structured clone.
 */
import { importRestitution, type ImportNote, type ImportResult } from '../model/import-restitution.js';
import { parseDocument, type ValidationError } from '../model/parse-document.js';
import { LineIndex, readJson, type DuplicateKey, type JsonSyntaxError, type TextPosition } from '../model/source-text.js';
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

/**
 * A validation error or a key written twice, and for JSON input where its value starts (`exact: false`: its
 * parent object).
 */
export interface LocatedError {
  readonly error: ValidationError | DuplicateKey;
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
  const lines = new LineIndex(text);
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
    errorTotal: checked.ok ? 0 : checked.errorCount,
  };
}

function analyzeJson(text: string): DraftAnalysis {
  // A byte order mark is not JSON; a space in its place keeps every offset, line and column.
  const json = text.replace(/^\uFEFF/, ' ');
  const reading = readJson(json);
  const lines = new LineIndex(text);
  if (!reading.ok) {
    const { syntax } = reading;
    const { hint, offset } = syntax.tooDeep ? { hint: undefined, offset: syntax.offset } : explainSyntaxError(json, syntax.offset, syntax.found);
    const { line, column } = lines.position(offset);
    const place = { line, column, start: offset, end: offset };
    return { format: 'json', text, syntax: { ...syntax, place, ...(hint ? { hint } : {}) }, errors: [], errorTotal: 1 };
  }
  const { value, duplicates } = reading;
  const parsed = parseDocument(value);
  const validation = parsed.ok ? [] : parsed.errors;
  // A key written twice is an error too: the download would keep only one of its values.
  const errorTotal = duplicates.length + (parsed.ok ? 0 : parsed.errorCount);
  if (parsed.ok && !errorTotal) return { format: 'json', text, document: parsed.value, errors: [], errorTotal: 0 };
  const listed = validation.slice(0, Math.max(0, MAX_LISTED - duplicates.length));
  const positions = reading.locate(listed.map((error) => error.path));
  const place = (position: TextPosition, exact: boolean): LocatedError['place'] => ({
    line: position.line,
    column: position.column,
    start: position.offset,
    end: lineEnd(text, lines, position.line),
    exact,
  });
  const errors: LocatedError[] = [
    ...duplicates.slice(0, MAX_LISTED).map((duplicate) => ({ error: duplicate, steps: describePath(value, duplicate.path), place: place(duplicate.position, true) })),
    ...listed.map((error): LocatedError => {
      const steps = describePath(value, error.path);
      const position = positions.get(error.path);
      return position ? { error, steps, place: place(position, position.exact) } : { error, steps };
    }),
  ];
  // In the order of the text, as an author reads it; an error without a place last.
  errors.sort((a, b) => (a.place?.start ?? Infinity) - (b.place?.start ?? Infinity));
  return { format: 'json', text, errors, errorTotal };
}

/** The end of a 1-based line, before its line break and the trailing characters `trailing` matches. */
function lineEnd(text: string, lines: LineIndex, line: number, trailing = /[\s,]/): number {
  const start = lines.start(line);
  let end = lines.end(line);
  while (end > start && trailing.test(text[end - 1])) end -= 1;
  return end;
}

/** The whole of a 1-based line, without its indentation. */
function linePlace(text: string, lines: LineIndex, line: number): Place {
  const lineStart = lines.start(line);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0].length;
  const start = lineStart + indent;
  return { line, column: indent + 1, start, end: Math.max(start, lineEnd(text, lines, line, /\s/)) };
}
