import { html, isServer, noChange, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChantierCardElement } from '../chantier-card/chantier-card.js';
import { parseDocument } from '../model/parse-document.js';
import { statutsOf } from '../model/suivi.js';
import type { Chantier, IdeaBoxDocument, Statut } from '../model/types.js';
import { DataSource } from '../shared/data-source.js';
import { DataErrorEvent, DataLoadEvent } from '../shared/events.js';
import { searchTerms, slugify } from '../shared/fold.js';
import { clampLevel, heading } from '../shared/heading.js';
import { dataLangFor, labelsFor, langOf } from '../shared/labels.js';
import type { LoadError, Origin } from '../shared/load-error.js';
import { renderViewStatus } from '../shared/render.js';
import { statutLabel } from '../shared/render-suivi.js';
import { BoiteElement } from '../shared/boite-element.js';
import { baseStyles } from '../shared/styles.js';
import { boiteAIdeesStyles } from './boite-a-idees.styles.js';
import { matchesAll, searchTextOf } from './search-index.js';
import { hasUpdates, inOrder, matchesStatuts, statutCounts, type Tri } from './suivi-view.js';
import { EMPTY_VIEW, readViewState, sameView, writeViewState, type ViewState } from './view-state.js';

interface Theme {
  readonly slug: string;
  readonly name: string;
}

/**
 * A document with what the box derives from it once: its themes, and each chantier's theme and link.
 * The search text is folded on first search only (`searchTextOf`): a box nobody searches never pays it.
 */
interface Indexed {
  readonly document: IdeaBoxDocument;
  readonly urlKey: string;
  readonly themes: readonly Theme[];
  /** The follow-up's statuses (the document's, or the default list). */
  readonly statuts: readonly Statut[];
  readonly entries: readonly { chantier: Chantier; theme: string; permalink: string }[];
}

function indexDocument(document: IdeaBoxDocument, urlKey: string): Indexed {
  const themes = new Map<string, string>();
  const entries = document.chantiers.map((chantier) => {
    const theme = slugify(chantier.thematique);
    if (!themes.has(theme)) themes.set(theme, chantier.thematique);
    return { chantier, theme, permalink: writeViewState('', urlKey, { ...EMPTY_VIEW, chantier: chantier.id }) };
  });
  return { document, urlKey, themes: [...themes].map(([slug, name]) => ({ slug, name })), statuts: statutsOf(document), entries };
}

/**
 * The whole idea box: the meeting's title and presentation, a search field and one toggle per theme,
 * an announced result count, every chantier as a `<chantier-card>`, and the glossary of acronyms. When
 * chantiers have a follow-up, one toggle per status in use (with its count) and an order by last update.
 * The view (search, themes, chantier in focus) lives in the URL fragment, so a copied link opens the
 * same view and the back button walks back through views.
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
 * @csspart empty - The message shown when no chantier matches.
 * @csspart glossary - The glossary of acronyms.
 * @csspart status - The loading message.
 * @csspart error - The alert shown when the idea box cannot be shown.
 * @cssprop [--boite-max-width=60rem] - Maximum width of the text blocks and cards.
 * @cssprop [--boite-pressed-bg=currentColor at 14 %] - Background of a pressed theme toggle.
 * @cssprop [--boite-box-title-size=1.75em] - Font size of the meeting's title.
 * @cssprop [--boite-input-bg=transparent] - Background of the search field.
 * @cssprop [--boite-border=currentColor at 35 %] - Border of the controls' frame.
 * @cssprop [--boite-space=1rem] - Padding of the controls' frame.
 * @cssprop [--boite-font=inherit] - Font family (the page's by default).
 * @cssprop [--boite-line-height=1.5] - Line height of the text.
 * @cssprop [--boite-radius=0.375rem] - Corner radius of frames and buttons.
 * @cssprop [--boite-error=#b3261e / dark #ffb4ab] - Border of error messages.
 * @cssprop [--boite-focus=currentColor] - Focus outline colour.
 * @cssprop [--boite-mark=#fff3a0] - Background of highlighted search words.
 * @cssprop [--boite-mark-text=#1b1b1b] - Text colour of highlighted search words.
 * @fires {BoiteAIdeesLoadEvent} boite-a-idees-load - The document from `src` or inline JSON is shown.
 * @fires {BoiteAIdeesErrorEvent} boite-a-idees-error - The document cannot be shown; the alert says why.
 * @fires {BoiteAIdeesFilterEvent} boite-a-idees-filter - The visitor changed the search, the themes, the statuses or the order.
 */
export class BoiteAIdeesElement extends BoiteElement {
  static override styles = [baseStyles, boiteAIdeesStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    view: { state: true, attribute: false },
  };

  /** The idea box document, set from JavaScript; validated like fetched data. Takes precedence over `src`. */
  data?: unknown;


  /** Level (1–6) of the meeting's title; chantier titles use the next level, their sections the one after. */
  headingLevel = 2;


  private view: ViewState = EMPTY_VIEW;

  private readonly source = new DataSource<IdeaBoxDocument>(this, {
    property: () => this.data,
    parse: parseDocument,
    select: (document) => ({ ok: true, value: document }),
    loadEvent: (value, origin) => new BoiteAIdeesLoadEvent(value, origin),
    errorEvent: (error) => new BoiteAIdeesErrorEvent(error),
  });

  private indexed?: Indexed;
  /** The chantier to focus once rendered, from a link. */
  private pendingFocus?: string;
  /** The URL keys' prefix: the element's id, or `boite` (`boite2`… for further boxes without id). */
  private urlKey = 'boite';

  private readonly onLocationChange = () => this.applyUrl();

  /**
   * Cards the browser currently skips (far off screen, `content-visibility: auto`). A keystroke does not
   * re-render them; they take the current highlight when they come near. Search, filter and count never
   * depend on it. Browsers without the event simply highlight every card.
   */
  private readonly skipped = new WeakSet<Chantier>();

  private readonly onSkipChange = (event: Event) => {
    const card = event.currentTarget as ChantierCardElement;
    const chantier = card.data as Chantier;
    if ((event as ContentVisibilityAutoStateChangeEvent).skipped) this.skipped.add(chantier);
    else if (this.skipped.delete(chantier)) this.requestUpdate();
  };

  override connectedCallback(): void {
    // Server-rendered (declarative shadow root, not yet hydrated): hydrate with the view it was rendered
    // with, the unfiltered one, then apply the URL's; hydrating straight into another view mismatches.
    const serverRendered = !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    if (isServer) {
      // No URL, window or document on the server: the unfiltered view, links keyed as the browser will.
      this.urlKey = this.getAttribute('id') || 'boite';
      return;
    }
    this.urlKey = this.id || this.positionalKey();
    if (serverRendered) void this.updateComplete.then(() => this.applyUrl());
    else this.applyUrl();
    window.addEventListener('hashchange', this.onLocationChange);
    window.addEventListener('popstate', this.onLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    window.removeEventListener('hashchange', this.onLocationChange);
    window.removeEventListener('popstate', this.onLocationChange);
  }

  /** Number of chantiers currently shown (after search and theme filters). */
  get shownCount(): number {
    return this.visibleEntries().length;
  }

  private positionalKey(): string {
    const boxes = [...document.querySelectorAll('boite-a-idees')].filter((box) => !box.id);
    const index = boxes.indexOf(this);
    return index > 0 ? `boite${index + 1}` : 'boite';
  }

  private applyUrl(): void {
    const next = readViewState(location.hash, this.urlKey);
    if (!sameView(next, this.view)) this.view = next;
    if (next.chantier) this.pendingFocus = next.chantier;
    this.requestUpdate();
  }

  /** Changes the view on a visitor's action: records it in the URL and tells the page. */
  private changeView(next: ViewState, { replace = false } = {}): void {
    this.view = next;
    const hash = writeViewState(location.hash, this.urlKey, next);
    if (hash !== location.hash && !(hash === '' && location.hash === '#')) {
      const url = `${location.pathname}${location.search}${hash || ''}`;
      if (replace) history.replaceState(history.state, '', url);
      else history.pushState(history.state, '', url);
    }
    this.updateComplete.then(() =>
      this.dispatchEvent(new BoiteAIdeesFilterEvent(next.query.trim(), next.themes, this.shownCount, next.statuts ?? [], next.tri || '')),
    );
  }

  private toggleTheme(slug: string): void {
    const themes = new Set(this.view.themes);
    if (!themes.delete(slug)) themes.add(slug);
    const ordered = (this.indexed?.themes ?? []).map((theme) => theme.slug).filter((theme) => themes.has(theme));
    this.changeView({ ...this.view, chantier: undefined, themes: ordered });
  }

  private toggleStatut(cle: string): void {
    const statuts = new Set(this.view.statuts);
    if (!statuts.delete(cle)) statuts.add(cle);
    const ordered = (this.indexed?.statuts ?? []).map((statut) => statut.cle).filter((key) => statuts.has(key));
    this.changeView({ ...this.view, chantier: undefined, statuts: ordered });
  }

  private onSort(event: Event): void {
    this.changeView({ ...this.view, chantier: undefined, tri: (event.target as HTMLSelectElement).value as Tri });
  }

  private onSearch(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    // The first keystroke of a search adds a history entry; the following ones refine it in place,
    // so the back button returns to the view before the search, not letter by letter.
    this.changeView({ ...this.view, chantier: undefined, query }, { replace: this.view.query.trim() !== '' });
  }

  private clear(): void {
    // The order is not a filter: it stays.
    this.changeView({ ...EMPTY_VIEW, tri: this.view.tri });
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private cards(): ChantierCardElement[] {
    return [...this.renderRoot.querySelectorAll('chantier-card')];
  }

  /** The chantiers the search and the filters let through; `withStatuts: false` leaves the status filter out (its counts). */
  private visibleEntries(withStatuts = true) {
    if (!this.indexed) return [];
    const terms = searchTerms(this.view.query);
    const { themes, statuts = [] } = this.view;
    return this.indexed.entries.filter(
      (entry) =>
        (themes.length === 0 || themes.includes(entry.theme)) &&
        (!withStatuts || matchesStatuts(entry.chantier, statuts)) &&
        (terms.length === 0 || matchesAll(searchTextOf(entry.chantier), terms)),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Resolve the data now (its hostUpdate, next, then has nothing to do; server rendering never calls it).
    this.source.hostUpdate();
    const view = this.source.view;
    const document = view.status === 'ready' ? view.value : undefined;
    if (document !== this.indexed?.document || this.urlKey !== this.indexed?.urlKey) {
      this.indexed = document && indexDocument(document, this.urlKey);
    }
    const id = this.pendingFocus;
    if (id && this.indexed?.entries.some((entry) => entry.chantier.id === id)) {
      // A link to a chantier that the filters hide: show everything rather than focus a hidden card.
      if (!this.visibleEntries().some((entry) => entry.chantier.id === id)) this.view = { ...EMPTY_VIEW, chantier: id };
    }
  }

  protected override updated(): void {
    const id = this.pendingFocus;
    if (!id || !this.indexed) return;
    this.pendingFocus = undefined;
    const card = this.cards().find((element) => element.data && (element.data as Chantier).id === id);
    void card?.focusTitle();
  }

  protected override render() {
    const lang = langOf(this);
    const labels = labelsFor(lang);
    const sourceView = this.source.view;
    const status = renderViewStatus(sourceView, lang, () => this.source.reload());
    if (status) return status;
    if (!this.indexed) return nothing;

    const { document, themes, entries, statuts } = this.indexed;
    const dataLang = ifDefined(dataLangFor(lang));
    const level = clampLevel(this.headingLevel);
    const visible = new Set(this.visibleEntries().map((entry) => entry.chantier.id));
    const selectedStatuts = this.view.statuts ?? [];
    const counts = statutCounts(statuts, entries, this.visibleEntries(false));
    const selectedNames = [
      ...themes.filter((theme) => this.view.themes.includes(theme.slug)).map((theme) => theme.name),
      ...counts.filter(({ statut }) => selectedStatuts.includes(statut.cle)).map(({ statut }) => statutLabel(statut.cle, statuts, lang).text),
    ];
    const query = this.view.query.trim();
    const count = [
      labels.box.count(visible.size, entries.length),
      selectedNames.length ? selectedNames.join(', ') : '',
      query ? labels.box.searched(query) : '',
    ]
      .filter(Boolean)
      .join(' — ');
    const filtered = query !== '' || this.view.themes.length > 0 || selectedStatuts.length > 0;
    const rencontre = document.rencontre;

    return html`
      ${rencontre
        ? html`<header class="intro" part="intro" lang=${dataLang}>
            ${rencontre.intitule || rencontre.organisateur
              ? html`<p class="kicker">${[rencontre.intitule, rencontre.organisateur].filter(Boolean).join(' — ')}</p>`
              : nothing}
            ${heading(level, { class: 'title', part: 'title' }, rencontre.titre)}
            ${(rencontre.presentation ?? []).map((paragraph) => html`<p>${paragraph}</p>`)}
          </header>`
        : nothing}

      <div class="controls" part="controls" role="search" aria-labelledby="search-label">
        <div class="field">
          <label for="search" id="search-label">${labels.box.search}</label>
          <p class="hint" id="search-hint">${labels.box.searchHint}</p>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="search-hint"
            .value=${this.view.query}
            @input=${this.onSearch}
          />
        </div>
        <div class="themes" role="group" aria-labelledby="themes-label">
          <span class="group-label" id="themes-label">${labels.box.themes}</span>
          ${themes.map(
            (theme) => html`<button
              type="button"
              class="theme-toggle"
              part="button"
              aria-pressed=${this.view.themes.includes(theme.slug) ? 'true' : 'false'}
              lang=${dataLang}
              @click=${() => this.toggleTheme(theme.slug)}
            >${theme.name}</button>`,
          )}
        </div>
        ${counts.length
          ? html`<div class="themes" role="group" aria-labelledby="statuts-label">
              <span class="group-label" id="statuts-label">${labels.box.statuts}</span>
              ${counts.map(({ statut, count: shown }) => {
                const label = statutLabel(statut.cle, statuts, lang);
                return html`<button
                  type="button"
                  class="theme-toggle"
                  part="button"
                  aria-pressed=${selectedStatuts.includes(statut.cle) ? 'true' : 'false'}
                  @click=${() => this.toggleStatut(statut.cle)}
                ><span lang=${ifDefined(label.lang)}>${label.text}</span> (${shown})</button>`;
              })}
            </div>`
          : nothing}
        ${hasUpdates(entries)
          ? html`<div class="field">
              <label for="tri">${labels.box.sort}</label>
              <select id="tri" part="sort" @change=${this.onSort}>
                <option value="" ?selected=${!this.view.tri} .selected=${!this.view.tri}>${labels.box.sortDocument}</option>
                <option value="maj" ?selected=${this.view.tri === 'maj'} .selected=${this.view.tri === 'maj'}>${labels.box.sortUpdate}</option>
              </select>
            </div>`
          : nothing}
        <div class="actions">
          <button type="button" part="button" ?disabled=${!filtered} @click=${this.clear}>${labels.box.clear}</button>
          <button type="button" part="button" @click=${() => this.cards().forEach((card) => card.expandAll())}>
            ${labels.box.expandAll}
          </button>
          <button type="button" part="button" @click=${() => this.cards().forEach((card) => card.collapseAll())}>
            ${labels.box.collapseAll}
          </button>
        </div>
      </div>

      <p class="count" part="count" role="status">${count}</p>

      ${visible.size === 0
        ? html`<div class="empty" part="empty">
            <p>${labels.box.none}</p>
            <button type="button" part="button" @click=${this.clear}>${labels.box.clear}</button>
          </div>`
        : nothing}

      <ul class="cards" part="cards" role="list">
        ${inOrder(entries, this.view.tri || '').map(
          // Without keys (lit's repeat directive would cost 0.75 KB): a new order gives each card another
          // chantier, and a card given another chantier unfolds (chantier-card.ts).
          ({ chantier, permalink }) => html`<li ?hidden=${!visible.has(chantier.id)}>
            <chantier-card
              collapsible
              heading-level=${level + 1}
              .data=${chantier}
              .glossaire=${document.glossaire ?? []}
              .statuts=${document.statuts}
              highlight=${this.skipped.has(chantier) ? noChange : visible.has(chantier.id) ? query : ''}
              permalink=${permalink}
              @contentvisibilityautostatechange=${this.onSkipChange}
            ></chantier-card>
          </li>`,
        )}
      </ul>

      ${document.glossaire?.length
        ? html`<section class="glossary" part="glossary" aria-labelledby="glossary-title">
            ${heading(level + 1, { id: 'glossary-title' }, labels.box.glossary)}
            <dl lang=${dataLang}>
              ${document.glossaire.map((entry) => html`<dt>${entry.sigle}</dt><dd>${entry.definition}</dd>`)}
            </dl>
          </section>`
        : nothing}
    `;
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
