/**
 * The `boite-a-idees` command line, for data authors: `validate FILE…` and `import FILE`.
 * Its input and output come through `CliIo`, so this module needs no Node types and tests can drive it;
 * `src/cli/boite-a-idees.mjs` plugs in Node's file system and streams.
 */
import { importNoteReason, importRestitution } from '../model/import-restitution.js';
import { runFlux, runSuivi } from './suivi.js';
import { locateJsonError, locatePath } from '../model/json-lines.js';
import { parseDocument } from '../model/parse-document.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { formatValidationError, type Lang } from '../shared/labels.js';
import { messagesFor } from './messages.js';

export interface CliIo {
  /** The file's text (UTF-8); rejects with a Node-style error (`code: 'ENOENT'`…) when it cannot. */
  readText(path: string): Promise<string>;
  /** The file's bytes, for files whose encoding is not known in advance (a spreadsheet's CSV). */
  readBytes(path: string): Promise<Uint8Array>;
  /** Standard output. */
  out(text: string): void;
  /** Standard error. */
  err(text: string): void;
}

/** 0: all good; 1: a file has problems; 2: the command line itself is wrong. */
export type ExitCode = 0 | 1 | 2;

export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(args);
  const words = messagesFor(parsed.lang);
  if (parsed.help) {
    io.out(words.usage);
    return 0;
  }
  const usageError = parsed.error ?? (!parsed.command ? words.noCommand : undefined);
  if (usageError) {
    io.err(`${words.usageError(usageError)}\n`);
    return 2;
  }
  if (parsed.command === 'validate') {
    if (!parsed.files.length) return fail(io, words.usageError(words.noFile));
    let status: ExitCode = 0;
    for (const file of parsed.files) if (!(await validateFile(file, parsed.lang, io))) status = 1;
    return status;
  }
  if (parsed.command === 'import') {
    if (parsed.files.length !== 1) return fail(io, words.usageError(parsed.files.length ? words.oneFile : words.noFile));
    return importFile(parsed.files[0], parsed.lang, io);
  }
  if (parsed.command === 'suivi') {
    if (parsed.files.length !== 2) return fail(io, words.usageError(words.suiviFiles));
    return runSuivi(parsed.files[0], parsed.files[1], parsed.lang, io);
  }
  if (parsed.command === 'flux') {
    if (parsed.files.length !== 1) return fail(io, words.usageError(parsed.files.length ? words.oneFile : words.noFile));
    if (!parsed.values.base) return fail(io, words.usageError(words.noBase));
    return runFlux(parsed.files[0], parsed.values, parsed.lang, io);
  }
  return fail(io, words.usageError(words.unknownCommand(parsed.command!)));
}

function fail(io: CliIo, message: string): ExitCode {
  io.err(`${message}\n`);
  return 2;
}

/** Options that take a value (`--base URL` or `--base=URL`). */
const VALUE_OPTIONS = ['base', 'self', 'id'] as const;
export type OptionValues = Partial<Record<(typeof VALUE_OPTIONS)[number], string>>;

interface Args {
  command?: string;
  files: string[];
  values: OptionValues;
  lang: Lang;
  help: boolean;
  error?: string;
}

function parseArgs(args: readonly string[]): Args {
  const parsed: Args = { files: [], values: {}, lang: 'fr', help: false };
  const rest = [...args];
  // The language comes first, so that even an error about another argument is worded in it.
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index];
    const value = arg === '--lang' ? rest[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    rest.splice(index, arg === '--lang' ? 2 : 1);
    index -= 1;
    if (value === 'fr' || value === 'en') parsed.lang = value;
    else parsed.error ??= messagesFor(parsed.lang).badLang(value);
  }
  let onlyFiles = false;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index];
    const option = !onlyFiles && VALUE_OPTIONS.find((name) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (option) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[(index += 1)];
      if (value === undefined || value === '') parsed.error ??= messagesFor(parsed.lang).needsValue(`--${option}`);
      else parsed.values[option] = value;
      continue;
    }
    if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && (arg === '-h' || arg === '--help')) parsed.help = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-') parsed.error ??= messagesFor(parsed.lang).unknownOption(arg);
    else if (!parsed.command) parsed.command = arg;
    else parsed.files.push(arg);
  }
  return parsed;
}

/** Reads a file, or prints why it cannot be read (with `print`: stdout for validate, stderr for import). */
export async function read(file: string, lang: Lang, io: CliIo, print: (text: string) => void): Promise<string | undefined> {
  // A byte order mark is not text: editors do not count it in columns, and JSON.parse refuses it.
  return (await readWith(() => io.readText(file), file, lang, print))?.replace(/^\uFEFF/, '');
}

/** Runs a read, or prints why the file cannot be read and gives `undefined`. */
export async function readWith<T>(reader: () => Promise<T>, file: string, lang: Lang, print: (text: string) => void): Promise<T | undefined> {
  const words = messagesFor(lang);
  try {
    return await reader();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      code === 'ENOENT' ? words.notFound : code === 'EISDIR' ? words.isDirectory : code === 'EACCES' ? words.denied : String((error as Error)?.message ?? error);
    print(`${file}: ${words.unreadable(reason)}\n`);
    return undefined;
  }
}

/**
 * Prints each problem as `FILE:LINE:COL: path : attendu …, reçu …` on stdout (a report, as linters do);
 * true when the document is valid.
 */
async function validateFile(file: string, lang: Lang, io: CliIo): Promise<boolean> {
  const loaded = await loadDocument(file, lang, io, io.out);
  if (loaded) io.out(`${messagesFor(lang).valid(file, loaded.document.chantiers.length)}\n`);
  return loaded !== undefined;
}

/**
 * Reads and checks a document, printing each problem as `FILE:LINE:COL: …`. When it is valid: the checked
 * document, and the JSON as written (texts untrimmed, keys in their order), to change and write back.
 */
export async function loadDocument(
  file: string,
  lang: Lang,
  io: CliIo,
  print: (text: string) => void,
): Promise<{ document: IdeaBoxDocument; raw: IdeaBoxDocument } | undefined> {
  const words = messagesFor(lang);
  const text = await read(file, lang, io, print);
  if (text === undefined) return undefined;
  if (!text.trim()) {
    print(`${file}:1:1: ${words.empty}\n`);
    return undefined;
  }
  const syntax = locateJsonError(text);
  if (syntax) {
    print(`${file}:${syntax.line}:${syntax.column}: ${words.badJson(showCharacter(syntax.found, lang))}\n`);
    return undefined;
  }
  const result = parseDocument(JSON.parse(text));
  if (result.ok) return { document: result.value, raw: JSON.parse(text) as IdeaBoxDocument };
  for (const error of result.errors) {
    const where = locatePath(text, error.path) ?? { line: 1, column: 1 };
    print(`${file}:${where.line}:${where.column}: ${formatValidationError(error, lang)}\n`);
  }
  return undefined;
}

/** A character as a reader can see it: `« } »`, or `U+000A` for an invisible one. */
export function showCharacter(found: string, lang: Lang): string {
  if (!found) return '';
  const code = found.codePointAt(0)!;
  return code <= 0x20 || code === 0x7f || code === 0xfeff
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : messagesFor(lang).quote(found);
}

/** The document on stdout; the lines it could not place, warnings and counts on stderr. */
async function importFile(file: string, lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = messagesFor(lang);
  const text = await read(file, lang, io, io.err);
  if (text === undefined) return 1;
  const result = importRestitution(text);
  io.out(`${JSON.stringify(result.document, null, 2)}\n`);
  for (const entry of result.unplaced) io.err(`${words.note(`${file}:${entry.line}`, importNoteReason(entry.code, lang), entry.text.trim())}\n`);
  for (const entry of result.warnings) io.err(`${words.warn(`${file}:${entry.line}`, importNoteReason(entry.code, lang), entry.text.trim())}\n`);
  io.err(`${words.counts(result.linesRead, result.placed, result.unplaced.length)}\n`);
  const check = parseDocument(result.document);
  if (check.ok) return 0;
  io.err(`${words.importInvalid}\n`);
  for (const error of check.errors) io.err(`  ${formatValidationError(error, lang)}\n`);
  return 1;
}
