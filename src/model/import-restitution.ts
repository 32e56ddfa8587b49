/**
 * Reads a restitution written in the seed's template (`data/restitution.txt`, a word-processor export) into
 * an idea box document. Pure text in, plain object out: no DOM, no Node API, so the command line and a
 * browser page share it.
 *
 * Fidelity first: every non-blank line ends up in the document, or is recognised as layout (page headers,
 * section headings, a chantier's header repeated on its continuation page), or is reported in `unplaced`
 * with its 1-based line number. Nothing is dropped silently; the importer invents no words (no glossary).
 *
 * The template, as the seed uses it:
 *   top of the document   "- RESTITUTION DES ATELIERS -", "Rencontre régionale …", presentation paragraphs
 *   page header            "Pays et Quartiers de" / "Nouvelle-Aquitaine" (sometimes "| Pays …")
 *   workshop               "Atelier Logement :" then its question, possibly over several lines
 *   page of a chantier     "Thématique : Logement", `Chantier - "Un accès équitable au logement"`
 *   sections               "Enjeu", "On aura réussi si...", … each followed by paragraphs and bullets
 */
import { fold } from '../shared/fold.js';
import { FORMAT_VERSION, type Item } from './schema.js';
import type { Chantier, Gouvernance, IdeaBoxDocument, Rencontre, Role, Section } from './types.js';

/** Why a line could not be placed, or why a placed line deserves a second look. */
export type ImportNoteCode =
  | 'outside-chantier'
  | 'outside-section'
  | 'unknown-heading'
  | 'under-unknown-heading'
  | 'atelier-without-chantier'
  | 'theme-without-chantier'
  | 'presentation-without-title'
  | 'theme-mismatch'
  | 'theme-missing';

export interface ImportNote {
  /** 1-based line number in the text. */
  readonly line: number;
  /** The line as written (without its line ending). */
  readonly text: string;
  readonly code: ImportNoteCode;
  /** `code` in words, in French (the template's language); `importNoteReason(code, 'en')` for English. */
  readonly reason: string;
}

export interface ImportResult {
  /** Always a valid document (version 1), possibly with no chantier. */
  document: IdeaBoxDocument;
  /** Non-blank lines of the text; each one is either placed or reported: `linesRead = placed + unplaced.length`. */
  linesRead: number;
  /** Lines whose words are in the document, or that were recognised as the template's layout. */
  placed: number;
  /** Lines kept out of the document, with the reason: the author decides where they belong. */
  unplaced: ImportNote[];
  /** Placed lines that contradict the template (a misplaced "Thématique" header, a missing one). */
  warnings: ImportNote[];
}

const REASONS: Record<'fr' | 'en', Record<ImportNoteCode, string>> = {
  fr: {
    'outside-chantier': 'texte hors de tout chantier (avant une ligne « Chantier - … »)',
    'outside-section': 'texte hors rubrique (avant la première rubrique du chantier)',
    'unknown-heading': 'rubrique inconnue : elle et son contenu sont signalés, pas importés',
    'under-unknown-heading': 'texte sous une rubrique inconnue',
    'atelier-without-chantier': 'atelier sans chantier',
    'theme-without-chantier': 'thématique sans ligne « Chantier - … » après elle',
    'presentation-without-title': 'présentation sans titre de rencontre (ligne « Rencontre … »)',
    'theme-mismatch': 'thématique différente de celle du chantier repris sur cette page : le chantier garde sa première thématique',
    'theme-missing': 'chantier sans ligne « Thématique : … » : thématique tirée du titre de l’atelier (ou « Sans thématique »)',
  },
  en: {
    'outside-chantier': 'text outside any chantier (before a “Chantier - …” line)',
    'outside-section': 'text outside any section (before the chantier’s first heading)',
    'unknown-heading': 'unknown heading: it and its content are reported, not imported',
    'under-unknown-heading': 'text under an unknown heading',
    'atelier-without-chantier': 'workshop without a chantier',
    'theme-without-chantier': 'theme with no “Chantier - …” line after it',
    'presentation-without-title': 'presentation without a meeting title (a “Rencontre …” line)',
    'theme-mismatch': 'theme differs from the one of the chantier this page continues: the chantier keeps its first theme',
    'theme-missing': 'chantier without a “Thématique : …” line: theme taken from the workshop’s title (or “Sans thématique”)',
  },
};

export function importNoteReason(code: ImportNoteCode, lang: 'fr' | 'en'): string {
  return REASONS[lang][code];
}

type SectionKey = 'enjeu' | 'reussite' | 'actions' | 'ressources' | 'questions' | 'gouvernance' | 'freins';

/** The template's headings, matched on folded text (no case, accents, punctuation or leading icon). */
const HEADINGS: [SectionKey, RegExp][] = [
  ['enjeu', /^(?:l )?enjeux?$/],
  ['reussite', /^on aura reussi si$/],
  ['actions', /^en quoi consiste (?:le|ce) chantier$/],
  ['ressources', /^(?:les )?ressources a mobiliser$/],
  ['questions', /^(?:les )?questions en suspens$/],
  ['gouvernance', /^(?:la )?gouvernance(?: qui fait quoi)?$/],
  ['freins', /^(?:les )?freins(?: eventuels)?(?: a anticiper)?$/],
];
const SECTION_ORDER = HEADINGS.map(([key]) => key);

/** "Atelier Logement :" alone on its line; its question follows. */
const ATELIER = /^(Atelier\b[^:]{0,60}?)\s*:$/i;
const THEME = /^Th[ée]matique\s*:\s*(.+)$/i;
/** `Chantier - "…"`, also with the slip `Chantier - Chantier - "…"` of a continuation page. */
const CHANTIER = /^(?:Chantier\s*[-–—:]\s*)+(.+)$/i;
/** List markers; the typographic ones may touch the text, "-" and "*" need a space (not "-5 %", "*note*"). */
const BULLET = /^(?:[-–—*]\s+|[•◦▪‣·●○■➢►]\s*)(.+)$/;
const NUMBERED = /^\d{1,2}[.)]\s+\S/;
/** An icon glyph lost in the export ("?" or "✕" before a heading): anything but a letter, digit, quote or bullet. */
const GLYPH = /^[^\p{L}\p{N}\s"“«'‘(\-–—*•◦▪‣·●○■➢►]{1,3}\s*/u;
/** Short lines without final punctuation can be a page header; paragraphs end with punctuation. */
const HEADER_LINE_MAX = 60;

interface Line {
  /** 1-based. */
  no: number;
  raw: string;
  /** Trimmed, tabs and runs of spaces made one space (layout, not words). */
  text: string;
  /** Leading whitespace width, a tab counting 4, to nest sub-bullets. */
  indent: number;
}

/** A line of a section, or `undefined` for a break (a blank line, a page break). */
type SectionLine = Line | undefined;

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
}

export function importRestitution(text: string): ImportResult {
  const lines = splitLines(text);
  const status = new Map<number, 'placed' | 'unplaced'>();
  const unplaced: ImportNote[] = [];
  const warnings: ImportNote[] = [];
  const note = (line: Line, code: ImportNoteCode): ImportNote => ({ line: line.no, text: line.raw, code, reason: REASONS.fr[code] });
  const place = (line: Line) => status.set(line.no, 'placed');
  const report = (line: Line, code: ImportNoteCode) => {
    status.set(line.no, 'unplaced');
    unplaced.push(note(line, code));
  };

  const header = findPageHeader(lines);
  const chantiers: ChantierDraft[] = [];
  const top: SectionLine[] = [];
  let inTop = true;
  let atelier: AtelierDraft | undefined;
  let pendingTheme: { name: string; line: Line } | undefined;
  let current: ChantierDraft | undefined;
  let section: SectionKey | 'unknown' | undefined;

  const closeAtelier = () => {
    if (!atelier) return;
    for (const line of atelier.lines) {
      if (atelier.used) place(line);
      else report(line, 'atelier-without-chantier');
    }
    atelier = undefined;
  };
  const dropPendingTheme = () => {
    if (pendingTheme) report(pendingTheme.line, 'theme-without-chantier');
    pendingTheme = undefined;
  };

  for (const [index, line] of lines.entries()) {
    if (!line.text) {
      if (inTop) top.push(undefined);
      else if (current && section && section !== 'unknown') current.sections.get(section)!.push(undefined);
      if (atelier && atelier.question.length) atelier.questionClosed = true;
      continue;
    }
    if (header.lines.has(index)) {
      place(line);
      // A page break ends a paragraph, as a blank line does.
      if (current && section && section !== 'unknown') current.sections.get(section)!.push(undefined);
      continue;
    }

    const atelierMatch = ATELIER.exec(line.text);
    const themeMatch = atelierMatch ? null : THEME.exec(line.text);
    const chantierMatch = atelierMatch || themeMatch ? null : CHANTIER.exec(line.text);
    const heading = atelierMatch || themeMatch || chantierMatch ? undefined : headingOf(line.text);
    if (atelierMatch || themeMatch || chantierMatch || heading) inTop = false;

    if (atelierMatch) {
      closeAtelier();
      dropPendingTheme();
      atelier = { titre: atelierMatch[1], lines: [line], question: [], questionClosed: false, used: false };
      current = undefined;
      section = undefined;
    } else if (themeMatch) {
      dropPendingTheme();
      pendingTheme = { name: themeMatch[1], line };
      section = undefined;
    } else if (chantierMatch) {
      place(line);
      const titre = unquote(chantierMatch[1]);
      const key = fold(titre).replace(/[^a-z0-9]+/g, ' ').trim();
      const existing = chantiers.find((chantier) => chantier.key === key);
      if (existing) {
        // A continuation page: it belongs to the chantier by its title, whatever its "Thématique" says.
        if (pendingTheme) {
          place(pendingTheme.line);
          if (fold(pendingTheme.name) !== fold(existing.thematique)) warnings.push(note(pendingTheme.line, 'theme-mismatch'));
        }
        current = existing;
      } else {
        let thematique = pendingTheme?.name;
        if (pendingTheme) place(pendingTheme.line);
        else {
          thematique = themeFromAtelier(atelier?.titre);
          warnings.push(note(line, 'theme-missing'));
        }
        current = { titre, key, thematique: thematique!, sections: new Map() };
        if (atelier) {
          atelier.used = true;
          current.atelier = { titre: atelier.titre, ...(atelier.question.length ? { question: atelier.question.join(' ') } : {}) };
        }
        chantiers.push(current);
      }
      pendingTheme = undefined;
      section = undefined;
    } else if (heading) {
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
      section = heading;
      if (!current.sections.has(heading)) current.sections.set(heading, []);
      else current.sections.get(heading)!.push(undefined);
    } else if (inTop) {
      top.push(line);
    } else if (atelier && !current && !atelier.questionClosed && !pendingTheme) {
      atelier.lines.push(line);
      atelier.question.push(line.text);
    } else if (!current || pendingTheme) {
      report(line, 'outside-chantier');
    } else if (section === 'unknown') {
      report(line, 'under-unknown-heading');
    } else if (isUnknownHeading(lines, index, section ? current.sections.get(section) : undefined, section)) {
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
  // Safety net: a line the walk above forgot would otherwise vanish; report it instead.
  for (const line of lines) if (line.text && !status.has(line.no)) report(line, 'outside-chantier');
  unplaced.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);

  const document: IdeaBoxDocument = {
    $schema: './chantiers.schema.json',
    version: FORMAT_VERSION,
    ...(rencontre ? { rencontre } : {}),
    chantiers: withUniqueIds(chantiers.map(buildChantier)),
  };
  // Counted, not deduced, so that a line reported twice or forgotten shows as `placed + unplaced ≠ linesRead`.
  const placed = [...status.values()].filter((each) => each === 'placed').length;
  return { document, linesRead: lines.filter((line) => line.text).length, placed, unplaced, warnings };
}

function splitLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => {
      const leading = /^[ \t]*/.exec(raw)![0];
      return {
        no: index + 1,
        raw,
        text: raw.replace(/[ \t]+/g, ' ').trim(),
        indent: [...leading].reduce((width, char) => width + (char === '\t' ? 4 : 1), 0),
      };
    });
}

/** `"Titre"`, `“Titre”`, `« Titre »` → `Titre`; a title without quotes is kept whole. */
function unquote(text: string): string {
  const match = /^["“«'‘]\s*(.*?)\s*["”»'’]$/.exec(text.trim());
  return match && match[1] ? match[1] : text.trim();
}

function headingOf(text: string): SectionKey | undefined {
  if (BULLET.test(text)) return undefined;
  const folded = fold(text.replace(GLYPH, '')).replace(/[^a-z0-9]+/g, ' ').trim();
  return HEADINGS.find(([, pattern]) => pattern.test(folded))?.[0];
}

/**
 * The repeated page header ("Pays et Quartiers de" / "Nouvelle-Aquitaine"): a block of at most three short
 * lines just before an "Atelier … :" line, either before the first one (where nothing else can be) or
 * repeated before several. Its lines are layout wherever they recur (a leading "|" aside); its text names
 * the organiser.
 */
function findPageHeader(lines: Line[]): { lines: Set<number>; text?: string } {
  const normalize = (text: string) => text.replace(/^[|¦]\s*/, '').trim();
  const isHeaderLine = (line: Line) =>
    line.text.length <= HEADER_LINE_MAX &&
    !/[.!?;:…”»"]$/.test(line.text) &&
    !BULLET.test(line.text) &&
    !/^Rencontre\b/i.test(line.text) &&
    !isDecoratedTitle(line.text) &&
    !THEME.test(line.text) &&
    !CHANTIER.test(line.text) &&
    !headingOf(line.text);
  const candidates: string[] = [];
  lines.forEach((line, at) => {
    if (!ATELIER.test(line.text)) return;
    const block: Line[] = [];
    for (let index = at - 1; index >= 0; index -= 1) {
      if (lines[index].text) block.unshift(lines[index]);
      else if (block.length) break;
    }
    const text = block.map((each) => normalize(each.text)).join('\n');
    candidates.push(block.length && block.length <= 3 && block.every(isHeaderLine) ? text : '');
  });
  const header = candidates.find((text, index) => text && (index === 0 || candidates.indexOf(text) !== candidates.lastIndexOf(text)));
  if (!header) return { lines: new Set() };
  const texts = new Set(header.split('\n'));
  const found = new Set<number>();
  lines.forEach((line, index) => {
    if (line.text && texts.has(normalize(line.text))) found.add(index);
  });
  return { lines: found, text: header.replace(/\n/g, ' ') };
}

/** "- RESTITUTION DES ATELIERS -": a title in capitals or between dashes. */
function isDecoratedTitle(text: string): boolean {
  const inner = stripDecoration(text);
  const letters = inner.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return capitals || (letters !== '' && inner !== text && /^[-–—=*_~]/.test(text) && /[-–—=*_~]$/.test(text));
}
const stripDecoration = (text: string) => text.replace(/^[-–—=*_~\s]+|[-–—=*_~\s]+$/g, '');

/**
 * A heading the template does not know ("? Calendrier", "Partenariats financiers :"): a line on its own,
 * short, that starts with an icon glyph, or ends like the template's headings (" :" or " ?") once its
 * section already has content, since a first line ending with ":" introduces a list ("Souhait d'associer:").
 */
function isUnknownHeading(lines: Line[], index: number, sectionLines: SectionLine[] | undefined, section: SectionKey | undefined): boolean {
  const line = lines[index];
  const alone = !lines[index - 1]?.text && !lines[index + 1]?.text;
  if (!alone || line.text.length > HEADER_LINE_MAX || BULLET.test(line.text) || /[.!]/.test(line.text.slice(0, -1))) return false;
  if (GLYPH.test(line.text) && /\p{L}/u.test(line.text)) return true;
  // Before any section (top of a page), nothing can be introduced yet: such a line is a heading.
  const hasContent = sectionLines?.some(Boolean) ?? true;
  // In "Questions en suspens", a line ending with " ?" is a question, not a heading.
  return hasContent && (/\s:$/.test(line.text) || (section !== 'questions' && /\s\?$/.test(line.text)));
}

function themeFromAtelier(titre: string | undefined): string {
  const name = titre?.replace(/^Atelier\s*/i, '').trim();
  return name ? name[0].toUpperCase() + name.slice(1) : 'Sans thématique';
}

function buildRencontre(
  top: SectionLine[],
  organisateur: string | undefined,
  place: (line: Line) => void,
  report: (line: Line, code: ImportNoteCode) => void,
): Rencontre | undefined {
  let titre: string | undefined;
  let intitule: string | undefined;
  const presentation: { text: string; lines: Line[] }[] = [];
  for (const block of blocks(top)) {
    const text = block.map((line) => line.text).join(' ');
    if (intitule === undefined && block.length === 1 && isDecoratedTitle(text)) {
      intitule = sentenceCase(stripDecoration(text));
      block.forEach(place);
    } else if (titre === undefined && /^Rencontre\b/i.test(text)) {
      titre = text;
      block.forEach(place);
    } else if (block.every((line) => BULLET.test(line.text))) {
      for (const line of block) presentation.push({ text: BULLET.exec(line.text)![1], lines: [line] });
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

/** Consecutive lines, split at breaks. */
function blocks(lines: SectionLine[]): Line[][] {
  const result: Line[][] = [[]];
  for (const line of lines) {
    if (line) result.at(-1)!.push(line);
    else if (result.at(-1)!.length) result.push([]);
  }
  return result.filter((block) => block.length);
}

/** An item while its list is being read; `indent` decides which later bullets nest under it. */
interface Node {
  text: string;
  children: Node[];
  indent: number;
  /** An introduction ("Souhait d'associer:") takes the bullets that follow at its own indent too. */
  intro: boolean;
}

/**
 * A section's lines to `{ texte, items }`. A first paragraph is the section's text; a short line ending
 * with ":" introduces a nested list; a line right under a bullet continues it ("Il s'agit de:"); bullets
 * indented under a bullet nest under it.
 */
function buildSection(lines: SectionLine[]): { texte?: string; items: Item[] } {
  let texte: string | undefined;
  const roots: Node[] = [];
  let open: Node[] = [];
  let paragraph: Line[] = [];
  let last: Node | undefined;

  const flushParagraph = () => {
    if (!paragraph.length) return;
    const text = paragraph.map((line) => line.text).join(' ');
    const node: Node = { text, children: [], indent: paragraph[0].indent, intro: isIntroduction(text) };
    paragraph = [];
    open = [];
    if (node.intro) {
      roots.push(node);
      open = [node];
    } else if (texte === undefined && !roots.length) texte = text;
    else roots.push(node);
  };

  for (const line of lines) {
    if (!line) {
      flushParagraph();
      last = undefined;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet || NUMBERED.test(line.text)) {
      flushParagraph();
      // Numbered items keep their number: it is part of what the participants wrote.
      const node: Node = { text: bullet ? bullet[1] : line.text, children: [], indent: line.indent, intro: false };
      while (open.length && !accepts(open.at(-1)!, line.indent)) open.pop();
      (open.at(-1)?.children ?? roots).push(node);
      open.push(node);
      last = node;
    } else if (last) {
      last.text += ` ${line.text}`;
    } else {
      paragraph.push(line);
    }
  }
  flushParagraph();
  return { ...(texte !== undefined ? { texte } : {}), items: roots.map(toItem) };
}

const accepts = (parent: Node, indent: number) => (parent.intro ? indent >= parent.indent : indent > parent.indent);

/** "Souhait d'associer:" introduces a list; a paragraph ending with ":" (several sentences) is a text. */
const isIntroduction = (text: string) => /:$/.test(text) && text.length <= 80 && !/[.!?]\s/.test(text);

const toItem = (node: Node): Item => (node.children.length ? { texte: node.text, items: node.children.map(toItem) } : node.text);

function toSection(built: { texte?: string; items: Item[] }): Section | undefined {
  if (built.texte === undefined && !built.items.length) return undefined;
  return { ...(built.texte !== undefined ? { texte: built.texte } : {}), ...(built.items.length ? { items: built.items } : {}) };
}

/** Governance lines "X : Y" become rows {role: X, texte: Y} (split at the first " : "); others are notes. */
function toGouvernance(built: { texte?: string; items: Item[] }): Gouvernance | undefined {
  const roles: Role[] = [];
  const notes: Item[] = [];
  for (const item of built.texte !== undefined ? [built.texte, ...built.items] : built.items) {
    const row = typeof item === 'string' ? /^(.+?)[ \u00A0\u202F]:[ \u00A0\u202F]+(.+)$/.exec(item) : null;
    if (row) roles.push({ role: row[1], texte: row[2] });
    else notes.push(item);
  }
  if (!roles.length && !notes.length) return undefined;
  return { ...(roles.length ? { roles } : {}), ...(notes.length ? { notes } : {}) };
}

function buildChantier(draft: ChantierDraft): Chantier {
  const chantier: Chantier = {
    id: chantierId(draft.thematique, draft.titre),
    thematique: draft.thematique,
    ...(draft.atelier ? { atelier: draft.atelier } : {}),
    titre: draft.titre,
  };
  for (const key of SECTION_ORDER) {
    const lines = draft.sections.get(key);
    if (!lines) continue;
    const built = buildSection(lines);
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
  for (const chantier of chantiers) {
    let id = chantier.id;
    for (let n = 2; used.has(id); n += 1) id = `${chantier.id}-${n}`;
    chantier.id = id;
    used.add(id);
  }
  return chantiers;
}
