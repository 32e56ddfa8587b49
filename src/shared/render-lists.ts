/**
 * The lists and sections of a chantier's text, as every element renders them: nested lists as nested
 * `<ul>`, every string as text (never markup). It comes beside the data, with its checks (beside-data.ts),
 * as do the elements' renderings that use it.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Item, Section } from '../model/types.js';
import type { Decorated, TextRenderer } from './decorate-text.js';
import { EMBED } from './embed.js';

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
