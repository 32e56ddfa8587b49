/**
 * Search as French visitors type, as plain functions: how a query is read, what a text must contain to
 * match it, and where the matches are (for highlighting).
 *
 * Texts and queries are folded alike: no accents, no case, ligatures spelled out (œ → oe), and every run
 * of anything but letters and digits — spaces of any width, hyphens, apostrophes of any shape,
 * punctuation — becomes one space. A folded text starts and ends with a space, so " mot" finds a word
 * starting with "mot" and " mot " exactly that word, and a phrase is its folded words in a row.
 *
 * A query is a list of terms, all required. A word finds the words starting with it, and its other
 * number (hôpitaux ↔ hôpital, logements → logement); a lone letter is no term (it narrows nothing);
 * "l'", "d'", "qu'"… before a word are dropped; "au-delà" and "au delà" are the same two words; a phrase
 * in quotes is found as written (accents and case aside); an acronym of the glossary finds its expansion
 * and the expansion its acronym.
 *
 * Every step is bounded: a query is cut at `MAX_QUERY_LENGTH` characters and keeps at most `MAX_TERMS`
 * distinct terms, so matching costs at most a fixed number of scans of each text, whatever the query.
 */
import type { Sigle } from './types.js';
import { MAX_QUERY_LENGTH, MAX_TERMS, type Term } from './query.js';
import { editDistance } from './edit-distance.js';

export { MAX_QUERY_LENGTH, MAX_TERMS, matchesTerms, type Term } from './query.js';

type Range = [start: number, end: number];

const SPELLED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ς: 'σ' };

/** No accents, no case, ligatures spelled out: "Œuvre" → "oeuvre". */
const unaccent = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[œæßς]/g, (letter) => SPELLED[letter]);

/**
 * The words of a text (runs of letters and digits; line breaks too, if `lines`) between single spaces.
 * Gathered with one `match` and joined: replacing each separator with a regular expression costs ≈ 1 µs
 * a match, 4 × more on a long text; and the joined string is flat, so the first search does not pay to
 * flatten it.
 */
function spaced(text: string, lines?: boolean): string {
  const words: string[] = unaccent(text).match(lines ? /[\p{L}\p{N}\n]+/gu : /[\p{L}\p{N}]+/gu) ?? [];
  words.unshift('');
  words.push('');
  return words.join(' ') || ' ';
}

/** A text folded for search: `"L’œuvre  au-delà"` → `" l oeuvre au dela "`. */
export const foldWords = (text: string) => spaced(text);

/**
 * Strings folded into one search text, one per line (" un acces \n logement "), so a phrase never spans
 * two of them: as `strings.map(foldWords).join('\n')`, in one pass instead of one per string.
 */
export const foldLines = (strings: readonly string[]) => spaced(strings.map((text) => text.replaceAll('\n', ' ')).join(' \n '), true);

const folds = new Map<string, string>();

/**
 * The folded text (as `foldWords`) and, for each of its code units, the index in `text` it comes from:
 * a match in the folded text is then a range of the original letters ("œuvre" for "oeuvre").
 */
export function foldMapped(text: string): { folded: string; origin: number[] } {
  // Folded letters gathered in an array and joined once: testing the end of a growing string would
  // flatten it at every character (quadratic on long texts).
  const letters: string[] = [' '];
  const origin = [0];
  let index = 0;
  for (const character of text) {
    let folded = folds.get(character);
    if (folded === undefined) {
      folded = unaccent(character).replace(/[^\p{L}\p{N}]/gu, ' ');
      if (folds.size < 4096) folds.set(character, folded);
    }
    for (const letter of folded) {
      if (letter === ' ' && letters[letters.length - 1] === ' ') continue;
      letters.push(letter);
      for (let unit = 0; unit < letter.length; unit += 1) origin.push(index);
    }
    index += character.length;
  }
  if (letters[letters.length - 1] !== ' ') {
    letters.push(' ');
    origin.push(text.length);
  }
  return { folded: letters.join(''), origin };
}

/**
 * The other number of a folded word, for the regular French plurals: "hopitaux" → "hopital", "jeux" →
 * "jeu", "logements" → "logement", "travail" → "travaux". A singular query already finds "-s"/"-x" plurals
 * (a word starting with it), so only "-al"/"-ail" → "-aux" go that way. Words under four letters keep
 * theirs ("des", "ars").
 */
export function otherNumber(word: string): string[] {
  if (word.length < 4) return [];
  const stem = word.slice(0, -3);
  if (word.endsWith('aux')) return [word.slice(0, -1), `${stem}al`, `${stem}ail`];
  if (/[sx]$/.test(word)) return [word.slice(0, -1)];
  if (word.endsWith('ail')) return [`${stem}aux`];
  return word.endsWith('al') ? [`${word.slice(0, -2)}aux`] : [];
}

/** A French elision before a word ("l’", "d'", "qu’", "jusqu’"…): the word alone is what is looked for. */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’‘ʼ′]/iu;

interface Acronym {
  readonly sigle: string;
  /** The acronym folded as in a text (" ars "), or `''` when that is a common word ("DE" is "de"). */
  readonly folded: string;
  /** The expansion folded as in a text (" caisse d allocations familiales "), without a note in parentheses. */
  readonly meaning: string;
  /** The expansion's words as a query reads them (elisions dropped), to recognise it in a query. */
  readonly spoken: readonly string[];
}

/** Words that some acronyms also spell ("DE", demandeurs d'emploi): a text's "de" is not that acronym. */
const COMMON = / (?:a|au|aux|ce|de|des|du|en|et|il|la|le|les|ou|sa|se|un|une) /;

const acronymsOf = new WeakMap<readonly Sigle[], Acronym[]>();

function acronyms(glossaire: readonly Sigle[]): Acronym[] {
  let known = acronymsOf.get(glossaire);
  if (!known) {
    known = glossaire.map(({ sigle, definition }) => {
      const note = definition.indexOf('(');
      const expansion = note < 0 ? definition : definition.slice(0, note);
      const folded = foldWords(sigle);
      return { sigle, folded: COMMON.test(folded) ? '' : folded, meaning: foldWords(expansion), spoken: read(expansion).flatMap((piece) => piece.words) };
    });
    acronymsOf.set(glossaire, known);
  }
  return known;
}

const words = (text: string) => foldWords(text).split(' ').filter(Boolean);

interface Piece {
  words: string[];
  /** In closed quotes: every word exactly as written. */
  exact?: boolean;
  /** What the visitor typed for it. */
  source: string;
  /** An acronym this piece is, or spells out. */
  acronym?: Acronym;
}

/** Reads text outside quotes into pieces: hyphens and spaces alike ("au-delà" is "au delà"), elisions dropped. */
function read(text: string, known: readonly Acronym[] = []): Piece[] {
  const pieces: Piece[] = [];
  for (const source of text.split(/[\s\-‐‑–—]+/u)) {
    const word = source.replace(ELISION, '');
    const found = words(word);
    // An acronym typed: any case from three letters ("ars"), as written below ("RH", not "rh"; "DE", not "de").
    const acronym = known.find((entry) => entry.sigle === word || (word.length > 2 && entry.folded === foldWords(word)));
    // A lone letter finds every word it starts: no narrowing, only noise ("s" while typing "santé").
    if (found.join('').length > 1 || /\d/.test(word)) pieces.push({ words: found, source, acronym });
  }
  return pieces;
}

/**
 * Reads a query into its terms, with the document's glossary (acronyms and their expansions). Bounded:
 * `MAX_QUERY_LENGTH` characters, at most `MAX_TERMS` terms, duplicates dropped.
 */
export function parseQuery(query: string, glossaire: readonly Sigle[] = []): Term[] {
  const pieces: Piece[] = [];
  const known = acronyms(glossaire);
  // Quotes of every kind open and close a phrase; the text between odd and even quotes is one.
  query
    .slice(0, MAX_QUERY_LENGTH)
    .split(/["“”«»„]/)
    .forEach((segment, index, segments) => {
      const phrase = words(segment);
      // Still being typed (no closing quote yet): its last word may be incomplete.
      if (index % 2 === 0) pieces.push(...read(segment, known));
      else if (phrase.length) pieces.push({ words: phrase, exact: index < segments.length - 1, source: `"${segment}"` });
    });
  spellOutAcronyms(pieces, known);

  const terms = new Map<string, Term>();
  for (const { words: [...init], exact, source, acronym } of pieces) {
    const last = init.pop()!;
    const phrase = (word: string, end = ' ') => ` ${[...init, word].join(' ')}${end}`;
    const needles = exact ? [phrase(last)] : [phrase(last, ''), ...otherNumber(last).map((word) => phrase(word))];
    if (acronym) needles.push(acronym.meaning, acronym.folded);
    const unique = [...new Set(needles)].filter((needle) => needle.trim());
    const key = unique.join('\n');
    if (!terms.has(key) && terms.size < MAX_TERMS) terms.set(key, { needles: unique, source });
  }
  return [...terms.values()];
}

/** Words of the query that spell out an acronym's expansion ("Agence régionale de santé") become one term. */
function spellOutAcronyms(pieces: Piece[], known: readonly Acronym[]) {
  for (let start = 0; start < pieces.length; start += 1) {
    const entry = known.find(
      ({ spoken }) =>
        spoken.length > 1 &&
        spoken.every((word, offset) => {
          const piece = pieces[start + offset];
          return piece && !piece.exact && piece.words.length === 1 && piece.words[0] === word;
        }),
    );
    if (entry) {
      const spelled = pieces.splice(start, entry.spoken.length);
      pieces.splice(start, 0, { words: words(entry.meaning), exact: true, source: spelled.map((piece) => piece.source).join(' '), acronym: entry });
    }
  }
}

/**
 * Where the terms occur in `text`, as sorted, merged ranges of the original text. Every form found is
 * marked, each to the end of its word ("sant" marks "santé", "hôpitaux" marks "hôpital").
 */
export function findMatches(text: string, terms: readonly Term[]): Range[] {
  const { folded, origin } = foldMapped(text);
  const ranges: Range[] = [];
  for (const { needles } of terms) {
    for (const needle of needles) {
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        let end = at + needle.trimEnd().length;
        while (folded[end] !== ' ') end += 1;
        const last = origin[end - 1];
        ranges.push([origin[at + 1], last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/**
 * The word of `vocabulary` closest to `word` in spelling (at most one edit for short words, two from six
 * letters; a word of the vocabulary may be longer, `word` being its start), or `undefined`.
 */
export function closestWord(word: string, vocabulary: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = word.length < 6 ? 2 : 3;
  if (word.length < 3 || word.length > 30) return undefined;
  for (const candidate of vocabulary) {
    // Shorter by the best distance or more: farther than the best, whole or as a start.
    if (word.length - candidate.length >= bestDistance) continue;
    const distance = Math.min(editDistance(word, candidate, bestDistance), editDistance(word, candidate.slice(0, word.length), bestDistance));
    if (distance > 0 && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
