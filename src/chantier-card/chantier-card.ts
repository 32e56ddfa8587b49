import { type PropertyValues, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { SECTION_KEYS, type SectionKey } from '../model/sections.js';
import type { Chantier, Sigle, Statut } from '../model/types.js';
import { chantierContext, decorationsContext } from '../shared/context.js';
import type { TextDecorations } from '../shared/decorate-text.js';
import { DataSource, selectChantier, type DataSourceOptions } from '../shared/data-source.js';
import { DataErrorEvent, DataLoadEvent } from '../shared/events.js';
import type { LoadError, Origin } from '../shared/load-error.js';
import { startRender } from '../shared/render.js';
import { validation } from '../shared/validation.js';
import { importSearch } from '../shared/search-chunk.js';
import { BoiteElement } from '../shared/boite-element.js';
import { baseStyles } from '../shared/styles.js';
import { chantierCardStyles } from './chantier-card.styles.js';
import { cardView } from '../shared/view-styles.js';

/** Every section of a chantier, in the order of the workshops' template, then the follow-up's steps. */
export const CARD_SECTIONS = [...SECTION_KEYS, 'etapes'] as const;
export type CardSection = SectionKey | 'etapes';

/**
 * One chantier of the idea box, complete: theme, workshop and its question, title, then every section
 * (stake, success criteria, actions, resources, open questions, governance, obstacles). When the chantier
 * has a follow-up (`suivi`), its status, progress, carrier and last update show under the title, each
 * success criterion says whether it is met, and the dated steps close the card.
 *
 * Data comes from `.data`, from an inline `<script type="application/json">` child (a chantier, or a
 * document with `chantier="ID"`), or from `src` + `chantier`. The chantier is provided through context
 * to the `<freins-list>` and `<gouvernance-table>` the card renders.
 *
 * @tag chantier-card
 * @csspart card - The `<article>` holding the chantier.
 * @csspart theme - The theme badge ("Thématique : Logement").
 * @csspart title - The chantier's title heading.
 * @csspart section - Each section of the chantier.
 * @csspart section-title - Each section's heading.
 * @csspart disclosure - The button of a section heading, when the card is `collapsible`.
 * @csspart permalink - The link to this chantier, when `permalink` is set.
 * @csspart mark - A search term found in the text (`highlight`).
 * @csspart list - Every list of items (the obstacles' and the governance notes' too).
 * @csspart table - The governance table (`<gouvernance-table>`'s `table` part).
 * @csspart caption - The governance table's caption.
 * @csspart suivi - The follow-up's summary under the title (status, progress, carrier, last update).
 * @csspart statut - The chantier's status, in words.
 * @csspart progress - The `<progress>` bar of the follow-up.
 * @csspart status - The loading message.
 * @csspart error - The alert shown when the data cannot be shown.
 * @csspart button - The "try again" button of a failed load.
 * @cssprop [--boite-accent=currentColor] - Accent of every theme without an accent of its own (a host's brand colour).
 * @cssprop [--boite-accent-logement=#1d5fa0 / dark #8fc1f5] - Accent of the Logement theme.
 * @cssprop [--boite-accent-emploi=#8a4b00 / dark #f0b36b] - Accent of the Emploi theme.
 * @cssprop [--boite-accent-sante=#1f6f43 / dark #7fd6a2] - Accent of the Santé theme.
 * @cssprop [--boite-accent-<slug>=--boite-accent] - Accent of any other theme, named after its slug: `Éducation` → `--boite-accent-education`.
 * @cssprop [--boite-heading-font=inherit] - Font family of the title and section headings (the text's by default).
 * @cssprop [--boite-error=#b3261e / dark #ffb4ab] - Border of error messages.
 * @cssprop [--boite-focus=currentColor] - Focus outline colour.
 * @cssprop [--boite-mark=#fff3a0] - Background of highlighted search words.
 * @cssprop [--boite-mark-text=#1b1b1b] - Text colour of highlighted search words.
 * @cssprop [--boite-line-height=1.5] - Line height of the text.
 * @cssprop [--boite-max-width=60rem] - Maximum width of the card.
 * @cssprop [--boite-title-size=1.5em] - Font size of the chantier's title.
 * @cssprop [--boite-surface=transparent] - Card background.
 * @cssprop [--boite-border=currentColor at 35 %] - Card border colour.
 * @cssprop [--boite-radius=0.375rem] - Corner radius.
 * @cssprop [--boite-space=1rem] - Card padding.
 * @cssprop [--boite-font=inherit] - Font family.
 * @fires {ChantierCardLoadEvent} chantier-card-load - The chantier from `src` or inline JSON is shown.
 * @fires {ChantierCardErrorEvent} chantier-card-error - The chantier cannot be shown; the alert says why.
 */
export class ChantierCardElement extends BoiteElement {
  // In the embed, the rules of a rendered chantier come beside the data with its rendering (card-view.ts).
  static override styles = [baseStyles, chantierCardStyles, ...cardView];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    chantier: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    collapsible: { type: Boolean, reflect: true },
    highlight: {},
    glossaire: { attribute: false },
    statuts: { attribute: false },
    permalink: {},
    _folded: { state: true, attribute: false },
  };

  /** The chantier to show, set from JavaScript; validated like fetched data. Takes precedence over `src`. */
  data?: unknown;


  /** The `id` of the chantier to show from the document; optional when the document has only one. */
  chantier?: string;

  /** Level (1–6) of the title heading, so the card fits the page's outline; sections use the next level. */
  headingLevel = 2;


  /** Makes each section a disclosure that visitors can fold and unfold; printing shows every section. */
  collapsible = false;

  /**
   * A search query whose matches to highlight, read as the box's search reads it: without regard to case,
   * accents or number ("hopital" marks "hôpitaux"), acronyms and their expansions alike, "quoted phrases".
   */
  highlight = '';

  /**
   * The acronyms to expand (`<abbr title>`): `[{ sigle, definition }]`. By default, the glossary of the
   * document loaded from `src` or inline JSON.
   */
  glossaire?: readonly Sigle[];

  /**
   * The statuses the follow-up's `statut` refers to: `[{ cle, libelle, progression? }]`. By default, the
   * `statuts` of the document loaded from `src` or inline JSON, or else the default list.
   */
  statuts?: readonly Statut[];

  /** A link to this chantier shown in its header ("Lien vers ce chantier"); only http(s), relative and `#` links. */
  permalink?: string;

  /** @internal The sections the visitor folded (card-view.ts reads them). */
  _folded: ReadonlySet<CardSection> = new Set();

  private static readonly dataSource: DataSourceOptions<Chantier, ChantierCardElement> = {
    property: (card) => card.data,
    // Its follow-up's status must be one of the statuses it is told (its document's), or a default one.
    // (Its follow-up's statuses: the card's own, or the default ones, as `statutsOf` would give.)
    valid: (value, card, checks) => checks.validChantier(value, card.statuts),
    explain: (value, parsers, card) => parsers.parseChantier(value, { statuts: card.statuts }),
    select: (document, id) => selectChantier(document, id, (chantier) => chantier),
    loadEvent: (value, origin) => new ChantierCardLoadEvent(value, origin),
    errorEvent: (error) => new ChantierCardErrorEvent(error),
  };

  protected override readonly source = new DataSource(this, ChantierCardElement.dataSource);

  private readonly provider = new ContextProvider(this, { context: chantierContext });
  private readonly decorationsProvider = new ContextProvider(this, { context: decorationsContext });
  private decorations?: TextDecorations;
  /** @internal The statuses this card's follow-up refers to (its own, its document's, or the default ones: card-view.ts). */
  _statutList: readonly Statut[] = [];

  /** Unfolds every section. */
  expandAll(): void {
    this._folded = new Set();
  }

  /** Folds every section, leaving the theme, title and workshop visible. */
  collapseAll(): void {
    this._folded = new Set(CARD_SECTIONS);
  }

  /** Scrolls the chantier into view and moves keyboard focus to its title. */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>('#title');
    if (!title) return;
    title.tabIndex = -1; // focusable from script only, out of the tab order
    title.focus({ preventScroll: true });
    // Smooth only when close: a long smooth scroll over thousands of pixels only delays the visitor.
    const distance = Math.abs(this.getBoundingClientRect().top);
    const smooth = distance < 2 * innerHeight && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another chantier (a box sorted anew): what was folded belonged to the previous one.
    if (changed.get('data') !== undefined) this._folded = new Set();
    // The data, resolved by BoiteElement's willUpdate, is shared before the inner elements render.
    const view = this.source.view;
    const ready = view.status === 'ready' ? view : undefined;
    this.provider.setValue(ready?.value);
    // A highlight needs the search chunk: fetched beside the data (search-chunk.ts).
    if (!ready) return void (this.highlight?.trim() && importSearch());
    // With its data came the checks, and with them what prepares its rendering (validation.ts): the theme's
    // accent, the statuses, and the text's decorations, a new object only when they changed, so that the
    // inner elements re-render only then.
    const decorations = validation.get()!.prepareCard(this, ready.value, ready.document, this.decorations);
    if (decorations !== this.decorations) this.decorationsProvider.setValue((this.decorations = decorations));
  }

  /**
   * A click in the card: when on a section's button, folds or unfolds its section. One listener on the
   * `<article>` for every button (one Lit part a card, not one a section), the section read from the
   * button's `aria-controls` (the only element of the card that has one). Lit calls it on the element.
   * @internal
   */
  _toggle({ target }: Event): void {
    const key = (target as Element).getAttribute('aria-controls')?.slice('content-'.length) as CardSection | undefined;
    if (!key) return;
    const folded = new Set(this._folded);
    if (!folded.delete(key)) folded.add(key);
    this._folded = folded;
  }

  protected override render() {
    const start = startRender(this, this.source);
    if ('shown' in start) return start.shown;
    // Shown data passed the checks, which came with its rendering (validation.ts): it is there.
    return validation.get()!.renderChantier(this, start.value, start.lang, this.decorations!);
  }
}

/** Fired when the card shows a chantier it loaded from `src` or inline JSON. */
export class ChantierCardLoadEvent extends DataLoadEvent<Chantier> {
  constructor(chantier: Chantier, origin: Origin) {
    super('chantier-card-load', chantier, origin);
  }
}

/** Fired when the card cannot show its chantier; `error` says why (URL and status, JSON paths…). */
export class ChantierCardErrorEvent extends DataErrorEvent {
  constructor(error: LoadError) {
    super('chantier-card-error', error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chantier-card': ChantierCardElement;
  }
  interface GlobalEventHandlersEventMap {
    'chantier-card-load': ChantierCardLoadEvent;
    'chantier-card-error': ChantierCardErrorEvent;
  }
}
