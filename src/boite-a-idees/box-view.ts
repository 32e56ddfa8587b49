/**
 * The box's view of its document: the search field, the theme and status toggles, the count, the message
 * and suggestion when nothing matches, the overview or the list of cards; and what a visitor does with
 * them. It comes with the data's checks, in the one module loaded beside the fetch of the data
 * (src/shared/beside-box.ts, viewing.ts): no document is shown before its checks have arrived, so the view
 * costs a page no waiting, and whenever the box has a document to show, its view is there.
 * The search over the chantiers, the reading and writing of the view in the URL (`applyUrl`, at connection
 * and on navigation), the chantiers' links to themselves and the view's words (box-view-labels.ts) come
 * with it (they serve only it). The element keeps the view's state, the title, the cards and the glossary
 * (boite-a-idees.ts).
 */
import { html, ifDefined, isServer, noChange, nothing } from '../shared/entry-lit.js';
import { matchesTerms, MAX_QUERY_LENGTH } from '../model/query.js';
import type { Chantier, IdeaBoxDocument } from '../model/types.js';
import type { ChantierCardElement } from '../chantier-card/chantier-card.js';
import { clampLevel, heading } from '../shared/heading.js';
import { dataLabelsOf } from '../shared/data-labels.js';
import { dataLangFor, type Lang } from '../shared/labels.js';
import { statutLabel } from '../shared/statut-label.js';
import { searching } from '../shared/searching.js';
import { textRenderer } from '../shared/text-renderer.js';
import { stopKeepingHostAnchor } from '../shared/host-anchor.js';
import { BoiteAIdeesFilterEvent, NO_GLOSSARY, type BoiteAIdeesElement, type Entry, type Searched } from './boite-a-idees.js';
import { followingUp, matchesStatuts } from './follow-up.js';
import { departedFromHere, recordUrl } from './url-history.js';
import { readView, sameView, serverPermalink, writeView } from './view-state.js';
import { EMPTY_VIEW, type ViewState } from './view.js';
import { GROUP_SHOWS, isPlainClick, OVERVIEW_FROM, overviewing } from './overview-layout.js';
import { viewLabelsOf, type ViewLabels } from './box-view-labels.js';

/** Whether the box offers the overview: asked, or from `OVERVIEW_FROM` chantiers on, unless `layout="full"`. */
const hasOverview = (box: BoiteAIdeesElement) =>
  box.layout === 'overview' || (box.layout !== 'full' && (box.indexed?.entries.length ?? 0) >= OVERVIEW_FROM);

/** The overview, unless the box shows every chantier in full (asked, few chantiers, or printing). */
const showsOverview = (box: BoiteAIdeesElement) => hasOverview(box) && !box._view.full && !box._printing;

/**
 * The box connected (or its view arrived after): reads the view from the URL (once a server-rendered box
 * has taken its HTML over, rendered with the unfiltered view), and listens, until the returned function is
 * called at disconnection, to the page's navigation (`applyUrl`), its printing (every chantier in full on
 * paper), a card's link to itself and the visitor's approach (`approach`).
 */
export function connect(box: BoiteAIdeesElement): () => void {
  const onLocationChange = () => applyUrl(box);
  const onPrint = (event: Event) => (box._printing = event.type === 'beforeprint');
  const onApproach = () => approach(box);
  const listeners: [EventTarget, string, (event: never) => void][] = [
    [window, 'hashchange', onLocationChange],
    [window, 'popstate', onLocationChange],
    [window, 'beforeprint', onPrint],
    [window, 'afterprint', onPrint],
    [box, 'click', (event: MouseEvent) => permalinkClick(box, event)],
    [box, 'focusin', onApproach],
    [box, 'pointerover', onApproach],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener as EventListener);
  if (box.hydrating) void box.updateComplete.then(() => applyUrl(box));
  else applyUrl(box);
  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener as EventListener);
  };
}

/**
 * Takes the view from the URL, at connection and when the page navigates (back, forward, a link).
 * Navigation that carries none of this box's keys is the host's own (an anchor, a route): the view
 * stays. Unless it returns to a URL that a box left to record a view: then it is the view before.
 */
function applyUrl(box: BoiteAIdeesElement): void {
  const read = readView(location.href, box.key, box.place);
  if (box.backPending) {
    box.backPending = false;
    // The visitor typed again while the browser was going back: what they typed wins.
    if (!sameView(read ?? EMPTY_VIEW, box._view)) writeUrl(box, box._view, false);
    return;
  }
  const next = read ?? (departedFromHere() ? EMPTY_VIEW : undefined);
  if (next && !sameView(next, box._view)) {
    const closed = box._view.chantier;
    // Back from a chantier opened in the overview: focus returns to its entry, if focus was in the box
    // (or lost with the card); a host page's focus is never taken.
    if (closed && !next.chantier && (box.shadowRoot?.activeElement || document.activeElement === document.body)) focusEntry(box, closed);
    box._view = next;
    box.searchEntry = undefined;
    if (next.chantier) box.pendingFocus = next.chantier;
  }
  box.requestUpdate(); // the chantiers' links follow the page's URL
}

/** Writes the view into the URL; the URL that holds it, or `undefined` when it cannot hold it. */
function writeUrl(box: BoiteAIdeesElement, view: ViewState, replace: boolean): string | undefined {
  const href = writeView(location.href, box.key, box.place, view);
  if (href === undefined || href === location.href) return href;
  if (recordUrl(href, replace)) return href;
  // Refused (too many history calls at once): the URL catches up with the view a moment later.
  setTimeout(() => box._view === view && writeUrl(box, view, replace), 2000);
  return undefined;
}

/**
 * Changes the view on a visitor's action: records it in the URL and tells the page of a new search or
 * filter. The URL that holds the view, or `undefined` when it cannot hold it.
 */
function changeView(box: BoiteAIdeesElement, next: ViewState, replace = false): string | undefined {
  const view = box._view;
  const filtered =
    next.query !== view.query ||
    next.themes.join() !== view.themes.join() ||
    (next.statuts ?? []).join() !== (view.statuts ?? []).join() ||
    (next.tri || '') !== (view.tri || '');
  box._view = next;
  box.searchEntry = undefined;
  const href = writeUrl(box, next, replace);
  if (filtered) announce(box, next);
  return href;
}

/** Tells the page of a new search or filter, once rendered. */
function announce(box: BoiteAIdeesElement, view: ViewState): void {
  box.updateComplete.then(() =>
    box.dispatchEvent(new BoiteAIdeesFilterEvent(view.query.trim(), view.themes, box.shownCount, view.statuts ?? [], view.tri || '')),
  );
}

/** "Lien vers ce chantier" in a card: the box shows and focuses it, without leaving the page. */
function permalinkClick(box: BoiteAIdeesElement, event: MouseEvent): void {
  if (event.defaultPrevented || !isPlainClick(event)) return;
  const path = event.composedPath() as Element[];
  const link = path.find((node) => node.localName === 'a' && node.part?.contains('permalink'));
  const card = path.find((node) => node.localName === 'chantier-card') as ChantierCardElement | undefined;
  const id = (card?.data as Chantier | undefined)?.id;
  if (!link || !id) return;
  event.preventDefault();
  box.pendingFocus = id;
  changeView(box, { ...EMPTY_VIEW, chantier: id });
}

/** Focuses a chantier's entry in the overview once rendered, showing its theme's others if it is one of them. */
function focusEntry(box: BoiteAIdeesElement, id: string): void {
  box.pendingEntryFocus = id;
  const visible = search(box)?.visible ?? [];
  const theme = visible.find((entry) => entry.chantier.id === id)?.theme;
  if (theme && visible.filter((entry) => entry.theme === theme).findIndex((entry) => entry.chantier.id === id) >= GROUP_SHOWS) {
    box._expanded = new Set(box._expanded).add(theme);
  }
}

/** Before a render: a link to a chantier that the filters hide shows everything rather than focus a hidden card. */
export function revealFocus(box: BoiteAIdeesElement): void {
  const id = box.pendingFocus;
  if (id && box.indexed?.entries.some((entry) => entry.chantier.id === id)) {
    if (search(box)?.visible.some((entry) => entry.chantier.id === id) === false) box._view = { ...EMPTY_VIEW, chantier: id };
  }
}

/**
 * The search's result for the current view: one pass over the chantiers per query, themes, statuses and
 * order. Each group of toggles counts what the other filters let through (as faceted searches do).
 */
export function search(box: BoiteAIdeesElement): Searched | undefined {
  const indexed = box.indexed;
  if (!indexed) return undefined;
  const { query, themes, statuts = [], tri = '' } = box._view;
  const key = `${query}\n${themes.join()}\n${statuts.join()}\n${tri}`;
  const searched = box.searched;
  if (searched?.indexed !== indexed || searched.key !== key) {
    // A query needs the search chunk: while it loads, the last result stays (none: the render waits).
    const search = query.trim() && box.need(searching);
    // A document with a follow-up needs its chunk too (the status toggles, the order); a failed one is done without.
    const followUp = indexed.followed ? box.need(followingUp) : undefined;
    if (search === undefined || (indexed.followed && !followUp && !followingUp.failed())) return searched?.indexed === indexed ? searched : undefined;
    const terms = search ? search.parseQuery(query, indexed.glossaire) : [];
    const counts = new Map<string, number>();
    const byStatut = new Map<string | undefined, number>();
    const ordered = followUp ? followUp.inOrder(indexed.entries, tri) : indexed.entries;
    const visible: Entry[] = [];
    for (const entry of ordered) {
      if (search && !matchesTerms(search.searchTextOf(entry.chantier), terms)) continue;
      const inThemes = !themes.length || themes.includes(entry.theme);
      const inStatuts = matchesStatuts(entry.chantier, statuts);
      if (inStatuts) counts.set(entry.theme, (counts.get(entry.theme) ?? 0) + 1);
      if (inThemes) byStatut.set(entry.chantier.suivi?.statut, (byStatut.get(entry.chantier.suivi?.statut) ?? 0) + 1);
      if (inThemes && inStatuts) visible.push(entry);
    }
    box.searched = { key, query: query.trim(), indexed, terms, counts, statutCounts: followUp?.statutCounts(indexed.statuts, indexed.entries, byStatut) ?? [], ordered, visible };
  }
  return box.searched;
}

const urlWithoutView = (box: BoiteAIdeesElement) => writeView(location.href, box.key, box.place, EMPTY_VIEW);

/** The host changed the URL without an event (a router's `pushState`): the links follow before use. */
function approach(box: BoiteAIdeesElement): void {
  if (box.links && box.links.for !== (urlWithoutView(box) ?? location.href)) box.requestUpdate();
}

/**
 * Each chantier's link to itself: the page's URL with this box's keys set to that chantier alone, and
 * everything else (other boxes' keys, the host's) as it is. The server, and the render that takes its
 * HTML over, know no page URL, and a page that is no web page (`about:srcdoc`, `file:`) has none worth
 * linking: they link by the fragment, which the box reads too. Without URL state, the page itself.
 */
function linksFor(box: BoiteAIdeesElement): (id: string) => string {
  const place = box.place;
  const takingOver = isServer || (box.hydrating && !box.hasUpdated);
  if (takingOver || !location.protocol.startsWith('http')) {
    const key = takingOver ? box.declaredKey : box.key;
    return (id) => serverPermalink(key, id);
  }
  const base = urlWithoutView(box) ?? location.href;
  if (box.links?.for !== base) {
    const key = box.key;
    // In a fragment the host uses, the box cannot write its view; its links then use the query.
    const link = (id: string) =>
      place === 'none'
        ? base
        : (writeView(base, key, place, { ...EMPTY_VIEW, chantier: id }) ?? writeView(base, key, 'query', { ...EMPTY_VIEW, chantier: id })!);
    box.links = { for: base, make: link };
  }
  return box.links.make;
}

function toggleTheme(box: BoiteAIdeesElement, slug: string): void {
  const themes = new Set(box._view.themes);
  if (!themes.delete(slug)) themes.add(slug);
  const ordered = (box.indexed?.themes ?? []).map((theme) => theme.slug).filter((theme) => themes.has(theme));
  changeView(box, { ...box._view, themes: ordered, chantier: undefined });
}

function toggleStatut(box: BoiteAIdeesElement, cle: string): void {
  const statuts = new Set(box._view.statuts);
  if (!statuts.delete(cle)) statuts.add(cle);
  const ordered = (box.indexed?.statuts ?? []).map((statut) => statut.cle).filter((key) => statuts.has(key));
  changeView(box, { ...box._view, statuts: ordered, chantier: undefined });
}

function onSearch(box: BoiteAIdeesElement, event: Event): void {
  const query = (event.target as HTMLInputElement).value.slice(0, MAX_QUERY_LENGTH);
  const next = { ...box._view, query, chantier: undefined };
  // The first keystroke of a search adds a history entry; the following ones refine it in place,
  // so the back button returns to the view before the search, not letter by letter.
  const refining = box._view.query.trim() !== '' && !box._view.chantier;
  const ownEntry = refining && box.searchEntry === location.href;
  if (ownEntry && !query.trim()) {
    // Emptied by deleting its text: back to the entry before the search, rather than a second
    // entry that shows the same view as it.
    box.searchEntry = undefined;
    box.backPending = true;
    box._view = next;
    announce(box, next);
    history.back();
    return;
  }
  const before = location.href;
  const href = changeView(box, next, refining);
  box.searchEntry = href && (refining ? ownEntry : href !== before) ? href : undefined;
}

/**
 * A visitor about to type (the field has focus): the search chunk is loaded (on pointer hover already)
 * and the chantiers' search texts are folded now, once, so no keystroke waits for them (1,000 chantiers:
 * ≈ 100 ms on focus). A box nobody searches never folds them.
 */
const prepareSearch = (box: BoiteAIdeesElement) =>
  searching.load().then((search) => box.indexed?.entries.forEach((entry) => search.searchTextOf(entry.chantier)));

/**
 * Shows a view chosen in the box (cleared, or suggested), then returns focus to the search field. The
 * order is not a filter: it stays.
 */
function searchAgain(box: BoiteAIdeesElement, next: ViewState): void {
  changeView(box, { ...next, tri: box._view.tri, full: box._view.full });
  box.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}

/** Opens a chantier of the overview in place (a plain click on its title), and focuses its title. */
function open(box: BoiteAIdeesElement, event: MouseEvent, id: string): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  box.pendingFocus = id;
  changeView(box, { ...box._view, chantier: id });
}

/** Back to the overview from the chantier opened in place; focus returns to its entry. */
function close(box: BoiteAIdeesElement): void {
  focusEntry(box, box._view.chantier!);
  changeView(box, { ...box._view, chantier: undefined });
}

/** Shows every chantier of a theme in the overview; focus goes to the first that was not shown. */
function expand(box: BoiteAIdeesElement, slug: string, visible: readonly Entry[]): void {
  box._expanded = new Set(box._expanded).add(slug);
  box.pendingEntryFocus = visible.filter((entry) => entry.theme === slug)[GROUP_SHOWS]?.chantier.id;
}

/**
 * After each render: the cards shown (all of them, or those opened in the overview) are watched for
 * nearness (`box.near`; observing a card twice does nothing), and the entry or the chantier to focus gets
 * the focus.
 */
export function updated(box: BoiteAIdeesElement): void {
  box.nearness ??=
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            box.nearKnown = true;
            for (const { target, isIntersecting } of entries) {
              const chantier = (target as ChantierCardElement).data;
              if (isIntersecting) box.near.add(chantier);
              else box.near.delete(chantier);
            }
            if (box._view.query.trim()) box.requestUpdate();
          },
          { rootMargin: '200% 0px' },
        );
  for (const card of box.cards()) box.nearness?.observe(card);
  const entry = box.pendingEntryFocus;
  box.pendingEntryFocus = undefined;
  if (entry) box.renderRoot.querySelector<HTMLElement>(`#entry-${entry} a`)?.focus();
  const id = box.pendingFocus;
  if (!id || !box.indexed || box.incomplete) return;
  box.pendingFocus = undefined;
  const card = box.cards().find((element) => element.data && (element.data as Chantier).id === id);
  if (!card) return;
  stopKeepingHostAnchor(); // the link names a chantier: it, not the host's anchor, is what to show
  void card.focusTitle();
}

/**
 * A card's parts, exposed through the box under names of their own (`::part(card-title)`), so that they
 * never clash with the box's (`::part(title)` is the meeting's title, `::part(mark)` the overview's marks).
 */
const CARD_PARTS = ['theme', 'title', 'section', 'section-title', 'disclosure', 'permalink', 'mark', 'list', 'table', 'caption', 'suivi', 'statut', 'progress']
  .map((part) => `${part}:card-${part}`)
  .concat('card')
  .join(', ');

/** The meeting's title and presentation. */
function renderIntro(document: IdeaBoxDocument, level: number, dataLang: string | typeof nothing) {
  const rencontre = document.rencontre;
  return rencontre
    ? html`<div class="intro" part="intro" lang=${dataLang}>
        ${rencontre.intitule || rencontre.organisateur
          ? html`<p class="kicker">${[rencontre.intitule, rencontre.organisateur].filter(Boolean).join(' — ')}</p>`
          : nothing}
        ${heading(level, { class: 'title', part: 'title' }, rencontre.titre)}
        ${(rencontre.presentation ?? []).map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>`
    : nothing;
}

/** The glossary of acronyms, after the chantiers. */
function renderGlossary(document: IdeaBoxDocument, level: number, dataLang: string | typeof nothing, words: ViewLabels) {
  return document.glossaire?.length
    ? html`<section class="glossary" part="glossary" aria-labelledby="glossary-title">
        ${heading(level + 1, { id: 'glossary-title', part: 'glossary-title' }, words.glossary)}
        <dl lang=${dataLang}>
          ${document.glossaire.map(
            (entry) => html`<dt part="glossary-term">${entry.sigle}</dt><dd part="glossary-definition">${entry.definition}</dd>`,
          )}
        </dl>
      </section>`
    : nothing;
}

/** A chantier's card in the box, the query to mark in it (`highlight`) and its link to itself. */
function renderCard(box: BoiteAIdeesElement, entry: Entry, level: number, highlight: string, link?: (id: string) => string) {
  const { glossaire, document } = box.indexed!;
  return html`<chantier-card
    collapsible
    exportparts=${CARD_PARTS}
    heading-level=${level}
    .data=${entry.chantier}
    .glossaire=${glossaire}
    .statuts=${document.statuts}
    highlight=${highlight}
    permalink=${ifDefined(box.place === 'none' ? undefined : link?.(entry.chantier.id))}
  ></chantier-card>`;
}

/**
 * The box with its document: what the search and the filters of `searched` show. `noChange` while the
 * overview's chunk or the view's English words are on their way (the box keeps what it shows).
 */
export function renderBox(box: BoiteAIdeesElement, lang: Lang) {
  const searched = search(box);
  // Under lang="en", in the chunk the element's English words came with (already there, or nearly).
  const words = box.need(viewLabelsOf(lang));
  const labels = box.need(dataLabelsOf(lang));
  // Waiting for a chunk (the search, the follow-up's features, the words): what the box shows stays.
  if (!searched || !words || !labels) return noChange;
  const { document, themes, entries, glossaire } = searched.indexed;
  const statutText = (cle: string) => statutLabel(cle, searched.indexed.statuts, lang, labels);
  const { terms, counts, visible, ordered } = searched;
  const view = box._view;
  const dataLang = ifDefined(dataLangFor(lang));
  const level = clampLevel(box.headingLevel);
  const shown = new Set(visible.map((entry) => entry.chantier.id));
  const themeNames = (slugs: readonly string[]) =>
    themes.filter((theme) => slugs.includes(theme.slug)).map((theme) => theme.name).join(', ');
  const selectedStatuts = view.statuts ?? [];
  const selectedNames = [themeNames(view.themes), ...selectedStatuts.map((cle) => statutText(cle).text)].filter(Boolean).join(', ');
  const query = searched.query;
  const count = [words.count(visible.length, entries.length), selectedNames, query ? words.searched(query) : '']
    .filter(Boolean)
    .join(' — ');
  const filtered = query !== '' || view.themes.length > 0 || selectedStatuts.length > 0;
  // The overview's rendering is a chunk: until it arrives, the box keeps what it shows (nothing at first),
  // so that it never flashes every chantier in full; if it cannot arrive, every chantier is shown in full.
  // (`false`: no overview shown; `undefined`: its chunk on its way, or lost.)
  const overviewer = showsOverview(box) && box.need(overviewing);
  if (overviewer === undefined && !overviewing.failed()) return noChange;
  const overview = !!overviewer;
  // Read in full on request: the overview's button is there, so its rendering is fetched ahead.
  if (!overviewer && hasOverview(box)) void overviewing.load();
  const overviewLost = hasOverview(box) && overviewing.failed();
  if (!visible.length && searched.suggestion === undefined) {
    // Within the statuses selected: a suggestion changes the words or the themes, and keeps them.
    const followed = selectedStatuts.length ? entries.filter((entry) => matchesStatuts(entry.chantier, selectedStatuts)) : entries;
    searched.suggestion = (query && searching.get()!.suggestView(followed, query, view.themes, glossaire)) || null;
  }
  const suggestion = searched.suggestion;
  const link = linksFor(box);
  const card = (entry: Entry, cardLevel: number) =>
    renderCard(box, entry, cardLevel, shown.has(entry.chantier.id) && terms.length && (!box.nearKnown || box.near.has(entry.chantier)) ? query : '', link);
  const intro = renderIntro(document, level, dataLang);
  const glossary = renderGlossary(document, level, dataLang, words);
  // A document without chantiers (yet): nothing to search or filter, and nothing to clear.
  if (!entries.length) return html`${intro}<p class="empty" part="empty">${words.empty}</p>${glossary}`;

  return html`
    ${intro}

    <div class="controls" part="controls" role="search" aria-labelledby="search-label">
      <div class="field">
        <label for="search" id="search-label">${words.search}</label>
        <p class="hint" id="search-hint">${words.searchHint}</p>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          maxlength=${MAX_QUERY_LENGTH}
          aria-describedby="search-hint"
          .value=${view.query}
          @input=${(event: Event) => onSearch(box, event)}
          @focus=${() => prepareSearch(box)}
          @pointerenter=${() => searching.load()}
        />
      </div>
      <div class="themes" role="group" aria-labelledby="themes-label">
        <span class="group-label" id="themes-label">${words.themes}</span>
        ${themes.map(
          (theme) => html`<button
            type="button"
            class="theme-toggle"
            part="button"
            aria-pressed=${view.themes.includes(theme.slug) ? 'true' : 'false'}
            lang=${dataLang}
            @click=${() => toggleTheme(box, theme.slug)}
          >${theme.name} (${counts.get(theme.slug) ?? 0})</button>`,
        )}
      </div>
      ${followingUp.get()?.renderFollowUpControls({
        words,
        statutCounts: searched.statutCounts,
        selected: selectedStatuts,
        statutText,
        toggle: (cle) => toggleStatut(box, cle),
        dated: searched.indexed.dated,
        tri: view.tri,
        sort: (event) => changeView(box, { ...box._view, tri: (event.target as HTMLSelectElement).value === 'maj' ? 'maj' : '', chantier: undefined }),
      }) ?? (searched.indexed.followed ? html`<p class="status" part="status" role="status">${words.suiviUnavailable}</p>` : nothing)}
      <div class="actions">
        <button type="button" part="button" ?disabled=${!filtered} @click=${() => searchAgain(box, EMPTY_VIEW)}>${words.clear}</button>
        ${hasOverview(box) && !overviewLost
          ? html`<button type="button" part="button" @click=${() => changeView(box, { ...box._view, chantier: undefined, full: overview })}>
              ${overview ? words.readAll : words.overview}
            </button>`
          : nothing}
        ${overview
          ? nothing
          : html`<button type="button" part="button" @click=${() => box.cards().forEach((element) => element.expandAll())}>
                ${words.expandAll}
              </button>
              <button type="button" part="button" @click=${() => box.cards().forEach((element) => element.collapseAll())}>
                ${words.collapseAll}
              </button>`}
      </div>
    </div>

    <p class="count" part="count" role="status">${count}</p>

    ${visible.length === 0
      ? html`<div class="empty" part="empty">
          <p>${words.none}</p>
          ${suggestion
            ? html`<p>
                ${words.tryInstead}
                <button type="button" part="button" @click=${() => searchAgain(box, { query: suggestion.query, themes: suggestion.themes, statuts: selectedStatuts })}>
                  ${words.suggestion(
                    suggestion.query,
                    suggestion.themes.join() === view.themes.join() ? '' : themeNames(suggestion.themes) || words.allThemes,
                    suggestion.shown,
                  )}
                </button>
              </p>`
            : nothing}
          <button type="button" part="button" @click=${() => searchAgain(box, EMPTY_VIEW)}>${words.clear}</button>
        </div>`
      : nothing}

    ${overviewLost ? html`<p class="status" part="status" role="status">${words.overviewUnavailable}</p>` : nothing}
    ${overviewer
      ? overviewer.renderOverview({
          visible,
          themes,
          level,
          opened: view.chantier,
          terms,
          text: textRenderer(box, { glossaire: NO_GLOSSARY, terms }),
          dataLang: dataLangFor(lang),
          expanded: box._expanded,
          expand: (slug) => expand(box, slug, visible),
          more: words.more,
          back: words.back,
          open: (event, id) => open(box, event, id),
          close: () => close(box),
          card,
          link,
          statut: (chantier) => {
            const cle = chantier.suivi?.statut;
            return cle === undefined ? undefined : { label: labels.suivi.statut + labels.suivi.colon, ...statutText(cle) };
          },
        })
      : html`<ul class="cards" part="cards" role="list">
          ${ordered.map(
            // Without keys (lit's repeat directive would cost 0.75 KB): a new order gives each card another
            // chantier, and a card given another chantier unfolds (chantier-card.ts).
            (entry) => html`<li
              ?hidden=${!shown.has(entry.chantier.id)}
              aria-current=${ifDefined(view.chantier === entry.chantier.id ? 'true' : undefined)}
            >${card(entry, level + 1)}</li>`,
          )}
        </ul>`}

    ${glossary}
  `;
}
