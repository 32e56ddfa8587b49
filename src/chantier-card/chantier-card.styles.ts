import { css } from '../shared/css.js';

/**
 * The card's rules for what it shows before its chantier has arrived (the loading status, the failure
 * alert, with the shared sheet); the rest styles a rendered chantier and comes with it in the embed
 * (card-view.styles.ts).
 */
export const chantierCardStyles = css`
  :host {
    container-type: inline-size;
  }
  /* Phones: lists give up some indent (an alert's list of errors too). */
  @container (max-width: 30rem) {
    ul {
      padding-inline-start: 1.25em;
    }
  }
`;

