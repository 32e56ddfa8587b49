/**
 * The sheets of a rendered chantier, as the elements list them in their `static styles` (after their own):
 * every rule, where server rendering, dist/styles/, hydration, lib/ and the tests read them. The embed's
 * builds resolve this module to ./view-styles-embed.ts (vite.config.ts), which lists none: there the views,
 * beside the data, adopt them as the element first renders its data (adopt-view-styles.ts). A build-time
 * flag (EMBED) could not do it: Rolldown keeps a module the entry imports in the entry, used or not.
 */
import type { CSSResult } from 'lit';
import { cardViewStyles } from '../chantier-card/card-view.styles.js';

export const cardView: CSSResult[] = [cardViewStyles];
