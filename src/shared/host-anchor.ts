/**
 * Brings the host page's anchor back into view once the elements have grown the page (keep-host-anchor.ts
 * says why and when). Only a page opened at a fragment (`page.html#contact`) needs it: that page loads the
 * chunk as soon as the embed runs, long before any data has arrived; a page without one never loads it. If
 * the chunk cannot be loaded, the page stays where the browser put it.
 */
import { isServer } from 'lit';
import { onDemand } from './on-demand.js';

// Read once, when the embed runs: the address the page was opened at, before any element writes its view.
const keeper = !isServer && location.hash ? onDemand(() => import('./keep-host-anchor.js')) : undefined;
void keeper?.load();

/** After an element rendered: scrolls the host's anchor back into view, if it applies. */
export const keepHostAnchorInView = (): void => void keeper?.load().then((module) => module?.keepHostAnchorInView());

/** Stops for good: the visitor moved, or an element showed what a link pointed to. */
export const stopKeepingHostAnchor = (): void => void keeper?.load().then((module) => module?.stopKeepingHostAnchor());
