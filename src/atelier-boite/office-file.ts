/**
 * The officer's .docx (Word) or .odt (LibreOffice) as the text template (template-text.ts), with its
 * headings, lists and their nesting; or a clear refusal (`OfficeFileError`) for a file that is broken,
 * encrypted, empty, too large, or not what its name says. Loaded with `import()` when a file is opened:
 * the authoring page's first load does not carry it, and the embed bundle never does.
 *
 * Why fflate and DOMParser rather than mammoth (measured, Vite 8, gzip): mammoth 1.13 adds ≈ 94 KB
 * (jszip, pako, xmldom, underscore) and reads only .docx; fflate's `unzipSync` (≈ 3 KB) with the browser's
 * own XML parser reads both formats, and the list levels come straight from the XML (`w:numPr/w:ilvl`,
 * nested `text:list`), without mammoth's known traps on real Word files (a skipped level gives an empty
 * `<li><ul>`, a second paragraph in an item splits the list). The XML is only read, never shown.
 */
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES, sniffFile } from './file-kind.js';
import { parseInert } from './trusted-types.js';
import { blocksToTemplate, numberMarker, readsAsBoldHeading, type Block } from './template-text.js';

export type OfficeFileProblem =
  | 'empty'
  | 'too-large'
  | 'encrypted'
  | 'legacy-word'
  | 'pdf'
  | 'rtf'
  | 'broken'
  | 'other-office'
  | 'not-a-document'
  | 'no-text'
  | 'policy';

/** Why a file cannot be opened; `detail` names what it is when that helps ("un classeur .xlsx"). */
export class OfficeFileError extends Error {
  constructor(
    readonly problem: OfficeFileProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'OfficeFileError';
  }
}

export { MAX_FILE_BYTES };
/** The XML inside may be bigger than the zip, within reason: a "zip bomb" is refused before it is inflated. */
const MAX_XML_BYTES = 80 * 1024 * 1024;
/** More text than the draft can hold in the browser's storage. */
export const MAX_TEXT_LENGTH = 2_000_000;

/** An OLE container (legacy .doc, or a password-protected .docx): which one, from its stream names. */
function oleProblem(bytes: Uint8Array): OfficeFileError {
  // "EncryptionInfo" in UTF-16LE, the stream Office writes when a document has a password.
  const needle = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length;
  for (let index = 0; index <= limit; index += 1) {
    let found = true;
    for (let at = 0; at < needle.length && found; at += 1) found = bytes[index + at] === needle[at];
    if (found) return new OfficeFileError('encrypted');
  }
  return new OfficeFileError('legacy-word');
}

/**
 * The text template of a .docx or .odt, judged by its content rather than its name. Throws
 * `OfficeFileError` with what is wrong.
 */
export function officeFileToTemplate(bytes: Uint8Array): { format: 'docx' | 'odt'; text: string } {
  if (bytes.length > MAX_FILE_BYTES) throw new OfficeFileError('too-large');
  const kind = sniffFile(bytes);
  if (kind === 'empty') throw new OfficeFileError('empty');
  if (kind === 'ole') throw oleProblem(bytes);
  if (kind === 'pdf') throw new OfficeFileError('pdf');
  if (kind === 'rtf') throw new OfficeFileError('rtf');
  if (kind !== 'zip') throw new OfficeFileError('not-a-document');

  const files = unzip(bytes);
  const xml = (name: string) => (files[name] ? parseXml(files[name]) : undefined);
  const mimetype = files.mimetype ? new TextDecoder().decode(files.mimetype).trim() : '';
  if (files['META-INF/manifest.xml'] && /encryption-data/.test(new TextDecoder().decode(files['META-INF/manifest.xml']))) {
    throw new OfficeFileError('encrypted');
  }
  let blocks: Block[];
  let format: 'docx' | 'odt';
  if (files['word/document.xml']) {
    format = 'docx';
    blocks = new DocxReader(xml('word/document.xml')!, xml('word/numbering.xml'), xml('word/styles.xml')).read();
  } else if (files['content.xml'] && (!mimetype || /^application\/vnd\.oasis\.opendocument\.text/.test(mimetype))) {
    format = 'odt';
    blocks = new OdtReader(xml('content.xml')!, xml('styles.xml')).read();
  } else {
    throw new OfficeFileError('other-office', otherOffice(files, mimetype));
  }
  const text = blocksToTemplate(blocks);
  if (!text.trim()) throw new OfficeFileError('no-text');
  if (text.length > MAX_TEXT_LENGTH) throw new OfficeFileError('too-large');
  return { format, text };
}

/** What a zip is when it is not a text document: a spreadsheet, a presentation… or just a zip. */
function otherOffice(files: Record<string, Uint8Array>, mimetype: string): string {
  const names = Object.keys(files);
  if (/spreadsheet/.test(mimetype) || names.some((name) => name.startsWith('xl/'))) return 'spreadsheet';
  if (/presentation/.test(mimetype) || names.some((name) => name.startsWith('ppt/'))) return 'presentation';
  return 'zip';
}

const WANTED = new Set(['mimetype', 'META-INF/manifest.xml', 'word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'content.xml', 'styles.xml', '[Content_Types].xml']);

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        const wanted = WANTED.has(file.name) || file.name.startsWith('xl/') || file.name.startsWith('ppt/');
        if (!wanted) return false;
        total += file.originalSize;
        if (total > MAX_XML_BYTES) throw new OfficeFileError('too-large');
        // Only the names of a spreadsheet's or a presentation's parts are needed: not their content.
        return WANTED.has(file.name);
      },
    });
  } catch (error) {
    if (error instanceof OfficeFileError) throw error;
    throw new OfficeFileError('broken');
  }
}

function parseXml(bytes: Uint8Array): Document {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new OfficeFileError('broken');
  }
  const doc = parseInert(text, 'application/xml');
  if (!doc) throw new OfficeFileError('policy');
  if (doc.getElementsByTagName('parsererror').length) throw new OfficeFileError('broken');
  return doc;
}

// --- Word (.docx) --------------------------------------------------------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The `w:` children of an element with a given local name. */
const wChildren = (element: Element | null | undefined, name: string) =>
  element ? [...element.children].filter((child) => child.namespaceURI === W && child.localName === name) : [];
const wChild = (element: Element | null | undefined, name: string) => wChildren(element, name)[0];
const wVal = (element: Element | undefined) => element?.getAttributeNS(W, 'val') ?? element?.getAttribute('w:val') ?? undefined;

type NumberFormat = 'bullet' | 'decimal' | 'lower-alpha' | 'upper-alpha';

class DocxReader {
  private readonly blocks: Block[] = [];
  /** numId → its abstract numbering's format per level. */
  private readonly formats = new Map<string, Map<number, NumberFormat>>();
  /** Per numId and level, the number of the last item; reset when a shallower item comes. */
  private readonly counters = new Map<string, number[]>();
  private readonly styles = new Map<string, { name: string; basedOn?: string; numId?: string; ilvl?: number; outline?: number; bold: boolean }>();

  constructor(
    private readonly document: Document,
    numbering: Document | undefined,
    styles: Document | undefined,
  ) {
    if (numbering) this.readNumbering(numbering);
    if (styles) this.readStyles(styles);
  }

  read(): Block[] {
    const body = this.document.getElementsByTagNameNS(W, 'body')[0];
    if (!body) throw new OfficeFileError('not-a-document');
    this.container(body);
    return this.blocks;
  }

  private readNumbering(numbering: Document): void {
    const abstracts = new Map<string, Map<number, NumberFormat>>();
    for (const abstract of numbering.getElementsByTagNameNS(W, 'abstractNum')) {
      const levels = new Map<number, NumberFormat>();
      for (const level of wChildren(abstract, 'lvl')) {
        const format = wVal(wChild(level, 'numFmt')) ?? 'bullet';
        levels.set(Number(level.getAttributeNS(W, 'ilvl') ?? 0), toNumberFormat(format));
      }
      abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? '', levels);
    }
    for (const num of numbering.getElementsByTagNameNS(W, 'num')) {
      const levels = new Map(abstracts.get(wVal(wChild(num, 'abstractNumId')) ?? '') ?? []);
      for (const override of wChildren(num, 'lvlOverride')) {
        const format = wVal(wChild(wChild(override, 'lvl'), 'numFmt'));
        if (format) levels.set(Number(override.getAttributeNS(W, 'ilvl') ?? 0), toNumberFormat(format));
      }
      this.formats.set(num.getAttributeNS(W, 'numId') ?? '', levels);
    }
  }

  private readStyles(styles: Document): void {
    for (const style of styles.getElementsByTagNameNS(W, 'style')) {
      const pPr = wChild(style, 'pPr');
      const numPr = wChild(pPr, 'numPr');
      const ilvl = wVal(wChild(numPr, 'ilvl'));
      const outline = wVal(wChild(pPr, 'outlineLvl'));
      this.styles.set(style.getAttributeNS(W, 'styleId') ?? '', {
        name: wVal(wChild(style, 'name')) ?? '',
        basedOn: wVal(wChild(style, 'basedOn')),
        numId: wVal(wChild(numPr, 'numId')),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
        outline: outline === undefined ? undefined : Number(outline),
        bold: isOn(wChild(wChild(style, 'rPr'), 'b')),
      });
    }
  }

  /** A style's property, looked up through its `basedOn` chain (a few levels at most). */
  private styleValue<T>(styleId: string | undefined, pick: (style: NonNullable<ReturnType<DocxReader['styles']['get']>>) => T | undefined): T | undefined {
    for (let id = styleId, depth = 0; id && depth < 10; depth += 1) {
      const style = this.styles.get(id);
      if (!style) return undefined;
      const value = pick(style);
      if (value !== undefined) return value;
      id = style.basedOn;
    }
    return undefined;
  }

  private container(parent: Element): void {
    for (const child of parent.children) {
      if (child.namespaceURI !== W) {
        if (child.namespaceURI === MC && child.localName === 'AlternateContent') this.container(wordChoice(child));
        continue;
      }
      if (child.localName === 'p') this.paragraph(child);
      else if (child.localName === 'tbl') this.table(child);
      else if (child.localName === 'sdt' || child.localName === 'customXml') this.container(wChild(child, 'sdtContent') ?? child);
      else if (child.localName === 'sdtContent') this.container(child);
    }
  }

  private paragraph(paragraph: Element): void {
    const pPr = wChild(paragraph, 'pPr');
    const styleId = wVal(wChild(pPr, 'pStyle'));
    const boxes: Element[] = [];
    const { text, bold } = runsText(paragraph, boxes);
    const numPr = wChild(pPr, 'numPr');
    const numId = numPr ? wVal(wChild(numPr, 'numId')) : this.styleValue(styleId, (style) => style.numId);
    const ilvlValue = numPr ? wVal(wChild(numPr, 'ilvl')) : undefined;
    const ilvl = ilvlValue !== undefined ? Number(ilvlValue) : (this.styleValue(styleId, (style) => style.ilvl) ?? 0);
    const headingLevel = this.headingLevel(styleId, pPr);
    if (text.trim()) {
      if (numId && numId !== '0' && headingLevel === undefined) this.item(text, numId, Math.max(0, Math.min(ilvl, 15)));
      else if (headingLevel !== undefined) this.blocks.push({ kind: 'heading', text, level: headingLevel });
      else if ((bold || this.styleValue(styleId, (style) => (style.bold ? true : undefined))) && readsAsBoldHeading(text)) {
        this.blocks.push({ kind: 'heading', text, level: 3 });
      } else this.blocks.push({ kind: 'paragraph', text });
    }
    // Text boxes anchored in the paragraph come after it.
    for (const box of boxes) this.container(box);
  }

  /** Word's headings: a "heading N" or "Title" style (by name, whatever the language of its id), or an outline level. */
  private headingLevel(styleId: string | undefined, pPr: Element | undefined): number | undefined {
    const outline = wVal(wChild(pPr, 'outlineLvl')) ?? this.styleValue(styleId, (style) => (style.outline === undefined ? undefined : String(style.outline)));
    if (outline !== undefined && Number(outline) < 9) return Number(outline) + 1;
    const name = (this.styleValue(styleId, (style) => style.name || undefined) ?? styleId ?? '').toLowerCase();
    const heading = /^(?:heading|titre)\s?(\d)$/.exec(name);
    if (heading) return Number(heading[1]);
    return name === 'title' || name === 'titre' ? 1 : undefined;
  }

  private item(text: string, numId: string, ilvl: number): void {
    const format = this.formats.get(numId)?.get(ilvl) ?? 'bullet';
    const counters = this.counters.get(numId) ?? [];
    counters[ilvl] = (counters[ilvl] ?? 0) + 1;
    counters.length = ilvl + 1;
    this.counters.set(numId, counters);
    const marker = format === 'bullet' ? undefined : numberMarker(counters[ilvl], format);
    this.blocks.push({ kind: 'item', text, level: ilvl + 1, ...(marker ? { marker } : {}) });
  }

  /** A two-column row ("Pilote" | "la mairie") reads as "Pilote : la mairie"; other cells in order. */
  private table(table: Element): void {
    for (const row of wChildren(table, 'tr')) {
      const cells = wChildren(row, 'tc');
      const texts = cells.map((cell) => wChildren(cell, 'p').map((p) => runsText(p, []).text.trim()).filter(Boolean).join(' '));
      const simple = cells.every((cell) => !cell.getElementsByTagNameNS(W, 'tbl').length && !cell.getElementsByTagNameNS(W, 'numPr').length);
      if (cells.length === 2 && simple && texts.every(Boolean)) this.blocks.push({ kind: 'item', text: `${texts[0]} : ${texts[1]}`, level: 1 });
      else for (const cell of cells) this.container(cell);
    }
  }
}

function toNumberFormat(format: string): NumberFormat {
  if (format === 'lowerLetter') return 'lower-alpha';
  if (format === 'upperLetter') return 'upper-alpha';
  if (format === 'bullet' || format === 'none') return 'bullet';
  return 'decimal';
}

/** `<w:b/>` and `<w:b w:val="true"/>` are on; `<w:b w:val="0"/>` is off. */
const isOn = (element: Element | undefined) => !!element && !/^(?:0|false|off)$/.test(wVal(element) ?? 'true');

/** Of Word's alternatives (a text box as DrawingML and as VML), the first: the same text is in both. */
function wordChoice(alternate: Element): Element {
  return [...alternate.children].find((child) => child.localName === 'Choice') ?? alternate;
}

/**
 * A paragraph's text: its runs, hyperlinks, insertions and fields' results; not its deletions, field codes
 * or footnote marks. Tabs become a space, breaks a new line. Text boxes met on the way go to `boxes`.
 */
function runsText(paragraph: Element, boxes: Element[]): { text: string; bold: boolean } {
  let text = '';
  let bold = true;
  let sawText = false;
  const walk = (element: Element, runBold: boolean) => {
    for (const child of element.children) {
      if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
        walk(wordChoice(child), runBold);
        continue;
      }
      const name = child.localName;
      if (child.namespaceURI !== W) {
        if (name === 'txbxContent') boxes.push(child);
        else walk(child, runBold);
        continue;
      }
      switch (name) {
        case 't':
          if (child.textContent) {
            text += child.textContent;
            if (child.textContent.trim()) {
              sawText = true;
              bold &&= runBold;
            }
          }
          break;
        case 'tab':
        case 'ptab':
          text += ' ';
          break;
        case 'br':
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '\u2011';
          break;
        case 'txbxContent':
          boxes.push(child);
          break;
        case 'r':
          walk(child, isOn(wChild(wChild(child, 'rPr'), 'b')));
          break;
        case 'del':
        case 'moveFrom':
        case 'sdtPr':
        case 'delText':
        case 'instrText':
        case 'pPr':
        case 'rPr':
        case 'footnoteReference':
        case 'endnoteReference':
        case 'commentReference':
          break;
        default:
          walk(child, runBold);
      }
    }
  };
  walk(paragraph, false);
  return { text, bold: sawText && bold };
}

// --- LibreOffice (.odt) --------------------------------------------------------------------------------------

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0';

const isText = (element: Element, name: string) => element.namespaceURI === TEXT && element.localName === name;

class OdtReader {
  private readonly blocks: Block[] = [];
  /** List style name → per level, numbered or not. */
  private readonly listStyles = new Map<string, Map<number, NumberFormat>>();
  /** Paragraph and text styles in bold. */
  private readonly boldStyles = new Set<string>();

  constructor(
    private readonly content: Document,
    styles: Document | undefined,
  ) {
    for (const doc of [styles, content]) if (doc) this.readStyles(doc);
  }

  read(): Block[] {
    const body = this.content.getElementsByTagNameNS(OFFICE, 'text')[0];
    if (!body) throw new OfficeFileError('not-a-document');
    this.container(body);
    return this.blocks;
  }

  private readStyles(doc: Document): void {
    for (const list of doc.getElementsByTagNameNS(TEXT, 'list-style')) {
      const levels = new Map<number, NumberFormat>();
      for (const level of list.children) {
        const at = Number(level.getAttributeNS(TEXT, 'level') ?? 1);
        if (level.localName === 'list-level-style-number') {
          const format = level.getAttributeNS(STYLE, 'num-format') ?? '1';
          levels.set(at, format === 'a' ? 'lower-alpha' : format === 'A' ? 'upper-alpha' : format ? 'decimal' : 'bullet');
        } else levels.set(at, 'bullet');
      }
      this.listStyles.set(list.getAttributeNS(STYLE, 'name') ?? '', levels);
    }
    for (const style of doc.getElementsByTagNameNS(STYLE, 'style')) {
      const properties = [...style.children].find((child) => child.namespaceURI === STYLE && child.localName === 'text-properties');
      const weight = properties?.getAttributeNS(FO, 'font-weight');
      if (weight === 'bold' || Number(weight) >= 600) this.boldStyles.add(style.getAttributeNS(STYLE, 'name') ?? '');
    }
  }

  private container(parent: Element): void {
    for (const child of parent.children) {
      if (child.namespaceURI === TABLE && child.localName === 'table') this.table(child);
      else if (child.namespaceURI !== TEXT) continue;
      else if (child.localName === 'h') this.heading(child);
      else if (child.localName === 'p') this.paragraph(child);
      else if (child.localName === 'list') this.list(child, 1, undefined);
      else if (child.localName === 'section') this.container(child);
    }
  }

  private heading(heading: Element): void {
    const text = odtText(heading);
    const level = Number(heading.getAttributeNS(TEXT, 'outline-level') ?? 1) || 1;
    if (text.trim()) this.blocks.push({ kind: 'heading', text, level });
  }

  private paragraph(paragraph: Element): void {
    const text = odtText(paragraph);
    if (!text.trim()) return;
    const style = paragraph.getAttributeNS(TEXT, 'style-name') ?? '';
    if (style === 'Title' || style === 'Subtitle') {
      this.blocks.push({ kind: 'heading', text, level: style === 'Title' ? 1 : 2 });
      return;
    }
    const bold = this.boldStyles.has(paragraph.getAttributeNS(TEXT, 'style-name') ?? '') || this.allSpansBold(paragraph);
    this.blocks.push(bold && readsAsBoldHeading(text) ? { kind: 'heading', text, level: 3 } : { kind: 'paragraph', text });
  }

  private allSpansBold(paragraph: Element): boolean {
    let saw = false;
    for (const node of paragraph.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim()) return false;
      if (node.nodeType === Node.ELEMENT_NODE && isText(node as Element, 'span') && (node.textContent ?? '').trim()) {
        if (!this.boldStyles.has((node as Element).getAttributeNS(TEXT, 'style-name') ?? '')) return false;
        saw = true;
      }
    }
    return saw;
  }

  /** `text:list` › `text:list-item` › `text:p` (the item), more `text:p` (its continuation), `text:list` (one level down). */
  private list(list: Element, level: number, inherited: string | undefined): void {
    const styleName = list.getAttributeNS(TEXT, 'style-name') || inherited;
    const format: NumberFormat = (styleName ? this.listStyles.get(styleName)?.get(Math.min(level, 10)) : undefined) ?? 'bullet';
    let n = 0;
    for (const item of list.children) {
      if (!isText(item, 'list-item') && !isText(item, 'list-header')) continue;
      n = Number(item.getAttributeNS(TEXT, 'start-value')) || n + 1;
      let first = isText(item, 'list-item');
      for (const child of item.children) {
        if (isText(child, 'list')) {
          first = false;
          this.list(child, level + 1, styleName);
        } else if (isText(child, 'p') || isText(child, 'h')) {
          const text = odtText(child);
          if (!text.trim()) continue;
          if (first) {
            const marker = format === 'bullet' ? undefined : numberMarker(n, format);
            this.blocks.push({ kind: 'item', text, level, ...(marker ? { marker } : {}) });
          } else this.blocks.push({ kind: 'continuation', text, level });
          first = false;
        }
      }
    }
  }

  private table(table: Element): void {
    for (const row of table.getElementsByTagNameNS(TABLE, 'table-row')) {
      const cells = [...row.children].filter((cell) => cell.namespaceURI === TABLE && cell.localName === 'table-cell');
      const texts = cells.map((cell) => [...cell.children].filter((child) => isText(child, 'p')).map(odtText).join(' ').trim());
      const simple = cells.every((cell) => !cell.getElementsByTagNameNS(TEXT, 'list').length && !cell.getElementsByTagNameNS(TABLE, 'table').length);
      if (cells.length === 2 && simple && texts.every(Boolean)) this.blocks.push({ kind: 'item', text: `${texts[0]} : ${texts[1]}`, level: 1 });
      else for (const cell of cells) this.container(cell);
    }
  }
}

/** A paragraph's text: `text:s` (n spaces), `text:tab`, `text:line-break`; not notes, annotations or tracked deletions. */
function odtText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node as Text).data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const child = node as Element;
    if (child.namespaceURI === OFFICE && child.localName === 'annotation') return;
    if (child.namespaceURI === TEXT) {
      switch (child.localName) {
        case 's':
          text += ' '.repeat(Math.min(Number(child.getAttributeNS(TEXT, 'c') ?? 1) || 1, 100));
          return;
        case 'tab':
          text += ' ';
          return;
        case 'line-break':
          text += '\n';
          return;
        case 'note':
        case 'tracked-changes':
        case 'change':
          return;
      }
    }
    child.childNodes.forEach(walk);
  };
  element.childNodes.forEach(walk);
  return text;
}
