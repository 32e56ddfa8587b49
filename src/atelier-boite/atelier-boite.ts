import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { linesOf, describeUndecodable } from '../model/source-text.js';
import { decodeBytes } from '../model/decode-bytes.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { BoiteElement } from '../shared/boite-element.js';
import { clampLevel, heading } from '../shared/heading.js';
import { dataLangFor, langOf } from '../shared/labels.js';
import { baseStyles } from '../shared/styles.js';
import type { DraftAnalysis, Place } from './analyze-draft.js';
import { atelierBoiteStyles } from './atelier-boite.styles.js';
import { mergedNotice, type AtelierSuiviMergeEvent } from './atelier-suivi.js';
import { PAGE, renderReport, type ReportHost } from './atelier-report.js';
import { DraftAnalyzer } from './draft-analyzer.js';
import { DraftStore, type StoredDraft } from './draft-store.js';
import { MAX_FILE_BYTES, sniffFile } from './file-kind.js';
import { atelierLabelsFor, type AtelierLabels } from './labels.js';
import { htmlToTemplate } from './paste-html.js';

/** Where the draft is kept by default (`storage-key`). */
export const DEFAULT_STORAGE_KEY = 'boite-a-idees:atelier:brouillon';

/** The name of the downloaded file: the one the elements' `src` usually points to. */
const FILE_NAME = 'chantiers.json';

type DraftFormat = DraftAnalysis['format'];

const EMPTY: DraftAnalysis = { format: 'empty', text: '' };

const documentOf = (analysis: DraftAnalysis): IdeaBoxDocument | undefined =>
  analysis.format === 'empty' ? undefined : analysis.document;

/** Validation errors, syntax error included; the importer's reported lines are not errors. */
const errorTotal = (analysis: DraftAnalysis): number => (analysis.format === 'empty' ? 0 : analysis.errorTotal);

/** Lines the importer kept out of the document, and lines it placed on a guess. */
const unplacedOf = (analysis: DraftAnalysis) => (analysis.format === 'text' ? analysis.report.unplaced.length : 0);
const toCheckOf = (analysis: DraftAnalysis) => (analysis.format === 'text' ? analysis.report.warnings.length : 0);

/** A JSON document starts with "{" or "[": its plain text is pasted as it is, whatever HTML came with it. */
const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

/**
 * The authoring workshop of an idea box, for a project officer who holds a restitution rather than JSON:
 * paste it from a word processor (its headings and lists come along), open its .docx, .odt or .txt file,
 * or paste a JSON document; see at once the idea box it gives, through the real `<boite-a-idees>`; every
 * problem is listed, grouped by cause, with its place, and a click puts the caret there. The result
 * downloads as `chantiers.json`. The analysis runs in a Worker, so a long text never freezes the page.
 * The draft, and the last few texts an action replaced, stay in the browser's `localStorage`; nothing is
 * sent anywhere.
 *
 * Not part of the embed bundle: a separate page (`demo/atelier.html`, `npm run build:atelier`).
 *
 * @tag atelier-boite
 * @csspart editor - The column with the text field, its actions and the checks.
 * @csspart textarea - The text field.
 * @csspart button - Every button (open a file, example, clear, restore, download, show more, drafts).
 * @csspart status - The announced counts (lines read, placed, to check, reported; chantiers; errors).
 * @csspart error - The alert shown when the draft has errors, a file cannot be read or the draft is older than expected.
 * @csspart report - The scrolling panel of messages, grouped by cause.
 * @csspart goto - Each message that moves the caret to its place in the text.
 * @csspart drafts - The list of previous drafts, restorable.
 * @csspart dialog - The confirmation asked before downloading while lines are reported or to check.
 * @csspart preview - The preview column, around the `<boite-a-idees>`.
 * @cssprop [--boite-editor-height=24em] - Initial height of the text field (the author can resize it).
 * @cssprop [--boite-report-height=28em] - Height of the messages panel before it scrolls.
 * @cssprop [--boite-code-font=ui-monospace, monospace] - Font of the text field.
 * @fires {AtelierBoiteChangeEvent} atelier-boite-change - The author changed the draft (typing, a paste, a file, the example, clear, a previous draft).
 */
export class AtelierBoiteElement extends BoiteElement {
  static override styles = [baseStyles, atelierBoiteStyles];

  /**
   * The draft: a restitution text or an idea box JSON document. Set from JavaScript, it replaces the text
   * shown; the stored draft changes only when the author edits. Empty at first: the stored draft is read.
   */
  @property({ attribute: false }) value = '';

  /** URL of an example restitution text (e.g. `data/restitution.txt`); unset, the example button is hidden. */
  @property({ attribute: 'example-src' }) exampleSrc?: string;

  /** The `localStorage` key under which the draft is kept; an empty value keeps no draft. */
  @property({ attribute: 'storage-key' }) storageKey = DEFAULT_STORAGE_KEY;

  /** The `"$schema"` written at the top of the downloaded file (a URL, relative to the file); empty for none. */
  @property({ attribute: 'schema-url' }) schemaUrl = './chantiers.schema.json';

  /** Level (1–6) of the workshop's headings; the preview's meeting title uses the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds of quiet after a keystroke before the checks and the preview follow the text. */
  @property({ type: Number }) debounce = 300;

  @state() private analysis: DraftAnalysis = EMPTY;
  /** The author typed, or the analysis runs: the preview is not up to date yet. */
  @state() private pending = false;
  /** What the last action did ("Exemple chargé."), announced with the counts. */
  @state() private notice = '';
  /** A file or the example could not be read: shown in the alert. */
  @state() private failure = '';
  /** The text an action (clear, example, file) replaced, for "Rétablir". */
  @state() private previous?: string;
  /** What the browser's storage said last: all good, full (the draft is no longer kept), or refused. */
  @state() private storage: 'ok' | 'full' | 'unavailable' | 'history-full' = 'ok';
  /** The stored draft shown at load: when it was saved, and when a later save failed. */
  @state() private restored?: { savedAt: number; failedAt?: number };
  /** Another tab wrote the draft: this one waits for the author's choice before writing again. */
  @state() private conflict?: { draft?: StoredDraft };
  @state() private history: StoredDraft[] = [];
  /** Messages shown per group of the report. */
  @state() private shownPerGroup = new Map<string, number>();

  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('.mirror') private mirror!: HTMLElement;
  @query('dialog') private dialog!: HTMLDialogElement;

  /** The last valid document while typing, so the preview does not vanish at each slip. */
  private lastGood?: IdeaBoxDocument;
  private timer?: ReturnType<typeof setTimeout>;
  private draftRead = false;
  private analyzer?: DraftAnalyzer;
  private store?: DraftStore;
  private unwatch?: () => void;
  /** The text last sent to the analysis, and the analysis under way (awaited by `updateComplete`). */
  private requested = '';
  private inFlight?: Promise<void>;
  /** The next analysis comes from a paste that kept its formatting: say so with the counts. */
  private convertedPaste = false;
  private readonly onPageHide = () => this.saveTyping();
  private readonly report: ReportHost = {
    goTo: (place) => this.goTo(place),
    shown: (group) => this.shownPerGroup.get(group) ?? PAGE,
    showMore: (group) => {
      this.shownPerGroup = new Map(this.shownPerGroup).set(group, this.report.shown(group) + PAGE);
    },
  };

  /** The document the draft gives, when it is valid; `undefined` otherwise. */
  get currentDocument(): IdeaBoxDocument | undefined {
    return documentOf(this.analysis);
  }

  /**
   * Where the checks run: `worker`, off the page's main thread; or `page`, when the page's
   * Content-Security-Policy refuses the Worker (see SECURITY.md) — slower on long texts, never wrong.
   */
  get analysisMode(): 'worker' | 'page' {
    return this.analyzer?.mode ?? 'worker';
  }

  /** How many errors the draft has (JSON syntax, validation); lines the importer reported are not counted. */
  get errorCount(): number {
    return errorTotal(this.analysis);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    const store = this.draftStore();
    if (store) {
      this.unwatch = store.watch(
        (draft) => this.onOtherTab(draft),
        () => (this.history = store.history()),
      );
      this.history = store.history();
    }
    if (!this.draftRead) {
      this.draftRead = true;
      if (!this.value && store) {
        // The stored draft is shown at once; its analysis runs in the Worker, so a long one never blocks the page.
        const { draft, failedAt } = store.read();
        if (draft) {
          this.value = draft.text;
          this.restored = { savedAt: draft.savedAt, ...(failedAt ? { failedAt } : {}) };
        }
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.saveTyping();
    this.unwatch?.();
    this.unwatch = undefined;
    this.analyzer?.dispose();
    this.analyzer = undefined;
  }

  /** Resolves once the element has rendered the analysis of its current text, not only its last update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.inFlight) {
      await this.inFlight;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The owner set `value` (or the stored draft was read): analyse it (the author's edits go through commit()).
    if (changed.has('value') && this.requested !== this.value) this.analyse(this.value, 'replace');
    if (changed.has('storageKey') && changed.get('storageKey') !== undefined) {
      this.unwatch?.();
      this.store = undefined;
      this.history = this.draftStore()?.history() ?? [];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Set here rather than bound in the template: a binding would either be skipped (same value) or put
    // back the last checked text over what the author is typing; only a real replacement is written.
    const field = this.textarea;
    if (changed.has('value') && field.value !== this.value) field.value = this.value;
  }

  private draftStore(): DraftStore | undefined {
    if (!this.storageKey) return undefined;
    if (this.store?.key !== this.storageKey) this.store = new DraftStore(this.storageKey);
    return this.store;
  }

  /**
   * Sends `text` to the analysis; when it comes back (and the author has not replaced the text since), the
   * checks and the preview follow, and `then` runs.
   */
  private analyse(text: string, how: 'typing' | 'replace', then?: (analysis: DraftAnalysis) => void): void {
    this.requested = text;
    if (!text.trim()) {
      this.inFlight = undefined;
      this.show(EMPTY, how);
      then?.(EMPTY);
      return;
    }
    this.pending = true;
    this.analyzer ??= new DraftAnalyzer();
    const running = this.analyzer.analyze(text).then((analysis) => {
      if (!analysis || this.requested !== text) return;
      this.show(analysis, how);
      then?.(analysis);
    });
    const tracked: Promise<void> = running.finally(() => {
      if (this.inFlight === tracked) this.inFlight = undefined;
    });
    this.inFlight = tracked;
  }

  private show(analysis: DraftAnalysis, how: 'typing' | 'replace'): void {
    this.analysis = analysis;
    this.pending = this.timer !== undefined;
    this.shownPerGroup = new Map();
    const document = documentOf(analysis);
    if (document) this.lastGood = document;
    else if (how === 'replace' || analysis.format === 'empty') this.lastGood = undefined;
  }

  // --- the draft in localStorage ---------------------------------------------------------------------------
  private saveDraft(text: string): void {
    const store = this.draftStore();
    if (!store || this.conflict) return;
    const outcome = store.save(text);
    if (outcome === 'conflict') this.conflict = { draft: store.read().draft };
    else if (outcome === 'full' || outcome === 'unavailable') this.storage = outcome;
    else if (this.storage !== 'history-full') this.storage = 'ok';
  }

  /** Keeps a text an action is about to replace among the previous drafts. */
  private keepInHistory(text: string): void {
    const store = this.draftStore();
    if (!store || !text.trim()) return;
    if (!store.keep(text)) this.storage = 'history-full';
    this.history = store.history();
  }

  /** Keeps what the author typed even if the page goes away before the checks caught up. */
  private saveTyping(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
    const text = this.textarea?.value;
    if (text !== undefined && text !== this.value) this.commit(text, 'typing');
  }

  /** Another tab wrote the draft. The same text: nothing to decide. Otherwise the author chooses. */
  private onOtherTab(draft: StoredDraft | undefined): void {
    const mine = this.timer !== undefined ? this.textarea.value : this.value;
    if ((draft?.text ?? '') === mine) {
      this.draftStore()?.adopt();
      return;
    }
    this.conflict = { draft };
  }

  private takeTheirs(): void {
    const store = this.draftStore();
    const theirs = this.conflict?.draft?.text ?? '';
    this.conflict = undefined;
    store?.adopt();
    this.replace(theirs, '');
  }

  private keepMine(): void {
    const store = this.draftStore();
    const theirs = this.conflict?.draft?.text;
    this.conflict = undefined;
    if (theirs) this.keepInHistory(theirs);
    const mine = this.timer !== undefined ? this.textarea.value : this.value;
    const outcome = store?.save(mine, { force: true });
    if (outcome === 'full' || outcome === 'unavailable') this.storage = outcome;
  }

  // --- the author's actions --------------------------------------------------------------------------------
  private onInput(): void {
    this.pending = true;
    this.notice = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const text = this.textarea.value;
      if (text !== this.value) this.commit(text, 'typing');
      else this.pending = this.inFlight !== undefined;
    }, Math.max(0, this.debounce || 0));
  }

  /** Takes a new draft from the author: storage, then the checks, the preview and the change event. */
  private commit(text: string, how: 'typing' | 'replace', notice = ''): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.value = text;
    this.failure = '';
    this.restored = undefined;
    if (how === 'typing') this.previous = undefined;
    this.notice = notice || (this.convertedPaste ? this.labels().pasteConverted : '');
    this.convertedPaste = false;
    this.saveDraft(text);
    this.analyse(text, how, (analysis) => {
      void this.updateComplete.then(() =>
        this.dispatchEvent(new AtelierBoiteChangeEvent(analysis.format, documentOf(analysis), errorTotal(analysis), unplacedOf(analysis), toCheckOf(analysis))),
      );
    });
  }

  /**
   * Replaces the whole draft (a file, the example, clear, a previous draft): the old text goes among the
   * previous drafts (kept after a reload) and stays behind "Rétablir".
   */
  private replace(text: string, notice: string): void {
    const old = this.timer !== undefined ? this.textarea.value : this.value;
    if (old && old !== text) this.keepInHistory(old);
    this.commit(text, 'replace', notice);
    this.previous = old && old !== text ? old : undefined;
  }

  private labels(): AtelierLabels {
    return atelierLabelsFor(langOf(this));
  }

  /**
   * A paste from a word processor: its HTML has the headings and the nesting its plain text lost. It goes
   * into the field as the text template, through `insertText`, the one way that keeps the field's own
   * undo (Ctrl+Z). A paste over the whole text first keeps that text among the previous drafts.
   */
  private onPaste(event: ClipboardEvent): void {
    const field = this.textarea;
    const data = event.clipboardData;
    const selected = field.selectionEnd - field.selectionStart;
    if (field.value.trim() && selected >= field.value.length / 2) this.keepInHistory(field.value);
    if (!data) return;
    const plain = data.getData('text/plain');
    const rich = data.getData('text/html');
    if (!rich || looksLikeJson(plain)) return;
    const text = htmlToTemplate(rich);
    if (!text) return;
    event.preventDefault();
    this.convertedPaste = true;
    if (!document.execCommand('insertText', false, text)) {
      // No editing command here: insert the text ourselves (the field's undo then skips this paste).
      field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    }
  }

  private async openFile(file: File): Promise<void> {
    const labels = this.labels();
    const refuse = (message: string) => {
      this.failure = `${message} ${labels.draftKept}`;
      this.notice = '';
    };
    if (file.size > MAX_FILE_BYTES) return refuse(labels.fileProblem['too-large'](file.name, ''));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return refuse(labels.fileFailed(file.name));
    }
    const kind = sniffFile(bytes);
    if (kind === 'empty') return refuse(labels.fileProblem.empty(file.name, ''));
    if (kind === 'binary') return refuse(labels.fileProblem.binary(file.name, ''));
    if (kind !== 'text') {
      // .docx and .odt (and what only looks like them): the reader is loaded now, not with the page.
      const { officeFileToTemplate, OfficeFileError } = await import('./office-file.js');
      try {
        const { format, text } = officeFileToTemplate(bytes);
        this.replace(text, labels.fileConverted(file.name, format === 'docx' ? 'Word' : 'LibreOffice'));
      } catch (error) {
        if (!(error instanceof OfficeFileError)) throw error;
        refuse(labels.fileProblem[error.problem](file.name, error.detail));
      }
      return;
    }
    const decoded = this.decodeOrExplain(bytes, file.name);
    if (!decoded.ok) return refuse(decoded.message);
    const { text } = decoded;
    // A web page saved by Word or a browser: read as a paste of its HTML.
    const html = /\.html?$/i.test(file.name) || /^\s*<(?:!doctype html|html)/i.test(text) ? htmlToTemplate(text) : undefined;
    if (html) this.replace(html, labels.fileConverted(file.name, 'HTML'));
    else if (!text.trim()) refuse(labels.fileProblem.empty(file.name, ''));
    else this.replace(text, labels.fileOpened(file.name));
  }

  /**
   * The text of a file or of the example (`decodeBytes`: UTF-8, or UTF-16 with its byte order mark); bytes
   * in another encoding are explained (line, column, first bad byte), never shown as U+FFFD.
   */
  private decodeOrExplain(bytes: Uint8Array, name: string): { ok: true; text: string } | { ok: false; message: string } {
    const decoded = decodeBytes(bytes);
    if (decoded.ok) return decoded;
    const lang = langOf(this);
    const { position, message } = describeUndecodable(bytes, decoded.encoding, lang);
    return { ok: false, message: atelierLabelsFor(lang).fileUndecodable(name, position.line, position.column, message) };
  }

  private onFileChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be opened again after edits
    if (file) void this.openFile(file);
  }

  private onDragOver(event: DragEvent): void {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  }

  private onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files[0];
    if (!file) return; // dropped text: the textarea inserts it, and `input` follows
    event.preventDefault();
    void this.openFile(file);
  }

  private async loadExample(): Promise<void> {
    const src = this.exampleSrc;
    if (!src) return;
    const labels = this.labels();
    let bytes: Uint8Array;
    try {
      const response = await fetch(new URL(src, document.baseURI), { headers: { accept: 'text/plain' } });
      if (!response.ok) {
        this.failure = labels.exampleFailed(src, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
        return;
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      this.failure = labels.exampleFailed(src, (error as Error)?.message || 'network');
      return;
    }
    const decoded = this.decodeOrExplain(bytes, src);
    if (decoded.ok) this.replace(decoded.text, labels.exampleLoaded);
    else this.failure = decoded.message;
  }

  private clear(): void {
    this.replace('', this.labels().cleared);
    void this.updateComplete.then(() => this.textarea.focus());
  }

  private restore(): void {
    const previous = this.previous;
    if (previous === undefined) return;
    this.replace(previous, this.labels().restored);
    void this.updateComplete.then(() => this.textarea.focus());
  }

  /** The follow-up of a spreadsheet merged (src/atelier-boite/atelier-suivi.ts): the draft becomes that JSON. */
  private onSuiviMerge(event: AtelierSuiviMergeEvent): void {
    this.replace(this.json(event.document), mergedNotice(event.result, langOf(this)));
  }

  /** A previous draft back in the field; the text it replaces takes its place among the previous drafts. */
  private restoreDraft(draft: StoredDraft): void {
    this.draftStore()?.forget(draft.savedAt);
    this.replace(draft.text, this.labels().historyRestored(this.when(draft.savedAt)));
    void this.updateComplete.then(() => this.textarea.focus());
  }

  /** Downloads, after a confirmation that says what is at stake while lines are reported or to check. */
  private requestDownload(): void {
    if (!this.currentDocument) return;
    if (unplacedOf(this.analysis) || toCheckOf(this.analysis)) this.dialog.showModal();
    else this.download();
  }

  private onDialogClose(): void {
    const confirmed = this.dialog.returnValue === 'download';
    this.dialog.returnValue = '';
    if (confirmed) this.download();
    const target = confirmed
      ? this.renderRoot.querySelector<HTMLElement>('.download')
      : (this.renderRoot.querySelector<HTMLElement>('.report .goto') ?? this.renderRoot.querySelector<HTMLElement>('.download'));
    target?.focus();
  }

  /** Writes the current document as chantiers.json (2-space indentation, `"$schema"` first). */
  private download(): void {
    const document = this.currentDocument;
    if (!document) return;
    const blob = new Blob([this.json(document)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = window.document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // Some engines start reading the blob after click() returns: revoke it later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.notice = this.labels().downloaded;
  }

  /** A document as the file to save: 2-space indentation, `"$schema"` first. */
  private json(document: IdeaBoxDocument): string {
    const body: Record<string, unknown> = { ...document };
    delete body.$schema;
    const output = this.schemaUrl ? { $schema: this.schemaUrl, ...body } : body;
    return `${JSON.stringify(output, null, 2)}\n`;
  }

  /** Puts the caret (or the selection) at a place of the text, and scrolls the text field to show it. */
  private goTo(place: Place): void {
    const textarea = this.textarea;
    const length = textarea.value.length;
    const start = Math.min(place.start, length);
    const end = Math.min(Math.max(place.end, start), length);
    textarea.focus();
    textarea.setSelectionRange(start, end);
    textarea.scrollTop = Math.max(0, this.caretTop(start) - textarea.clientHeight / 3);
  }

  /**
   * The vertical position of an offset inside the text field, lines wrapped as it wraps them: measured on a
   * hidden copy with the same width and font (a textarea has no API for it).
   */
  private caretTop(offset: number): number {
    const mirror = this.mirror;
    mirror.textContent = this.textarea.value.slice(0, offset);
    const marker = window.document.createElement('span');
    marker.textContent = '\u200b';
    mirror.append(marker);
    const top = marker.offsetTop;
    mirror.textContent = '';
    return top;
  }

  /** A date as the author reads it: "14 mars à 10:05". */
  private when(time: number): string {
    return this.labels().dateTime(new Date(time));
  }

  // --- rendering -------------------------------------------------------------------------------------------
  protected override render() {
    const lang = langOf(this);
    const labels = atelierLabelsFor(lang);
    const level = clampLevel(this.headingLevel);
    const analysis = this.analysis;
    const document = documentOf(analysis);
    const errors = errorTotal(analysis);
    const dataLang = ifDefined(dataLangFor(lang));
    const alert = errors || this.failure || this.restored?.failedAt;
    const describedBy = ['intro', 'format', alert ? 'alert' : ''].filter(Boolean).join(' ');

    return html`<div class="layout">
      <section class="editor" part="editor" aria-labelledby="editor-title">
        ${heading(level, { id: 'editor-title', class: 'heading' }, labels.editorTitle)}
        <p id="intro" class="intro">${labels.intro} ${this.storageKey ? labels.draftNote : nothing}</p>
        ${this.renderConflict(labels)}
        <label for="source">${labels.textareaLabel}</label>
        <div class="field">
          <textarea
            id="source"
            part="textarea"
            rows="18"
            spellcheck="false"
            autocomplete="off"
            lang=${dataLang}
            aria-describedby=${describedBy}
            aria-invalid=${errors ? 'true' : 'false'}
            @input=${this.onInput}
            @paste=${this.onPaste}
            @dragover=${this.onDragOver}
            @drop=${this.onDrop}
          ></textarea>
          <div class="mirror" aria-hidden="true"></div>
        </div>
        <p id="format" class="format">${labels.format[analysis.format]}</p>
        ${this.renderActions(labels, document)}
        <p class="counts" part="status" role="status">${this.statusText(labels)}</p>
        ${this.renderAlert(labels, analysis)} ${renderReport(analysis, labels, level + 1, lang, this.report)}
        <atelier-suivi
          heading-level=${level + 1}
          color-scheme=${ifDefined(this.colorScheme)}
          design=${ifDefined(this.design)}
          .document=${document}
          @atelier-suivi-merge=${this.onSuiviMerge}
        ></atelier-suivi>
        ${this.renderHistory(labels)} ${this.renderDialog(labels, analysis)}
      </section>
      ${this.renderPreview(labels, document, level)}
    </div>`;
  }

  private renderActions(labels: AtelierLabels, document: IdeaBoxDocument | undefined) {
    return html`<div class="actions">
        <span class="file">
          <input
            id="file"
            class="visually-hidden"
            type="file"
            accept=".docx,.odt,.txt,.json,.html,.htm,text/plain,application/json,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
            @change=${this.onFileChange}
          /><label for="file" class="button" part="button">${labels.openFile}</label>
        </span>
        ${this.exampleSrc ? html`<button type="button" part="button" @click=${this.loadExample}>${labels.example}</button>` : nothing}
        <button type="button" part="button" ?disabled=${!this.value} @click=${this.clear}>${labels.clear}</button>
        ${this.previous !== undefined ? html`<button type="button" part="button" @click=${this.restore}>${labels.restore}</button>` : nothing}
        <button
          type="button"
          part="button"
          class="download"
          ?disabled=${!document}
          aria-describedby=${ifDefined(document ? undefined : 'download-hint')}
          @click=${this.requestDownload}
        >${labels.download}</button>
      </div>
      ${document ? nothing : html`<p id="download-hint" class="hint">${labels.downloadHint}</p>`}`;
  }

  private statusText(labels: AtelierLabels): string {
    const analysis = this.analysis;
    const parts = [this.notice];
    if (this.restored && !this.restored.failedAt) parts.push(this.restored.savedAt ? labels.draftRestored(this.when(this.restored.savedAt)) : labels.draftRestoredLegacy);
    if (analysis.format === 'text') {
      const { linesRead, placed, unplaced, warnings } = analysis.report;
      parts.push(labels.counts(linesRead, placed, warnings.length, unplaced.length));
      if (analysis.document) parts.push(labels.chantiers(analysis.document.chantiers.length));
    } else if (analysis.format === 'json') {
      parts.push(analysis.document ? labels.jsonValid(analysis.document.chantiers.length) : labels.jsonErrors(analysis.errorTotal));
    }
    if (this.storage === 'unavailable') parts.push(labels.storageFailed);
    if (this.storage === 'full') parts.push(labels.storageFull);
    if (this.storage === 'history-full') parts.push(labels.historyFailed);
    return parts.filter(Boolean).join(' ');
  }

  /** The alert: present only while something is wrong, so that it is announced when it appears. */
  private renderAlert(labels: AtelierLabels, analysis: DraftAnalysis) {
    const errors = errorTotal(analysis);
    const older = this.restored?.failedAt;
    if (!errors && !this.failure && !older) return nothing;
    const summary = !errors ? '' : analysis.format === 'text' ? labels.importInvalid(errors) : labels.jsonInvalid(errors);
    return html`<div id="alert" class="error" part="error" role="alert">
      ${older ? html`<p>${labels.draftOlder(this.when(this.restored!.savedAt), this.when(older))}</p>` : nothing}
      ${this.failure ? html`<p>${this.failure}</p>` : nothing} ${summary ? html`<p>${summary}</p>` : nothing}
    </div>`;
  }

  private renderConflict(labels: AtelierLabels) {
    const conflict = this.conflict;
    if (!conflict) return nothing;
    return html`<div class="conflict" role="alert">
      <p>${conflict.draft ? labels.conflict(this.when(conflict.draft.savedAt)) : labels.conflictCleared}</p>
      <div class="actions">
        <button type="button" part="button" @click=${this.takeTheirs}>${labels.takeTheirs}</button>
        <button type="button" part="button" @click=${this.keepMine}>${labels.keepMine}</button>
      </div>
    </div>`;
  }

  private renderHistory(labels: AtelierLabels) {
    if (!this.storageKey || !this.history.length) return nothing;
    return html`<details class="drafts" part="drafts">
      <summary>${labels.historyTitle(this.history.length)}</summary>
      <p class="hint">${labels.historyHint}</p>
      <ul>
        ${this.history.map((draft) => {
          const when = this.when(draft.savedAt);
          const start = linesOf(draft.text.trim())[0].slice(0, 60);
          const lines = linesOf(draft.text).filter((line) => line.trim()).length;
          return html`<li>
            <span>${labels.historyEntry(when, lines, start)}</span>
            <button type="button" part="button" aria-label=${labels.historyRestoreLabel(when)} @click=${() => this.restoreDraft(draft)}>
              ${labels.historyRestore}
            </button>
          </li>`;
        })}
      </ul>
    </details>`;
  }

  private renderDialog(labels: AtelierLabels, analysis: DraftAnalysis) {
    const unplaced = unplacedOf(analysis);
    const toCheck = toCheckOf(analysis);
    return html`<dialog part="dialog" aria-labelledby="confirm-title" @close=${this.onDialogClose}>
      <form method="dialog">
        <p id="confirm-title" class="dialog-title">${labels.confirmTitle}</p>
        ${unplaced ? html`<p>${labels.confirmUnplaced(unplaced)}</p>` : nothing} ${toCheck ? html`<p>${labels.confirmToCheck(toCheck)}</p>` : nothing}
        <div class="actions">
          <button value="review" part="button">${labels.confirmReview}</button>
          <button value="download" part="button" class="download">${labels.confirmDownload}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderPreview(labels: AtelierLabels, document: IdeaBoxDocument | undefined, level: number) {
    const stale = !document && this.lastGood !== undefined;
    const shown = document ?? this.lastGood;
    const placeholder =
      this.analysis.format === 'empty'
        ? this.pending
          ? labels.analysing
          : labels.previewEmpty
        : !shown
          ? errorTotal(this.analysis)
            ? labels.previewInvalid
            : labels.previewNone
          : shown.chantiers.length === 0
            ? labels.previewNone
            : '';
    return html`<section class="preview" part="preview" aria-labelledby="preview-title" aria-busy=${this.pending ? 'true' : 'false'}>
      ${heading(level, { id: 'preview-title', class: 'heading' }, labels.previewTitle)}
      ${stale && !placeholder ? html`<p class="stale">${labels.previewStale}</p>` : nothing}
      ${placeholder
        ? html`<p class="placeholder">${placeholder}</p>`
        : html`<boite-a-idees
            id="apercu"
            heading-level=${Math.min(level + 1, 6)}
            color-scheme=${ifDefined(this.colorScheme)}
            design=${ifDefined(this.design)}
            .data=${shown}
          ></boite-a-idees>`}
    </section>`;
  }
}

/** Fired when the author changed the draft: typed (once the typing pauses), pasted, opened a file, loaded the example, cleared or restored it. */
export class AtelierBoiteChangeEvent extends Event {
  constructor(
    /** What the draft is: `text` (a restitution), `json`, or `empty`. */
    readonly format: DraftFormat,
    /** The document the draft gives when valid (what "Télécharger le JSON" saves); `undefined` otherwise. */
    readonly document: IdeaBoxDocument | undefined,
    /** How many errors the draft has (JSON syntax or validation). */
    readonly errors: number,
    /** How many lines of a restitution text the importer could not place (0 for JSON). */
    readonly unplaced: number,
    /** How many lines it placed on a guess, « à vérifier » (0 for JSON). */
    readonly toCheck = 0,
  ) {
    super('atelier-boite-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atelier-boite': AtelierBoiteElement;
  }
  interface GlobalEventHandlersEventMap {
    'atelier-boite-change': AtelierBoiteChangeEvent;
  }
}
