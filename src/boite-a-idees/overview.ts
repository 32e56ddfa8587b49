/**
 * The overview of a box with many chantiers: what the box holds before any chantier in full, as the
 * participation platforms list their projects (Decidim's and Consul's lists grouped by category with their
 * counts, Go Vocal's and Cap Collectif's project cards by topic). The chantiers are grouped by theme —
 * the workshops' own division, and the theme toggles above count them — each one a heading whose link
 * opens the whole chantier in place, and under it its stake, or during a search the line that matched.
 *
 * A screen reader lists every chantier as a heading and a link; the opened one is a `<chantier-card>` in
 * the list, where its entry was, between two buttons back to the overview.
 *
 * A chunk of its own in the embed (`overviewing`, ./overview-layout.ts): a box loads it when it first shows
 * an overview (from seven chantiers, or `layout="overview"`); a box of a few chantiers never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import { searching, stakeOf } from '../shared/searching.js';
import { GROUP_SHOWS, type OverviewEntry, type OverviewGroup, type OverviewOptions } from './overview-layout.js';

/** The visible chantiers by theme, in the document's order of themes. */
function groupsOf(visible: readonly OverviewEntry[], themes: OverviewOptions['themes']): OverviewGroup[] {
  const byTheme = new Map<string, OverviewEntry[]>();
  for (const entry of visible) byTheme.get(entry.theme)?.push(entry) ?? byTheme.set(entry.theme, [entry]);
  return themes.flatMap(({ slug, name }) => (byTheme.has(slug) ? [{ slug, name, entries: byTheme.get(slug)! }] : []));
}

export function renderOverview(options: OverviewOptions): TemplateResult {
  const { level, opened, text, dataLang } = options;
  const back = html`<button type="button" class="back" part="button" @click=${options.close}>${options.back}</button>`;
  return html`<div class="overview" part="overview">
    ${groupsOf(options.visible, options.themes).map(({ slug, name, entries }) => {
      // The first dozen, and the opened chantier wherever it is; a button for the others.
      const all = options.expanded.has(slug) || entries.length <= GROUP_SHOWS + 1;
      const shown = all ? entries : entries.filter((entry, index) => index < GROUP_SHOWS || entry.chantier.id === opened);
      return html`<section class="group" aria-labelledby="group-${slug}">
        ${heading(level + 1, { id: `group-${slug}`, class: 'group-title', part: 'group-title', lang: dataLang }, `${name} (${entries.length})`)}
        <ul class="entries" role="list">
          ${shown.map((entry) => {
            const { id, titre } = entry.chantier;
            if (id === opened) return html`<li class="opened">${back}${options.card(entry, level + 2)}${back}</li>`;
            const excerpt = options.terms.length ? searching.get()!.excerptOf(entry.chantier, options.terms) : stakeOf(entry.chantier);
            const statut = options.statut(entry.chantier);
            return html`<li>
              ${heading(
                level + 2,
                { id: `entry-${id}`, class: 'entry-title', part: 'entry-title', lang: dataLang },
                html`<a href=${options.link(id)} @click=${(event: MouseEvent) => options.open(event, id)}>${text(titre)}</a>`,
              )}
              ${statut
                ? html`<p class="entry-statut" part="entry-statut">${statut.label} <span lang=${statut.lang ?? nothing}>${statut.text}</span></p>`
                : nothing}
              ${excerpt ? html`<p class="excerpt" lang=${dataLang ?? nothing}>${text(excerpt)}</p>` : nothing}
            </li>`;
          })}
        </ul>
        ${all
          ? nothing
          : html`<button type="button" part="button" @click=${() => options.expand(slug)}>
              ${options.more(entries.length - shown.length, name)}
            </button>`}
      </section>`;
    })}
  </div>`;
}
