/**
 * A chantier as its card shows it: theme, title, workshop, the follow-up's summary, the link to it, and
 * every section (folded or not). It comes in the one module loaded beside the data's fetch with the data's
 * checks (src/shared/beside-data.ts): no chantier is shown before its checks have arrived, so its rendering
 * costs a page no waiting, and the entries go without it; in the embed, the rules that style it come with it
 * (card-view.styles.ts). The element keeps its properties, state, the styles of what it shows without its
 * chantier, and its registration (chantier-card.ts).
 */
import { html, ifDefined, isServer, nothing } from '../shared/entry-lit.js';
import { slugify } from '../model/fold.js';
import type { Term } from '../model/query.js';
import { statutsOf } from '../model/suivi.js';
import type { Chantier, IdeaBoxDocument, Section, Sigle } from '../model/types.js';
import { clampLevel, heading } from '../shared/heading.js';
import { dataLabelsOf } from '../shared/data-labels.js';
import { dataLangFor, type Lang } from '../shared/labels.js';
import { renderSection } from '../shared/render-lists.js';
import { safeHref } from '../shared/safe-url.js';
import { suiviRendering } from '../shared/suivi-rendering.js';
import type { TextDecorations } from '../shared/decorate-text.js';
import { textRenderer } from '../shared/text-renderer.js';
import { searching, type Search } from '../shared/searching.js';
import { adoptThemeAccent } from './theme-accent.js';
import { adoptViewStyles } from '../shared/adopt-view-styles.js';
import { cardViewStyles } from './card-view.styles.js';
import { CARD_SECTIONS, type CardSection, type ChantierCardElement } from './chantier-card.js';

/**
 * Each section's heading id and content id, made once for every card: a whole id is one value a part
 * (`id=${contentId}`) that every card shares, where `id="content-${key}"` keeps a two-slot array a part
 * and a new string a render (0.3 KB of JS heap a chantier at 1,000: BENCHMARKS.md, issue 19).
 */
const sectionIds: Partial<Record<CardSection, readonly [heading: string, content: string]>> = {};

let lastTerms: { query: string; glossaire: readonly Sigle[]; terms: Term[] } | undefined;

/** The terms of a query, read once for all the cards of a box that highlight the same query. */
function termsOf({ parseQuery }: Search, query: string, glossaire: readonly Sigle[]): Term[] {
  if (lastTerms?.query !== query || lastTerms.glossaire !== glossaire) lastTerms = { query, glossaire, terms: parseQuery(query, glossaire) };
  return lastTerms.terms;
}

const keyOf = (terms: readonly Term[]) => terms.map((term) => term.needles.join('\t')).join('\n');

/**
 * Before a card renders its chantier (its `willUpdate`): adopts the rules of a rendered chantier (in the
 * embed, where they come with this module: adopt-view-styles.ts) and the accent of the chantier's theme, takes
 * the statuses its follow-up refers to, and gives the decorations of its text: `previous` while neither
 * the glossary nor the highlighted terms changed ("s" and "" highlight nothing alike).
 */
export function prepareCard(card: ChantierCardElement, chantier: Chantier, document: IdeaBoxDocument | undefined, previous: TextDecorations | undefined): TextDecorations {
  adoptViewStyles(card, cardViewStyles);
  if (!isServer) adoptThemeAccent(card.renderRoot as ShadowRoot, slugify(chantier.thematique));
  card._statutList = statutsOf(card.statuts ? card : document);
  const glossaire = card.glossaire ?? document?.glossaire ?? [];
  // Only a highlight needs the search chunk; while it loads, the card keeps the marks it shows.
  const highlight = card.highlight?.trim() ? card.highlight : '';
  const search = highlight && card.need(searching);
  const terms = search ? termsOf(search, highlight, glossaire) : highlight ? (previous?.terms ?? []) : [];
  return previous?.glossaire === glossaire && keyOf(previous.terms) === keyOf(terms) ? previous : { glossaire, terms };
}

/**
 * The card's chantier, in its language's words (nothing while English ones arrive: rendered again then),
 * its text marked up with its `decorations`.
 */
export function renderChantier(card: ChantierCardElement, chantier: Chantier, lang: Lang, decorations: TextDecorations) {
  const labels = card.need(dataLabelsOf(lang));
  if (!labels) return nothing;
  const text = textRenderer(card, decorations);
  const dataLang = ifDefined(dataLangFor(lang));
  const level = clampLevel(card.headingLevel);
  const permalink = safeHref(card.permalink);

  const suivi = chantier.suivi;
  // The follow-up's rendering comes in a chunk of its own: the card shows the rest meanwhile.
  const suiviView = suivi && card.need(suiviRendering);
  const section = (key: CardSection, content: unknown) => {
    const folded = card.collapsible && card._folded.has(key);
    // The steps mix interface words (dates) and data: each text marks its own language.
    const contentLang = key === 'etapes' ? nothing : dataLang;
    const label = labels.sections[key];
    const [headingId, contentId] = (sectionIds[key] ??= [`section-${key}`, `content-${key}`]);
    return html`<section part="section">
      ${heading(level + 1, { id: headingId, class: 'section-title', part: 'section-title' }, card.collapsible
        ? html`<button
            type="button"
            class="disclosure"
            part="disclosure"
            aria-expanded=${!folded}
            aria-controls=${contentId}
          >${label}</button>`
        : label)}
      <div class="section-content" id=${contentId} lang=${contentLang} ?hidden=${folded}>${content}</div>
    </section>`;
  };
  const contentOf = (key: CardSection) => {
    if (key === 'gouvernance') return chantier.gouvernance && html`<gouvernance-table exportparts="table, caption, list, mark"></gouvernance-table>`;
    if (key === 'freins') return chantier.freins && html`<freins-list exportparts="list, mark"></freins-list>`;
    if (key === 'etapes') return suiviView && suivi?.etapes?.length && suiviView.renderEtapes(suivi.etapes, lang, text);
    const content: Section | undefined = chantier[key];
    if (key === 'reussite' && content && suiviView && suivi?.criteres) return suiviView.renderReussite(content, suivi.criteres, lang, labels, text);
    return content && renderSection(content, text);
  };

  return html`<article @click=${card._toggle} part="card" data-theme=${slugify(chantier.thematique)} aria-labelledby="title">
    <header>
      <p class="theme" part="theme">${labels.theme} : <span lang=${dataLang}>${chantier.thematique}</span></p>
      ${heading(level, { id: 'title', class: 'title', part: 'title', lang: dataLangFor(lang) }, text(chantier.titre))}
      ${chantier.atelier
        ? html`<p class="atelier" lang=${dataLang}>
            <span class="atelier-name">${chantier.atelier.titre}</span>${chantier.atelier.question
              ? html` — ${text(chantier.atelier.question)}`
              : nothing}
          </p>`
        : nothing}
      ${suiviView
        ? suiviView.renderSuiviSummary(suivi, card._statutList, lang, labels, text)
        : suivi && suiviRendering.failed()
          ? html`<p class="status" part="status" role="status">${labels.suivi.unavailable}</p>`
          : nothing}
      ${permalink
        ? html`<p class="permalink"><a part="permalink" href=${permalink}>${labels.permalink}<span class="visually-hidden" lang=${dataLang}> : ${chantier.titre}</span></a></p>`
        : nothing}
    </header>
    ${CARD_SECTIONS.map((key) => {
      const content = contentOf(key);
      return content ? section(key, content) : nothing;
    })}
  </article>`;
}
