/**
 * JSON problems as an officer can act on them, without words (labels.ts words them): where a validation
 * error is, in the document's terms (the chantier's number and title, the section, the n-th item) rather
 * than a 0-based path; and what a syntax error most likely is (a missing comma, a comma too many,
 * typographic quotes), with the place to fix it. Pure: it runs in the analysis Worker.
 */
import { parsePath } from '../model/source-text.js';

export type SectionName = 'enjeu' | 'reussite' | 'actions' | 'ressources' | 'questions' | 'gouvernance' | 'freins';

/** One step of a path, in the document's terms; numbers are 1-based. */
export type PathStep =
  | { readonly kind: 'rencontre' }
  | { readonly kind: 'glossaire' }
  | { readonly kind: 'chantiers' }
  | { readonly kind: 'chantier'; readonly number: number; readonly titre?: string }
  | { readonly kind: 'sigle'; readonly number: number; readonly sigle?: string }
  | { readonly kind: 'section'; readonly key: SectionName }
  | { readonly kind: 'item'; readonly number: number; readonly depth: number }
  | { readonly kind: 'role'; readonly number: number }
  | { readonly kind: 'note'; readonly number: number }
  | { readonly kind: 'paragraph'; readonly number: number }
  | { readonly kind: 'field'; readonly key: string };

const SECTIONS = new Set<string>(['enjeu', 'reussite', 'actions', 'ressources', 'questions', 'gouvernance', 'freins']);

const child = (value: unknown, key: string | number): unknown =>
  value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/** A title to show beside a number, shortened: the value is the author's, maybe not even a text. */
const shortText = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  if (value.length <= 60) return value;
  // Cut at a word: "lutter contre les discriminations à l'emploi, et des jeunes…".
  const space = value.lastIndexOf(' ', 57);
  return `${value.slice(0, space > 30 ? space : 57).replace(/[\s,;:]+$/, '')}…`;
};

/**
 * `chantiers[1].freins.items[0]` in the document `value` → chantier 2 « its title », section freins,
 * item 1. Keys the format does not know stay fields, named as written.
 */
export function describePath(value: unknown, path: string): PathStep[] {
  const steps: PathStep[] = [];
  let node = value;
  let parentKey: string | number | undefined;
  let itemDepth = 0;
  for (const key of parsePath(path)) {
    const next = child(node, key);
    if (typeof key === 'number') {
      if (parentKey === 'chantiers') steps.push({ kind: 'chantier', number: key + 1, ...(shortText(child(next, 'titre')) ? { titre: shortText(child(next, 'titre')) } : {}) });
      else if (parentKey === 'glossaire') steps.push({ kind: 'sigle', number: key + 1, ...(shortText(child(next, 'sigle')) ? { sigle: shortText(child(next, 'sigle')) } : {}) });
      else if (parentKey === 'items') steps.push({ kind: 'item', number: key + 1, depth: itemDepth++ });
      else if (parentKey === 'roles') steps.push({ kind: 'role', number: key + 1 });
      else if (parentKey === 'notes') steps.push({ kind: 'note', number: key + 1 });
      else if (parentKey === 'presentation') steps.push({ kind: 'paragraph', number: key + 1 });
      else steps.push({ kind: 'item', number: key + 1, depth: itemDepth++ });
    } else if (key === 'rencontre' && !steps.length) steps.push({ kind: 'rencontre' });
    else if (key === 'glossaire' && !steps.length) steps.push({ kind: 'glossaire' });
    else if (key === 'chantiers' && !steps.length) {
      // "Chantier 2" says enough; the list itself is named only when it is the problem.
    } else if (SECTIONS.has(key) && steps.at(-1)?.kind === 'chantier') steps.push({ kind: 'section', key: key as SectionName });
    else if (key !== 'items' && key !== 'roles' && key !== 'notes' && key !== 'presentation') steps.push({ kind: 'field', key });
    parentKey = key;
    node = next;
  }
  if (parentKey === 'chantiers' && !steps.length) steps.push({ kind: 'chantiers' });
  return steps;
}

/** What a syntax error most likely is. */
export type SyntaxHint = 'missing-comma' | 'trailing-comma' | 'curly-quote' | 'single-quote' | 'comment' | 'unquoted-key' | 'truncated';

export interface ExplainedSyntaxError {
  readonly hint?: SyntaxHint;
  /** Where to send the caret: the end of the value before a missing comma, the comma too many… */
  readonly offset: number;
}

const CURLY = '“”«»‘’„';
const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** The offset of the last non-space character before `offset`, or -1. */
function previousVisible(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && isSpace(text[index])) index -= 1;
  return index;
}

/** The hint for a syntax error found at `offset` (the character `found`, or the end of the text). */
export function explainSyntaxError(text: string, offset: number, found: string): ExplainedSyntaxError {
  if (!found) return { hint: 'truncated', offset };
  if (CURLY.includes(found)) return { hint: 'curly-quote', offset };
  if (found === "'") return { hint: 'single-quote', offset };
  if (found === '/' || found === '#') return { hint: 'comment', offset };
  const before = previousVisible(text, offset);
  const previous = text[before];
  if ((found === '}' || found === ']') && previous === ',') return { hint: 'trailing-comma', offset: before };
  // A value ends the line before, and the next one starts here: the comma between them is missing.
  const endsValue = previous !== undefined && (previous === '"' || previous === '}' || previous === ']' || /[0-9a-z]/.test(previous));
  const startsValue = found === '"' || found === '{' || found === '[' || /[-0-9tfn]/.test(found);
  // Only across a line break: on one line, `"a" "b"` may as well lack its colon.
  const newline = /[\r\n]/.test(text.slice(before + 1, offset));
  if (endsValue && startsValue && newline) return { hint: 'missing-comma', offset: before + 1 };
  if (/[A-Za-z_$]/.test(found) && (previous === '{' || previous === ',')) return { hint: 'unquoted-key', offset };
  return { offset };
}
