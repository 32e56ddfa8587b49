/**
 * What the clipboard's HTML and the officer's .docx or .odt become: the text template the importer reads
 * (data/restitution.txt), with the structure the word processor knew written out — a heading as a
 * Markdown heading (`## Enjeu`), a list item as `- ` or its number, indented two spaces per level, a blank
 * line between paragraphs. The author sees exactly what will be imported, and can edit it.
 */

export type Block =
  /** A paragraph; "\n" where the author broke the line inside it. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A heading (a heading style, or a short paragraph all in bold), level 1–6. */
  | { readonly kind: 'heading'; readonly text: string; readonly level: number }
  /** A list item at `level` (1 = not nested); `marker` as its list numbers it ("1.", "a)"), or a bullet. */
  | { readonly kind: 'item'; readonly text: string; readonly level: number; readonly marker?: string }
  /** A further paragraph of the list item above it. */
  | { readonly kind: 'continuation'; readonly text: string; readonly level: number };

/** Spaces, tabs and line ends of markup made one space; no-break spaces stay (French typography). */
export function normalizeSpaces(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

/** Each line trimmed and made of single spaces, empty lines dropped. */
function cleanLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => normalizeSpaces(line).trim())
    .filter(Boolean);
}

export function blocksToTemplate(blocks: readonly Block[]): string {
  const out: string[] = [];
  const blank = () => {
    if (out.length && out.at(-1) !== '') out.push('');
  };
  let inList = false;
  for (const block of blocks) {
    const lines = cleanLines(block.text);
    if (!lines.length) continue;
    if (block.kind === 'item' || block.kind === 'continuation') {
      if (!inList) blank();
      inList = true;
      const indent = '  '.repeat(Math.max(0, block.level - 1));
      const text = lines.join(' ');
      out.push(block.kind === 'item' ? `${indent}${block.marker ?? '-'} ${text}` : `${indent}  ${text}`);
      continue;
    }
    if (inList) blank();
    inList = false;
    blank();
    if (block.kind === 'heading') out.push(`${'#'.repeat(Math.min(6, Math.max(1, block.level)))} ${lines.join(' ')}`);
    else out.push(...lines);
    blank();
  }
  while (out.at(-1) === '') out.pop();
  return out.length ? `${out.join('\n')}\n` : '';
}

/** A paragraph short enough to be a heading when it is all in bold; "Souhait d'associer :" introduces a list. */
export const BOLD_HEADING_MAX = 80;
export const readsAsBoldHeading = (text: string): boolean => {
  const trimmed = normalizeSpaces(text).trim();
  return trimmed.length > 0 && trimmed.length <= BOLD_HEADING_MAX && !/[:.,;]$/.test(trimmed) && !trimmed.includes('\n');
};

/** "1.", "12)", "a)", "(b)": the number a list gave an item, as written; `undefined` for a bullet glyph. */
export function ordinalMarker(glyph: string): string | undefined {
  const trimmed = glyph.trim();
  return /^\(?(?:\d{1,3}|[a-zA-Z])[.)]$/.test(trimmed) ? trimmed : undefined;
}

/** The marker of the `n`-th item (1-based) of a numbered list in a given format. */
export function numberMarker(n: number, format: 'decimal' | 'lower-alpha' | 'upper-alpha'): string {
  if (format === 'decimal' || n > 26) return `${n}.`;
  const letter = String.fromCharCode(96 + n);
  return `${format === 'upper-alpha' ? letter.toUpperCase() : letter})`;
}
