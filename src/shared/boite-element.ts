import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * What every element of the library shares: the two look attributes. Kept to properties only, so
 * each element still reads as a plain LitElement.
 */
export class BoiteElement extends LitElement {
  /**
   * Forces light or dark colours (`light`, `dark`); by default the element follows the host page's
   * `color-scheme`, and so the visitor's preference when the page supports both.
   */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  /**
   * `dsfr` reads the State design system's CSS variables when the host page loads it (State services
   * only; collectivities may not use the DSFR). Unset by default: a neutral look inheriting the page's.
   */
  @property({ reflect: true }) design?: 'dsfr';
}
