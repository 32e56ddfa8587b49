/**
 * A section's lines (after its heading) to the document's `{ texte, items }`, and a governance section to
 * its rows. Nesting comes from indentation, and from the bullet glyph when a word processor exported the
 * list flat (Word writes "·", "o", "§" at levels 1, 2, 3 with no indentation at all).
 */
import type { Item } from './schema.js';
import type { Gouvernance, Role, Section } from './types.js';
import { continuesLine, listMarker, type Line } from './restitution-lines.js';

/** A line of a section, or `undefined` for a break (a blank line, a page break). */
export type SectionLine = Line | undefined;

/** What the builder tells the importer about a line it placed on a guess, or not quite where it was written. */
export type SectionFlag = (line: Line, code: 'joined-to-item' | 'nesting-capped') => void;

/**
 * Deeper lists are flattened to this level (and the line flagged): the document format refuses more than
 * 64 levels of JSON, and no restitution nests a list this far on purpose (a text indented one more space
 * on each line would otherwise build thousands of levels).
 */
export const MAX_NESTING = 16;

/** An item while its list is being read; `indent` decides which later bullets nest under it. */
interface Node {
  /** The line as written, its marker ("1.", "a)") included. */
  text: string;
  /** Without its number, when it has one. */
  body: string;
  ordinal?: number;
  children: Node[];
  indent: number;
  /** An introduction ("Souhait d'associer:") takes the bullets that follow at its own indent too. */
  intro: boolean;
  /** The last line added, to tell a wrapped line from a new sentence. */
  lastLine: string;
}

/** How much deeper a glyph's level counts than indentation: "o" under "·" nests even with no indentation. */
const GLYPH_STEP = 1000;

/**
 * A first paragraph is the section's text; a short line ending with ":" introduces a nested list; a line
 * right under a bullet continues it ("Il s'agit de:"), silently when it reads as a wrapped line, flagged
 * otherwise; bullets indented under a bullet nest under it.
 */
export function buildSection(lines: readonly SectionLine[], flag: SectionFlag): { texte?: string; items: Item[] } {
  let texte: string | undefined;
  const roots: Node[] = [];
  let open: Node[] = [];
  let paragraph: Line[] = [];
  let last: Node | undefined;

  const flushParagraph = () => {
    if (!paragraph.length) return;
    const text = paragraph.map((line) => line.text).join(' ');
    const node: Node = { text, body: text, children: [], indent: paragraph[0].indent, intro: isIntroduction(text), lastLine: text };
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
    const marker = listMarker(line.text);
    if (marker) {
      flushParagraph();
      const indent = line.indent + (marker.glyphLevel - 1) * GLYPH_STEP;
      const text = marker.ordinal !== undefined ? line.text : marker.body;
      const node: Node = { text, body: marker.body, ordinal: marker.ordinal, children: [], indent, intro: false, lastLine: line.text };
      while (open.length && !accepts(open.at(-1)!, indent)) open.pop();
      if (open.length >= MAX_NESTING) {
        flag(line, 'nesting-capped');
        open.length = MAX_NESTING - 1;
      }
      (open.at(-1)?.children ?? roots).push(node);
      open.push(node);
      last = node;
    } else if (last) {
      if (!continuesLine(last.lastLine, line.text)) flag(line, 'joined-to-item');
      last.text += ` ${line.text}`;
      last.body += ` ${line.text}`;
      last.lastLine = line.text;
    } else {
      // Consecutive lines make one paragraph when the second one continues the first (a wrapped line);
      // otherwise each is its own paragraph, as a word processor writes one paragraph per line.
      if (paragraph.length && !continuesLine(paragraph.at(-1)!.text, line.text)) flushParagraph();
      paragraph.push(line);
    }
  }
  flushParagraph();
  return { ...(texte !== undefined ? { texte } : {}), items: toItems(roots) };
}

const accepts = (parent: Node, indent: number) => (parent.intro ? indent >= parent.indent : indent > parent.indent);

/** "Souhait d'associer:" introduces a list; a paragraph ending with ":" (several sentences) is a text. */
const isIntroduction = (text: string) => /:$/.test(text) && text.length <= 80 && !/[.!?]\s/.test(text);

/**
 * A list numbered 1, 2, 3… (or a, b, c…) is a list: its numbers are its order, which the document keeps
 * as the order of its items, so they are dropped ("• 1) …" read badly). A number that is not part of such
 * a sequence ("2. " alone, "1." then "3.") is kept as written.
 */
function toItems(nodes: readonly Node[]): Item[] {
  const sequence = nodes.length > 1 && nodes.every((node, index) => node.ordinal === index + 1);
  return nodes.map((node) => {
    const text = sequence ? node.body : node.text;
    return node.children.length ? { texte: text, items: toItems(node.children) } : text;
  });
}

export function toSection(built: { texte?: string; items: Item[] }): Section | undefined {
  if (built.texte === undefined && !built.items.length) return undefined;
  return { ...(built.texte !== undefined ? { texte: built.texte } : {}), ...(built.items.length ? { items: built.items } : {}) };
}

/** A row's role: a few words ("Pilote", "Le(s) pilote(s)", "L'échelle territoriale est à définir"), not a sentence. */
const ROLE_MAX = 50;
const ROLE_MAX_WORDS = 6;

/**
 * "Pilote : la mairie", and "Pilote: la mairie" typed without the French space: the role, then what the
 * participants said, split at the first colon followed by a space. Found with `indexOf`, never a pattern
 * that could backtrack over a long line.
 */
export function splitRole(item: string): Role | undefined {
  for (let colon = item.indexOf(':'); colon > 0 && colon <= ROLE_MAX + 2; colon = item.indexOf(':', colon + 1)) {
    const after = item.charCodeAt(colon + 1);
    if (!(after === 0x20 || after === 0xa0 || after === 0x202f || after === 0x09)) continue;
    const role = item.slice(0, colon).trim();
    const texte = item.slice(colon + 1).trim();
    if (!role || !texte || role.length > ROLE_MAX || /[.!?;]/.test(role) || role.split(/\s+/).length > ROLE_MAX_WORDS) return undefined;
    return { role, texte };
  }
  return undefined;
}

/** Governance lines "X : Y" become rows {role: X, texte: Y}; others are notes. */
export function toGouvernance(built: { texte?: string; items: Item[] }): Gouvernance | undefined {
  const roles: Role[] = [];
  const notes: Item[] = [];
  for (const item of built.texte !== undefined ? [built.texte, ...built.items] : built.items) {
    const row = typeof item === 'string' ? splitRole(item) : undefined;
    if (row) roles.push(row);
    else notes.push(item);
  }
  if (!roles.length && !notes.length) return undefined;
  return { ...(roles.length ? { roles } : {}), ...(notes.length ? { notes } : {}) };
}
