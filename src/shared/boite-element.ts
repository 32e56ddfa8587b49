import { LitElement, type PropertyDeclarations } from 'lit';
import { DEFAULT_TIMEOUT_MS } from './fetch-json.js';

/**
 * What every element of the library shares: where its data comes from (`src`, `timeout`) and the two
 * look attributes. Properties only, so each element still reads as a plain LitElement.
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
}
