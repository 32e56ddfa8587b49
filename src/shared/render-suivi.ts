/**
 * The follow-up of a chantier as people read it: its status in words, a real progress bar whose value is
 * announced, who carries it and the last update as `<time datetime>`, its dated steps in order, and the
 * assessment of each success criterion. Nothing is told by colour alone.
 *
 * A chunk of its own in the embed (`suiviRendering`, ./suivi-rendering.ts): a card loads it only when its
 * chantier has a follow-up, so pages without one never download it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ATTEINT_VALUES } from '../model/schema.js';
import { etapesInOrder, lastUpdate, progressionOf } from '../model/suivi-timeline.js';
import type { Critere, Etape, Section, Statut, Suivi } from '../model/types.js';
import type { TextRenderer } from './decorate-text.js';
import { renderItems } from './render-lists.js';
import type { DataLabels } from './data-labels.js';
import { dataLangFor, type Lang } from './labels.js';
import { statutLabel } from './statut-label.js';
import { formatDate, formatPercent } from './suivi-format.js';

/**
 * The words only this rendering uses, in both languages: they come with its chunk, so the entries go without
 * them (the status and the colon, which the box's view uses too, are in data-labels.ts).
 */
const WORDS: Record<Lang, { progression: string; porteur: string; miseAJour: string; atteint: Record<(typeof ATTEINT_VALUES)[number], string> }> = {
  fr: {
    progression: 'Avancement',
    porteur: 'Porté par',
    miseAJour: 'Mis à jour le',
    atteint: { oui: 'Atteint', 'en partie': 'En partie atteint', non: 'Non atteint' },
  },
  en: {
    progression: 'Progress',
    porteur: 'Carried by',
    miseAJour: 'Updated on',
    atteint: { oui: 'Met', 'en partie': 'Partly met', non: 'Not met' },
  },
};

const time = (date: string, lang: Lang) => html`<time datetime=${date}>${formatDate(date, lang)}</time>`;

/** Status, progress, carrier and last update, as a description list; `nothing` when none is known. */
export function renderSuiviSummary(suivi: Suivi | undefined, statuts: readonly Statut[], lang: Lang, labels: DataLabels, renderText: (text: string) => unknown) {
  if (!suivi) return nothing;
  const words = { ...labels.suivi, ...WORDS[lang] };
  const progression = progressionOf(suivi, statuts);
  const updated = lastUpdate(suivi);
  const statut = suivi.statut === undefined ? undefined : statutLabel(suivi.statut, statuts, lang, labels);
  if (!statut && progression === undefined && !suivi.porteur && !updated) return nothing;
  return html`<dl class="suivi" part="suivi">
    ${statut ? html`<div><dt>${words.statut}${words.colon}</dt> <dd class="statut" part="statut" lang=${ifDefined(statut.lang)}>${statut.text}</dd></div>` : nothing}
    ${progression === undefined
      ? nothing
      : html`<div>
          <dt><label for="progression">${words.progression}</label>${words.colon}</dt> <dd><progress id="progression" part="progress" max="100" value=${progression}></progress> <span aria-hidden="true">${formatPercent(progression, lang)}</span></dd>
        </div>`}
    ${suivi.porteur ? html`<div><dt>${words.porteur}${words.colon}</dt> <dd lang=${ifDefined(dataLangFor(lang))}>${renderText(suivi.porteur)}</dd></div>` : nothing}
    ${updated ? html`<div><dt>${words.miseAJour}${words.colon}</dt> <dd>${time(updated, lang)}</dd></div>` : nothing}
  </dl>`;
}

/** The dated steps, oldest first, as an ordered list; `nothing` without steps. */
export function renderEtapes(etapes: readonly Etape[] | undefined, lang: Lang, renderText: (text: string) => unknown) {
  if (!etapes?.length) return nothing;
  return html`<ol class="etapes" part="list" role="list">
    ${etapesInOrder(etapes).map((etape) => html`<li>${time(etape.date, lang)} — <span lang=${ifDefined(dataLangFor(lang))}>${renderText(etape.texte)}</span></li>`)}
  </ol>`;
}

/**
 * The assessment under one success criterion: met, partly, not, in words, and its note. It sits inside the
 * data's French text, so under another interface language its words carry their own `lang`.
 */
export function renderCritere(critere: Critere | undefined, lang: Lang, renderText: (text: string) => unknown) {
  if (!critere) return nothing;
  const dataLang = dataLangFor(lang);
  // The leading space keeps the words apart where styles are off (reader modes, copied text).
  return html`<span class="critere" lang=${ifDefined(dataLang && lang)}
    > <strong>${WORDS[lang].atteint[critere.atteint]}</strong>${critere.note
      ? html` — <span lang=${ifDefined(dataLang)}>${renderText(critere.note)}</span>`
      : nothing}</span
  >`;
}

/**
 * "On aura réussi si…" with the assessment under each criterion: its top-level lines, or its paragraph when
 * it has no list (then it is the one criterion). Nested lists as the other sections render them. (`_labels`:
 * the words of the assessments are this module's own now; the parameter stays for the card that calls it.)
 */
export function renderReussite(section: Section, criteres: readonly Critere[], lang: Lang, _labels: DataLabels, renderText: TextRenderer) {
  const after = (index: number) => renderCritere(criteres[index], lang, renderText);
  const single = !section.items?.length;
  return html`${section.texte ? html`<p>${renderText(section.texte)}${single ? after(0) : nothing}</p>` : nothing}${single
    ? nothing
    : html`<ul part="list">
        ${section.items!.map((item, index) =>
          typeof item === 'string'
            ? html`<li>${renderText(item)}${after(index)}</li>`
            : html`<li>${renderText(item.texte)}${after(index)}${renderItems(item.items, renderText)}</li>`,
        )}
      </ul>`}`;
}
