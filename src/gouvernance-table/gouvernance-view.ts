/**
 * "Qui fait quoi" as `<gouvernance-table>` shows it: a caption, column headers, a row header a role, then
 * the notes that name no role. It comes beside the data, with its checks (src/shared/beside-data.ts): the
 * element (gouvernance-table.ts) keeps its properties, its data, its styles and its registration.
 */
import { html, ifDefined, nothing } from '../shared/entry-lit.js';
import type { TextDecorations } from '../shared/decorate-text.js';
import { dataLabelsOf } from '../shared/data-labels.js';
import { dataLangFor, type Lang } from '../shared/labels.js';
import { renderItems } from '../shared/render-lists.js';
import { NO_DECORATIONS, textRenderer } from '../shared/text-renderer.js';
import type { GouvernanceOfChantier, GouvernanceTableElement } from './gouvernance-table.js';

/**
 * The table's governance in its language's words (nothing while English ones arrive: rendered again then),
 * its text marked up with the card's `decorations`.
 */
export function renderGouvernance(table: GouvernanceTableElement, value: GouvernanceOfChantier, lang: Lang, decorations: TextDecorations | undefined) {
  const labels = table.need(dataLabelsOf(lang));
  if (!value.gouvernance || !labels) return nothing;
  const { gouvernance, titre } = value;
  const dataLang = ifDefined(dataLangFor(lang));
  const text = textRenderer(table, decorations ?? NO_DECORATIONS);
  const [before, after] = labels.gouvernanceCaption;
  const caption = table.caption
    ? table.caption
    : titre
      ? html`${before}<span lang=${dataLang}>${titre}</span>${after}`
      : labels.sections.gouvernance;
  const roles = gouvernance.roles ?? [];
  const notes = gouvernance.notes ?? [];
  return html`
    ${roles.length
      ? html`<table part="table" role="table">
          <caption part="caption">${caption}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${labels.roleHeader}</th>
              <th scope="col" role="columnheader">${labels.whoHeader}</th>
            </tr>
          </thead>
          <tbody role="rowgroup" lang=${dataLang}>
            ${roles.map(
              (row) => html`<tr role="row">
                <th scope="row" role="rowheader">${text(row.role)}</th>
                <td role="cell">${text(row.texte)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
    ${notes.length
      ? html`<p class="notes-title" id="notes-title">${roles.length ? labels.notes : caption}</p>
          <div role="group" aria-labelledby="notes-title" lang=${dataLang}>${renderItems(notes, text)}</div>`
      : nothing}
  `;
}
