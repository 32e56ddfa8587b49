/**
 * What the box derives from the follow-up of its chantiers: the statuses in use with their counts, the
 * order by last update, and their controls (a toggle per status, the order's select).
 *
 * A chunk of its own in the embed (`followingUp`, ./follow-up.ts): a box loads it only when some chantier
 * of its document has a follow-up.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { lastUpdate } from '../model/suivi-timeline.js';
import type { Chantier, Statut } from '../model/types.js';
import type { ViewLabels } from './box-view-labels.js';
import type { Tri } from './follow-up.js';

interface Followed {
  readonly chantier: Chantier;
}

/**
 * The statuses some chantier of `all` has, in the order of the document's list, each with its count in
 * `found` (how many chantiers the other filters let through have it, by status key).
 */
export function statutCounts(statuts: readonly Statut[], all: readonly Followed[], found: ReadonlyMap<string | undefined, number>) {
  const used = new Set(all.map((entry) => entry.chantier.suivi?.statut));
  return statuts.filter((statut) => used.has(statut.cle)).map((statut) => ({ statut, count: found.get(statut.cle) ?? 0 }));
}

/** The entries in the view's order: latest update first for `maj` (undated last, each group in document order). */
export function inOrder<T extends Followed>(entries: readonly T[], tri: Tri): readonly T[] {
  if (tri !== 'maj') return entries;
  const dated = entries.map((entry, index) => ({ entry, index, date: lastUpdate(entry.chantier.suivi) ?? '' }));
  return dated.sort((a, b) => (a.date === b.date ? a.index - b.index : a.date < b.date ? 1 : -1)).map(({ entry }) => entry);
}

export interface FollowUpControls {
  readonly words: ViewLabels;
  /** The statuses in use with their counts (`statutCounts`). */
  readonly statutCounts: readonly { statut: Statut; count: number }[];
  readonly selected: readonly string[];
  /** A status in words, with its `lang` when it is the data's. */
  readonly statutText: (cle: string) => { text: string; lang?: string };
  readonly toggle: (cle: string) => void;
  /** Whether some chantier has a date to sort by (then the order is offered). */
  readonly dated: boolean;
  readonly tri?: Tri;
  readonly sort: (event: Event) => void;
}

/** One toggle per status in use, with its count, and the order by last update when some chantier is dated. */
export function renderFollowUpControls(controls: FollowUpControls) {
  const { words, selected, tri } = controls;
  return html`${controls.statutCounts.length
    ? html`<div class="themes" role="group" aria-labelledby="statuts-label">
        <span class="group-label" id="statuts-label">${words.statuts}</span>
        ${controls.statutCounts.map(({ statut, count }) => {
          const label = controls.statutText(statut.cle);
          return html`<button
            type="button"
            class="theme-toggle"
            part="button"
            aria-pressed=${selected.includes(statut.cle) ? 'true' : 'false'}
            @click=${() => controls.toggle(statut.cle)}
          ><span lang=${ifDefined(label.lang)}>${label.text}</span> (${count})</button>`;
        })}
      </div>`
    : nothing}
  ${controls.dated
    ? html`<div class="field">
        <label for="tri">${words.sort}</label>
        <select id="tri" part="sort" @change=${controls.sort}>
          <option value="" ?selected=${!tri} .selected=${!tri}>${words.sortDocument}</option>
          <option value="maj" ?selected=${tri === 'maj'} .selected=${tri === 'maj'}>${words.sortUpdate}</option>
        </select>
      </div>`
    : nothing}`;
}
