import { validation } from '../shared/validation.js';

/**
 * The box's view of its document (./box-view.ts: the controls, the count, the overview or the cards, and
 * what a visitor does with them, the search, the URL's reading and writing, the chantiers' links). It comes
 * with the data's checks (src/shared/beside-data.ts), loaded as the box connects, beside its data: whenever
 * the box has a document to show, its view is there; `undefined` before.
 */
export const boxView = () => validation.get()?.boxView;
