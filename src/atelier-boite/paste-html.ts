/**
 * The HTML a word processor puts on the clipboard, as the text template (template-text.ts). Its plain-text
 * version has lost the bullets, the nesting and the paragraph breaks; its HTML has them:
 *   Word              `<p class=MsoListParagraph… style='mso-list:l0 level2 lfo1'>`, the bullet between the
 *                     comments `<!--[if !supportLists]-->` and `<!--[endif]-->`, headings `<h1>` or bold
 *   LibreOffice       real nested `<ul>`/`<ol>`, `<li><p>…`, `<h2>`
 *   Google Docs       `<ul><li aria-level="2">`, nested lists beside their items, bold as `font-weight:700`
 *                     inside a `<b style="font-weight:normal" id="docs-internal-guid-…">` wrapper
 *
 * The HTML is read by `DOMParser` into an inert document that is never attached to the page: nothing in it
 * runs, loads or renders; only its text and its structure are read (trusted-types.ts says so to a page
 * that enforces Trusted Types).
 */
import { parseInert } from './trusted-types.js';
import { blocksToTemplate, normalizeSpaces, numberMarker, ordinalMarker, readsAsBoldHeading, type Block } from './template-text.js';

/** Whether clipboard HTML carries structure worth reading rather than its plain text. */
function hasStructure(doc: Document): boolean {
  return (
    doc.querySelector(`li, h1, h2, h3, h4, h5, h6, [${STYLE}*="mso-list"], [class^="MsoListParagraph"], [id^="docs-internal-guid"]`) !== null ||
    doc.querySelectorAll('p').length > 1
  );
}

/**
 * The text template for clipboard HTML, or `undefined` when the HTML has no structure of its own (a single
 * paragraph, a code editor's lines) and the plain text should be pasted as it is.
 */
export function htmlToTemplate(html: string): string | undefined {
  const doc = parseInert(withoutInlineStyles(html), 'text/html');
  if (!doc || !hasStructure(doc)) return undefined;
  const text = blocksToTemplate(new HtmlReader().read(doc.body));
  return text || undefined;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'SVG', 'OBJECT', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'HR', 'CENTER']);
const HEADING = /^H([1-6])$/;

/** The name the `style` attributes are read under (see `withoutInlineStyles`). */
const STYLE = 'data-boite-style';
const styleOf = (element: Element) => element.getAttribute(STYLE) ?? '';

/**
 * The HTML with its `<style>` elements removed and its `style` attributes renamed, before it is parsed:
 * Chromium checks a parsed document's inline styles against the page's Content-Security-Policy, and a
 * strict page would report every `style` attribute of a Word paste (57 for a short one) although nothing
 * is ever applied. One pass over the markup: each tag is scanned once, quotes respected; text is copied
 * unchanged (a word "style=" in a paragraph is not an attribute).
 */
export function withoutInlineStyles(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let copied = 0;
  for (let index = lower.indexOf('<'); index >= 0 && index < html.length; index = lower.indexOf('<', index)) {
    if (lower.startsWith('<!--', index)) {
      const end = lower.indexOf('-->', index + 4);
      index = end < 0 ? html.length : end + 3;
      continue;
    }
    if (lower.startsWith('<style', index) && !/[a-z0-9-]/.test(lower[index + 6] ?? '')) {
      const close = lower.indexOf('</style', index + 6);
      const end = close < 0 ? -1 : lower.indexOf('>', close);
      out.push(html.slice(copied, index));
      index = copied = end < 0 ? html.length : end + 1;
      continue;
    }
    if (!/[a-z]/.test(lower[index + 1] ?? '')) {
      index += 1;
      continue;
    }
    // A start tag: its name, then its attributes up to ">"; quoted values may hold ">".
    let at = index + 1;
    while (at < html.length && !/[\s/>]/.test(html[at])) at += 1;
    while (at < html.length && html[at] !== '>') {
      if (/[\s/]/.test(html[at])) {
        at += 1;
        continue;
      }
      const nameStart = at;
      while (at < html.length && !/[\s=/>]/.test(html[at])) at += 1;
      if (lower.slice(nameStart, at) === 'style') {
        out.push(html.slice(copied, nameStart), STYLE);
        copied = at;
      }
      while (at < html.length && /\s/.test(html[at])) at += 1;
      if (html[at] !== '=') continue;
      at += 1;
      while (at < html.length && /\s/.test(html[at])) at += 1;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, at + 1);
        at = end < 0 ? html.length : end + 1;
      } else while (at < html.length && !/[\s>]/.test(html[at])) at += 1;
    }
    index = at + 1;
  }
  out.push(html.slice(copied));
  return out.join('');
}
/** Word's hidden runs and anything styled away: not shown, not pasted. */
const isHidden = (element: Element) => /display\s*:\s*none|mso-hide\s*:\s*all|mso-list\s*:\s*ignore/i.test(styleOf(element));

/** Word's list paragraph: `mso-list:l0 level2 lfo1` gives the level. */
function wordListLevel(element: Element): number | undefined {
  const match = /mso-list\s*:\s*l\d+\s+level(\d+)/i.exec(styleOf(element));
  return match ? Number(match[1]) : undefined;
}

class HtmlReader {
  private readonly blocks: Block[] = [];

  read(body: HTMLElement): Block[] {
    this.container(body, 0);
    return this.blocks;
  }

  /** Mixed content: runs of inline nodes make paragraphs, block elements their own blocks. */
  private container(parent: Node, listLevel: number): void {
    let inline: Node[] = [];
    const flush = () => {
      if (inline.length) this.paragraph(inline, undefined);
      inline = [];
    };
    for (const node of parent.childNodes) {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
      if (element && BLOCKS.has(element.tagName)) {
        flush();
        this.block(element, listLevel);
      } else if (element && !SKIPPED.has(element.tagName) && [...element.children].some((child) => BLOCKS.has(child.tagName))) {
        // An inline element around blocks: Google Docs wraps everything in <b style="font-weight:normal">.
        flush();
        this.container(element, listLevel);
      } else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'BR' && !inline.length) {
        // A break between blocks is spacing.
      } else inline.push(node);
    }
    flush();
  }

  private block(element: Element, listLevel: number): void {
    if (isHidden(element)) return;
    const tag = element.tagName;
    const heading = HEADING.exec(tag);
    if (tag === 'UL' || tag === 'OL') return this.list(element, listLevel + 1);
    if (tag === 'LI') return this.item(element, listLevel || 1, undefined);
    if (tag === 'TABLE') return this.table(element, listLevel);
    if (tag === 'HR') return;
    if (tag === 'PRE') {
      this.blocks.push({ kind: 'paragraph', text: element.textContent ?? '' });
      return;
    }
    const wordLevel = tag === 'P' ? wordListLevel(element) : undefined;
    if (wordLevel !== undefined) return this.wordItem(element, wordLevel);
    // Word's title styles are paragraphs of a class: <p class=MsoTitle>.
    const wordTitle = /^Mso(Sub)?title$/i.exec(element.getAttribute('class') ?? '');
    if (heading || wordTitle) {
      this.blocks.push({ kind: 'heading', text: textOf([element]), level: heading ? Number(heading[1]) : wordTitle![1] ? 2 : 1 });
      return;
    }
    // A paragraph of Word's list style with no list of its own: a further paragraph of the item above.
    if (/^MsoListParagraph/.test(element.getAttribute('class') ?? '') && this.blocks.at(-1)?.kind === 'item') {
      const last = this.blocks.at(-1) as Extract<Block, { kind: 'item' }>;
      this.blocks.push({ kind: 'continuation', text: textOf([element]), level: last.level });
      return;
    }
    if ([...element.children].some((child) => BLOCKS.has(child.tagName))) return this.container(element, listLevel);
    this.paragraph([...element.childNodes], element);
  }

  /** A paragraph; all in bold and short, a heading ("Enjeu" in bold, the way many officers mark them). */
  private paragraph(nodes: Node[], element: Element | undefined): void {
    const text = textOf(nodes);
    if (!text.trim()) return;
    const bold = allBold(nodes, element);
    this.blocks.push(bold && readsAsBoldHeading(text) ? { kind: 'heading', text, level: 3 } : { kind: 'paragraph', text });
  }

  private list(list: Element, level: number): void {
    const format = listFormat(list);
    let n = Number(list.getAttribute('start') ?? '1') || 1;
    for (const child of list.children) {
      if (child.tagName === 'LI') {
        // Google Docs gives each item its level; other editors nest the lists.
        const aria = Number(child.getAttribute('aria-level'));
        const itemLevel = aria >= 1 && aria <= 16 ? aria : level;
        this.item(child, itemLevel, format ? numberMarker(Number(child.getAttribute('value')) || n, format) : undefined);
        n += 1;
      } else if (child.tagName === 'UL' || child.tagName === 'OL') this.list(child, level + 1);
      else if (!isHidden(child)) this.container(child, level);
    }
  }

  /** A list item: its first paragraph is the item, later ones continue it, nested lists go one level down. */
  private item(item: Element, level: number, marker: string | undefined): void {
    let first = true;
    let inline: Node[] = [];
    const flush = () => {
      const text = textOf(inline);
      inline = [];
      if (!text.trim()) return;
      this.blocks.push(first ? { kind: 'item', text, level, ...(marker ? { marker } : {}) } : { kind: 'continuation', text, level });
      first = false;
    };
    for (const child of item.childNodes) {
      const tag = child.nodeType === Node.ELEMENT_NODE ? (child as Element).tagName : '';
      if (tag === 'UL' || tag === 'OL') {
        flush();
        first = false;
        this.list(child as Element, level + 1);
      } else if (BLOCKS.has(tag)) {
        flush();
        inline = [child];
        flush();
      } else inline.push(child);
    }
    flush();
  }

  /** Word's list paragraph: the bullet or number it wrote sits between its supportLists comments. */
  private wordItem(paragraph: Element, level: number): void {
    const glyph = supportListsText(paragraph);
    const marker = ordinalMarker(glyph);
    this.blocks.push({ kind: 'item', text: textOf([paragraph]), level, ...(marker ? { marker } : {}) });
  }

  /** A two-column row ("Pilote" | "la mairie") reads as "Pilote : la mairie"; other cells as paragraphs. */
  private table(table: Element, listLevel: number): void {
    for (const row of table.querySelectorAll('tr')) {
      if (row.closest('table') !== table) continue;
      const cells = [...row.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
      const texts = cells.map((cell) => textOf([cell]).replace(/\n/g, ' ').trim());
      if (cells.length === 2 && texts.every(Boolean) && !cells.some((cell) => cell.querySelector('ul, ol, table'))) {
        this.blocks.push({ kind: 'item', text: `${texts[0]} : ${texts[1]}`, level: 1 });
      } else for (const cell of cells) this.container(cell, listLevel);
    }
  }
}

/** The list's numbering, or `undefined` for bullets. */
function listFormat(list: Element): 'decimal' | 'lower-alpha' | 'upper-alpha' | undefined {
  const type = list.getAttribute('type') ?? '';
  const style = `${styleOf(list)};${styleOf(list.querySelector(':scope > li') ?? list)}`;
  if (type === 'a' || /list-style-type\s*:\s*lower-(?:alpha|latin)/i.test(style)) return 'lower-alpha';
  if (type === 'A' || /list-style-type\s*:\s*upper-(?:alpha|latin)/i.test(style)) return 'upper-alpha';
  if (list.tagName === 'OL' || /list-style-type\s*:\s*decimal/i.test(style)) return /list-style-type\s*:\s*(?:disc|circle|square|none)/i.test(style) ? undefined : 'decimal';
  return undefined;
}

/** The text between Word's `<!--[if !supportLists]-->` and `<!--[endif]-->`: its bullet or number. */
function supportListsText(paragraph: Element): string {
  let text = '';
  let inside = false;
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      const data = (node as Comment).data.trim();
      if (/^\[if !supportLists\]/i.test(data)) inside = true;
      else if (/^\[endif\]/i.test(data)) inside = false;
    } else if (inside) text += (node as Text).data;
  }
  // Word also marks the glyph's span with mso-list:Ignore (without the comments, in some versions).
  if (!text) for (const span of paragraph.querySelectorAll('span')) if (/mso-list\s*:\s*ignore/i.test(styleOf(span))) text += span.textContent ?? '';
  return normalizeSpaces(text).trim();
}

/**
 * The text of some nodes, in document order: "\n" for `<br>`, nothing from hidden or skipped elements,
 * from comments, or from what lies between Word's supportLists comments (its bullet glyph).
 */
function textOf(nodes: readonly Node[]): string {
  let text = '';
  let skipping = false;
  const walk = (node: Node) => {
    if (node.nodeType === Node.COMMENT_NODE) {
      const data = (node as Comment).data.trim();
      if (/^\[if !supportLists\]/i.test(data)) skipping = true;
      else if (/^\[endif\]/i.test(data)) skipping = false;
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      if (!skipping) text += normalizeSpaces((node as Text).data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || isHidden(element)) return;
    if (element.tagName === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block && text && !text.endsWith('\n')) text += '\n';
    element.childNodes.forEach(walk);
    if (block && text && !text.endsWith('\n')) text += '\n';
  };
  nodes.forEach(walk);
  return text.replace(/ *\n */g, '\n').replace(/^\n+|\n+$/g, '');
}

/** Whether every visible letter of a paragraph is bold (tags, or a font weight in its style). */
function allBold(nodes: readonly Node[], block: Element | undefined): boolean {
  let sawText = false;
  let bold = true;
  const weightOf = (element: Element): boolean | undefined => {
    const match = /font-weight\s*:\s*(\w+)/i.exec(styleOf(element));
    if (match) return match[1] === 'bold' || match[1] === 'bolder' || Number(match[1]) >= 600;
    if (element.tagName === 'B' || element.tagName === 'STRONG' || HEADING.test(element.tagName)) return true;
    return undefined;
  };
  const isBold = (text: Node): boolean => {
    for (let element = text.parentElement; element; element = element.parentElement) {
      const weight = weightOf(element);
      if (weight !== undefined) return weight;
      if (element === block || !block) break;
    }
    return false;
  };
  const walk = (node: Node) => {
    if (!bold) return;
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.trim()) {
        sawText = true;
        bold = isBold(node);
      }
    } else if (node.nodeType === Node.ELEMENT_NODE && !SKIPPED.has((node as Element).tagName) && !isHidden(node as Element)) {
      node.childNodes.forEach(walk);
    }
  };
  nodes.forEach(walk);
  return sawText && bold;
}
