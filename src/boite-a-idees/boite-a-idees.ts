import { isServer, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { ChantierCardElement } from '../chantier-card/chantier-card.js';
import type { Term } from '../model/query.js';
import { statutsOf } from '../model/suivi.js';
import type { IdeaBoxDocument, Sigle, Statut } from '../model/types.js';
import { DataSource, type DataSourceOptions } from '../shared/data-source.js';
import { DataErrorEvent, DataLoadEvent } from '../shared/events.js';
import { slugify } from '../model/fold.js';
import type { LoadError, Origin } from '../shared/load-error.js';
import { startRender } from '../shared/render.js';
import { BoiteElement } from '../shared/boite-element.js';
import { baseStyles } from '../shared/styles.js';
import { boiteAIdeesStyles } from './boite-a-idees.styles.js';
import { overviewStyles, type OverviewEntry } from './overview-layout.js';
import type { Suggestion } from './search-index.js';
import { hasUpdates, type Tri } from './follow-up.js';
import { boxView } from './viewing.js';
import { validation } from '../shared/validation.js';
import { EMPTY_VIEW, urlPlaceOf, type ViewState } from './view.js';

export interface Theme {
  readonly slug: string;
  readonly name: string;
}

/**
 * A document with what the box derives from it once: its themes, and each chantier's theme.
 * The search text is folded on first search only (`searchTextOf`): a box nobody searches never pays it.
 */
export interface Indexed {
  readonly document: IdeaBoxDocument;
  readonly glossaire: readonly Sigle[];
  readonly themes: readonly Theme[];
  /** The follow-up's statuses (the document's, or the default list). */
  readonly statuts: readonly Statut[];
  readonly entries: readonly Entry[];
  /** Whether some chantier has a follow-up (then the box loads the follow-up's features, `followingUp`). */
  readonly followed: boolean;
  /** Whether some chantier has a date to sort by (then the box offers the order by last update). */
  readonly dated: boolean;
}

export type Entry = OverviewEntry;

/** What a search and the filters give, computed once per query, themes, statuses and order. */
export interface Searched {
  readonly key: string;
  /** The query it answers, trimmed. */
  readonly query: string;
  readonly indexed: Indexed;
  readonly terms: readonly Term[];
  /** Chantiers the query and the status filter find, per theme slug, whatever themes are selected (the toggles' counts). */
  readonly counts: ReadonlyMap<string, number>;
  /** The statuses some chantier has, each with how many the query and the theme filter find (the status toggles). */
  readonly statutCounts: readonly { statut: Statut; count: number }[];
  /** Every chantier, in the view's order (the document's, or the latest news first). */
  readonly ordered: readonly Entry[];
  /** Those the search and the filters let through, in that order. */
  readonly visible: readonly Entry[];
  /** When nothing is visible: the closest view that shows something (`null`: none). */
  suggestion?: Suggestion | null;
}

/** @internal A document without glossary (one array for every box; box-view.ts uses it too). */
export const NO_GLOSSARY: readonly Sigle[] = [];

function indexDocument(document: IdeaBoxDocument): Indexed {
  const themes = new Map<string, string>();
  const entries = document.chantiers.map((chantier) => {
    const theme = slugify(chantier.thematique);
    if (!themes.has(theme)) themes.set(theme, chantier.thematique);
    return { chantier, theme };
  });
  return {
    document,
    glossaire: document.glossaire ?? NO_GLOSSARY,
    themes: [...themes].map(([slug, name]) => ({ slug, name })),
    statuts: statutsOf(document),
    entries,
    followed: document.chantiers.some((chantier) => chantier.suivi),
    dated: hasUpdates(entries),
  };
}

/**
 * The whole idea box: the meeting's title and presentation, a search field and one toggle per theme
 * (with how many chantiers the search finds in it), an announced result count, the chantiers, and the
 * glossary of acronyms. When chantiers have a follow-up, one toggle per status in use (with its count),
 * an order by last update, and each entry of the overview says its status. Up to six chantiers, each is shown in full as a `<chantier-card>`; from seven on
 * (`layout`), an overview lists them grouped by theme, each opening in place, and a button shows them
 * all in full; printing always prints every chantier shown in full. When a search finds nothing, the box
 * suggests the closest search that finds something.
 * The view (search, themes, statuses, order, chantier in focus or opened, overview or in full) lives in the page's URL
 * under the box's own keys, so a copied link opens the same view and the back button walks back through
 * views; the rest of the URL (the host's anchor, hash route, parameters) is never touched.
 *
 * Data comes from `.data`, an inline `<script type="application/json">` child, or `src`.
 *
 * @tag boite-a-idees
 * @csspart intro - The meeting's title and presentation.
 * @csspart title - The meeting's title heading.
 * @csspart controls - The search and filter controls.
 * @csspart search - The search field.
 * @csspart sort - The order of the chantiers (document's, or latest update first), when they have dates.
 * @csspart button - Every button of the box (theme toggles, clear, expand and collapse all, retry).
 * @csspart count - The announced result count.
 * @csspart cards - The list of chantier cards.
 * @csspart overview - The overview of the chantiers (many chantiers).
 * @csspart group-title - The heading of each theme in the overview.
 * @csspart entry-title - The heading of each chantier in the overview (its link opens it).
 * @csspart entry-statut - The status of each chantier in the overview, when it has a follow-up.
 * @csspart mark - A search term found in a title or a line of the overview.
 * @csspart empty - The message shown when the box holds no chantier, or when none matches (with a suggestion).
 * @csspart glossary - The glossary of acronyms.
 * @csspart glossary-title - The glossary's heading.
 * @csspart glossary-term - Each acronym of the glossary.
 * @csspart glossary-definition - What each acronym stands for.
 * @csspart card - Each chantier's card (`<chantier-card>`'s `card` part); its other parts follow, prefixed.
 * @csspart card-theme - Each card's theme badge.
 * @csspart card-title - Each chantier's title heading.
 * @csspart card-section - Each section of a chantier.
 * @csspart card-section-title - Each section's heading.
 * @csspart card-disclosure - The button of each section heading.
 * @csspart card-permalink - Each card's link to itself.
 * @csspart card-mark - A search term found in a card's text.
 * @csspart card-list - Every list in the cards.
 * @csspart card-table - Each governance table.
 * @csspart card-caption - Each governance table's caption.
 * @csspart card-suivi - Each card's follow-up summary (status, progress, carrier, last update).
 * @csspart card-statut - Each card's status, in words.
 * @csspart card-progress - Each card's progress bar.
 * @csspart status - The loading message.
 * @csspart error - The alert shown when the idea box cannot be shown.
 * @cssprop [--boite-max-width=60rem] - Maximum width of the text blocks and cards.
 * @cssprop [--boite-pressed-bg=currentColor at 14 %] - Background of a pressed theme toggle.
 * @cssprop [--boite-box-title-size=1.75em] - Font size of the meeting's title.
 * @cssprop [--boite-heading-font=inherit] - Font family of every heading (the text's by default).
 * @cssprop [--boite-input-bg=transparent] - Background of the search field.
 * @cssprop [--boite-border=currentColor at 35 %] - Border of the controls' frame.
 * @cssprop [--boite-space=1rem] - Padding of the controls' frame.
 * @cssprop [--boite-font=inherit] - Font family (the page's by default).
 * @cssprop [--boite-line-height=1.5] - Line height of the text.
 * @cssprop [--boite-radius=0.375rem] - Corner radius of frames and buttons.
 * @cssprop [--boite-error=#b3261e / dark #ffb4ab] - Border of error messages.
 * @cssprop [--boite-focus=currentColor] - Focus outline colour.
 * @cssprop [--boite-selected=currentColor] - Outline of the chantier a link points to.
 * @cssprop [--boite-mark=#fff3a0] - Background of highlighted search words.
 * @cssprop [--boite-mark-text=#1b1b1b] - Text colour of highlighted search words.
 * @fires {BoiteAIdeesLoadEvent} boite-a-idees-load - The document from `src` or inline JSON is shown.
 * @fires {BoiteAIdeesErrorEvent} boite-a-idees-error - The document cannot be shown; the alert says why.
 * @fires {BoiteAIdeesFilterEvent} boite-a-idees-filter - The visitor changed the search, the themes, the statuses or the order.
 */
export class BoiteAIdeesElement extends BoiteElement {
  static override styles = [baseStyles, boiteAIdeesStyles, overviewStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: {},
    urlState: { attribute: 'url-state' },
    urlKey: { attribute: 'url-key' },
    _view: { state: true, attribute: false },
    _printing: { state: true, attribute: false },
    _expanded: { state: true, attribute: false },
  };

  /** The idea box document, set from JavaScript; validated like fetched data. Takes precedence over `src`. */
  data?: unknown;


  /** Level (1–6) of the meeting's title; chantier titles use the next level, their sections the one after. */
  headingLevel = 2;

  /**
   * `overview`: the chantiers grouped by theme, each opening in place; `full`: every chantier in full;
   * `auto` (default): the overview from seven chantiers on. A visitor can always read them all in full.
   */
  layout: 'auto' | 'overview' | 'full' = 'auto';

  /**
   * Where the view lives in the page's URL: `query` (default: `?boite.q=…`, the fragment stays the host's),
   * `fragment` (`#boite.q=…`, only while the host puts no anchor or route there), or `none`.
   */
  urlState?: 'query' | 'fragment' | 'none';

  /** The prefix of this box's keys in the URL; by default its `id`, else `boite`, `boite2`… in page order. */
  urlKey?: string;


  /** @internal The view shown: search, themes, statuses, order, chantier in focus or opened (box-view.ts sets it too). */
  _view: ViewState = EMPTY_VIEW;
  /** @internal Between `beforeprint` and `afterprint`: paper gets every chantier in full, never the overview. */
  _printing = false;
  /** @internal The search's last result (box-view.ts: `search`). */
  searched?: Searched;
  /** @internal The overview entry to focus once rendered: the chantier that was just closed, or the first of a theme's others. */
  pendingEntryFocus?: string;
  /** @internal Themes of the overview whose every chantier the visitor asked to see (kept for the page's life, not in the URL). */
  _expanded: ReadonlySet<string> = new Set();

  private static readonly dataSource: DataSourceOptions<IdeaBoxDocument, BoiteAIdeesElement> = {
    property: (box) => box.data,
    valid: (value, _box, checks) => checks.validDocument(value),
    explain: (value, parsers) => parsers.parseDocument(value),
    select: (document) => ({ ok: true, value: document }),
    loadEvent: (value, origin) => new BoiteAIdeesLoadEvent(value, origin),
    errorEvent: (error) => new BoiteAIdeesErrorEvent(error),
  };

  protected override readonly source = new DataSource(this, BoiteAIdeesElement.dataSource);

  /** @internal The document shown, and what the box derives from it. */
  indexed?: Indexed;
  /** @internal The chantier to focus once rendered, from a link. */
  pendingFocus?: string;
  /** The prefix of this box's keys in the URL, once connected (`keyOnPage`). */
  private pageKey = 'boite';
  /** The first render takes over server-rendered HTML: it must render what the server did. */
  /** @internal */
  hydrating = false;
  /** @internal The history entry this box added for the search being typed, while it is the current one. */
  searchEntry?: string;
  /** @internal The box went back in history (a search emptied) and waits for the browser to get there. */
  backPending = false;
  /** The chantiers' links, made for the page's URL without this box's keys (`linksFor`). */
  /** @internal */
  links?: { for: string; make: (id: string) => string };

  /** What stops the view's listening to the page and the visitor (box-view.ts: `connect`), while connected. */
  private disconnectView?: () => void;
  /**
   * The cards near the viewport (two screens around it). Only they show the search words highlighted: a
   * keystroke re-renders the few cards a visitor can see, not a thousand, and a card takes the highlight as
   * it comes near. Every card stays rendered, in the accessibility tree and in find-in-page; the filter,
   * the count and the text never depend on this. Until the observer has first reported (and without one),
   * every card counts as near.
   */
  /** @internal */
  readonly near = new Set<unknown>();
  /** @internal */
  nearKnown = false;

  /** @internal Watches which cards are near (box-view.ts: `updated`). */
  nearness?: IntersectionObserver;

  override connectedCallback(): void {
    // Server-rendered (declarative shadow root, not yet hydrated): hydrate with the view it was rendered
    // with, the unfiltered one, then apply the URL's; hydrating straight into another view mismatches.
    this.hydrating = !isServer && !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    if (isServer) return;
    this.pageKey = this.keyOnPage();
    // The view (it comes with the data's checks, beside the fetch of the data) reads the view from the URL
    // before the box first renders its document (nothing is rendered before the checks are there), and
    // listens to the page's navigation and printing, and to the visitor's clicks and approach, for the box.
    const connect = () => {
      const viewer = boxView();
      if (viewer && this.isConnected && !this.disconnectView) this.disconnectView = viewer.connect(this);
    };
    connect();
    if (!this.disconnectView) void validation.load().then(connect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    this.nearness?.disconnect();
    this.near.clear();
    this.nearKnown = false;
    this.disconnectView?.();
    this.disconnectView = undefined;
  }

  /** Number of chantiers currently shown (after the search, theme and status filters). */
  get shownCount(): number {
    return boxView()?.search(this)?.visible.length ?? 0;
  }

  /** The prefix of this box's keys as its attributes give it, all a server knows: `url-key`, `id`, or `boite`. */
  /** @internal */
  get declaredKey(): string {
    return this.urlKey || this.getAttribute('id') || 'boite';
  }

  /** @internal */
  get key(): string {
    return isServer ? this.declaredKey : this.pageKey;
  }

  /** @internal */
  get place() {
    return urlPlaceOf(this.getAttribute('url-state'));
  }

  /**
   * The declared key, numbered among the boxes of the page that declare the same one: boxes without
   * `url-key` or `id` are `boite`, `boite2`…; two server-rendered copies of one document, `boite-x`, `boite-x2`.
   */
  private keyOnPage(): string {
    const key = this.declaredKey;
    const boxes = [...(this.getRootNode() as ParentNode).querySelectorAll('boite-a-idees')].filter((box) => box.declaredKey === key);
    const index = boxes.indexOf(this);
    return index > 0 ? `${key}${index + 1}` : key;
  }

  /** @internal */
  cards(): ChantierCardElement[] {
    return [...this.renderRoot.querySelectorAll('chantier-card')];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed); // resolves the data (BoiteElement)
    if (changed.has('urlKey') && this.isConnected && !isServer) this.pageKey = this.keyOnPage();
    const view = this.source.view;
    const document = view.status === 'ready' ? view.value : undefined;
    if (document !== this.indexed?.document) this.indexed = document && indexDocument(document);
    boxView()?.revealFocus(this);
  }

  protected override updated(): void {
    boxView()?.updated(this);
  }

  protected override render() {
    const start = startRender(this, this.source);
    if ('shown' in start) return start.shown;
    // Shown data passed the checks, which came with the view (viewing.ts): it is there. Waiting for a chunk
    // (the search, the follow-up's features), what the box shows stays, the loading status included.
    return boxView()!.renderBox(this, start.lang);
  }
}

/** Fired when the box shows a document it loaded from `src` or inline JSON. */
export class BoiteAIdeesLoadEvent extends DataLoadEvent<IdeaBoxDocument> {
  constructor(document: IdeaBoxDocument, origin: Origin) {
    super('boite-a-idees-load', document, origin);
  }
}

/** Fired when the box cannot show its document; `error` says why. */
export class BoiteAIdeesErrorEvent extends DataErrorEvent {
  constructor(error: LoadError) {
    super('boite-a-idees-error', error);
  }
}

/** Fired when the visitor changes the search, the themes, the statuses or the order. */
export class BoiteAIdeesFilterEvent extends Event {
  constructor(
    /** The search text, trimmed. */
    readonly query: string,
    /** The selected theme slugs (`logement`, `emploi`, `sante`…); empty for all. */
    readonly themes: readonly string[],
    /** How many chantiers are now shown. */
    readonly shown: number,
    /** The selected follow-up status keys (`en-cours`…); empty for all. */
    readonly statuts: readonly string[] = [],
    /** The order: `maj` for the latest update first, `''` for the document's. */
    readonly tri: Tri = '',
  ) {
    super('boite-a-idees-filter', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'boite-a-idees': BoiteAIdeesElement;
  }
  interface GlobalEventHandlersEventMap {
    'boite-a-idees-load': BoiteAIdeesLoadEvent;
    'boite-a-idees-error': BoiteAIdeesErrorEvent;
    'boite-a-idees-filter': BoiteAIdeesFilterEvent;
  }
}
