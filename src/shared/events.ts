import type { LoadError, Origin } from './load-error.js';

/**
 * Fired when an element has shown data it loaded itself (from `src` or inline JSON) — like `<img>`'s
 * `load`. Not fired for data set from JavaScript: the page already knows it. Each element has its own
 * subclass and event name (`chantier-card-load`…), registered in `GlobalEventHandlersEventMap`.
 */
export class DataLoadEvent<T> extends Event {
  constructor(
    type: string,
    /** The data now shown. */
    readonly value: T,
    /** Where it came from: `src` or `inline`. */
    readonly origin: Origin,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** Fired on every failure the element shows as an alert (`chantier-card-error`…). */
export class DataErrorEvent extends Event {
  constructor(
    type: string,
    /** What went wrong, with the URL or the JSON paths of invalid fields. */
    readonly error: LoadError,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}
