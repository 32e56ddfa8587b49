import { css } from 'lit';

export const atelierSuiviStyles = css`
  section {
    margin-block-start: 1.5em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--boite-border, color-mix(in srgb, currentColor 35%, transparent));
  }
  .heading {
    margin-block: 0 0.25em;
    font-size: 1.1875em;
  }
  .subheading {
    margin-block: 0.75em 0.25em;
    font-size: 1em;
  }
  .hint {
    font-size: 0.9375em;
  }
  /* The file input keeps the focus; its label is the button people see, in their language. */
  .file {
    position: relative;
  }
  label.button {
    display: inline-block;
    padding: 0.25em 0.75em;
    border: 2px solid currentColor;
    border-radius: var(--boite-radius, 0.375rem);
    cursor: pointer;
  }
  input:focus-visible + label.button {
    outline: 3px solid var(--boite-focus, currentColor);
    outline-offset: 2px;
  }
  .status {
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .messages {
    padding-inline-start: 1.25em;
  }
  .where {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  /* A wide table scrolls in its own frame rather than widening the page (reflow at 320 px). */
  .table-frame {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--boite-border, color-mix(in srgb, currentColor 35%, transparent));
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  time {
    white-space: nowrap;
  }
  td ul {
    margin: 0;
    padding-inline-start: 1em;
  }
  @media (forced-colors: active) {
    label.button {
      border-color: ButtonText;
    }
    th,
    td {
      border-color: CanvasText;
    }
  }
`;
