/** Templates shared by the elements: nested lists, sections, the loading status and the error alert. */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Item, Section } from '../model/types.js';
import type { BoiteElement } from './boite-element.js';
import type { Decorated, TextRenderer } from './decorate-text.js';
import type { View } from './data-source.js';
import { labelsOf, langOf, type Labels, type Lang } from './labels.js';
import { isRetryable, type LoadError } from './load-error.js';
import { EMBED } from './embed.js';
import { failure, type Failure } from './failure.js';

/** Validation errors listed in an alert; the rest are counted, so a broken export stays readable. */
const MAX_LISTED_ERRORS = 8;

/**
 * Lists as Lit templates (one part per item: what the server renders, and what hydration must find again),
 * or as DOM built directly (the default in the browser): a list of 40 items is then one part instead of 80,
 * and no marker comments, which is what 1,000 chantiers on a phone need (BENCHMARKS.md).
 */
const lists = { asTemplates: isServer };
// The embed is never hydrated: it drops the template branch of lists (≈ 80 B gzip; embed.ts).

/** For the hydrating bundle: render lists exactly as the server did, templates included. */
export const renderListsAsTemplates = () => (lists.asTemplates = true);

const plain: TextRenderer = (text) => text;

/** Renders list items as text (never markup), nested lists as nested `<ul>`. */
export function renderItems(items: readonly Item[] | undefined, renderText: TextRenderer = plain): TemplateResult | Node | typeof nothing {
  if (!items?.length) return nothing;
  if (EMBED || !lists.asTemplates) return buildList(items, renderText);
  return html`<ul part="list">
    ${items.map((item) =>
      typeof item === 'string'
        ? html`<li>${renderText(item)}</li>`
        : html`<li>${renderText(item.texte)}${renderItems(item.items, renderText)}</li>`,
    )}
  </ul>`;
}

function buildList(items: readonly Item[], renderText: TextRenderer): HTMLUListElement {
  const list = document.createElement('ul');
  list.setAttribute('part', 'list');
  for (const item of items) {
    const entry = list.appendChild(document.createElement('li'));
    append(entry, renderText(typeof item === 'string' ? item : item.texte, true));
    if (typeof item !== 'string' && item.items.length) entry.append(buildList(item.items, renderText));
  }
  return list;
}

/** A section's paragraph, then its list: built as DOM in the browser, like the lists. */
export function renderSection(section: Section | undefined, renderText: TextRenderer = plain) {
  if (!section) return nothing;
  if (!EMBED && lists.asTemplates) return html`${section.texte ? html`<p>${renderText(section.texte)}</p>` : nothing}${renderItems(section.items, renderText)}`;
  const nodes = document.createDocumentFragment();
  if (section.texte) append(nodes.appendChild(document.createElement('p')), renderText(section.texte, true));
  if (section.items?.length) nodes.append(buildList(section.items, renderText));
  return nodes;
}

const append = (parent: ParentNode, text: Decorated) => (typeof text === 'string' ? parent.append(text) : parent.append(...(text as (string | Node)[])));

/** How a data element's render starts: its words and its data, or what it shows instead (`shown`). */
export type RenderStart<T> = { readonly shown: TemplateResult | typeof nothing } | { readonly lang: Lang; readonly labels: Labels; readonly value: T };

/**
 * The start every data element's render shares: the words of its language (English ones may still be
 * loading: nothing for now, rendered again when they arrive), then the data, or else the loading status
 * (announced politely, in a region marked busy) or the error alert. The alert names the problem (URL and
 * status, JSON paths); retryable failures offer to try again. Until the failure messages have arrived (a
 * moment), the element shows nothing.
 */
export function startRender<T>(host: BoiteElement, source: { readonly view: View<T>; reload(): void }): RenderStart<T> {
  const lang = langOf(host);
  const labels = host.need(labelsOf(lang));
  const view = source.view;
  if (!labels) return { shown: nothing };
  if (view.status === 'ready') return { lang, labels, value: view.value };
  if (view.status === 'loading') return { shown: html`<div aria-busy="true"><p class="status" role="status" part="status">${labels.loading}</p></div>` };
  const messages = view.status === 'error' && host.need(failure);
  return { shown: messages ? renderError(view.error, messages, labels, lang, () => source.reload()) : nothing };
}

function renderError(error: LoadError, messages: Failure, labels: Labels, lang: Lang, retry: () => void) {
  const errors = error.kind === 'invalid' ? error.errors : [];
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  return html`<div class="error" role="alert" part="error">
    <p><strong>${labels.failed}</strong></p>
    <p>${messages.describeLoadError(error, lang)}</p>
    ${listed.length
      ? html`<ul>
          ${listed.map((item) => html`<li><code>${messages.formatValidationError(item, lang)}</code></li>`)}
        </ul>`
      : nothing}
    ${error.kind === 'invalid' && error.count > listed.length ? html`<p>${messages.moreErrors(error.count - listed.length, lang)}</p>` : nothing}
    ${isRetryable(error) ? html`<button type="button" part="button" @click=${retry}>${labels.retry}</button>` : nothing}
  </div>`;
}
