/**
 * What every document needs before it is shown (./beside-data.ts: the data's checks, the text's markup,
 * the rendering of a chantier; ./beside-box.ts: and the box's view), one module, one file of the embed
 * fetched beside the data. A DataSource starts loading it beside its fetch, so it costs a page no waiting; inline data and properties wait for it (the
 * element renders asynchronously anyway). No data is ever shown before it has passed the checks: while they
 * load, the element shows nothing; if they cannot be loaded, it says so (`unchecked`) and shows nothing of
 * the data. So the text's markup and the card's rendering are there whenever data is (text-renderer.ts,
 * chantier-card.ts), and the entries go without them. Server rendering and hydration set it up front
 * (src/ssr/words.ts), as the library's own users get it with parseDocument.
 */
import { onDemand } from './on-demand.js';

// The card's embed (`vite build --mode card`), which has no box, loads ./beside-data.ts instead, without the
// box's view (vite.config.ts). Not a build-time condition here: in a consumer's bundle of lib/, a
// condition on a global kept the module graph of both imports, and the lines importing parseDocument alone
// then brought Lit and every element with them (scripts/check-package.mjs).
export const validation = onDemand<Validation>(() => import('./beside-box.js'));

/** The checks (validDocument, validChantier, validSection, validGouvernance…), createTextRenderer, renderChantier, boxView. */
export type Validation = typeof import('./beside-data.js') | typeof import('./beside-box.js');
