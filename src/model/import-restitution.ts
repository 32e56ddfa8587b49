/**
 * Reads a restitution written in the seed's template (`data/restitution.txt`, a word-processor export) into
 * an idea box document. Pure text in, plain object out: no DOM, no Node API, so the command line, the
 * authoring page and its Worker share it.
 *
 * Fidelity first: every non-blank line ends up in the document, or is recognised as layout (page headers,
 * page numbers, section headings, a chantier's header repeated on its continuation page), or is reported
 * in `unplaced` with its 1-based line number. Nothing is dropped silently; the importer invents no words
 * (no glossary). A line placed on a guess — a heading read from a near miss, a workshop without its colon,
 * a line attached to the list item above it — is also listed in `warnings`, « à vérifier ».
 *
 * The template, as the seed uses it, and the variants officers type (restitution-headings.ts):
 *   top of the document   "- RESTITUTION DES ATELIERS -", "Rencontre régionale …", presentation paragraphs
 *   page header            "Pays et Quartiers de" / "Nouvelle-Aquitaine" (sometimes "| Pays …")
 *   workshop               "Atelier Logement :" then its question, possibly over several lines
 *   page of a chantier     "Thématique : Logement", `Chantier - "Un accès équitable au logement"`
 *   sections               "Enjeu", "On aura réussi si...", … each followed by paragraphs and bullets
 *
 * Time is linear in the text: one classification pass with bounded look-ahead, one walk, maps instead of
 * searches (test/import-performance.test.ts).
 */
import { fold } from './fold.js';
import { FORMAT_VERSION } from './schema.js';
import { SECTION_KEYS } from './sections.js';
import type { Chantier, IdeaBoxDocument, Rencontre } from './types.js';
import {
  continuesLine,
  isDecoratedTitle,
  isPageNumber,
  listMarker,
  makeLine,
  splitLines,
  startsWithGlyph,
  stripDecoration,
  isMarkedHeading,
  withoutMarkdown,
  unquote,
  type Line,
} from './restitution-lines.js';
import {
  matchHeading,
  parseAtelierLine,
  parseChantierLine,
  parseThemeLine,
  themeFromAtelier,
  type AtelierLine,
  type HeadingMatch,
  type SectionKey,
} from './restitution-headings.js';
import { buildSection, toGouvernance, toSection, type SectionFlag, type SectionLine } from './restitution-sections.js';

export type { SectionKey } from './restitution-headings.js';

import { importNoteReason, type ImportNote, type ImportNoteCode, type ToCheckCode, type UnplacedCode } from './import-notes.js';

export * from './import-notes.js';

export interface ImportResult {
  /** Always a valid document (version 1), possibly with no chantier. */
  document: IdeaBoxDocument;
  /** Non-blank lines of the text; each one is either placed or reported: `linesRead = placed + unplaced.length`. */
  linesRead: number;
  /** Lines whose words are in the document, or that were recognised as the template's layout. */
  placed: number;
  /** Lines kept out of the document, with the reason: the author decides where they belong. */
  unplaced: ImportNote[];
  /** Placed lines to check (« à vérifier »): guesses and contradictions of the template; one note per line. */
  warnings: ImportNote[];
}

const PLACED = 1;
const UNPLACED = 2;

/** Short lines without final punctuation can be a page header; paragraphs end with punctuation. */
const HEADER_LINE_MAX = 60;
/** A title on the line after "Chantier 2" is a short line. */
const TITLE_MAX = 200;

/** What a line is, read on its own (and with a glance at its neighbours). */
type Kind =
  | { type: 'blank' }
  | { type: 'layout' }
  | { type: 'atelier'; atelier: AtelierLine }
  | { type: 'theme'; name: string }
  | { type: 'chantier'; titre: string; titleLine?: number; untitled?: boolean }
  | { type: 'chantier-title' }
  | { type: 'heading'; heading: HeadingMatch }
  | { type: 'marked-heading' }
  | { type: 'text' };

// The kinds most lines have, shared rather than allocated per line (a 100 KB text has thousands).
const BLANK: Kind = { type: 'blank' };
const TEXT: Kind = { type: 'text' };
const LAYOUT: Kind = { type: 'layout' };
const MARKED: Kind = { type: 'marked-heading' };

interface ChantierDraft {
  titre: string;
  key: string;
  thematique: string;
  atelier?: { titre: string; question?: string };
  sections: Map<SectionKey, SectionLine[]>;
}

interface AtelierDraft {
  titre: string;
  lines: Line[];
  question: string[];
  /** The question is the first paragraph after the "Atelier … :" line; a blank line closes it. */
  questionClosed: boolean;
  used: boolean;
  guessed: boolean;
}

export function importRestitution(text: string): ImportResult {
  const lines = splitLines(text);
  const kinds = classify(lines);
  // Per line number: 0 not yet accounted for, PLACED or UNPLACED; and whether it has a note to check.
  const status = new Uint8Array(lines.length + 1);
  const warned = new Uint8Array(lines.length + 1);
  const unplaced: ImportNote[] = [];
  const warnings: ImportNote[] = [];
  const note = (line: Line, code: ImportNoteCode, section?: SectionKey): ImportNote => ({
    line: line.no,
    text: line.raw,
    code,
    ...(section ? { section } : {}),
    reason: importNoteReason({ code, section }, 'fr'),
  });
  const place = (line: Line) => {
    status[line.no] = PLACED;
  };
  const report = (line: Line, code: UnplacedCode) => {
    status[line.no] = UNPLACED;
    unplaced.push(note(line, code));
  };
  const check = (line: Line, code: ToCheckCode, section?: SectionKey) => {
    if (warned[line.no]) return;
    warned[line.no] = 1;
    warnings.push(note(line, code, section));
  };

  const header = findPageHeader(lines, kinds);
  const chantiers: ChantierDraft[] = [];
  const byKey = new Map<string, ChantierDraft>();
  const top: SectionLine[] = [];
  let inTop = true;
  let atelier: AtelierDraft | undefined;
  let pendingTheme: { name: string; line: Line } | undefined;
  let current: ChantierDraft | undefined;
  let section: SectionKey | 'unknown' | undefined;
  const sectionLines = () => (current && section && section !== 'unknown' ? current.sections.get(section)! : undefined);

  const closeAtelier = () => {
    if (!atelier) return;
    for (const line of atelier.lines) {
      if (atelier.used) place(line);
      else report(line, 'atelier-without-chantier');
    }
    if (atelier.used && atelier.guessed) check(atelier.lines[0], 'atelier-guessed');
    atelier = undefined;
  };
  const dropPendingTheme = () => {
    if (pendingTheme) report(pendingTheme.line, 'theme-without-chantier');
    pendingTheme = undefined;
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const kind = header.has(index) ? LAYOUT : kinds[index];
    if (kind.type === 'blank') {
      if (inTop) top.push(undefined);
      else sectionLines()?.push(undefined);
      if (atelier && atelier.question.length) atelier.questionClosed = true;
      continue;
    }
    if (kind.type === 'layout') {
      place(line);
      // A page break ends a paragraph, as a blank line does.
      sectionLines()?.push(undefined);
      continue;
    }
    if (kind.type === 'chantier-title') {
      place(line); // the title of the chantier line before it
      continue;
    }
    if (kind.type === 'atelier' || kind.type === 'theme' || kind.type === 'chantier' || kind.type === 'heading') inTop = false;

    if (kind.type === 'atelier') {
      closeAtelier();
      dropPendingTheme();
      const question = kind.atelier.question;
      atelier = {
        titre: kind.atelier.titre,
        lines: [line],
        question: question ? [question] : [],
        questionClosed: !!question,
        used: false,
        guessed: kind.atelier.guessed,
      };
      current = undefined;
      section = undefined;
    } else if (kind.type === 'theme') {
      dropPendingTheme();
      pendingTheme = { name: kind.name, line };
      section = undefined;
    } else if (kind.type === 'chantier') {
      place(line);
      if (kind.untitled) check(line, 'chantier-untitled');
      if (kind.titleLine !== undefined) check(lines[kind.titleLine], 'title-next-line');
      const titre = kind.titre;
      const key = fold(titre).replace(/[^a-z0-9]+/g, ' ').trim();
      const existing = byKey.get(key);
      if (existing) {
        // A continuation page: it belongs to the chantier by its title, whatever its "Thématique" says.
        if (pendingTheme) {
          place(pendingTheme.line);
          if (fold(pendingTheme.name) !== fold(existing.thematique)) check(pendingTheme.line, 'theme-mismatch');
        }
        current = existing;
      } else {
        let thematique = pendingTheme?.name;
        if (pendingTheme) place(pendingTheme.line);
        else {
          thematique = themeFromAtelier(atelier?.titre);
          check(line, 'theme-missing');
        }
        current = { titre, key, thematique: thematique!, sections: new Map() };
        if (atelier) {
          atelier.used = true;
          current.atelier = { titre: atelier.titre, ...(atelier.question.length ? { question: atelier.question.join(' ') } : {}) };
        }
        chantiers.push(current);
        byKey.set(key, current);
      }
      pendingTheme = undefined;
      section = undefined;
    } else if (kind.type === 'heading') {
      if (!current) {
        report(line, 'outside-chantier');
        continue;
      }
      if (pendingTheme) {
        // "Thématique : …" then a heading, with no chantier line: a page of the current chantier.
        if (fold(pendingTheme.name) === fold(current.thematique)) place(pendingTheme.line);
        else dropPendingTheme();
        pendingTheme = undefined;
      }
      place(line);
      const { key, guessed, rest } = kind.heading;
      if (guessed) check(line, 'heading-guessed', key);
      section = key;
      if (!current.sections.has(key)) current.sections.set(key, []);
      else current.sections.get(key)!.push(undefined);
      // "Enjeu : L'accès au logement…": the rest of the line is the section's first line.
      if (rest) current.sections.get(key)!.push({ ...makeLine(line.no, rest), indent: 0 });
    } else if (inTop) {
      top.push(line);
    } else if (atelier && !current && !atelier.questionClosed && !pendingTheme && kind.type === 'text' && joinsQuestion(atelier, line)) {
      atelier.lines.push(line);
      atelier.question.push(line.text);
    } else if (!current || pendingTheme) {
      if (atelier && atelier.question.length) atelier.questionClosed = true;
      report(line, 'outside-chantier');
    } else if (section === 'unknown') {
      report(line, 'under-unknown-heading');
    } else if (kind.type === 'marked-heading' || isUnknownHeading(lines, index, sectionLines(), section)) {
      report(line, 'unknown-heading');
      section = 'unknown';
    } else if (!section) {
      report(line, 'outside-section');
    } else {
      place(line);
      current.sections.get(section)!.push(line);
    }
  }
  closeAtelier();
  dropPendingTheme();

  const rencontre = buildRencontre(top, header.text, place, report);
  const built = chantiers.map((draft) => buildChantier(draft, (line, code) => check(line, code)));
  // Safety net: a line the walk above forgot would otherwise vanish; report it instead.
  for (const line of lines) if (line.text && !status[line.no]) report(line, 'outside-chantier');
  unplaced.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);

  const document: IdeaBoxDocument = {
    $schema: './chantiers.schema.json',
    version: FORMAT_VERSION,
    ...(rencontre ? { rencontre } : {}),
    chantiers: withUniqueIds(built),
  };
  // Counted, not deduced, so that a line reported twice or forgotten shows as `placed + unplaced ≠ linesRead`.
  let placed = 0;
  for (const each of status) if (each === PLACED) placed += 1;
  // A line to check is placed by definition; one the walk reported after all is not "to check".
  const toCheck = warnings.filter((entry) => status[entry.line] === PLACED);
  return { document, linesRead: lines.filter((line) => line.text).length, placed, unplaced, warnings: toCheck };
}

/** The question goes on while its lines read as one paragraph (a wrapped line, not a new sentence). */
function joinsQuestion(atelier: AtelierDraft, line: Line): boolean {
  if (!atelier.question.length) return true;
  return continuesLine(atelier.question.at(-1)!, line.text);
}

/**
 * Reads each line on its own, with a glance at its neighbours where a guess needs one: a workshop line
 * without its colon counts only when a question or a chantier follows it; "Chantier 2" alone takes its
 * title from the next line. Each look-ahead stops at the next non-blank line, so the pass stays linear.
 */
function classify(lines: readonly Line[]): Kind[] {
  const kinds: Kind[] = lines.map((line, index) => {
    const text = line.text;
    if (!text) return BLANK;
    const atelier = parseAtelierLine(text);
    if (atelier) return { type: 'atelier', atelier };
    const theme = parseThemeLine(text);
    if (theme) return { type: 'theme', name: theme };
    const chantier = parseChantierLine(text);
    if (chantier) return { type: 'chantier', titre: chantier.titre };
    const previous = lines[index - 1]?.text;
    const standalone = !previous || !continuesLine(previous, text);
    const heading = matchHeading(text, standalone);
    if (heading) return { type: 'heading', heading };
    if (isMarkedHeading(text)) return MARKED;
    const alone = !previous && !lines[index + 1]?.text;
    if (alone && isPageNumber(text)) return LAYOUT;
    return TEXT;
  });
  const nextNonBlank = (index: number) => {
    let next = index + 1;
    while (next < lines.length && kinds[next].type === 'blank') next += 1;
    return next < lines.length ? next : undefined;
  };
  kinds.forEach((kind, index) => {
    if (kind.type === 'atelier' && kind.atelier.guessed) {
      const next = nextNonBlank(index);
      const after = next === undefined ? undefined : kinds[next];
      const confirmed = after !== undefined && (after.type === 'theme' || after.type === 'chantier' || (after.type === 'text' && asksQuestion(lines, next!)));
      if (!confirmed) kinds[index] = TEXT;
    } else if (kind.type === 'chantier' && !kind.titre) {
      const next = nextNonBlank(index);
      const candidate = next === undefined ? undefined : lines[next];
      if (candidate && kinds[next!].type === 'text' && !listMarker(candidate.text) && candidate.text.length <= TITLE_MAX) {
        kinds[index] = { type: 'chantier', titre: unquote(withoutMarkdown(candidate.text)), titleLine: next };
        kinds[next!] = { type: 'chantier-title' };
      } else {
        kinds[index] = { type: 'chantier', titre: stripDecoration(withoutMarkdown(lines[index].text)) || lines[index].text, untitled: true };
      }
    }
  });
  return kinds;
}

/** The paragraph starting at `start` (at most five wrapped lines) is a question: a workshop's. */
function asksQuestion(lines: readonly Line[], start: number): boolean {
  if (listMarker(lines[start].text)) return false;
  let end = start;
  while (end + 1 < lines.length && end - start < 4 && lines[end + 1].text && continuesLine(lines[end].text, lines[end + 1].text)) end += 1;
  return lines[end].text.endsWith('?');
}

/**
 * The repeated page header ("Pays et Quartiers de" / "Nouvelle-Aquitaine"): a block of at most three short
 * lines just before an "Atelier … :" line, either before the first one (where nothing else can be) or
 * repeated before several. Its lines are layout wherever they recur (a leading "|" aside); its text names
 * the organiser. Each look-back stops after four lines, and candidates are counted in a map: linear.
 */
function findPageHeader(lines: readonly Line[], kinds: readonly Kind[]): { has(index: number): boolean; text?: string } {
  const normalize = (text: string) => (text[0] === '|' || text[0] === '¦' ? text.slice(1).trim() : text);
  const isHeaderLine = (line: Line, kind: Kind) =>
    kind.type === 'text' &&
    line.text.length <= HEADER_LINE_MAX &&
    !'.!?;:…”»"'.includes(line.text.slice(-1)) &&
    !listMarker(line.text) &&
    !/^Rencontre\b/i.test(line.text) &&
    !isDecoratedTitle(line.text);
  const candidates: string[] = [];
  const counts = new Map<string, number>();
  kinds.forEach((kind, at) => {
    if (kind.type !== 'atelier') return;
    const block: number[] = [];
    for (let index = at - 1; index >= 0 && block.length <= 3; index -= 1) {
      if (lines[index].text) block.push(index);
      else if (block.length) break;
    }
    block.reverse();
    const isHeader = block.length > 0 && block.length <= 3 && block.every((index) => isHeaderLine(lines[index], kinds[index]));
    const text = isHeader ? block.map((index) => normalize(lines[index].text)).join('\n') : '';
    candidates.push(text);
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  });
  const header = candidates.find((text, index) => text && (index === 0 || counts.get(text)! > 1));
  if (!header) return { has: () => false };
  const texts = new Set(header.split('\n'));
  const found = new Set<number>();
  lines.forEach((line, index) => {
    if (line.text && texts.has(normalize(line.text))) found.add(index);
  });
  return { has: (index) => found.has(index), text: header.replace(/\n/g, ' ') };
}

/**
 * A heading the template does not know ("? Calendrier", "Partenariats financiers :"): a line on its own,
 * short, that starts with an icon glyph, or ends like the template's headings (" :" or " ?") once its
 * section already has content, since a first line ending with ":" introduces a list ("Souhait d'associer:").
 */
function isUnknownHeading(lines: readonly Line[], index: number, sectionLines: SectionLine[] | undefined, section: SectionKey | undefined): boolean {
  const line = lines[index];
  const text = line.text;
  const alone = !lines[index - 1]?.text && !lines[index + 1]?.text;
  if (!alone || text.length > HEADER_LINE_MAX || listMarker(text) || /[.!]/.test(text.slice(0, -1))) return false;
  if (startsWithGlyph(text) && /\p{L}/u.test(text)) return true;
  // Before any section (top of a page), nothing can be introduced yet: such a line is a heading.
  const hasContent = sectionLines?.some(Boolean) ?? true;
  const last = text.slice(-1);
  const spaced = /\s/.test(text.slice(-2, -1));
  // In "Questions en suspens", a line ending with " ?" is a question, not a heading.
  return hasContent && spaced && (last === ':' || (section !== 'questions' && last === '?'));
}

function buildRencontre(
  top: SectionLine[],
  organisateur: string | undefined,
  place: (line: Line) => void,
  report: (line: Line, code: UnplacedCode) => void,
): Rencontre | undefined {
  let titre: string | undefined;
  let intitule: string | undefined;
  const presentation: { text: string; lines: Line[] }[] = [];
  for (const block of paragraphs(top)) {
    const text = block.map((line) => withoutMarkdown(line.text)).join(' ');
    // "- RESTITUTION DES ATELIERS -", or "# Restitution des ateliers" from a Markdown export.
    const heading = block.length === 1 && (isDecoratedTitle(text) || (isMarkedHeading(block[0].text) && !/^Rencontre\b/i.test(text)));
    if (intitule === undefined && heading) {
      intitule = sentenceCase(stripDecoration(text));
      block.forEach(place);
    } else if (titre === undefined && /^Rencontre\b/i.test(text)) {
      titre = text;
      block.forEach(place);
    } else if (block.every((line) => listMarker(line.text))) {
      for (const line of block) presentation.push({ text: listMarker(line.text)!.body, lines: [line] });
    } else {
      presentation.push({ text, lines: block });
    }
  }
  if (titre === undefined && intitule !== undefined) [titre, intitule] = [intitule, undefined];
  if (titre === undefined) {
    for (const paragraph of presentation) paragraph.lines.forEach((line) => report(line, 'presentation-without-title'));
    return undefined;
  }
  presentation.forEach((paragraph) => paragraph.lines.forEach(place));
  return {
    titre,
    ...(organisateur ? { organisateur } : {}),
    ...(intitule ? { intitule } : {}),
    ...(presentation.length ? { presentation: presentation.map((paragraph) => paragraph.text) } : {}),
  };
}

/** "RESTITUTION DES ATELIERS" → "Restitution des ateliers"; a title in mixed case is kept as written. */
function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Consecutive lines that read as one paragraph, split at breaks and where a new sentence starts a line. */
function paragraphs(lines: SectionLine[]): Line[][] {
  const result: Line[][] = [[]];
  for (const line of lines) {
    const block = result.at(-1)!;
    if (!line) {
      if (block.length) result.push([]);
    } else if (block.length && !continuesLine(block.at(-1)!.text, line.text)) result.push([line]);
    else block.push(line);
  }
  return result.filter((block) => block.length);
}

function buildChantier(draft: ChantierDraft, flag: SectionFlag): Chantier {
  const chantier: Chantier = {
    id: chantierId(draft.thematique, draft.titre),
    thematique: draft.thematique,
    ...(draft.atelier ? { atelier: draft.atelier } : {}),
    titre: draft.titre,
  };
  for (const key of SECTION_KEYS) {
    const lines = draft.sections.get(key);
    if (!lines) continue;
    const built = buildSection(lines, flag);
    const value = key === 'gouvernance' ? toGouvernance(built) : toSection(built);
    if (value) Object.assign(chantier, { [key]: value });
  }
  return chantier;
}

/** Words that say nothing of a chantier, left out of its id. */
const STOP_WORDS = new Set(
  (
    'le la les l un une des du de d au aux a en dans par pour sur sous avec sans contre chez entre vers via selon ' +
    'et ou ni mais donc or car que qu qui quoi dont ce cet cette ces son sa ses leur leurs notre nos votre vos ' +
    'mon ma mes se s y il elle ils elles on nous vous plus tres'
  ).split(' '),
);

const words = (text: string) =>
  fold(text.replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * A readable id: the theme, then the title's first three significant words, without accents
 * ("Logement" + "Un accès équitable au logement" → `logement-acces-equitable`).
 */
export function chantierId(thematique: string, titre: string): string {
  const theme = words(thematique);
  const significant = words(titre).filter((word) => !STOP_WORDS.has(word) && !theme.includes(word));
  const id = [...theme, ...significant.slice(0, 3)].join('-').slice(0, 100).replace(/-+$/, '');
  return id || 'chantier';
}

/** Two chantiers with the same theme and opening words get `-2`, `-3`…: ids must be unique. */
function withUniqueIds(chantiers: Chantier[]): Chantier[] {
  const used = new Set<string>();
  // The next suffix to try per id, so thousands of equal ids do not retry every suffix from 2 each time.
  const next = new Map<string, number>();
  for (const chantier of chantiers) {
    const base = chantier.id;
    let id = base;
    let n = next.get(base) ?? 2;
    for (; used.has(id); n += 1) id = `${base}-${n}`;
    next.set(base, n);
    chantier.id = id;
    used.add(id);
  }
  return chantiers;
}

