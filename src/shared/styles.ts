/**
 * Styles shared by every element. They inherit the host page's font and colours and read the public
 * `--boite-*` custom properties with fallbacks, never declaring them, so a host sets them once on `:root`.
 */
import { css } from 'lit';

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
    border: 2px solid var(--boite-error, #b3261e);
    border-inline-start-width: 0.5em;
    border-radius: var(--boite-radius, 0.375rem);
    padding: 0.5em 1em;
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
  :focus-visible {
    outline: 3px solid var(--boite-focus, currentColor);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
