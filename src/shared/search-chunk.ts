/**
 * The search chunk's `import()`, apart from searching.ts (which comes beside the data): a card with a
 * `highlight` starts fetching it as it connects, beside its data, as before the card's rendering moved
 * beside the data, so that its marks show with the chantier rather than one round trip later.
 */
export const importSearch = () => import('./search.js');
