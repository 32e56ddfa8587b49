import type { PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Chantier, Gouvernance } from '../model/types.js';
import { chantierContext, decorationsContext } from '../shared/context.js';
import { DataSource, selectChantier, type DataSourceOptions } from '../shared/data-source.js';
import { DataErrorEvent, DataLoadEvent } from '../shared/events.js';
import type { LoadError, Origin } from '../shared/load-error.js';
import { startRender } from '../shared/render.js';
import { validation } from '../shared/validation.js';
import { BoiteElement } from '../shared/boite-element.js';
import { baseStyles } from '../shared/styles.js';
import { gouvernanceTableStyles } from './gouvernance-table.styles.js';

/** A governance and, when known, the title of its chantier (for the caption). */
export interface GouvernanceOfChantier {
  readonly gouvernance: Gouvernance | undefined;
  readonly titre?: string;
}

const ofChantier = (chantier: Chantier): GouvernanceOfChantier => ({ gouvernance: chantier.gouvernance, titre: chantier.titre });

/**
 * "Qui fait quoi" of a chantier as a real table: a caption, column headers, and one row per role or
 * aspect with a row header (`scope`), in the participants' words; the governance notes that name no role
 * follow as a list. On narrow widths the rows stack, and the table stays a table for assistive technology.
 *
 * Inside a `<chantier-card>` it shows that card's chantier (through context). On its own it takes
 * `.gouvernance` (`{ roles?: {role, texte}[], notes?: items }`), an inline JSON child, or `src` + `chantier`.
 *
 * @tag gouvernance-table
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart list - The list of governance notes.
 * @csspart mark - A search term found in the text (the enclosing card's `highlight`).
 * @csspart status - The loading message.
 * @csspart error - The alert shown when the governance cannot be shown.
 * @csspart button - The "try again" button of a failed load.
 * @cssprop [--boite-border=currentColor at 35 %] - Cell borders.
 * @cssprop [--boite-table-head=currentColor at 8 %] - Column header background.
 * @cssprop [--boite-font=inherit] - Font family (the page's by default).
 * @cssprop [--boite-line-height=1.5] - Line height of the text.
 * @cssprop [--boite-radius=0.375rem] - Corner radius of frames and buttons.
 * @cssprop [--boite-error=#b3261e / dark #ffb4ab] - Border of error messages.
 * @cssprop [--boite-focus=currentColor] - Focus outline colour.
 * @cssprop [--boite-mark=#fff3a0] - Background of highlighted search words.
 * @cssprop [--boite-mark-text=#1b1b1b] - Text colour of highlighted search words.
 * @fires {GouvernanceTableLoadEvent} gouvernance-table-load - A governance from `src` or inline JSON is shown.
 * @fires {GouvernanceTableErrorEvent} gouvernance-table-error - The governance cannot be shown; the alert says why.
 */
export class GouvernanceTableElement extends BoiteElement {
  static override styles = [baseStyles, gouvernanceTableStyles];

  static override properties: PropertyDeclarations = {
    gouvernance: { attribute: false },
    chantier: { reflect: true },
    caption: {},
  };

  /** The governance, set from JavaScript: `{ roles?: {role, texte}[], notes?: (string | {texte, items})[] }`. */
  gouvernance?: unknown;


  /** The `id` of the chantier whose governance to show; optional when the document has only one. */
  chantier?: string;

  /** The table's caption; by default it names the chantier ("Gouvernance du chantier « … » : qui fait quoi"). */
  caption?: string;


  private readonly card = new ContextConsumer(this, { context: chantierContext, subscribe: true });
  /** Glossary and search terms of the enclosing card, if any. */
  private readonly decorations = new ContextConsumer(this, { context: decorationsContext, subscribe: true });

  private static readonly dataSource: DataSourceOptions<GouvernanceOfChantier, GouvernanceTableElement> = {
    property: (table) => table.gouvernance,
    valid: (value, _table, checks) => {
      const gouvernance = checks.validGouvernance(value);
      return gouvernance && { gouvernance };
    },
    explain: (value, parsers) => parsers.parseGouvernance(value),
    select: (document, id) => selectChantier(document, id, ofChantier),
    fromContext: (table) => {
      const chantier = table.card.value;
      return chantier && ofChantier(chantier);
    },
    loadEvent: (value, origin) => new GouvernanceTableLoadEvent(value, origin),
    errorEvent: (error) => new GouvernanceTableErrorEvent(error),
  };

  protected override readonly source = new DataSource(this, GouvernanceTableElement.dataSource);

  protected override render() {
    const start = startRender(this, this.source);
    if ('shown' in start) return start.shown;
    // Its rendering comes with the data's checks (beside-data.ts): shown data, a page's own context's included,
    // waited for them (DataSource), so it is there.
    return validation.get()!.renderGouvernance(this, start.value, start.lang, this.decorations.value);
  }
}

/** Fired when the table shows a governance it loaded from `src` or inline JSON. */
export class GouvernanceTableLoadEvent extends DataLoadEvent<GouvernanceOfChantier> {
  constructor(value: GouvernanceOfChantier, origin: Origin) {
    super('gouvernance-table-load', value, origin);
  }
}

/** Fired when the table cannot show its governance; `error` says why. */
export class GouvernanceTableErrorEvent extends DataErrorEvent {
  constructor(error: LoadError) {
    super('gouvernance-table-error', error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gouvernance-table': GouvernanceTableElement;
  }
  interface GlobalEventHandlersEventMap {
    'gouvernance-table-load': GouvernanceTableLoadEvent;
    'gouvernance-table-error': GouvernanceTableErrorEvent;
  }
}
