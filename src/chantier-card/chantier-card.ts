import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { ContextProvider } from '@lit/context';
import { parseChantier } from '../model/parse-document.js';
import type { Chantier, Section } from '../model/types.js';
import { chantierContext } from '../shared/context.js';
import { DataSource, selectChantier } from '../shared/data-source.js';
import { DataErrorEvent, DataLoadEvent } from '../shared/events.js';
import { slugify } from '../shared/fold.js';
import { clampLevel, headingTag } from '../shared/heading.js';
import { labelsFor, langOf } from '../shared/labels.js';
import type { LoadError, Origin } from '../shared/load-error.js';
import { renderSection, renderViewStatus } from '../shared/render.js';
import { baseStyles } from '../shared/styles.js';
import { chantierCardStyles } from './chantier-card.styles.js';

/** The sections a card shows as lists or paragraphs, in the order of the workshops' template. */
const TEXT_SECTIONS = ['enjeu', 'reussite', 'actions', 'ressources', 'questions'] as const;

/**
 * One chantier of the idea box, complete: theme, workshop and its question, title, then every section
 * (stake, success criteria, actions, resources, open questions, governance, obstacles).
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
 * @csspart list - Every list of items.
 * @csspart status - The loading message.
 * @csspart error - The alert shown when the data cannot be shown.
 * @csspart button - The "try again" button of a failed load.
 * @cssprop [--boite-accent=currentColor] - Accent of themes without their own accent.
 * @cssprop [--boite-accent-logement=#1d5fa0] - Accent of the Logement theme.
 * @cssprop [--boite-accent-emploi=#8a4b00] - Accent of the Emploi theme.
 * @cssprop [--boite-accent-sante=#1f6f43] - Accent of the Santé theme.
 * @cssprop [--boite-surface=transparent] - Card background.
 * @cssprop [--boite-border=currentColor at 35 %] - Card border colour.
 * @cssprop [--boite-radius=0.375rem] - Corner radius.
 * @cssprop [--boite-space=1rem] - Card padding.
 * @cssprop [--boite-font=inherit] - Font family.
 * @fires {ChantierCardLoadEvent} chantier-card-load - The chantier from `src` or inline JSON is shown.
 * @fires {ChantierCardErrorEvent} chantier-card-error - The chantier cannot be shown; the alert says why.
 */
export class ChantierCardElement extends LitElement {
  static override styles = [baseStyles, chantierCardStyles];

  /** The chantier to show, set from JavaScript; validated like fetched data. Takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of an idea box document (JSON), relative to the page. */
  @property({ reflect: true }) src?: string;

  /** The `id` of the chantier to show from the document; optional when the document has only one. */
  @property({ reflect: true }) chantier?: string;

  /** Level (1–6) of the title heading, so the card fits the page's outline; sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds to wait for `src` before showing a timeout with a "try again" button. */
  @property({ type: Number }) timeout = 0;

  private readonly source = new DataSource<Chantier>(this, {
    property: () => this.data,
    parse: parseChantier,
    select: (document, id) => selectChantier(document, id, (chantier) => chantier),
    loadEvent: (value, origin) => new ChantierCardLoadEvent(value, origin),
    errorEvent: (error) => new ChantierCardErrorEvent(error),
  });

  private readonly provider = new ContextProvider(this, { context: chantierContext });

  protected override update(changed: PropertyValues): void {
    // The data source resolved just before this; share the result before the inner elements render.
    const view = this.source.view;
    this.provider.setValue(view.status === 'ready' ? view.value : undefined);
    super.update(changed);
  }

  protected override render() {
    const lang = langOf(this);
    const labels = labelsFor(lang);
    const view = this.source.view;
    const status = renderViewStatus(view, lang, labels.failed.chantier, () => this.source.reload());
    if (status) return html`<div aria-busy=${view.status === 'loading' ? 'true' : 'false'}>${status}</div>`;
    if (view.status !== 'ready') return nothing;

    const chantier = view.value;
    const level = clampLevel(this.headingLevel);
    const titleTag = headingTag(level);
    const sectionTag = headingTag(level + 1);
    const section = (key: keyof typeof labels.sections, content: unknown) => staticHtml`
      <section part="section" aria-labelledby="section-${key}">
        <${sectionTag} class="section-title" part="section-title" id="section-${key}">${labels.sections[key]}</${sectionTag}>
        ${content}
      </section>`;

    return staticHtml`<article part="card" data-theme=${slugify(chantier.thematique)} aria-labelledby="title">
      <header>
        <p class="theme" part="theme">${labels.theme} : ${chantier.thematique}</p>
        <${titleTag} class="title" part="title" id="title">${chantier.titre}</${titleTag}>
        ${chantier.atelier
          ? html`<p class="atelier">
              <span class="atelier-name">${chantier.atelier.titre}</span>${chantier.atelier.question
                ? html` — ${chantier.atelier.question}`
                : nothing}
            </p>`
          : nothing}
      </header>
      ${TEXT_SECTIONS.map((key) => {
        const content: Section | undefined = chantier[key];
        return content ? section(key, renderSection(content)) : nothing;
      })}
      ${chantier.gouvernance ? section('gouvernance', html`<gouvernance-table></gouvernance-table>`) : nothing}
      ${chantier.freins ? section('freins', html`<freins-list></freins-list>`) : nothing}
    </article>`;
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
