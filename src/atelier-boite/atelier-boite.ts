import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { importNoteReason } from '../model/import-restitution.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { BoiteElement } from '../shared/boite-element.js';
import { clampLevel, heading } from '../shared/heading.js';
import { dataLangFor, formatValidationError, langOf, type Lang } from '../shared/labels.js';
import { baseStyles } from '../shared/styles.js';
import { analyzeDraft, type DraftAnalysis, type LocatedError, type LocatedNote, type Place } from './analyze-draft.js';
import { atelierBoiteStyles } from './atelier-boite.styles.js';
import { mergedNotice, type AtelierSuiviMergeEvent } from './atelier-suivi.js';
import { atelierLabelsFor, type AtelierLabels } from './labels.js';

/** Where the draft is kept by default (`storage-key`). */
export const DEFAULT_STORAGE_KEY = 'boite-a-idees:atelier:brouillon';

/** The name of the downloaded file: the one the elements' `src` usually points to. */
const FILE_NAME = 'chantiers.json';

type DraftFormat = DraftAnalysis['format'];

const documentOf = (analysis: DraftAnalysis): IdeaBoxDocument | undefined =>
  analysis.format === 'empty' ? undefined : analysis.document;

/** Validation errors, syntax error included; the importer's reported lines are not errors. */
const errorTotal = (analysis: DraftAnalysis): number => (analysis.format === 'empty' ? 0 : analysis.errorTotal);

/**
 * The authoring workshop of an idea box, for a project officer who holds a restitution text rather than
 * JSON: paste the text (or a JSON document, or open a .txt or .json file) and see at once the idea box it
 * gives, through the real `<boite-a-idees>`; every problem is listed with its place, and a click puts the
 * caret there. The result downloads as `chantiers.json`. The draft stays in the browser's `localStorage`, so
 * a reload loses nothing; nothing is sent anywhere.
 *
 * Not part of the embed bundle: a separate page (`demo/atelier.html`, `npm run build:atelier`).
 *
 * @tag atelier-boite
 * @csspart editor - The column with the text field, its actions and the checks.
 * @csspart textarea - The text field.
 * @csspart button - Every button (open a file, example, clear, restore, download).
 * @csspart status - The announced counts (lines read, placed, reported; chantiers; errors).
 * @csspart error - The alert shown when the draft has errors or a file cannot be read.
 * @csspart report - The lists of errors and reported lines.
 * @csspart goto - Each message that moves the caret to its place in the text.
 * @csspart preview - The preview column, around the `<boite-a-idees>`.
 * @cssprop [--boite-editor-height=24em] - Initial height of the text field (the author can resize it).
 * @cssprop [--boite-code-font=ui-monospace, monospace] - Font of the text field.
 * @fires {AtelierBoiteChangeEvent} atelier-boite-change - The author changed the draft (typing, a file, the example, clear).
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

  @state() private analysis: DraftAnalysis = { format: 'empty', text: '' };
  /** The author typed and the checks have not caught up yet. */
  @state() private pending = false;
  /** What the last action did ("Exemple chargé."), announced with the counts. */
  @state() private notice = '';
  /** A file or the example could not be read: shown in the alert. */
  @state() private failure = '';
  /** The text an action (clear, example, file) replaced, for "Rétablir". */
  @state() private previous?: string;
  @state() private storageFailed = false;

  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('.mirror') private mirror!: HTMLElement;

  /** The last valid document while typing, so the preview does not vanish at each slip. */
  private lastGood?: IdeaBoxDocument;
  private timer?: ReturnType<typeof setTimeout>;
  private draftRead = false;
  private readonly onPageHide = () => this.saveTyping();

  /** The document the draft gives, when it is valid; `undefined` otherwise. */
  get currentDocument(): IdeaBoxDocument | undefined {
    return documentOf(this.analysis);
  }

  /** How many errors the draft has (JSON syntax, validation); lines the importer reported are not counted. */
  get errorCount(): number {
    return errorTotal(this.analysis);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    if (!this.draftRead) {
      this.draftRead = true;
      if (!this.value) this.value = this.readDraft();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.saveTyping();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The owner set `value`: analyse it now (the author's edits are analysed in commit()).
    if (changed.has('value') && this.analysis.text !== this.value) this.apply(this.value, 'replace');
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Set here rather than bound in the template: a binding would either be skipped (same value) or put
    // back the last checked text over what the author is typing; only a real replacement is written.
    const field = this.textarea;
    if (changed.has('value') && field.value !== this.value) field.value = this.value;
  }

  private apply(text: string, how: 'typing' | 'replace'): void {
    this.analysis = analyzeDraft(text);
    this.value = text;
    const document = documentOf(this.analysis);
    if (document) this.lastGood = document;
    else if (how === 'replace' || this.analysis.format === 'empty') this.lastGood = undefined;
  }

  // --- the draft in localStorage ---------------------------------------------------------------------------
  private readDraft(): string {
    if (!this.storageKey) return '';
    try {
      return localStorage.getItem(this.storageKey) ?? '';
    } catch {
      return ''; // storage disabled (a privacy setting, a sandboxed frame)
    }
  }

  private saveDraft(text: string): void {
    if (!this.storageKey) return;
    try {
      if (text) localStorage.setItem(this.storageKey, text);
      else localStorage.removeItem(this.storageKey);
      this.storageFailed = false;
    } catch {
      this.storageFailed = true; // full (about 5 MB) or refused
    }
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

  // --- the author's actions --------------------------------------------------------------------------------
  private onInput(): void {
    this.pending = true;
    this.notice = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pending = false;
      const text = this.textarea.value;
      if (text !== this.value) this.commit(text, 'typing');
    }, Math.max(0, this.debounce || 0));
  }

  /** Takes a new draft from the author: checks, preview, storage, then the change event. */
  private commit(text: string, how: 'typing' | 'replace', notice = ''): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
    this.apply(text, how);
    this.notice = notice;
    this.failure = '';
    if (how === 'typing') this.previous = undefined;
    this.saveDraft(text);
    const analysis = this.analysis;
    const unplaced = analysis.format === 'text' ? analysis.report.unplaced.length : 0;
    void this.updateComplete.then(() =>
      this.dispatchEvent(new AtelierBoiteChangeEvent(analysis.format, documentOf(analysis), errorTotal(analysis), unplaced)),
    );
  }

  /** Replaces the whole draft (a file, the example, clear), keeping the old one for "Rétablir". */
  private replace(text: string, notice: string): void {
    const old = this.timer !== undefined ? this.textarea.value : this.value;
    this.commit(text, 'replace', notice);
    this.previous = old && old !== text ? old : undefined;
  }

  private labels(): AtelierLabels {
    return atelierLabelsFor(langOf(this));
  }

  private async openFile(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.failure = this.labels().fileFailed(file.name);
      return;
    }
    this.replace(text.replace(/^\uFEFF/, ''), this.labels().fileOpened(file.name));
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
    let text: string;
    try {
      const response = await fetch(new URL(src, document.baseURI), { headers: { accept: 'text/plain' } });
      if (!response.ok) {
        this.failure = labels.exampleFailed(src, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
        return;
      }
      text = await response.text();
    } catch (error) {
      this.failure = labels.exampleFailed(src, (error as Error)?.message || 'network');
      return;
    }
    this.replace(text.replace(/^\uFEFF/, ''), labels.exampleLoaded);
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

  /** Downloads the current document as chantiers.json (2-space indentation, `"$schema"` first). */
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

  // --- rendering -------------------------------------------------------------------------------------------
  protected override render() {
    const lang = langOf(this);
    const labels = atelierLabelsFor(lang);
    const level = clampLevel(this.headingLevel);
    const analysis = this.analysis;
    const document = documentOf(analysis);
    const errors = errorTotal(analysis);
    const dataLang = ifDefined(dataLangFor(lang));
    const describedBy = ['intro', 'format', errors || this.failure ? 'alert' : ''].filter(Boolean).join(' ');

    return html`<div class="layout">
      ${html`<section class="editor" part="editor" aria-labelledby="editor-title">
        ${heading(level, { id: 'editor-title', class: 'heading' }, labels.editorTitle)}
        <p id="intro" class="intro">${labels.intro} ${this.storageKey ? labels.draftNote : nothing}</p>
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
            @dragover=${this.onDragOver}
            @drop=${this.onDrop}
          ></textarea>
          <div class="mirror" aria-hidden="true"></div>
        </div>
        <p id="format" class="format">${labels.format[analysis.format]}</p>
        ${this.renderActions(labels, document)}
        <p class="counts" part="status" role="status">${this.statusText(labels)}</p>
        ${this.renderAlert(labels, analysis)}
        ${this.renderReport(labels, analysis, level + 1, lang)}
        <atelier-suivi heading-level=${level + 1} .document=${document} @atelier-suivi-merge=${this.onSuiviMerge}></atelier-suivi>
      </section>`}
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
          accept=".txt,.json,text/plain,application/json"
          @change=${this.onFileChange}
        /><label for="file" class="button" part="button">${labels.openFile}</label>
      </span>
      ${this.exampleSrc ? html`<button type="button" part="button" @click=${this.loadExample}>${labels.example}</button>` : nothing}
      <button type="button" part="button" ?disabled=${!this.value} @click=${this.clear}>${labels.clear}</button>
      ${this.previous !== undefined
        ? html`<button type="button" part="button" @click=${this.restore}>${labels.restore}</button>`
        : nothing}
      <button
        type="button"
        part="button"
        class="download"
        ?disabled=${!document}
        aria-describedby=${ifDefined(document ? undefined : 'download-hint')}
        @click=${this.download}
      >${labels.download}</button>
    </div>
    ${document ? nothing : html`<p id="download-hint" class="hint">${labels.downloadHint}</p>`}`;
  }

  private statusText(labels: AtelierLabels): string {
    const analysis = this.analysis;
    const parts = [this.notice];
    if (analysis.format === 'text') {
      const { linesRead, placed, unplaced } = analysis.report;
      parts.push(labels.counts(linesRead, placed, unplaced.length));
      if (analysis.document) parts.push(labels.chantiers(analysis.document.chantiers.length));
    } else if (analysis.format === 'json') {
      parts.push(analysis.document ? labels.jsonValid(analysis.document.chantiers.length) : labels.jsonErrors(analysis.errorTotal));
    }
    if (this.storageFailed) parts.push(labels.storageFailed);
    return parts.filter(Boolean).join(' ');
  }

  /** The alert: present only while something is wrong, so that it is announced when it appears. */
  private renderAlert(labels: AtelierLabels, analysis: DraftAnalysis) {
    const errors = errorTotal(analysis);
    if (!errors && !this.failure) return nothing;
    const summary = !errors ? '' : analysis.format === 'text' ? labels.importInvalid(errors) : labels.jsonInvalid(errors);
    return html`<div id="alert" class="error" part="error" role="alert">
      ${this.failure ? html`<p>${this.failure}</p>` : nothing}
      ${summary ? html`<p>${summary}</p>` : nothing}
    </div>`;
  }

  private renderReport(labels: AtelierLabels, analysis: DraftAnalysis, level: number, lang: Lang) {
    if (analysis.format === 'empty') return nothing;
    const dataLang = ifDefined(dataLangFor(lang));
    const listedErrors = analysis.format === 'json' && analysis.syntax ? 1 : analysis.errors.length;
    const more = (total: number, listed: number) => (total > listed ? html`<p>${labels.moreErrors(total - listed)}</p>` : nothing);
    const errorItems =
      analysis.format === 'json' && analysis.syntax
        ? [this.renderGoto(analysis.syntax.place, labels.at(analysis.syntax.line, analysis.syntax.column), labels.syntax(this.showCharacter(analysis.syntax.found, labels)))]
        : analysis.errors.map((located) => this.renderError(located, labels, lang));
    const noteItems = (notes: readonly LocatedNote[]) =>
      notes.map(({ note, place }) =>
        this.renderGoto(
          place,
          labels.line(note.line),
          html`<span lang=${dataLang}>${labels.quote(note.text.trim())}</span>${labels.colon}${importNoteReason(note.code, lang)}`,
        ),
      );
    const unplaced = analysis.format === 'text' ? analysis.unplaced : [];
    const warnings = analysis.format === 'text' ? analysis.warnings : [];
    const unplacedTotal = analysis.format === 'text' ? analysis.report.unplaced.length : 0;
    const warningsTotal = analysis.format === 'text' ? analysis.report.warnings.length : 0;
    if (!errorItems.length && !unplacedTotal && !warningsTotal) return nothing;

    return html`<div class="report" part="report">
      ${errorItems.length
        ? html`<ul class="messages" aria-label=${labels.errorCount(analysis.errorTotal)}>${errorItems}</ul>
            ${more(analysis.errorTotal, listedErrors)}`
        : nothing}
      ${unplacedTotal
        ? html`${heading(level, { class: 'subheading' }, labels.unplacedTitle(unplacedTotal))}
            <p class="hint">${labels.unplacedHint(unplacedTotal)}</p>
            <ul class="messages">${noteItems(unplaced)}</ul>
            ${more(unplacedTotal, unplaced.length)}`
        : nothing}
      ${warningsTotal
        ? html`${heading(level, { class: 'subheading' }, labels.warningsTitle(warningsTotal))}
            <ul class="messages">${noteItems(warnings)}</ul>
            ${more(warningsTotal, warnings.length)}`
        : nothing}
    </div>`;
  }

  private renderError({ error, place }: LocatedError, labels: AtelierLabels, lang: Lang) {
    const message = html`<code>${formatValidationError(error, lang)}</code>`;
    if (!place) return html`<li>${message}</li>`;
    const where = place.exact ? labels.at(place.line, place.column) : labels.atParent(place.line, place.column);
    return this.renderGoto(place, where, message);
  }

  /** One message as a button that moves the caret to its place. */
  private renderGoto(place: Place, where: string, what: unknown) {
    return html`<li>
      <button type="button" class="goto" part="goto" @click=${() => this.goTo(place)}>
        <span class="where">${where}</span> <span class="what">— ${what}</span>
      </button>
    </li>`;
  }

  /** A character as a reader can see it: `« } »`, or `U+000A` for an invisible one. */
  private showCharacter(found: string, labels: AtelierLabels): string {
    if (!found) return '';
    const code = found.codePointAt(0)!;
    return code <= 0x20 || code === 0x7f || code === 0xfeff ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : labels.quote(found);
  }

  private renderPreview(labels: AtelierLabels, document: IdeaBoxDocument | undefined, level: number) {
    const stale = !document && this.lastGood !== undefined;
    const shown = document ?? this.lastGood;
    const placeholder =
      this.analysis.format === 'empty'
        ? labels.previewEmpty
        : !shown
          ? errorTotal(this.analysis)
            ? labels.previewInvalid
            : labels.previewNone
          : shown.chantiers.length === 0
            ? labels.previewNone
            : '';
    return html`<section
      class="preview"
      part="preview"
      aria-labelledby="preview-title"
      aria-busy=${this.pending ? 'true' : 'false'}
    >
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

/** Fired when the author changed the draft: typed (once the typing pauses), opened a file, loaded the example, cleared or restored it. */
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
