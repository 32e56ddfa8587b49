/**
 * The follow-up's rendering (./render-suivi.ts), loaded when a card first shows a chantier that has one:
 * most pages hold no follow-up and never download it. Server rendering and hydration set it up front
 * (src/ssr/words.ts).
 */
import { onDemand } from './on-demand.js';

export const suiviRendering = onDemand(() => import('./render-suivi.js'));
