import { onDemand } from '../shared/on-demand.js';

/**
 * The box's view of its document (./box-view.ts: the controls, the count, the overview or the cards, and
 * what a visitor does with them, the search, the URL's reading and writing, the chantiers' links), loaded as
 * the box connects, beside its data and the data's checks. If it cannot be loaded, the box shows every
 * chantier in full, without links, and says why (`failed()`).
 */
export const boxViewing = onDemand(() => import('./box-view.js'));

export type BoxView = typeof import('./box-view.js');
