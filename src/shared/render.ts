/** Templates shared by the elements: nested lists, sections, the loading status and the error alert. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Item, Section } from '../model/types.js';
import { formatValidationError, describeLoadError, labelsFor, type Lang } from './labels.js';
import { isRetryable, type LoadError } from './load-error.js';
import type { View } from './data-source.js';

/** Validation errors listed in an alert; the rest are counted, so a broken export stays readable. */
const MAX_LISTED_ERRORS = 8;

/** What follows a top-level line of a section (a success criterion's assessment), by its index. */
type After = (index: number) => unknown;

/** Renders list items as text (never markup), nested lists as nested `<ul>`; `after` adds to top-level items. */
export function renderItems(
  items: readonly Item[] | undefined,
  renderText: (text: string) => unknown = (text) => text,
  after: After = () => nothing,
): TemplateResult | typeof nothing {
  if (!items?.length) return nothing;
  return html`<ul part="list">
    ${items.map((item, index) =>
      typeof item === 'string'
        ? html`<li>${renderText(item)}${after(index)}</li>`
        : html`<li>${renderText(item.texte)}${after(index)}${renderItems(item.items, renderText)}</li>`,
    )}
  </ul>`;
}

/**
 * A section's paragraph, then its list. `after` adds to each top-level line: the list's items, or the
 * paragraph when there is no list (then it is the section's one line).
 */
export function renderSection(section: Section | undefined, renderText?: (text: string) => unknown, after?: After) {
  if (!section) return nothing;
  const single = after && !section.items?.length;
  return html`${section.texte
    ? html`<p>${renderText ? renderText(section.texte) : section.texte}${single ? after(0) : nothing}</p>`
    : nothing}${renderItems(section.items, renderText, after)}`;
}

/**
 * The loading status (announced politely, in a region marked busy) or the error alert, or `undefined`
 * when the view holds data. The alert names the problem (URL and status, JSON paths); retryable failures
 * offer to try again.
 */
export function renderViewStatus(view: View<unknown>, lang: Lang, retry: () => void) {
  if (view.status === 'loading') {
    return html`<div aria-busy="true"><p class="status" role="status" part="status">${labelsFor(lang).loading}</p></div>`;
  }
  if (view.status === 'error') return renderError(view.error, lang, retry);
  return undefined;
}

function renderError(error: LoadError, lang: Lang, retry: () => void) {
  const labels = labelsFor(lang);
  const errors = error.kind === 'invalid' ? error.errors : [];
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  return html`<div class="error" role="alert" part="error">
    <p><strong>${labels.failed}</strong></p>
    <p>${describeLoadError(error, lang)}</p>
    ${listed.length
      ? html`<ul>
          ${listed.map((item) => html`<li><code>${formatValidationError(item, lang)}</code></li>`)}
        </ul>`
      : nothing}
    ${errors.length > listed.length ? html`<p>${labels.moreErrors(errors.length - listed.length)}</p>` : nothing}
    ${isRetryable(error) ? html`<button type="button" part="button" @click=${retry}>${labels.retry}</button>` : nothing}
  </div>`;
}
