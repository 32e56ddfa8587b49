/**
 * What a page needs before it shows any of its data, in one module loaded by one `import()`
 * (validation.ts), beside the fetch of the data: the data's checks and the reading of its bytes
 * (src/model/validate.ts), the text's markup (decorate-text.ts) and the rendering of a chantier, its
 * governance and its obstacles (card-view.ts, gouvernance-view.ts, freins-view.ts, render-lists.ts); validation.ts loads beside-box.ts, this and the box's view, in every
 * build but the card's embed (vite.config.ts). No data is shown before its checks have arrived, so what comes with them costs a page no
 * waiting, and the entries go without it. One module, so that a consumer's own bundle of lib/ makes it one
 * chunk too: none of them can arrive without the others, and when that one file cannot be loaded, an
 * element says so (`unchecked`) and shows nothing.
 */
import type * as box from '../boite-a-idees/box-view.js';

export * from '../model/validate.js';
export { createTextRenderer } from './decorate-text.js';
export { prepareCard, renderChantier } from '../chantier-card/card-view.js';
export { renderGouvernance } from '../gouvernance-table/gouvernance-view.js';
export { renderFreins } from '../freins-list/freins-view.js';

/** No box's view in the card's embed, which has no box to ask for it. */
export const boxView: typeof box | undefined = undefined;
