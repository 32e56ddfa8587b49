/**
 * What every data element's render starts with: its words, and its data or the loading status or the error
 * alert. The rendering of the data comes beside the data, with its checks (render-lists.ts, the elements'
 * views: beside-data.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BoiteElement } from './boite-element.js';
import type { View } from './data-source.js';
import { labelsOf, langOf, type Labels, type Lang } from './labels.js';
import { isRetryable, type LoadError } from './load-error.js';
import { failure, type Failure } from './failure.js';

/** Validation errors listed in an alert; the rest are counted, so a broken export stays readable. */
const MAX_LISTED_ERRORS = 8;

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
