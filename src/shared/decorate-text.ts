/**
 * Renders a data string as text, with two additions that never change its words: acronyms of the
 * glossary marked up with `<abbr title>` (first occurrence per element), and every form of the search
 * terms found wrapped in `<mark>` (`findMatches`, from the search chunk: searching.ts), inside an `<abbr>`
 * too. Everything stays text: no string becomes markup.
 */
import type { TemplateResult } from 'lit';
import { html } from './entry-lit.js';
import type { Term } from '../model/query.js';
import type { Sigle } from '../model/types.js';
import { searching } from './searching.js';

export interface TextDecorations {
  /** The document's glossary: acronyms and what they stand for. */
  readonly glossaire: readonly Sigle[];
  /** The search terms to highlight (`parseQuery`). */
  readonly terms: readonly Term[];
}

type Range = [start: number, end: number];

/** A decorated text: a plain string, or strings and `<abbr>`/`<mark>` as Lit templates or as DOM nodes. */
export type Decorated = string | (string | TemplateResult | Node)[];

/**
 * A text renderer for one element: it remembers which acronyms it has already expanded. It gives Lit
 * values for templates, or, with `dom`, strings and nodes to `append` (the lists, built without a Lit
 * part per item: render.ts).
 */
export type TextRenderer = (text: string, dom?: boolean) => Decorated;

type Piece = string | TemplateResult | Node;

/** How a highlight and an acronym are made: as Lit templates, or as DOM nodes (never from markup). */
const makers = [
  {
    mark: (text: string): Piece => html`<mark part="mark">${text}</mark>`,
    abbr: (title: string, inner: Piece[]): Piece => html`<abbr title=${title}>${inner}</abbr>`,
  },
  {
    mark: (text: string): Piece => {
      const mark = document.createElement('mark');
      mark.setAttribute('part', 'mark');
      mark.textContent = text;
      return mark;
    },
    abbr: (title: string, inner: Piece[]): Piece => {
      const abbr = document.createElement('abbr');
      abbr.title = title;
      abbr.append(...(inner as (string | Node)[]));
      return abbr;
    },
  },
];

export function createTextRenderer({ glossaire, terms }: TextDecorations): TextRenderer {
  const acronyms = glossaryPattern(glossaire);
  const seen = new Set<string>();
  if (!acronyms && !terms.length) return (text) => text;
  return (text, dom) => {
    const make = makers[dom ? 1 : 0];
    // Terms come from the search chunk (or its stand-in): it is there whenever there are terms.
    const marks = terms.length ? searching.get()!.findMatches(text, terms) : [];
    const pieces: Piece[] = [];
    let at = 0;
    if (acronyms) {
      acronyms.pattern.lastIndex = 0;
      for (let match = acronyms.pattern.exec(text); match; match = acronyms.pattern.exec(text)) {
        const sigle = match[0];
        if (seen.has(sigle)) continue;
        seen.add(sigle);
        const end = match.index + sigle.length;
        pieces.push(...highlight(text, at, match.index, marks, make.mark));
        pieces.push(make.abbr(acronyms.definitions.get(sigle)!, highlight(text, match.index, end, marks, make.mark)));
        at = end;
      }
    }
    pieces.push(...highlight(text, at, text.length, marks, make.mark));
    // A plain string when nothing was decorated: Lit renders it as one text node, an array as many parts.
    return pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : pieces;
  };
}

/** The text between `start` and `end`, with the parts inside `marks` wrapped in `<mark>`. */
function highlight(text: string, start: number, end: number, marks: readonly Range[], mark: (text: string) => Piece): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (const [markStart, markEnd] of marks) {
    const from = Math.max(markStart, at);
    const to = Math.min(markEnd, end);
    if (from >= to) continue;
    if (from > at) pieces.push(text.slice(at, from));
    pieces.push(mark(text.slice(from, to)));
    at = to;
  }
  if (at < end) pieces.push(text.slice(at, end));
  return pieces;
}

const patterns = new WeakMap<readonly Sigle[], { pattern: RegExp; definitions: Map<string, string> } | null>();

/** One regular expression for all acronyms, as whole words and case-sensitive ("DE", not "de"). */
function glossaryPattern(glossaire: readonly Sigle[]) {
  if (!glossaire.length) return null;
  let cached = patterns.get(glossaire);
  if (cached === undefined) {
    const definitions = new Map(glossaire.map((entry) => [entry.sigle, entry.definition]));
    const alternatives = [...definitions.keys()]
      .sort((a, b) => b.length - a.length)
      .map((sigle) => sigle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cached = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), definitions };
    patterns.set(glossaire, cached);
  }
  return cached;
}
