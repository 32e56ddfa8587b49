/**
 * What the box needs of its overview before (or without) loading it: when it shows one, how many entries a
 * theme lists, the options of its rendering, and the overview itself, loaded on demand (./overview.ts).
 */
import type { TemplateResult } from 'lit';
import type { Term } from '../model/query.js';
import type { Chantier } from '../model/types.js';
import type { TextRenderer } from '../shared/decorate-text.js';
import { onDemand } from '../shared/on-demand.js';
import { css } from '../shared/css.js';

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
  /** The chantiers the search and the filters show, in the view's order. */
  readonly visible: readonly OverviewEntry[];
  /** Every theme of the document, in its order: the groups follow it. */
  readonly themes: readonly { readonly slug: string; readonly name: string }[];
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

/** In the box's styles from the start (and in what a server renders), so the overview never shows unstyled. */
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

/**
 * The overview's rendering, loaded when a box first shows an overview. If it cannot be loaded (the network
 * is gone), the box shows every chantier in full and says why (`failed()`).
 */
export const overviewing = onDemand(() => import('./overview.js'));
