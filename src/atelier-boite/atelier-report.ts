/**
 * The messages of `<atelier-boite>`, grouped by cause: JSON errors by what was expected, the importer's
 * lines by reason, each group headed by its count and what to do, every message a button that moves the
 * caret to its place. Long groups show a hundred messages and a button for the next hundred, so every one
 * is reachable without rendering ten thousand buttons at once. The panel scrolls on its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { importNoteReason, type ImportNoteCode } from '../model/import-notes.js';
import { describeJsonSyntaxError } from '../model/source-text.js';
import { heading } from '../shared/heading.js';
import { dataLangFor, type Lang } from '../shared/labels.js';
import type { DraftAnalysis, LocatedError, LocatedNote, Place } from './analyze-draft.js';
import type { AtelierLabels } from './labels.js';

/** Messages shown per group at first, and added by each "show more". */
export const PAGE = 100;

export interface ReportHost {
  goTo(place: Place): void;
  /** How many messages of a group are shown. */
  shown(group: string): number;
  showMore(group: string): void;
}

/** A JSON validation error in words: where in the document's terms, what was expected, what was found. */
export function describeError({ error, steps }: LocatedError, labels: AtelierLabels): string {
  const words = (list: typeof steps) => (list.length ? list.map((step) => labels.step(step)).join(', ') : labels.documentRoot);
  const where = words(steps);
  if (!('expected' in error)) return `${where}${labels.colon}${labels.duplicate}`;
  // The path ends with the unknown key itself: name the object that holds it, then the key.
  if (error.expected === 'unknown-key') return labels.unknownKey(words(steps.slice(0, -1)), error.received);
  if (error.expected === 'required') return `${where}${labels.colon}${labels.expected.required}`;
  return labels.jsonError(where, labels.expected[error.expected], labels.received(error.received));
}

/** Items of a list grouped by a key, groups in the order of their first item. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function renderReport(analysis: DraftAnalysis, labels: AtelierLabels, level: number, lang: Lang, host: ReportHost): TemplateResult | typeof nothing {
  if (analysis.format === 'empty') return nothing;
  const dataLang = ifDefined(dataLangFor(lang));
  const unplaced = analysis.format === 'text' ? analysis.unplaced : [];
  const warnings = analysis.format === 'text' ? analysis.warnings : [];
  const syntax = analysis.format === 'json' ? analysis.syntax : undefined;
  if (!syntax && !analysis.errors.length && !unplaced.length && !warnings.length) return nothing;

  const goto = (place: Place, where: string, what: unknown) => html`<li>
    <button type="button" class="goto" part="goto" @click=${() => host.goTo(place)}>
      <span class="where">${where}</span> <span class="what">— ${what}</span>
    </button>
  </li>`;

  const group = <T>(id: string, head: string, items: readonly T[], render: (item: T) => TemplateResult) => {
    const shown = host.shown(id);
    const rest = items.length - shown;
    return html`<details class="group" open>
      <summary>${head}</summary>
      <ul class="messages">${items.slice(0, shown).map(render)}</ul>
      ${rest > 0
        ? html`<button type="button" class="more" part="button" @click=${() => host.showMore(id)}>${labels.showMore(Math.min(PAGE, rest))}</button>`
        : nothing}
    </details>`;
  };

  const note = ({ note, place }: LocatedNote) =>
    goto(
      place,
      labels.line(note.line),
      html`<span lang=${dataLang}>${labels.quote(note.text.trim())}</span>${note.code === 'heading-guessed' ? html`${labels.colon}${importNoteReason(note, lang)}` : nothing}`,
    );
  const notes = (prefix: string, list: readonly LocatedNote[]) =>
    [...groupBy(list, (entry) => entry.note.code)].map(([code, entries]) => group(`${prefix}:${code}`, labels.group[code as ImportNoteCode](entries.length), entries, note));

  const error = (located: LocatedError) => {
    const message = describeError(located, labels);
    const place = located.place;
    if (!place) return html`<li><span class="what">${message}</span></li>`;
    return goto(place, place.exact ? labels.at(place.line, place.column) : labels.atParent(place.line, place.column), message);
  };
  const errors = syntax
    ? html`<ul class="messages" aria-label=${labels.errorCount(1)}>
        ${goto(
          syntax.place,
          labels.at(syntax.place.line, syntax.place.column),
          html`${labels.syntax(describeJsonSyntaxError(syntax, lang))}${syntax.hint ? html` — <strong>${labels.syntaxHint[syntax.hint]}</strong>` : nothing}`,
        )}
      </ul>`
    : [...groupBy(analysis.errors, (entry) => ('expected' in entry.error ? entry.error.expected : 'duplicate'))].map(([expected, entries]) =>
        group(`e:${expected}`, labels.errorGroup(entries.length, expected === 'duplicate' ? labels.duplicate : labels.expected[expected]), entries, error),
      );
  const hidden = analysis.errorTotal - (syntax ? 1 : analysis.errors.length);

  return html`<div class="report" part="report" role="region" aria-label=${labels.messagesLabel}>
    ${errors} ${hidden > 0 ? html`<p>${labels.moreErrors(hidden)}</p>` : nothing}
    ${unplaced.length
      ? html`${heading(level, { class: 'subheading' }, labels.unplacedTitle(unplaced.length))}
          <p class="hint">${labels.unplacedHint(unplaced.length)}</p>
          ${notes('u', unplaced)}`
      : nothing}
    ${warnings.length
      ? html`${heading(level, { class: 'subheading' }, labels.warningsTitle(warnings.length))}
          <p class="hint">${labels.warningsHint}</p>
          ${notes('w', warnings)}`
      : nothing}
  </div>`;
}
