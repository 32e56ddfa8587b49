import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { decodeText, type TextEncodingName } from '../model/decode-text.js';
import { mergeSuiviCsv, suiviNoteReason, type SuiviMergeResult } from '../model/suivi-csv.js';
import { statutsOf } from '../model/suivi.js';
import { lastUpdate, progressionOf } from '../model/suivi-timeline.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { BoiteElement } from '../shared/boite-element.js';
import { clampLevel, heading } from '../shared/heading.js';
import { dataLabelsOf } from '../shared/data-labels.js';
import { dataLangFor, langOf, type Lang } from '../shared/labels.js';
import { formatDate, formatPercent } from '../shared/suivi-format.js';
import { statutLabel } from '../shared/statut-label.js';
import { baseStyles } from '../shared/styles.js';
import { atelierSuiviStyles } from './atelier-suivi.styles.js';

const fr = {
  title: 'Suivi depuis un tableur',
  intro:
    'Le suivi tenu dans un tableur, enregistré en CSV : une ligne par étape, colonnes id, date, etape, statut, progression, porteur, critère 1, critère 2… Rien ne change avant « Fusionner ».',
  needsDocument: 'Le suivi se fusionne dans un document valide : le texte ci-dessus doit d’abord donner une boîte à idées sans erreur.',
  open: 'Ouvrir un tableau CSV…',
  read: (file: string, encoding: TextEncodingName) =>
    `${file} : ${encoding === 'utf-8' ? 'lu en UTF-8' : encoding === 'windows-1252' ? 'pas en UTF-8, lu en Windows-1252 (l’encodage des tableurs sous Windows)' : `lu en ${encoding.toUpperCase()}`}.`,
  counts: (read: number, merged: number, reported: number, added: number, known: number) =>
    `${read} ligne${read > 1 ? 's' : ''} lue${read > 1 ? 's' : ''}, ${merged} à fusionner, ${reported} signalée${reported > 1 ? 's' : ''} ; ` +
    `${added} étape${added > 1 ? 's' : ''} nouvelle${added > 1 ? 's' : ''}, ${known} déjà dans le document.`,
  badBytes: (file: string, lines: string) => `${file} : octets qui ne sont ni de l’UTF-8 ni du Windows-1252 (ligne ${lines}). Vérifiez l’encodage du fichier ; rien n’est fusionné.`,
  unreadable: (file: string) => `${file} n’a pas pu être lu.`,
  reportedTitle: (count: number) => `${count} ligne${count > 1 ? 's' : ''} signalée${count > 1 ? 's' : ''}`,
  line: (line: number) => `Ligne ${line}`,
  didYouMean: (id: string) => `(vouliez-vous dire « ${id} » ?)`,
  known: (list: string) => `(statuts du document : ${list})`,
  quote: (text: string) => `« ${text} »`,
  previewCaption: 'Ce que la fusion change, chantier par chantier',
  chantier: 'Chantier',
  statut: 'Statut',
  progression: 'Avancement',
  miseAJour: 'Mis à jour le',
  etapes: 'Nouvelles étapes',
  none: '—',
  nothingToMerge: 'Aucune ligne à fusionner.',
  merge: 'Fusionner dans le document',
  cancel: 'Annuler',
  cancelled: 'Fusion annulée : le document n’a pas changé.',
  merged: (rows: number, steps: number) =>
    `Suivi fusionné : ${rows} ligne${rows > 1 ? 's' : ''}, ${steps} nouvelle${steps > 1 ? 's' : ''} étape${steps > 1 ? 's' : ''}. « Rétablir » revient au texte d’avant.`,
};

type Labels = typeof fr;

const en: Labels = {
  title: 'Follow-up from a spreadsheet',
  intro:
    'The follow-up kept in a spreadsheet, saved as CSV: one row per step, columns id, date, etape, statut, progression, porteur, critère 1, critère 2… Nothing changes before “Merge”.',
  needsDocument: 'The follow-up merges into a valid document: the text above must first give an idea box without errors.',
  open: 'Open a CSV sheet…',
  read: (file, encoding) =>
    `${file}: ${encoding === 'utf-8' ? 'read as UTF-8' : encoding === 'windows-1252' ? 'not UTF-8, read as Windows-1252 (the encoding of spreadsheets on Windows)' : `read as ${encoding.toUpperCase()}`}.`,
  counts: (read, merged, reported, added, known) =>
    `${read} row${read === 1 ? '' : 's'} read, ${merged} to merge, ${reported} reported; ${added} new step${added === 1 ? '' : 's'}, ${known} already in the document.`,
  badBytes: (file, lines) => `${file}: bytes that are neither UTF-8 nor Windows-1252 (line ${lines}). Check the file's encoding; nothing is merged.`,
  unreadable: (file) => `${file} could not be read.`,
  reportedTitle: (count) => `${count} row${count === 1 ? '' : 's'} reported`,
  line: (line) => `Line ${line}`,
  didYouMean: (id) => `(did you mean “${id}”?)`,
  known: (list) => `(the document's statuses: ${list})`,
  quote: (text) => `“${text}”`,
  previewCaption: 'What the merge changes, chantier by chantier',
  chantier: 'Project',
  statut: 'Status',
  progression: 'Progress',
  miseAJour: 'Updated on',
  etapes: 'New steps',
  none: '—',
  nothingToMerge: 'No row to merge.',
  merge: 'Merge into the document',
  cancel: 'Cancel',
  cancelled: 'Merge cancelled: the document did not change.',
  merged: (rows, steps) => `Follow-up merged: ${rows} row${rows === 1 ? '' : 's'}, ${steps} new step${steps === 1 ? '' : 's'}. “Restore” goes back to the text before.`,
};

/** What the workshop announces once a merge is done (its status line). */
export const mergedNotice = (result: SuiviMergeResult, lang: Lang): string => (lang === 'en' ? en : fr).merged(result.merged, result.stepsAdded);

interface Pending {
  readonly file: string;
  readonly encoding: TextEncodingName;
  readonly result: SuiviMergeResult;
}

/**
 * The follow-up of a spreadsheet merged into the workshop's document, with a preview first: the rows
 * read, merged or reported (each with its line and reason, as the command line `boite-a-idees suivi`
 * says them), and per chantier the status, progress, last update and new steps the merge gives. Nothing
 * changes until the author presses "Fusionner"; then `atelier-suivi-merge` carries the merged document.
 *
 * Part of the authoring page (`<atelier-boite>` shows it under its checks), never of the embed bundle.
 *
 * @tag atelier-suivi
 * @csspart button - The open, merge and cancel buttons.
 * @csspart status - The announced reading of the file (encoding, counts).
 * @csspart error - The alert shown when the file cannot be read as text.
 * @csspart report - The list of reported rows.
 * @csspart table - The preview of the changes.
 * @fires {AtelierSuiviMergeEvent} atelier-suivi-merge - The author merged the spreadsheet; `document` is the result.
 */
export class AtelierSuiviElement extends BoiteElement {
  static override styles = [baseStyles, atelierSuiviStyles];

  /** The document to merge into (the workshop's valid document); without it, the section says what is missing. */
  @property({ attribute: false }) document?: IdeaBoxDocument;

  /** Level (1–6) of the section's heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private pending?: Pending;
  @state() private notice = '';
  @state() private failure = '';

  private labels(): Labels {
    return langOf(this) === 'en' ? en : fr;
  }

  /** Reads a CSV file as the command line does: bytes, honest decoding, then the merge (not applied yet). */
  async openFile(file: File): Promise<void> {
    const labels = this.labels();
    this.pending = undefined;
    this.notice = '';
    this.failure = '';
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.failure = labels.unreadable(file.name);
      return;
    }
    const decoded = decodeText(bytes);
    if (decoded.badLines.length) {
      this.failure = labels.badBytes(file.name, decoded.badLines.join(', '));
      return;
    }
    if (!this.document) return;
    this.pending = { file: file.name, encoding: decoded.encoding, result: mergeSuiviCsv(decoded.text, this.document) };
  }

  private onFileChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be opened again after edits to the sheet
    if (file) void this.openFile(file);
  }

  private merge(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.dispatchEvent(new AtelierSuiviMergeEvent(pending.result.document, pending.result));
  }

  private cancel(): void {
    this.pending = undefined;
    this.notice = this.labels().cancelled;
  }

  protected override render() {
    const lang = langOf(this);
    const labels = this.labels();
    const level = clampLevel(this.headingLevel, 3);
    const pending = this.pending;
    return html`<section aria-labelledby="suivi-title">
      ${heading(level, { id: 'suivi-title', class: 'heading' }, labels.title)}
      <p class="hint">${this.document ? labels.intro : labels.needsDocument}</p>
      ${this.document
        ? html`<span class="file">
            <input id="csv" class="visually-hidden" type="file" accept=".csv,text/csv,text/plain" @change=${this.onFileChange} /><label
              for="csv"
              class="button"
              part="button"
              >${labels.open}</label
            >
          </span>`
        : nothing}
      <p class="status" part="status" role="status">${pending ? this.summary(pending, labels) : this.notice}</p>
      ${this.failure ? html`<div class="error" part="error" role="alert"><p>${this.failure}</p></div>` : nothing}
      ${pending ? this.renderPending(pending, labels, lang, level + 1) : nothing}
    </section>`;
  }

  private summary({ file, encoding, result }: Pending, labels: Labels): string {
    const reported = result.rowsRead - result.merged;
    return `${labels.read(file, encoding)} ${labels.counts(result.rowsRead, result.merged, reported, result.stepsAdded, result.stepsKnown)}`;
  }

  private renderPending({ result }: Pending, labels: Labels, lang: Lang, level: number) {
    const dataLang = ifDefined(dataLangFor(lang));
    const notes = result.notes;
    return html`
      ${notes.length
        ? html`<div class="report" part="report">
            ${heading(level, { class: 'subheading' }, labels.reportedTitle(notes.filter((note) => note.rejected).length))}
            <ul class="messages">
              ${notes.map(
                (note) => html`<li>
                  <span class="where">${labels.line(note.line)}</span> — ${suiviNoteReason(note.code, lang)}${note.value
                    ? html` : <span lang=${dataLang}>${labels.quote(note.value)}</span>`
                    : nothing}${note.hint
                    ? html` <span lang=${ifDefined(note.code === 'unknown-statut' ? dataLangFor(lang) : undefined)}>${note.code === 'unknown-id' ? labels.didYouMean(note.hint) : labels.known(note.hint)}</span>`
                    : nothing}
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${result.updated.length ? this.renderChanges(result, labels, lang) : html`<p>${labels.nothingToMerge}</p>`}
      <div class="actions">
        <button type="button" part="button" ?disabled=${!result.updated.length} @click=${this.merge}>${labels.merge}</button>
        <button type="button" part="button" @click=${this.cancel}>${labels.cancel}</button>
      </div>
    `;
  }

  /** One row per chantier the merge changes: its status, progress and last update after it, and its new steps. */
  private renderChanges(result: SuiviMergeResult, labels: Labels, lang: Lang) {
    // The card's words name the default statuses (English ones arrive on demand: rendered again then).
    const cardLabels = this.need(dataLabelsOf(lang));
    if (!cardLabels) return nothing;
    const dataLang = ifDefined(dataLangFor(lang));
    const statuts = statutsOf(result.document);
    const before = new Map((this.document?.chantiers ?? []).map((chantier) => [chantier.id, chantier]));
    return html`<div class="table-frame">
      <table part="table">
        <caption>${labels.previewCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${labels.chantier}</th>
            <th scope="col">${labels.statut}</th>
            <th scope="col">${labels.progression}</th>
            <th scope="col">${labels.miseAJour}</th>
            <th scope="col">${labels.etapes}</th>
          </tr>
        </thead>
        <tbody>
          ${result.document.chantiers
            .filter((chantier) => result.updated.includes(chantier.id))
            .map((chantier) => {
              const suivi = chantier.suivi!;
              const known = new Set((before.get(chantier.id)?.suivi?.etapes ?? []).map((etape) => `${etape.date}\n${etape.texte}`));
              const added = (suivi.etapes ?? []).filter((etape) => !known.has(`${etape.date}\n${etape.texte}`));
              const statut = suivi.statut === undefined ? undefined : statutLabel(suivi.statut, statuts, lang, cardLabels);
              const progression = progressionOf(suivi, statuts);
              const updated = lastUpdate(suivi);
              return html`<tr>
                <th scope="row" lang=${dataLang}>${chantier.titre}</th>
                <td lang=${ifDefined(statut?.lang)}>${statut?.text ?? labels.none}</td>
                <td>${progression === undefined ? labels.none : formatPercent(progression, lang)}</td>
                <td>${updated ? html`<time datetime=${updated}>${formatDate(updated, lang)}</time>` : labels.none}</td>
                <td>
                  ${added.length
                    ? html`<ul>
                        ${added.map((etape) => html`<li><time datetime=${etape.date}>${formatDate(etape.date, lang)}</time> — <span lang=${dataLang}>${etape.texte}</span></li>`)}
                      </ul>`
                    : labels.none}
                </td>
              </tr>`;
            })}
        </tbody>
      </table>
    </div>`;
  }
}

/** Fired when the author merges the spreadsheet: `document` is the merged document, `result` the reading. */
export class AtelierSuiviMergeEvent extends Event {
  constructor(
    readonly document: IdeaBoxDocument,
    readonly result: SuiviMergeResult,
  ) {
    super('atelier-suivi-merge', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atelier-suivi': AtelierSuiviElement;
  }
  interface GlobalEventHandlersEventMap {
    'atelier-suivi-merge': AtelierSuiviMergeEvent;
  }
}
