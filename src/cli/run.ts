/**
 * The `boite-a-idees` command line, for data authors: `validate FILE…` and `import FILE`.
 * Its input and output come through `CliIo`, so this module needs no Node types and tests can drive it;
 * `src/cli/boite-a-idees.mjs` plugs in Node's file system and streams.
 */
import { decodeBytes, MAX_FILE_BYTES } from '../model/decode-bytes.js';
import { importNoteReason, importRestitution } from '../model/import-restitution.js';
import { parseDocument } from '../model/parse-document.js';
import { describeDuplicateKey, describeJsonSyntaxError, describeUndecodable, readJson, type TextPosition } from '../model/source-text.js';
import type { Lang } from '../shared/labels.js';
import { formatValidationError } from '../shared/messages.js';
import { messagesFor } from './messages.js';
import { escapeForTerminal } from './terminal.js';

export interface CliIo {
  /**
   * The file's bytes; rejects with a Node-style error (`code: 'ENOENT'`…) when it cannot, and with
   * `code: 'EFBIG'` and its `size` when it holds more than `maxBytes`, before reading it.
   */
  readBytes(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Standard output. */
  out(text: string): void;
  /** Standard error. */
  err(text: string): void;
}

/** 0: all good; 1: a file has problems; 2: the command line itself is wrong. */
export type ExitCode = 0 | 1 | 2;

export async function runCli(args: readonly string[], unsafeIo: CliIo): Promise<ExitCode> {
  const io: CliIo = { ...unsafeIo, out: (text) => unsafeIo.out(escapeForTerminal(text)), err: (text) => unsafeIo.err(escapeForTerminal(text)) };
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
  return fail(io, words.usageError(words.unknownCommand(parsed.command!)));
}

function fail(io: CliIo, message: string): ExitCode {
  io.err(`${message}\n`);
  return 2;
}

interface Args {
  command?: string;
  files: string[];
  lang: Lang;
  help: boolean;
  error?: string;
}

function parseArgs(args: readonly string[]): Args {
  const parsed: Args = { files: [], lang: 'fr', help: false };
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
  for (const arg of rest) {
    if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && (arg === '-h' || arg === '--help')) parsed.help = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-') parsed.error ??= messagesFor(parsed.lang).unknownOption(arg);
    else if (!parsed.command) parsed.command = arg;
    else parsed.files.push(arg);
  }
  return parsed;
}

/**
 * Reads a file as text (`decodeBytes`: UTF-8, or UTF-16 with a byte order mark), or prints why it cannot be
 * read (with `print`: stdout for validate, stderr for import): too large, not found, not text…
 */
async function read(file: string, lang: Lang, io: CliIo, print: (text: string) => void): Promise<string | undefined> {
  const words = messagesFor(lang);
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(file, MAX_FILE_BYTES);
  } catch (error) {
    const { code, size } = (error ?? {}) as { code?: unknown; size?: number };
    const reason =
      code === 'ENOENT'
        ? words.notFound
        : code === 'EISDIR'
          ? words.isDirectory
          : code === 'EACCES'
            ? words.denied
            : code === 'EFBIG'
              ? words.tooLarge(size ?? 0, MAX_FILE_BYTES)
              : String((error as Error)?.message ?? error);
    print(`${file}: ${words.unreadable(reason)}\n`);
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return decoded.text;
  const { position, message } = describeUndecodable(bytes, decoded.encoding, lang);
  print(`${file}:${position.line}:${position.column}: ${message}\n`);
  return undefined;
}

/**
 * Prints each problem as `FILE:LINE:COL: path : attendu …, reçu …` on stdout (a report, as linters do);
 * true when the document is valid.
 */
async function validateFile(file: string, lang: Lang, io: CliIo): Promise<boolean> {
  const words = messagesFor(lang);
  const text = await read(file, lang, io, io.out);
  if (text === undefined) return false;
  if (!text.trim()) {
    io.out(`${file}:1:1: ${words.empty}\n`);
    return false;
  }
  const json = readJson(text);
  if (!json.ok) {
    const { syntax } = json;
    io.out(`${file}:${syntax.line}:${syntax.column}: ${words.badJson(describeJsonSyntaxError(syntax, lang))}\n`);
    return false;
  }
  const result = parseDocument(json.value);
  if (result.ok && !json.duplicates.length) {
    io.out(`${words.valid(file, result.value.chantiers.length)}\n`);
    return true;
  }
  const errors = result.ok ? [] : result.errors;
  const positions = json.locate(errors.map((error) => error.path));
  const start = { offset: 0, line: 1, column: 1 };
  const problems: { position: TextPosition; message: string }[] = [
    ...json.duplicates.map((duplicate) => ({ position: duplicate.position, message: describeDuplicateKey(duplicate, lang) })),
    ...errors.map((error) => ({ position: positions.get(error.path) ?? start, message: formatValidationError(error, lang) })),
  ];
  // In the order of the file, as linters print.
  problems.sort((a, b) => a.position.offset - b.position.offset);
  for (const { position, message } of problems) io.out(`${file}:${position.line}:${position.column}: ${message}\n`);
  // Only the first errors are kept (MAX_ERRORS); the others are counted, and said.
  if (!result.ok && result.errorCount > result.errors.length) io.out(`${words.moreErrors(file, result.errorCount - result.errors.length)}\n`);
  return false;
}

/** The document on stdout; the lines it could not place, those to check (« à vérifier ») and the counts on stderr. */
async function importFile(file: string, lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = messagesFor(lang);
  const text = await read(file, lang, io, io.err);
  if (text === undefined) return 1;
  // A JSON document given by mistake would be "imported" as a text: 244 lines of nonsense. Say what it is.
  if (/^\s*[[{]/.test(text)) {
    io.err(`${words.isJson(file)}\n`);
    return 1;
  }
  const result = importRestitution(text);
  io.out(`${JSON.stringify(result.document, null, 2)}\n`);
  for (const entry of result.unplaced) io.err(`${words.note(`${file}:${entry.line}`, importNoteReason(entry, lang), entry.text.trim())}\n`);
  for (const entry of result.warnings) io.err(`${words.warn(`${file}:${entry.line}`, importNoteReason(entry, lang), entry.text.trim())}\n`);
  io.err(`${words.counts(result.linesRead, result.placed, result.warnings.length, result.unplaced.length)}\n`);
  const check = parseDocument(result.document);
  if (check.ok) return 0;
  io.err(`${words.importInvalid}\n`);
  for (const error of check.errors) io.err(`  ${formatValidationError(error, lang)}\n`);
  if (check.errorCount > check.errors.length) io.err(`${words.moreErrors(file, check.errorCount - check.errors.length)}\n`);
  return 1;
}
