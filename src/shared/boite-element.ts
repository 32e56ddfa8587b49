import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DEFAULT_TIMEOUT_MS } from './fetch-json.js';
import type { OnDemand } from './on-demand.js';

/**
 * What every element of the library shares: where its data comes from (`src`, `timeout`), the two look
 * attributes, and the words it loads on demand. Properties only, so each element still reads as a plain
 * LitElement.
 */
export class BoiteElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    design: { reflect: true },
  };

  /** URL of an idea box document (JSON), relative to the page. */
  src?: string;

  /**
   * Milliseconds to wait for `src` before showing a timeout with a "try again" button (15,000: 15 s). A
   * value that is not a positive number of milliseconds means the default.
   */
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Forces light or dark colours (`light`, `dark`); by default the element follows the host page's
   * `color-scheme`, and so the visitor's preference when the page supports both.
   */
  colorScheme?: 'light' | 'dark';

  /**
   * `dsfr` reads the State design system's CSS variables when the host page loads it (State services
   * only; collectivities may not use the DSFR). Unset by default: a neutral look inheriting the page's.
   */
  design?: 'dsfr';

  /**
   * True when the last render lacked words that are still loading: it will render again when they arrive.
   * The `<tag>-load` and `<tag>-error` events wait for that complete render (DataSource).
   */
  incomplete = false;

  /** The element's data (a DataSource), resolved at the start of every update (`willUpdate`). */
  protected readonly source?: { hostUpdate(): void };

  /** What the last renders needed and did not have yet; `updateComplete` waits for it. */
  private awaited?: Promise<unknown>;

  /**
   * A value loaded on demand (English words, failure messages): returns it, or `undefined` after starting
   * its loading; the element then renders again when it arrives, and `updateComplete` waits for that.
   */
  need<T>(value: OnDemand<T>): T | undefined {
    const loaded = value.get();
    // A chunk that could not be loaded and has no stand-in is not asked for again (each try would render).
    if (loaded === undefined && !value.failed()) {
      this.incomplete = true;
      this.awaited = value.load().then(() => this.requestUpdate());
    }
    return loaded;
  }

  // Before willUpdate, where the data is resolved (and an invalid one may need its explaining parsers).
  protected override performUpdate(): void {
    this.incomplete = false;
    super.performUpdate();
  }

  // The data is resolved here, before the element's own willUpdate reads it: server rendering never calls
  // the controllers' hostUpdate (in the browser, the call Lit makes next then has nothing to do).
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.source?.hostUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Every caller waits (an event's `updateComplete.then` and a test's `await` alike): the first one to
    // see it arrive clears it, after it has arrived.
    for (let awaited = this.awaited; awaited; awaited = this.awaited) {
      await awaited;
      if (this.awaited === awaited) this.awaited = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }
}
