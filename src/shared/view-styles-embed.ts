/** ./view-styles.ts in the embed's builds (vite.config.ts): the views adopt these sheets beside the data. */
import type { CSSResult } from 'lit';

export const cardView: CSSResult[] = [];
