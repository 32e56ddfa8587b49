import type { BoiteElement } from './boite-element.js';
import type { TextDecorations, TextRenderer } from './decorate-text.js';
import { validation } from './validation.js';

export const NO_DECORATIONS: TextDecorations = { glossaire: [], terms: [] };

const plain: TextRenderer = (text) => text;

/**
 * An element's text renderer (decorate-text.ts), which comes with the data's checks (beside-data.ts): every
 * document passed them, and data from a context waited for them, before it is shown, so it is there.
 * Without decorations, the text is plain.
 */
export const textRenderer = (host: BoiteElement, decorations: TextDecorations): TextRenderer =>
  (decorations.glossaire.length || decorations.terms.length ? host.need(validation)?.createTextRenderer(decorations) : undefined) ?? plain;
