import type { ValidationError } from '../model/parse-document.js';
import type { JsonFailure } from '../model/read-json.js';

/** Where an element's data came from: a fetched URL, an inline JSON child, a property set from script. */
export type Origin = 'src' | 'inline' | 'property';

/**
 * Everything that can keep an element from showing its data. `url` is set when the data was fetched;
 * the element's message names it, or names the inline JSON, the property, or the context otherwise
 * (`context`: data given by an enclosing provider, a page's own one outside a card, which can fail only as
 * `unchecked`).
 */
export type LoadError = { readonly origin: Origin | 'context'; readonly url?: string } & LoadFailure;

/** What went wrong, whatever the origin. */
export type LoadFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'http'; readonly status: number; readonly statusText: string }
  /** The bytes or the text are no JSON (`json`, `encoding`, `empty`: src/model/read-json.ts). */
  | JsonFailure
  /** `errors` lists the first problems found (at most 100), `count` counts them all. */
  | { readonly kind: 'invalid'; readonly errors: readonly ValidationError[]; readonly count: number }
  | { readonly kind: 'unknown-id'; readonly id: string; readonly known: readonly string[] }
  | { readonly kind: 'missing-id'; readonly known: readonly string[] }
  /** The checks every document must pass before it is shown could not be loaded (the network dropped them). */
  | { readonly kind: 'unchecked' };

/** Failures worth a "try again" button: the same request may well succeed a moment later. */
export const isRetryable = (error: LoadError) => error.kind === 'network' || error.kind === 'timeout' || error.kind === 'http';
