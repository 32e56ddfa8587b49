/**
 * The follow-up from the officer's spreadsheet: a CSV with one row per step, French headers (`id`, `statut`,
 * `progression`, `porteur`, `date`, `etape`), merged into an idea box document. Every row is either merged
 * or reported with its line and the reason; nothing is dropped without a word.
 *
 * Runs in Node (the `boite-a-idees suivi` command) and in the browser (the authoring page): no Node API.
 * PapaParse reads the CSV (quoted fields, separators and line breaks inside quotes, CRLF); it was chosen
 * over csv-parse, which stops at the first malformed row and places an unclosed quote at the end of the
 * file, and over d3-dsv, which reports neither. It stays out of the embed bundle: only the command line and
 * the authoring page import this module.
 */
import Papa from 'papaparse';
import { fold, slugify } from './fold.js';
import { isRealDate } from './schema.js';
import { ATTEINT_VALUES } from './schema.js';
import { criteresOf } from './suivi-rules.js';
import { statutsOf } from './suivi.js';
import type { Critere, Etape, IdeaBoxDocument, Statut, Suivi } from './types.js';
import { editDistance } from './edit-distance.js';

/**
 * The columns, by their folded header; `etape` is the step's text. Besides them, `critère 1`, `critère 2`…
 * assess the chantier's success criteria in their order (`oui`, `en partie` or `non`, then `: note`).
 */
export const SUIVI_COLUMNS = ['id', 'statut', 'progression', 'porteur', 'date', 'etape'] as const;
type Column = (typeof SUIVI_COLUMNS)[number] | `critere${number}`;

/** Why a line is reported. */
export type SuiviNoteCode =
  | 'empty-file'
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-column'
  | 'unclosed-quote'
  | 'extra-cells'
  | 'missing-id'
  | 'unknown-id'
  | 'missing-date'
  | 'bad-date'
  | 'short-year'
  | 'unknown-statut'
  | 'bad-progression'
  | 'bad-critere'
  | 'unknown-critere'
  | 'incomplete-criteres'
  | 'nothing-to-merge'
  | 'bad-bytes';

export interface SuiviNote {
  /** 1-based line of the file where the row (or the header) starts. */
  readonly line: number;
  readonly code: SuiviNoteCode;
  /** The value at fault, as written (a column name, an id, a date…); empty when there is none. */
  readonly value: string;
  /** True when the row is left out of the merge; false for a remark on a merged row or the header. */
  readonly rejected: boolean;
  /** What would be right: the known statuses, or the known id closest to an unknown one. */
  readonly hint?: string;
}

/** One row of the spreadsheet, checked: the step of a chantier and what it says of its state. */
export interface SuiviRow {
  readonly line: number;
  readonly id: string;
  readonly date: string;
  readonly statut?: string;
  readonly progression?: number;
  readonly porteur?: string;
  readonly etape?: string;
  /** Criteria assessed on this row, by their index in the chantier's list (0 for `critère 1`). */
  readonly criteres?: ReadonlyMap<number, Critere>;
}

export interface SuiviMergeResult {
  /** The document with the rows merged in; the input document is left as it was. */
  readonly document: IdeaBoxDocument;
  /** The separator found in the header line. */
  readonly separator: string;
  /** Rows holding something (blank lines aside), the header excluded. */
  readonly rowsRead: number;
  /** Rows merged; the others were rejected, each with a note (or, when the header is unusable, one note there). */
  readonly merged: number;
  readonly notes: readonly SuiviNote[];
  /** Steps added, and steps the document already had (same date, same text): merging twice adds nothing. */
  readonly stepsAdded: number;
  readonly stepsKnown: number;
  /** Ids of the chantiers whose follow-up changed, in the document's order. */
  readonly updated: readonly string[];
}

const WORDS: Record<'fr' | 'en', Record<SuiviNoteCode, string>> = {
  fr: {
    'empty-file': 'le fichier ne contient aucune ligne',
    'missing-column': 'colonne obligatoire absente de la ligne d’en-tête (id, date, puis statut, progression, porteur, etape)',
    'duplicate-column': 'colonne en double dans la ligne d’en-tête : rien n’est fusionné',
    'unknown-column': 'colonne inconnue, ignorée (colonnes lues : id, statut, progression, porteur, date, etape, critère 1, critère 2…)',
    'unclosed-quote': 'guillemet ouvert jamais refermé : la suite du fichier est lue comme un seul champ, ligne non fusionnée',
    'extra-cells': 'plus de cellules que de colonnes (un séparateur dans un texte sans guillemets ?), ligne non fusionnée',
    'missing-id': 'identifiant de chantier manquant, ligne non fusionnée',
    'unknown-id': 'aucun chantier du document n’a cet identifiant, ligne non fusionnée',
    'missing-date': 'date manquante, ligne non fusionnée',
    'bad-date': 'date illisible ou inexistante (attendu AAAA-MM-JJ ou JJ/MM/AAAA), ligne non fusionnée',
    'short-year': 'année sur deux chiffres, siècle incertain (écrivez JJ/MM/AAAA), ligne non fusionnée',
    'unknown-statut': 'statut inconnu du document, ligne non fusionnée',
    'bad-progression': 'progression illisible (attendu un nombre de 0 à 100, « 45 » ou « 45 % »), ligne non fusionnée',
    'bad-critere': 'critère illisible (attendu « oui », « en partie » ou « non », puis « : note » si besoin), ligne non fusionnée',
    'unknown-critere': 'ce chantier n’a pas autant de critères de réussite, ligne non fusionnée',
    'incomplete-criteres': 'critère non évalué : la première évaluation d’un chantier donne tous ses critères, ligne non fusionnée',
    'nothing-to-merge': 'ni statut, ni progression, ni porteur, ni étape, ni critère : rien à fusionner',
    'bad-bytes': 'octets qui ne sont ni de l’UTF-8 ni du Windows-1252 : vérifiez l’encodage du fichier',
  },
  en: {
    'empty-file': 'the file holds no line',
    'missing-column': 'required column missing from the header line (id, date, then statut, progression, porteur, etape)',
    'duplicate-column': 'column twice in the header line: nothing is merged',
    'unknown-column': 'unknown column, ignored (columns read: id, statut, progression, porteur, date, etape, critère 1, critère 2…)',
    'unclosed-quote': 'quote opened and never closed: the rest of the file reads as one field, row not merged',
    'extra-cells': 'more cells than columns (a separator in an unquoted text?), row not merged',
    'missing-id': 'chantier id missing, row not merged',
    'unknown-id': 'no chantier of the document has this id, row not merged',
    'missing-date': 'date missing, row not merged',
    'bad-date': 'unreadable or impossible date (expected YYYY-MM-DD or DD/MM/YYYY), row not merged',
    'short-year': 'two-digit year, century unknown (write DD/MM/YYYY), row not merged',
    'unknown-statut': 'status unknown to the document, row not merged',
    'bad-progression': 'unreadable progress (expected a number from 0 to 100, "45" or "45 %"), row not merged',
    'bad-critere': 'unreadable criterion (expected "oui", "en partie" or "non", then ": note" if needed), row not merged',
    'unknown-critere': 'this chantier has fewer success criteria, row not merged',
    'incomplete-criteres': 'criterion not assessed: a chantier\'s first assessment gives all its criteria, row not merged',
    'nothing-to-merge': 'no status, progress, carrier, step or criterion: nothing to merge',
    'bad-bytes': 'bytes that are neither UTF-8 nor Windows-1252: check the file’s encoding',
  },
};

/** A note's reason in words. */
export const suiviNoteReason = (code: SuiviNoteCode, lang: 'fr' | 'en'): string => WORDS[lang][code];

/** The header's separator: `;` (French spreadsheets), a tab, or `,`, whichever the header line holds. */
function separatorOf(headerLine: string): string {
  return headerLine.includes(';') ? ';' : headerLine.includes('\t') ? '\t' : ',';
}

/** `2026-03-12`, `12/03/2026`, `12.03.2026` or `12-03-2026` (day first, as French spreadsheets write it). */
export function readDate(value: string): { date: string } | { error: 'bad-date' | 'short-year' } {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  let parts: [string, string, string] | undefined;
  if (iso) parts = [iso[1], iso[2], iso[3]];
  else if (french) {
    if (french[3].length === 2) return { error: 'short-year' };
    parts = [french[3], french[2], french[1]];
  }
  if (!parts) return { error: 'bad-date' };
  const date = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
  return isRealDate(date) ? { date } : { error: 'bad-date' };
}

/** `45`, `45 %`, `45%`, `37,5` or `37.5` → a number from 0 to 100; `undefined` otherwise. */
export function readProgression(value: string): number | undefined {
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(value.trim().replace(/[\u00a0\u202f]/g, ' '));
  if (!match) return undefined;
  const number = Number(match[1].replace(',', '.'));
  return number >= 0 && number <= 100 ? number : undefined;
}

/** A status by its key or its wording, as people type it ("En cours", "en cours", "EN-COURS", "réalisé"). */
export function readStatut(value: string, statuts: readonly Statut[]): string | undefined {
  const wanted = slugify(value);
  return statuts.find((statut) => statut.cle === wanted || slugify(statut.libelle) === wanted)?.cle;
}

/** `oui`, `En partie : trois quartiers sur cinq`, `non — un seul bailleur`: an assessment and its note. */
export function readCritere(value: string): Critere | undefined {
  const match = /^\s*(oui|en partie|non)\s*(?:[:—–-]\s*([\s\S]*\S))?\s*$/i.exec(value.replace(/\s+/g, ' '));
  const atteint = match && ATTEINT_VALUES.find((candidate) => fold(candidate) === fold(match[1]));
  if (!atteint) return undefined;
  return match[2] ? { atteint, note: match[2] } : { atteint };
}

/**
 * Reads the rows of a follow-up CSV against a document: its chantier ids and statuses. Returns the rows
 * to merge and the notes; each row holding something is either returned or noted as rejected.
 */
export function readSuiviCsv(text: string, document: IdeaBoxDocument): { rows: SuiviRow[]; notes: SuiviNote[]; rowsRead: number; separator: string } {
  const notes: SuiviNote[] = [];
  const rows: SuiviRow[] = [];
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = /^[^\r\n]*/.exec(source.replace(/^(?:[ \t;,]*\r?\n)+/, ''))![0];
  const separator = separatorOf(firstLine);
  const chantiers = new Map(document.chantiers.map((chantier) => [chantier.id, chantier]));
  const ids = new Set(chantiers.keys());
  const statuts = statutsOf(document);

  const lineAt = lineCounter(source);
  let columns: (Column | undefined)[] | undefined;
  /** Chantiers whose criteria an earlier row assessed in full. */
  const assessedBefore = new Set<string>();
  let fatal = false;
  let rowsRead = 0;
  let start = 0;
  Papa.parse<string[]>(source, {
    delimiter: separator,
    // Each row's first character is where the previous one ended: its line is counted from there.
    step: (result) => {
      const line = lineAt(start);
      const rowStart = start;
      start = result.meta.cursor;
      // A line break inside a quoted cell is layout: written `\n` whatever the spreadsheet's line ends.
      const cells = result.data.map((cell) => cell.trim().replace(/\r\n?/g, '\n'));
      const quoteError = result.errors.some((error) => error.code === 'MissingQuotes');
      if (!quoteError && cells.every((cell) => cell === '')) return; // a blank line, or `;;;;` from a spreadsheet
      if (!columns) {
        columns = readHeader(cells, line, notes);
        fatal = notes.some((note) => note.rejected); // a required column missing, or one given twice
        return;
      }
      rowsRead += 1;
      const reject = (code: SuiviNoteCode, value = '', hint?: string) => notes.push({ line, code, value, rejected: true, hint });
      if (quoteError) return reject('unclosed-quote', source.slice(rowStart, rowStart + 60).split(/\r?\n/)[0]);
      if (fatal) return;
      if (cells.length > columns.length && cells.slice(columns.length).some((cell) => cell !== '')) {
        return reject('extra-cells', cells.slice(columns.length).filter(Boolean).join(separator));
      }
      const cell = (name: Column) => {
        const index = columns!.indexOf(name);
        return index < 0 ? '' : (cells[index] ?? '');
      };
      const id = cell('id');
      if (!id) return reject('missing-id');
      if (!ids.has(id)) return reject('unknown-id', id, closest(id, ids));
      if (!cell('date')) return reject('missing-date');
      const date = readDate(cell('date'));
      if ('error' in date) return reject(date.error, cell('date'));
      let statut: string | undefined;
      if (cell('statut')) {
        statut = readStatut(cell('statut'), statuts);
        if (!statut) return reject('unknown-statut', cell('statut'), statuts.map((known) => known.libelle).join(', '));
      }
      let progression: number | undefined;
      if (cell('progression')) {
        progression = readProgression(cell('progression'));
        if (progression === undefined) return reject('bad-progression', cell('progression'));
      }
      const porteur = cell('porteur') || undefined;
      const etape = cell('etape') || undefined;
      const chantier = chantiers.get(id)!;
      const count = criteresOf(chantier).length;
      const criteres = new Map<number, Critere>();
      for (const [index, column] of columns.entries()) {
        const number = column?.startsWith('critere') ? Number(column.slice(7)) : 0;
        if (!number || !cells[index]) continue;
        if (number > count) return reject('unknown-critere', `${cells[index]} (${number} > ${count})`);
        const critere = readCritere(cells[index]);
        if (!critere) return reject('bad-critere', cells[index]);
        criteres.set(number - 1, critere);
      }
      // A partial assessment only updates one the document already has: `criteres` lists every criterion.
      if (criteres.size && !chantier.suivi?.criteres && !assessedBefore.has(id)) {
        const missing = Array.from({ length: count }, (_, index) => index).find((index) => !criteres.has(index));
        if (missing !== undefined) return reject('incomplete-criteres', `${missing + 1}`);
      }
      if (criteres.size) assessedBefore.add(id);
      if (statut === undefined && progression === undefined && !porteur && !etape && !criteres.size) return reject('nothing-to-merge', id);
      rows.push({ line, id, date: date.date, statut, progression, porteur, etape, ...(criteres.size && { criteres }) });
    },
  });
  if (fatal) {
    // The header is unusable: every row is left out, and says so once, at the header.
    return { rows: [], notes, rowsRead, separator };
  }
  if (!columns) notes.push({ line: 1, code: 'empty-file', value: '', rejected: false });
  return { rows, notes, rowsRead, separator };
}

function readHeader(cells: readonly string[], line: number, notes: SuiviNote[]): (Column | undefined)[] {
  const columns = cells.map((cell) => {
    const name = fold(cell).replace(/[^a-z0-9]/g, '');
    return (SUIVI_COLUMNS as readonly string[]).includes(name) || /^critere[1-9]\d*$/.test(name) ? (name as Column) : undefined;
  });
  cells.forEach((cell, index) => {
    if (!columns[index] && cell) notes.push({ line, code: 'unknown-column', value: cell, rejected: false });
    else if (columns[index] && columns.indexOf(columns[index]) !== index) notes.push({ line, code: 'duplicate-column', value: cell, rejected: true });
  });
  for (const required of ['id', 'date'] as const) {
    if (!columns.includes(required)) notes.push({ line, code: 'missing-column', value: required, rejected: true });
  }
  return columns;
}

/**
 * The known id nearest to a mistyped one (at most three edits, or one inside the other: "logement-acces"),
 * or `undefined`.
 */
function closest(id: string, ids: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const known of ids) {
    const distance = known.includes(id) || id.includes(known) ? 1 : editDistance(id, known, bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best;
}

/** Line numbers of offsets read in increasing order, in time linear in the text. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at += 1) {
      const character = text[at];
      if (character === '\n' || (character === '\r' && text[at + 1] !== '\n')) line += 1;
    }
    return line;
  };
}

/**
 * Merges checked rows into a copy of the document. Per chantier, the rows count in date order (a later
 * line wins within a day): each step is added once (a step with the same date and text is already there),
 * and the status, progress and carrier are those of the latest row that gives them. `miseAJour` becomes
 * the latest date known. The success criteria, which a spreadsheet row does not carry, are kept.
 */
export function mergeSuiviRows(document: IdeaBoxDocument, rows: readonly SuiviRow[]) {
  const byId = new Map<string, SuiviRow[]>();
  for (const row of rows) {
    if (!byId.has(row.id)) byId.set(row.id, []);
    byId.get(row.id)!.push(row);
  }
  let stepsAdded = 0;
  let stepsKnown = 0;
  const updated: string[] = [];
  const chantiers = document.chantiers.map((chantier) => {
    const own = byId.get(chantier.id);
    if (!own) return chantier;
    const ordered = [...own].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
    const suivi: Suivi = { ...chantier.suivi };
    const etapes: Etape[] = [...(suivi.etapes ?? [])];
    const known = new Set(etapes.map((etape) => `${etape.date}\n${etape.texte}`));
    for (const row of ordered) {
      if (row.statut !== undefined) suivi.statut = row.statut;
      if (row.progression !== undefined) suivi.progression = row.progression;
      if (row.porteur !== undefined) suivi.porteur = row.porteur;
      if (!suivi.miseAJour || row.date > suivi.miseAJour) suivi.miseAJour = row.date;
      if (row.criteres) {
        const criteres = [...(suivi.criteres ?? [])];
        for (const [index, critere] of row.criteres) criteres[index] = critere;
        suivi.criteres = criteres;
      }
      if (row.etape === undefined) continue;
      const key = `${row.date}\n${row.etape}`;
      if (known.has(key)) stepsKnown += 1;
      else {
        known.add(key);
        etapes.push({ date: row.date, texte: row.etape });
        stepsAdded += 1;
      }
    }
    if (etapes.length) suivi.etapes = etapes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    updated.push(chantier.id);
    return { ...chantier, suivi: inDocumentedOrder(suivi) };
  });
  return { document: { ...document, chantiers }, stepsAdded, stepsKnown, updated };
}

/** The follow-up's fields in the documented order, so a merged file reads like a hand-written one. */
function inDocumentedOrder(suivi: Suivi): Suivi {
  const { statut, progression, porteur, miseAJour, etapes, criteres } = suivi;
  return Object.fromEntries(
    Object.entries({ statut, progression, porteur, miseAJour, etapes, criteres }).filter(([, value]) => value !== undefined),
  ) as Suivi;
}

/** Reads a follow-up CSV and merges it into a copy of the document. */
export function mergeSuiviCsv(text: string, document: IdeaBoxDocument): SuiviMergeResult {
  const { rows, notes, rowsRead, separator } = readSuiviCsv(text, document);
  const merge = mergeSuiviRows(document, rows);
  return { ...merge, separator, rowsRead, merged: rows.length, notes };
}
