/**
 * The obstacles as `<freins-list>` shows them: a paragraph, then the nested list. It comes beside the data,
 * with its checks (src/shared/beside-data.ts): the element (freins-list.ts) keeps its properties, its data,
 * its styles and its registration.
 */
import { html, ifDefined } from '../shared/entry-lit.js';
import type { Section } from '../model/types.js';
import type { TextDecorations } from '../shared/decorate-text.js';
import { dataLangFor, type Lang } from '../shared/labels.js';
import { renderSection } from '../shared/render-lists.js';
import { NO_DECORATIONS, textRenderer } from '../shared/text-renderer.js';
import type { FreinsListElement } from './freins-list.js';

/** The list's obstacles, in the data's language, their text marked up with the card's `decorations`. */
export function renderFreins(list: FreinsListElement, freins: Section, lang: Lang, decorations: TextDecorations | undefined) {
  return html`<div lang=${ifDefined(dataLangFor(lang))}>${renderSection(freins, textRenderer(list, decorations ?? NO_DECORATIONS))}</div>`;
}
