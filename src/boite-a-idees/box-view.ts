/**
 * The box's view of its document: the search field, the theme and status toggles, the count, the message
 * and suggestion when nothing matches, the overview or the list of cards; and what a visitor does with
 * them. A chunk of the embed (viewing.ts), loaded as the box connects, beside the fetch of its data and the
 * data's checks: no document is shown before its checks have arrived, so the view costs a page no waiting.
 * The element keeps the view's state, the URL, and what shows without this chunk (the title, the cards, the
 * glossary: boite-a-idees.ts).
 */
import { html, ifDefined, noChange, nothing } from '../shared/entry-lit.js';
import { MAX_QUERY_LENGTH } from '../model/query.js';
import type { Sigle } from '../model/types.js';
import { clampLevel } from '../shared/heading.js';
import { dataLangFor, type BoxLabels, type Labels, type Lang } from '../shared/labels.js';
import { searching } from '../shared/searching.js';
import { textRenderer } from '../shared/text-renderer.js';
import type { BoiteAIdeesElement, Entry, Searched } from './boite-a-idees.js';
import { followingUp, matchesStatuts } from './follow-up.js';
import { EMPTY_VIEW, type ViewState } from './view-state.js';
import { GROUP_SHOWS, isPlainClick, overviewing } from './overview-layout.js';

const NO_GLOSSARY: readonly Sigle[] = [];

function toggleTheme(box: BoiteAIdeesElement, slug: string): void {
  const themes = new Set(box._view.themes);
  if (!themes.delete(slug)) themes.add(slug);
  const ordered = (box.indexed?.themes ?? []).map((theme) => theme.slug).filter((theme) => themes.has(theme));
  box.changeView({ ...box._view, themes: ordered, chantier: undefined });
}

function toggleStatut(box: BoiteAIdeesElement, cle: string): void {
  const statuts = new Set(box._view.statuts);
  if (!statuts.delete(cle)) statuts.add(cle);
  const ordered = (box.indexed?.statuts ?? []).map((statut) => statut.cle).filter((key) => statuts.has(key));
  box.changeView({ ...box._view, statuts: ordered, chantier: undefined });
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
    box.announce(next);
    history.back();
    return;
  }
  const before = location.href;
  const href = box.changeView(next, { replace: refining });
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
  box.changeView({ ...next, tri: box._view.tri, full: box._view.full });
  box.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}

/** Opens a chantier of the overview in place (a plain click on its title), and focuses its title. */
function open(box: BoiteAIdeesElement, event: MouseEvent, id: string): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  box.pendingFocus = id;
  box.changeView({ ...box._view, chantier: id });
}

/** Back to the overview from the chantier opened in place; focus returns to its entry. */
function close(box: BoiteAIdeesElement): void {
  box.focusEntry(box._view.chantier!);
  box.changeView({ ...box._view, chantier: undefined });
}

/** Shows every chantier of a theme in the overview; focus goes to the first that was not shown. */
function expand(box: BoiteAIdeesElement, slug: string, visible: readonly Entry[]): void {
  box._expanded = new Set(box._expanded).add(slug);
  box.pendingEntryFocus = visible.filter((entry) => entry.theme === slug)[GROUP_SHOWS]?.chantier.id;
}

/**
 * The box with its document: what the search and the filters of `searched` show. `noChange` while the
 * overview's chunk is on its way (the box keeps what it shows). `statutText` words a status (in the entry:
 * the cards' follow-up chunk uses it too, and a module two chunks share would be a third file).
 */
export function renderBox(box: BoiteAIdeesElement, lang: Lang, labels: Labels, words: BoxLabels, searched: Searched, statutText: (cle: string) => { text: string; lang?: Lang }) {
  const { document, themes, entries, glossaire } = searched.indexed;
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
  const overviewer = box.showsOverview() ? box.need(overviewing) : undefined;
  if (box.showsOverview() && !overviewer && !overviewing.failed()) return noChange;
  const overview = !!overviewer;
  // Read in full on request: the overview's button is there, so its rendering is fetched ahead.
  if (!overviewer && box.hasOverview()) void overviewing.load();
  const overviewLost = box.hasOverview() && overviewing.failed();
  if (!visible.length && searched.suggestion === undefined) {
    // Within the statuses selected: a suggestion changes the words or the themes, and keeps them.
    const followed = selectedStatuts.length ? entries.filter((entry) => matchesStatuts(entry.chantier, selectedStatuts)) : entries;
    searched.suggestion = (query && searching.get()!.suggestView(followed, query, view.themes, glossaire)) || null;
  }
  const suggestion = searched.suggestion;
  const link = box.linksFor();
  const card = (entry: Entry, cardLevel: number) =>
    box.renderCard(entry, cardLevel, shown.has(entry.chantier.id) && terms.length && (!box.nearKnown || box.near.has(entry.chantier)) ? query : '', link);
  const intro = box.renderIntro(document, level, dataLang);
  const glossary = box.renderGlossary(document, level, dataLang, words);
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
        sort: (event) => box.changeView({ ...box._view, tri: (event.target as HTMLSelectElement).value === 'maj' ? 'maj' : '', chantier: undefined }),
      }) ?? (searched.indexed.followed ? html`<p class="status" part="status" role="status">${words.suiviUnavailable}</p>` : nothing)}
      <div class="actions">
        <button type="button" part="button" ?disabled=${!filtered} @click=${() => searchAgain(box, EMPTY_VIEW)}>${words.clear}</button>
        ${box.hasOverview() && !overviewLost
          ? html`<button type="button" part="button" @click=${() => box.changeView({ ...box._view, chantier: undefined, full: overview })}>
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
