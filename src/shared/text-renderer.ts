import type { BoiteElement } from './boite-element.js';
import type { TextDecorations, TextRenderer } from './decorate-text.js';
import { validation } from './validation.js';

export const NO_DECORATIONS: TextDecorations = { glossaire: [], terms: [] };

const plain: TextRenderer = (text) => text;

/**
 * An element's text renderer (decorate-text.ts), which comes with the data's checks (checks.ts): every
 * document passed them before it is shown, so it is there. Without decorations, or should the chunk be
 * missing (data from a context provider of the page's own, before any check ran), the text is plain, and
 * the element renders again when the chunk arrives.
 */
export const textRenderer = (host: BoiteElement, decorations: TextDecorations): TextRenderer =>
  (decorations.glossaire.length || decorations.terms.length ? host.need(validation)?.createTextRenderer(decorations) : undefined) ?? plain;
