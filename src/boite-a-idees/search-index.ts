/**
 * The box's search over its chantiers: each chantier's strings (title, stake, actions, obstacles,
 * governance…) folded once into one search text, so a keystroke compares strings instead of walking the
 * DOM; the excerpt that shows why a chantier matched; and, when nothing matches, the closest view that
 * would. The rules themselves are plain functions in `src/model/search.ts`.
 */
import { closestWord, findMatches, foldLines, matchesTerms, parseQuery, type Term } from '../model/search.js';
import { SECTION_KEYS } from '../model/sections.js';
import type { Chantier, Item, Sigle } from '../model/types.js';
import { stakeOf } from '../shared/searching.js';

/** Every string of a chantier, title and theme first (an excerpt skips those two: they are shown anyway). */
function searchParts(chantier: Chantier): string[] {
  const parts: string[] = [chantier.titre, chantier.thematique];
  if (chantier.atelier) parts.push(chantier.atelier.titre, chantier.atelier.question ?? '');
  const addItems = (items: readonly Item[] | undefined) => {
    for (const item of items ?? []) {
      if (typeof item === 'string') parts.push(item);
      else {
        parts.push(item.texte);
        addItems(item.items);
      }
    }
  };
  for (const key of SECTION_KEYS) {
    if (key === 'gouvernance') {
      for (const role of chantier.gouvernance?.roles ?? []) parts.push(role.role, role.texte);
      addItems(chantier.gouvernance?.notes);
    } else {
      const section = chantier[key];
      if (section?.texte) parts.push(section.texte);
      addItems(section?.items);
    }
  }
  // The follow-up's words too: who carries it, its steps, the notes on its criteria.
  const suivi = chantier.suivi;
  if (suivi) {
    if (suivi.porteur) parts.push(suivi.porteur);
    for (const etape of suivi.etapes ?? []) parts.push(etape.texte);
    for (const critere of suivi.criteres ?? []) if (critere.note) parts.push(critere.note);
  }
  return parts;
}

const searchTexts = new WeakMap<Chantier, string>();

/**
 * A chantier's search text — its strings folded, one per line (`foldLines`) — computed on first use and
 * kept as long as the chantier: a box that nobody searches never folds its text.
 */
export function searchTextOf(chantier: Chantier): string {
  let text = searchTexts.get(chantier);
  if (text === undefined) searchTexts.set(chantier, (text = foldLines(searchParts(chantier))));
  return text;
}

/**
 * What a chantier's entry in the overview shows under its title: its stake, or, during a search, the first
 * string beyond its title and theme where a term was found, started a little before the first match.
 */
export function excerptOf(chantier: Chantier, terms: readonly Term[]): string {
  const text = stakeOf(chantier);
  if (!terms.length) return text;
  const folded = searchTextOf(chantier);
  const from = folded.indexOf('\n', folded.indexOf('\n') + 1);
  let at = -1;
  for (const { needles } of terms) {
    for (const needle of needles) {
      const found = from < 0 ? -1 : folded.indexOf(needle, from);
      if (found >= 0 && (at < 0 || found < at)) at = found;
    }
  }
  if (at < 0) return text;
  let line = 0;
  for (let next = folded.indexOf('\n'); next >= 0 && next < at; next = folded.indexOf('\n', next + 1)) line += 1;
  const part = searchParts(chantier)[line];
  const start = findMatches(part, terms)[0]?.[0] ?? 0;
  // A long string: start at the word some forty characters before the match, so the match shows.
  return start > 60 ? `…${part.slice(part.indexOf(' ', start - 40) + 1)}` : part;
}

export interface Searchable {
  readonly chantier: Chantier;
  /** The theme's slug. */
  readonly theme: string;
}

/** A view that finds something, close to one that found nothing. */
export interface Suggestion {
  readonly query: string;
  readonly themes: readonly string[];
  readonly shown: number;
}

const vocabularies = new WeakMap<readonly Searchable[], Set<string>>();

/** Every folded word of the chantiers, once. */
function vocabularyOf(entries: readonly Searchable[]): Set<string> {
  let words = vocabularies.get(entries);
  if (!words) {
    words = new Set();
    for (const { chantier } of entries) for (const word of searchTextOf(chantier).split(/\s+/)) if (word.length > 2) words.add(word);
    vocabularies.set(entries, words);
  }
  return words;
}

/**
 * When a query (in the selected themes) finds nothing: the closest view that finds something. In order:
 * the same words in the theme(s) where they are found; each word that is found nowhere replaced by the
 * chantiers' closest word ("dicriminations" → "discriminations"); then the query without one of its
 * terms (the one whose removal finds the most). Bounded: at most `MAX_TERMS` + 2 passes over the texts.
 */
export function suggestView(entries: readonly Searchable[], query: string, themes: readonly string[], glossaire: readonly Sigle[]): Suggestion | undefined {
  const terms = parseQuery(query, glossaire);
  const finds = (text: string) => entries.filter(({ chantier }) => matchesTerms(searchTextOf(chantier), parseQuery(text, glossaire)));
  let corrected = query;
  for (const term of terms) {
    const word = term.needles[0].slice(1);
    if (!word.includes(' ') && !entries.some(({ chantier }) => matchesTerms(searchTextOf(chantier), [term]))) {
      const closest = closestWord(word, vocabularyOf(entries));
      if (closest) corrected = corrected.replace(term.source, closest);
    }
  }
  const shorter = terms.length > 1 ? terms.map((term) => query.replace(term.source, ' ').replace(/\s+/g, ' ').trim()) : [];
  let best: Suggestion | undefined;
  for (const candidate of new Set([query, corrected, ...shorter])) {
    const found = finds(candidate);
    if (!found.length) continue;
    const inThemes = found.filter((entry) => themes.includes(entry.theme));
    const where = new Set(found.map((entry) => entry.theme));
    const suggestion = inThemes.length
      ? { query: candidate, themes, shown: inThemes.length }
      : { query: candidate, themes: themes.length && where.size === 1 ? [...where] : [], shown: found.length };
    // The query as typed or corrected comes first; of the shorter ones, the one that finds the most.
    if (candidate === query || candidate === corrected) return suggestion;
    if (!best || suggestion.shown > best.shown) best = suggestion;
  }
  return best;
}
