/**
 * The overview of a box with many chantiers: what the box holds before any chantier in full, as the
 * participation platforms list their projects (Decidim's and Consul's lists grouped by category with their
 * counts, Go Vocal's and Cap Collectif's project cards by topic). The chantiers are grouped by theme —
 * the workshops' own division, and the theme toggles above count them — each one a heading whose link
 * opens the whole chantier in place, and under it its stake, or during a search the line that matched.
 *
 * A screen reader lists every chantier as a heading and a link; the opened one is a `<chantier-card>` in
 * the list, where its entry was, between two buttons back to the overview.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Term } from '../model/query.js';
import type { Chantier } from '../model/types.js';
import type { TextRenderer } from '../shared/decorate-text.js';
import { heading } from '../shared/heading.js';
import { searching, stakeOf } from '../shared/searching.js';

/**
 * From how many chantiers `layout="auto"` shows the overview. Up to six, the box shows them in full, as
 * the seed's three: at 1,280 px a chantier takes about 2,000 px, so six fill a long page that a visitor still
 * scrolls through; from seven on, the overview lists them in the first screens (30 chantiers: 3 groups of
 * 10 entries of ≈ 80 px at 1,280 px).
 */
export const OVERVIEW_FROM = 7;

/**
 * How many chantiers a theme lists before a button shows the others: a dozen per theme fills the first
 * screens; a list of hundreds is no overview (and 1,000 entries cost 100 ms of layout at each keystroke).
 */
export const GROUP_SHOWS = 12;

export interface OverviewEntry {
  readonly chantier: Chantier;
  /** The slug of its theme. */
  readonly theme: string;
}

export interface OverviewGroup {
  readonly slug: string;
  readonly name: string;
  /** The group's chantiers that the search and the theme filter show. */
  readonly entries: readonly OverviewEntry[];
}

export interface OverviewOptions {
  readonly groups: readonly OverviewGroup[];
  /** The box's heading level: groups take the next one, chantier titles the one after. */
  readonly level: number;
  /** The id of the chantier opened in place, if any. */
  readonly opened?: string;
  readonly terms: readonly Term[];
  /** Highlights the search's matches in titles and excerpts. */
  readonly text: TextRenderer;
  readonly dataLang?: string;
  /** Themes whose every chantier the visitor asked to see. */
  readonly expanded: ReadonlySet<string>;
  readonly expand: (slug: string) => void;
  /** The label of the button that shows a theme's other chantiers. */
  readonly more: (count: number, theme: string) => string;
  readonly back: string;
  readonly open: (event: MouseEvent, id: string) => void;
  readonly close: () => void;
  /** The box's card for a chantier, at a heading level. */
  readonly card: (entry: OverviewEntry, level: number) => TemplateResult;
  /** The link to a chantier (the page's URL with the box's keys naming it), for its entry's `href`. */
  readonly link: (id: string) => string;
  /** A chantier's follow-up status in words (`Statut : En cours`, its `lang` when data), if it has one. */
  readonly statut: (chantier: Chantier) => { label: string; text: string; lang?: string } | undefined;
}

/** A plain click opens in place; with a modifier key or another button, the link does what links do. */
export const isPlainClick = (event: MouseEvent) => !(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);

export function renderOverview(options: OverviewOptions): TemplateResult {
  const { level, opened, text, dataLang } = options;
  const back = html`<button type="button" class="back" part="button" @click=${options.close}>${options.back}</button>`;
  return html`<div class="overview" part="overview">
    ${options.groups.map(({ slug, name, entries }) => {
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

export const overviewStyles = css`
  .overview {
    max-inline-size: var(--boite-max-width, 60rem);
  }
  .group + .group {
    margin-block-start: 1.5em;
  }
  .group-title {
    margin-block: 0 0.5em;
    font-size: 1.25em;
    border-block-end: 2px solid currentColor;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entries > li {
    margin-block: 0 0.75em;
  }
  .entry-title {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .entry-title a {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  .entry-statut {
    margin: 0.125em 0 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  /* Two lines at most: enough to tell chantiers apart, short enough to see many at once. */
  .excerpt {
    margin: 0.125em 0 0;
    font-size: 0.9375em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .opened {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    margin-block: 1em 1.5em;
  }
  .opened > chantier-card {
    justify-self: stretch;
  }
`;
