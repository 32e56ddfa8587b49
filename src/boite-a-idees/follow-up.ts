/**
 * What the box needs of the follow-up before (or without) loading it: the status filter, which a link may
 * set on any document, and the rest of the follow-up's features, loaded on demand (./suivi-view.ts).
 */
import { lastUpdate } from '../model/suivi-timeline.js';
import type { Chantier } from '../model/types.js';
import { onDemand } from '../shared/on-demand.js';

/** The view's order: the document's (`''`), or the latest news first (`maj`). */
export type Tri = '' | 'maj';

/** Whether a chantier passes the status filter (none selected: every chantier, followed or not). */
export const matchesStatuts = (chantier: Chantier, selected: readonly string[]): boolean =>
  selected.length === 0 || selected.includes(chantier.suivi?.statut ?? '');

/**
 * Whether any chantier has a date to sort by (then the box offers the order by last update). Here rather
 * than in the chunk: the cards' follow-up needs `lastUpdate` too, and a module shared by two chunks would be
 * a third file, fetched only after the first arrives.
 */
export const hasUpdates = (entries: readonly { chantier: Chantier }[]): boolean =>
  entries.some((entry) => lastUpdate(entry.chantier.suivi) !== undefined);

/**
 * The status toggles with their counts and the order by last update: loaded when a box shows a document
 * where some chantier has a follow-up (most have none: the seed, a first restitution). If it cannot be
 * loaded (the network is gone), the box shows its chantiers in the document's order, without those
 * controls, and says why (`failed()`).
 */
export const followingUp = onDemand(() => import('./suivi-view.js'));
