import { css } from 'lit';

export const themeBuilderStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
    color: #1b1b1b;
    background: #ffffff;
  }
  .layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: 1.5rem 2rem;
    align-items: start;
  }
  h2 {
    font-size: 1.25rem;
    margin-block: 0 0.5rem;
  }
  h3 {
    font-size: 1.0625rem;
    margin-block: 1rem 0.25rem;
  }
  fieldset {
    border: 1px solid #767676;
    border-radius: 0.375rem;
    margin: 0 0 1rem;
    padding: 0.5rem 1rem 0.75rem;
  }
  fieldset fieldset {
    border-style: dashed;
    margin-block-end: 0.5rem;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .hint {
    margin-block: 0 0.5rem;
    font-size: 0.9375rem;
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-block: 0.25rem;
  }
  .field label {
    min-inline-size: 7rem;
  }
  input[type='text'] {
    font: inherit;
    inline-size: 14rem;
    max-inline-size: 100%;
    padding: 0.125rem 0.375rem;
    border: 1px solid #595959;
    border-radius: 0.25rem;
  }
  input[type='color'] {
    inline-size: 2.5rem;
    block-size: 2rem;
    padding: 0;
    border: 1px solid #595959;
    border-radius: 0.25rem;
  }
  input[aria-invalid='true'] {
    border: 2px solid #b3261e;
  }
  .default {
    font-size: 0.875rem;
  }
  .invalid {
    flex-basis: 100%;
    margin: 0;
    color: #b3261e;
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid #1d5fa0;
    outline-offset: 2px;
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .preview {
    border: 1px solid #767676;
    border-radius: 0.375rem;
    padding: 1rem;
    color: #1b1b1b;
    background: #ffffff;
    color-scheme: light;
  }
  .preview[data-mode='dark'] {
    color: #ececec;
    background: #121212;
    color-scheme: dark;
  }
  .preview > h3:first-child {
    margin-block-start: 0;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9375rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  th,
  td {
    border: 1px solid #767676;
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .swatch {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border: 1px solid #1b1b1b;
    vertical-align: -0.125em;
    margin-inline-end: 0.25rem;
  }
  .fails {
    font-weight: 600;
  }
  .warnings {
    border: 2px solid #b3261e;
    border-inline-start-width: 0.5rem;
    border-radius: 0.375rem;
    padding: 0.5rem 1rem;
  }
  .warnings ul {
    margin-block: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  pre {
    overflow-x: auto;
    margin: 0 0 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid #767676;
    border-radius: 0.375rem;
    background: #f6f6f6;
    font-size: 0.875rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 2px solid #1b1b1b;
    border-radius: 0.375rem;
    background: #ffffff;
    color: #1b1b1b;
    cursor: pointer;
  }
  .copied {
    display: inline-block;
    margin-inline-start: 0.5rem;
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'],
    .warnings {
      border-color: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
