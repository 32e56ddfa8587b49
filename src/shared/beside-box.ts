/**
 * What comes beside the data (./beside-data.ts) and the box's view (src/boite-a-idees/box-view.ts: the
 * controls, the count, the overview or the cards, what a visitor does with them, the search, the URL): what
 * validation.ts loads in every build but the card's embed.
 */
export * from './beside-data.js';
export * as boxView from '../boite-a-idees/box-view.js';
