/**
 * What of Lit the on-demand chunks loaded beside the data's checks use (decorate-text.ts, the box's view:
 * box-view.ts). Imported from
 * `lit` directly there, Rolldown 1.2 moved the whole of Lit out of the entry into a file of its own, which
 * every page must then fetch before anything runs (+1 round trip; seen with decorate-text.ts and with a
 * one-line probe chunk, not with overview.ts or render-suivi.ts). Imported through this module of the entry,
 * Lit stays in the entry and the chunks take what they use from it. scripts/size.mjs fails if an entry imports a file.
 */
export { adoptStyles, html, isServer, noChange, nothing, type CSSResult, type LitElement } from 'lit';
export { ifDefined } from 'lit/directives/if-defined.js';
