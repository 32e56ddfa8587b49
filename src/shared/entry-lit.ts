/**
 * Lit's `html`, for the on-demand chunks loaded beside the data's checks (decorate-text.ts). Imported from
 * `lit` directly there, Rolldown 1.2 moved the whole of Lit out of the entry into a file of its own, which
 * every page must then fetch before anything runs (+1 round trip; seen with decorate-text.ts and with a
 * one-line probe chunk, not with overview.ts or render-suivi.ts). Imported through this module of the entry,
 * Lit stays in the entry and the chunk takes `html` from it. scripts/size.mjs fails if an entry imports a file.
 */
export { html } from 'lit';
