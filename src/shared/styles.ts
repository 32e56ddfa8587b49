/**
 * Styles shared by every element. They inherit the host page's font and colours and read the public
 * `--boite-*` custom properties with fallbacks, never declaring them, so a host sets them once on `:root`.
 *
 * Colours of our own use `light-dark()`: they follow the host's `color-scheme` (a page declaring
 * `color-scheme: light dark` gets the dark variants when the visitor prefers dark), and the
 * `color-scheme="dark|light"` attribute forces one. `design="dsfr"` opts into the State design system's
 * variables when the host page loads it (only State services may use it: never the default).
 */
import { css } from './css.js';

/** Read by assistive technology, not shown: the declarations of `.visually-hidden`, for other selectors too. */
export const visuallyHidden = css`
  position: absolute;
  clip-path: inset(50%);
  block-size: 1px;
  inline-size: 1px;
  overflow: hidden;
  white-space: nowrap;
`;

export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--boite-font, inherit);
    line-height: var(--boite-line-height, 1.5);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  /* Opt-in for State partners' intranets that already load the DSFR: its variables, its blue. */
  :host([design='dsfr']) {
    --boite-accent: var(--border-plain-blue-france, light-dark(#000091, #8585f6));
    --boite-border: var(--border-default-grey, light-dark(#dddddd, #353535));
    --boite-error: var(--border-plain-error, light-dark(#ce0500, #ff5655));
    --boite-focus: #0a76f6;
    --boite-radius: 0;
    --boite-table-head: var(--background-contrast-grey, light-dark(#eeeeee, #242424));
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--boite-heading-font, inherit);
  }
  ul {
    margin-block: 0.25em 0.5em;
    padding-inline-start: 1.5em;
  }
  li {
    margin-block: 0.25em;
  }
  li > ul {
    margin-block: 0.25em 0;
  }
  p {
    margin-block: 0.5em;
  }
  .status {
    font-style: italic;
  }
  .error {
    border: 2px solid var(--boite-error, light-dark(#b3261e, #ffb4ab));
    border-inline-start-width: 0.5em;
    border-radius: var(--boite-radius, 0.375rem);
    padding: 0.5em 1em;
  }
  /* The description is empty when the messages could not load either and the data had no URL (inline, a
     property): neither shown nor announced. */
  .error p:empty {
    display: none;
  }
  .error code {
    font-family: inherit;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--boite-radius, 0.375rem);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    border-style: dashed;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  mark {
    background: var(--boite-mark, #fff3a0);
    color: var(--boite-mark-text, #1b1b1b);
    padding-inline: 0.1em;
    border-radius: 0.15em;
  }
  abbr[title] {
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  :focus-visible {
    outline: 3px solid var(--boite-focus, currentColor);
    outline-offset: 2px;
  }
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    button {
      display: none;
    }
  }
  @media (forced-colors: active) {
    mark {
      background: Highlight;
      color: HighlightText;
    }
    .error {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
