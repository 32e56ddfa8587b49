/**
 * The follow-up of a chantier as people read it: its status in words, a real progress bar whose value is
 * announced, who carries it and the last update as `<time datetime>`, its dated steps in order, and the
 * assessment of each success criterion. Nothing is told by colour alone.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEFAULT_STATUTS, etapesInOrder, lastUpdate, progressionOf } from '../model/suivi.js';
import type { Critere, Etape, Statut, Suivi } from '../model/types.js';
import { dataLangFor, labelsFor, type Lang } from './labels.js';

/** `12 mars 2025` / `March 12, 2025` for an ISO date, read as a calendar day (never shifted by a time zone). */
export const formatDate = (date: string, lang: Lang): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

export const formatPercent = (value: number, lang: Lang): string =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

const time = (date: string, lang: Lang) => html`<time datetime=${date}>${formatDate(date, lang)}</time>`;

/**
 * A status's wording and its language: a document's own statuses are data (French, marked as such under
 * another interface language); the default ones are interface words, in the interface's language.
 */
export function statutLabel(cle: string, statuts: readonly Statut[], lang: Lang): { text: string; lang?: Lang } {
  const statut = statuts.find((candidate) => candidate.cle === cle);
  if (statuts !== DEFAULT_STATUTS) return { text: statut?.libelle ?? cle, lang: dataLangFor(lang) };
  return { text: labelsFor(lang).suivi.statuts[cle] ?? statut?.libelle ?? cle };
}

/** Status, progress, carrier and last update, as a description list; `nothing` when none is known. */
export function renderSuiviSummary(suivi: Suivi | undefined, statuts: readonly Statut[], lang: Lang, renderText: (text: string) => unknown) {
  if (!suivi) return nothing;
  const words = labelsFor(lang).suivi;
  const progression = progressionOf(suivi, statuts);
  const updated = lastUpdate(suivi);
  const statut = suivi.statut === undefined ? undefined : statutLabel(suivi.statut, statuts, lang);
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
    > <strong>${labelsFor(lang).suivi.atteint[critere.atteint]}</strong>${critere.note
      ? html` — <span lang=${ifDefined(dataLang)}>${renderText(critere.note)}</span>`
      : nothing}</span
  >`;
}
