/**
 * The follow-up commands: `suivi CSV DOCUMENT` merges the officer's spreadsheet into the document (written
 * on stdout, the report on stderr), and `flux DOCUMENT --base URL` writes the Atom feed of the steps.
 */
import { atomFeed } from '../model/atom-feed.js';
import { decodeText } from '../model/decode-text.js';
import { parseDocument } from '../model/parse-document.js';
import { mergeSuiviCsv, suiviNoteReason } from '../model/suivi-csv.js';
import { serverPermalink } from '../boite-a-idees/view-state.js';
import type { Lang } from '../shared/labels.js';
import { formatValidationError } from '../shared/messages.js';
import { messagesFor } from './messages.js';
import { loadDocument, readFileBytes, type CliIo, type ExitCode, type OptionValues } from './run.js';

/**
 * Merges a CSV of follow-up rows into a document. Exit status 1 when a row was left out (each is reported
 * as `FILE:LINE: …`), the CSV's bytes are not text, or a file cannot be read; the document is written
 * whenever the files could be read, with every row that could be merged.
 */
export async function runSuivi(csvFile: string, documentFile: string, lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = messagesFor(lang);
  const loaded = await loadDocument(documentFile, lang, io, io.err);
  const bytes = await readFileBytes(csvFile, lang, io, io.err);
  if (!loaded || !bytes) return 1;

  const decoded = decodeText(bytes);
  if (decoded.badLines.length) {
    for (const line of decoded.badLines) io.err(`${csvFile}:${line}: ${suiviNoteReason('bad-bytes', lang)}\n`);
    return 1;
  }
  if (decoded.encoding !== 'utf-8') io.err(`${csvFile}: ${words.readAs(decoded.encoding)}\n`);

  const result = mergeSuiviCsv(decoded.text, loaded.raw);
  for (const note of result.notes) {
    const value = note.value ? ` : ${words.quote(note.value)}` : '';
    const hint = note.hint ? ` ${note.code === 'unknown-id' ? words.didYouMean(note.hint) : words.known(note.hint)}` : '';
    io.err(`${csvFile}:${note.line}: ${suiviNoteReason(note.code, lang)}${value}${hint}\n`);
  }
  const check = parseDocument(result.document);
  if (!check.ok) {
    // Cannot happen with checked rows; said plainly rather than written out invalid.
    io.err(`${words.mergeInvalid}\n`);
    for (const error of check.errors) io.err(`  ${formatValidationError(error, lang)}\n`);
    return 1;
  }
  io.out(`${JSON.stringify(result.document, null, 2)}\n`);
  const rejected = result.rowsRead - result.merged;
  io.err(`${words.suiviCounts(result.rowsRead, result.merged, rejected, result.stepsAdded, result.stepsKnown, result.updated)}\n`);
  return rejected > 0 || result.notes.some((note) => note.rejected) ? 1 : 0;
}

/** Writes the Atom feed of the steps; exit status 1 when the document cannot be read or the URL is wrong. */
export async function runFlux(documentFile: string, values: OptionValues, lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = messagesFor(lang);
  const base = absoluteHttpUrl(values.base!);
  const self = values.self === undefined ? undefined : absoluteHttpUrl(values.self);
  if (!base || (values.self !== undefined && !self)) {
    io.err(`${words.usageError(words.badUrl(!base ? values.base! : values.self!))}\n`);
    return 2;
  }
  const loaded = await loadDocument(documentFile, lang, io, io.err);
  if (!loaded) return 1;
  const urlKey = values.id || 'boite';
  const feed = atomFeed(loaded.document, {
    base,
    self,
    // The box's own permalink to a chantier, so the link opens it in the page (its `id`, like --id of render).
    linkOf: (id) => new URL(serverPermalink(urlKey, id), base).href,
    today: new Date().toISOString().slice(0, 10),
  });
  io.out(feed.xml);
  for (const path of feed.replaced) io.err(`${documentFile}: ${words.notXml(path)}\n`);
  io.err(`${words.fluxCount(feed.entries)}\n`);
  return 0;
}

function absoluteHttpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
