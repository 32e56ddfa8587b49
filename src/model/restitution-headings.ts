/**
 * The lines that give a restitution its structure — "Atelier … :", "Thématique : …", `Chantier - "…"` and
 * the section headings — read the way project officers actually type them: numbered chantiers
 * (`Chantier 1 - "…"`, `Chantier n°3 – « … »`), headings in capitals, numbered ("1. Enjeu") or marked as
 * Markdown headings ("## Enjeu"), a workshop without its colon, a misspelt heading ("On aura réussit si…").
 *
 * What is certain is `exact`; what is a guess from a near miss is flagged so that the importer reports
 * the line as « à vérifier ». Linear: anchored patterns, and a bounded edit distance on short lines only.
 */
import { fold } from './fold.js';
import { SECTION_KEYS, type SectionKey } from './sections.js';
import { listMarker, skipSpaces, unquote, withoutGlyph, withoutMarkdown } from './restitution-lines.js';

export type { SectionKey };

/** The template's headings, matched on folded text (no case, accents, punctuation or leading icon). */
const EXACT: Record<SectionKey, RegExp> = {
  enjeu: /^(?:l |les )?enjeux?$/,
  reussite: /^(?:on aura|nous aurons) reussi (?:si|quand)$/,
  actions: /^en quoi consiste (?:le|ce) (?:chantier|projet)$/,
  ressources: /^(?:les )?ressources a mobiliser$/,
  questions: /^(?:les )?questions en suspens$/,
  gouvernance: /^(?:la )?gouvernance(?: qui fait quoi)?$|^qui fait quoi$/,
  freins: /^(?:les )?freins(?: eventuels)?(?: a anticiper)?$/,
};

/**
 * Other names officers give the template's sections. A heading read through one of them, or through a
 * spelling one or two letters away from a known one, is a guess: placed, and reported « à vérifier ».
 */
const GUESSES: [SectionKey, string[]][] = [
  ['enjeu', ['enjeu', 'l enjeu', 'les enjeux', 'constat', 'le constat', 'problematique', 'la problematique']],
  ['reussite', ['on aura reussi si', 'on aura reussi', 'criteres de reussite', 'indicateurs de reussite', 'reussite', 'les criteres de reussite']],
  [
    'actions',
    ['en quoi consiste le chantier', 'en quoi consiste ce chantier', 'en quoi consiste', 'actions', 'les actions', 'actions a mener',
      'actions envisagees', 'description', 'description du chantier', 'contenu du chantier', 'le chantier'],
  ],
  [
    'ressources',
    ['ressources a mobiliser', 'les ressources a mobiliser', 'ressources', 'les ressources', 'moyens', 'les moyens', 'moyens a mobiliser',
      'ressources necessaires', 'ressources mobilisables'],
  ],
  ['questions', ['questions en suspens', 'questions', 'questions ouvertes', 'points en suspens', 'les questions']],
  ['gouvernance', ['la gouvernance qui fait quoi', 'gouvernance', 'pilotage', 'le pilotage', 'qui pilote', 'organisation']],
  [
    'freins',
    ['les freins eventuels a anticiper', 'freins eventuels', 'freins a anticiper', 'freins', 'obstacles', 'les obstacles', 'difficultes',
      'points de vigilance', 'risques', 'les risques'],
  ],
];
const ALIASES = new Map(GUESSES.flatMap(([section, names]) => names.map((name) => [name, section] as const)));
/** Guesses compared by spelling only from this length on: "moyen" is not "moyens" misspelt, it may be a word. */
const FUZZY_MIN_LENGTH = 8;
/** Longer lines are not headings: the edit distance below only ever runs on short lines. */
const HEADING_MAX = 60;

export interface HeadingMatch {
  readonly key: SectionKey;
  /** Read from a near miss (another name, a misspelling, a line with a number in front): « à vérifier ». */
  readonly guessed: boolean;
  /** What follows "Enjeu :" on the same line, when the heading carries its content. */
  readonly rest?: string;
}

/** Folded words of a heading: no case, accent, punctuation, icon, Markdown mark or numbering. */
export function headingKey(text: string): { key: string; numbered: boolean } {
  const plain = withoutGlyph(withoutMarkdown(text));
  // "1. Enjeu", "II - Enjeu", "A) Enjeu": the numbering of a heading, not a list item.
  const numbering = /^(?:\d{1,2}|[IVX]{1,4}|[A-H])\s?[.)/\-–—]\s*/.exec(plain);
  const words = fold(numbering ? plain.slice(numbering[0].length) : plain)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return { key: words, numbered: !!numbering };
}

/**
 * The section a line opens, if any. `standalone`: the line stands on its own (a blank line or the start of
 * a page before it), the condition for a guess.
 */
export function matchHeading(text: string, standalone: boolean): HeadingMatch | undefined {
  if (listMarker(withoutMarkdown(text)) && !/^\d{1,2}[.)]\s/.test(text)) return undefined;
  // A heading, or a heading and its first line after a colon within the first 60 characters.
  if (text.length > HEADING_MAX * 2 && !(text.indexOf(':') > 0 && text.indexOf(':') <= HEADING_MAX)) return undefined;
  const whole = matchWhole(text, standalone, standalone);
  if (whole) return whole;
  // "Enjeu : L'accès au logement…": a heading of the template, then its first line. Only an exact name:
  // "Organisation : un comité mensuel" is a line of content. The template's own heading with a colon
  // inside ("La gouvernance : qui fait quoi ?") was matched whole above.
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= HEADING_MAX) {
    const rest = text.slice(colon + 1).trim();
    const head = matchWhole(text.slice(0, colon), standalone, false);
    if (head && rest) return { ...head, rest };
  }
  return undefined;
}

function matchWhole(text: string, standalone: boolean, guess: boolean): HeadingMatch | undefined {
  if (text.length > HEADING_MAX * 2) return undefined;
  const { key, numbered } = headingKey(text);
  if (!key || key.length > HEADING_MAX) return undefined;
  const exact = SECTION_KEYS.find((section) => EXACT[section].test(key));
  if (exact) return { key: exact, guessed: numbered && !standalone };
  if (!guess || /[.,;]$/.test(text.trim().replace(/\.\.\.$|…$/, ''))) return undefined;
  const alias = ALIASES.get(key);
  if (alias) return { key: alias, guessed: true };
  for (const [section, names] of GUESSES) {
    for (const name of names) {
      const budget = name.length >= 16 ? 2 : name.length >= FUZZY_MIN_LENGTH ? 1 : 0;
      if (budget && withinDistance(key, name, budget)) return { key: section, guessed: true };
    }
  }
  return undefined;
}

/** Two rows of the edit-distance table, reused: headings and names are short (HEADING_MAX). */
const ROWS = [new Int32Array(HEADING_MAX + 2), new Int32Array(HEADING_MAX + 2)];

/**
 * Whether the edit distance between `a` and `b` is at most `budget` (insertions, deletions, substitutions):
 * the classic table restricted to a band of width `2 × budget + 1`, on two reused rows — no allocation,
 * and only ever run on short strings, so linear in the text.
 */
export function withinDistance(a: string, b: string, budget: number): boolean {
  if (Math.abs(a.length - b.length) > budget || b.length > HEADING_MAX) return false;
  const big = budget + 1;
  let previous = ROWS[0];
  let current = ROWS[1];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j <= budget ? j : big;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - budget);
    const to = Math.min(b.length, i + budget);
    current[from - 1] = from === 1 && i <= budget ? i : big;
    let best = current[from - 1];
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const above = j <= i - 1 + budget ? previous[j] : big;
      const value = Math.min(previous[j - 1] + cost, above + 1, current[j - 1] + 1, big);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > budget) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= budget;
}

// --- workshop, theme, chantier ------------------------------------------------------------------------------

export interface AtelierLine {
  readonly titre: string;
  /** The question written on the same line ("Atelier Logement : Comment … ?"). */
  readonly question?: string;
  /** Without its colon ("Atelier Mobilité"): a guess, confirmed by what follows it. */
  readonly guessed: boolean;
}

const ATELIER_MAX = 80;

/** "Atelier Logement :", "Atelier 1 : Logement", "Atelier Santé : Comment … ?", "Atelier Mobilité". */
export function parseAtelierLine(line: string): AtelierLine | undefined {
  const text = withoutMarkdown(line);
  if (!/^atelier(?=[\s:\-–—\d«"“]|$)/i.test(text)) return undefined;
  const trimmed = text.trim();
  if (trimmed.endsWith(':')) {
    const titre = trimmed.slice(0, -1).trim();
    return titre.length <= ATELIER_MAX ? { titre, guessed: false } : undefined;
  }
  const colon = trimmed.indexOf(':');
  if (colon > 0 && colon <= ATELIER_MAX) {
    const name = trimmed.slice(0, colon).trim();
    const after = trimmed.slice(colon + 1).trim();
    // "Atelier 1 : Logement" names the workshop; "Atelier Logement : Comment agir … ?" asks its question.
    const question = after.endsWith('?') || after.split(/\s+/).length > 5;
    return question ? { titre: name, question: after, guessed: false } : { titre: `${name} : ${after}`, guessed: false };
  }
  if (trimmed.length > 60 || trimmed.split(/\s+/).length > 6 || /[.,;!?]$/.test(trimmed)) return undefined;
  return { titre: trimmed, guessed: true };
}

/** "Atelier 1 : Logement" → "Logement"; "Atelier emploi" → "Emploi"; nothing left → "Sans thématique". */
export function themeFromAtelier(titre: string | undefined): string {
  const name = unquote(
    (titre ?? '')
      .replace(/^atelier\s*/i, '')
      .replace(/^(?:n\s?[°ºo]\.?\s?|#\s?)?\d{1,3}\b\s*/i, '')
      .replace(/^[:\-–—]\s*/, ''),
  );
  return name ? name[0].toUpperCase() + name.slice(1) : 'Sans thématique';
}

/** "Thématique : Logement", "Thème – Santé", "THEMATIQUE: Emploi" → the theme's name. */
export function parseThemeLine(line: string): string | undefined {
  const text = withoutMarkdown(line);
  const match = /^(?:th[eéè]matique|th[eéè]me)\s*[:\-–—]\s*/i.exec(text);
  const name = match ? text.slice(match[0].length).trim() : '';
  return name || undefined;
}

export interface ChantierLine {
  /** The title, quotes removed; `""` when the line holds no title ("Chantier 2" alone): it may be on the next line. */
  readonly titre: string;
}

const CHANTIER_WORD = /^chantier(?=[\s:\-–—\d#n°«"“]|$)/i;
/** "n°3", "N° 3", "no 3", "#3", "3" after the word. */
const CHANTIER_NUMBER = /^(?:n\s?[°º]|no\.?|#)?\s?\d{1,3}(?!\d)/i;
const SEPARATORS = ':-–—';

/**
 * `Chantier - "Titre"`, `Chantier : Titre`, `Chantier 1 - "Titre"`, `Chantier n°3 – « Titre »`,
 * `CHANTIER 4 « Titre »`, and the slip of a continuation page `Chantier - Chantier - "Titre"`.
 * "Chantier de rénovation…" is a sentence: without a number or a separator, the word is not a heading.
 */
export function parseChantierLine(line: string): ChantierLine | undefined {
  const text = withoutMarkdown(line);
  let index = 0;
  let found = false;
  for (;;) {
    const word = CHANTIER_WORD.exec(text.slice(index, index + 9));
    if (!word) break;
    let at = skipSpaces(text, index + word[0].length);
    const number = CHANTIER_NUMBER.exec(text.slice(at, at + 8));
    if (number) {
      at = skipSpaces(text, at + number[0].length);
    }
    const separated = SEPARATORS.includes(text[at] ?? 'x');
    if (separated) at = skipSpaces(text, at + 1);
    if (!number && !separated && !'«"“'.includes(text[at] ?? 'x')) break;
    found = true;
    index = at;
  }
  if (!found) return undefined;
  return { titre: unquote(text.slice(index)) };
}
