import { nothing, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Section } from '../model/types.js';
import { chantierContext, decorationsContext } from '../shared/context.js';
import { DataSource, selectChantier, type DataSourceOptions } from '../shared/data-source.js';
import { DataErrorEvent, DataLoadEvent } from '../shared/events.js';
import type { LoadError, Origin } from '../shared/load-error.js';
import { startRender } from '../shared/render.js';
import { validation } from '../shared/validation.js';
import { BoiteElement } from '../shared/boite-element.js';
import { baseStyles } from '../shared/styles.js';
import { freinsListStyles } from './freins-list.styles.js';

/**
 * The obstacles to anticipate ("freins") of a chantier, as a real list with nested items nested.
 *
 * Inside a `<chantier-card>` it shows that card's chantier (through context). On its own it takes
 * `.freins` (a section: `{ texte?, items }`), an inline `<script type="application/json">` child, or
 * `src` + `chantier`. It adds no heading: the page or the card gives one.
 *
 * @tag freins-list
 * @csspart list - Every list of obstacles (nested ones too).
 * @csspart mark - A search term found in the text (the enclosing card's `highlight`).
 * @csspart status - The loading message.
 * @csspart error - The alert shown when the obstacles cannot be shown.
 * @csspart button - The "try again" button of a failed load.
 * @cssprop [--boite-font=inherit] - Font family (the page's by default).
 * @cssprop [--boite-line-height=1.5] - Line height of the text.
 * @cssprop [--boite-radius=0.375rem] - Corner radius of frames and buttons.
 * @cssprop [--boite-error=#b3261e / dark #ffb4ab] - Border of error messages.
 * @cssprop [--boite-focus=currentColor] - Focus outline colour.
 * @cssprop [--boite-mark=#fff3a0] - Background of highlighted search words.
 * @cssprop [--boite-mark-text=#1b1b1b] - Text colour of highlighted search words.
 * @fires {FreinsListLoadEvent} freins-list-load - Obstacles from `src` or inline JSON are shown.
 * @fires {FreinsListErrorEvent} freins-list-error - The obstacles cannot be shown; the alert says why.
 */
export class FreinsListElement extends BoiteElement {
  static override styles = [baseStyles, freinsListStyles];

  static override properties: PropertyDeclarations = {
    freins: { attribute: false },
    chantier: { reflect: true },
  };

  /** The obstacles, set from JavaScript: `{ texte?: string, items: (string | {texte, items})[] }`. */
  freins?: unknown;


  /** The `id` of the chantier whose obstacles to show; optional when the document has only one. */
  chantier?: string;


  private readonly card = new ContextConsumer(this, { context: chantierContext, subscribe: true });
  /** Glossary and search terms of the enclosing card, if any. */
  private readonly decorations = new ContextConsumer(this, { context: decorationsContext, subscribe: true });

  private static readonly dataSource: DataSourceOptions<Section | undefined, FreinsListElement> = {
    property: (list) => list.freins,
    valid: (value, _list, checks) => checks.validSection(value),
    explain: (value, parsers) => parsers.parseSection(value),
    select: (document, id) => selectChantier(document, id, (chantier) => chantier.freins),
    fromContext: (list) => list.card.value?.freins,
    loadEvent: (value, origin) => new FreinsListLoadEvent(value, origin),
    errorEvent: (error) => new FreinsListErrorEvent(error),
  };

  protected override readonly source = new DataSource(this, FreinsListElement.dataSource);

  protected override render() {
    const start = startRender(this, this.source);
    if ('shown' in start) return start.shown;
    // Its rendering comes with the data's checks (beside-data.ts), as the governance table's does: shown data,
    // a page's own context's included, waited for them (DataSource), so it is there.
    return (start.value && validation.get()!.renderFreins(this, start.value, start.lang, this.decorations.value)) || nothing;
  }
}

/** Fired when the list shows obstacles it loaded from `src` or inline JSON. */
export class FreinsListLoadEvent extends DataLoadEvent<Section | undefined> {
  constructor(freins: Section | undefined, origin: Origin) {
    super('freins-list-load', freins, origin);
  }
}

/** Fired when the list cannot show its obstacles; `error` says why. */
export class FreinsListErrorEvent extends DataErrorEvent {
  constructor(error: LoadError) {
    super('freins-list-error', error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'freins-list': FreinsListElement;
  }
  interface GlobalEventHandlersEventMap {
    'freins-list-load': FreinsListLoadEvent;
    'freins-list-error': FreinsListErrorEvent;
  }
}
