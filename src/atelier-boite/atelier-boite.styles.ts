import { css } from 'lit';

export const atelierBoiteStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: calc(var(--boite-space, 1rem) * 2);
    align-items: start;
  }
  /* Wide screens: the text and its checks beside the preview. */
  @container (min-width: 62rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
    }
  }
  .editor,
  .preview {
    min-inline-size: 0;
  }
  .heading {
    margin-block: 0 0.5em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .subheading {
    margin-block: 1em 0.25em;
    font-size: 1.0625em;
  }
  .intro,
  .hint,
  .format {
    font-size: 0.9375em;
  }
  .format {
    margin-block: 0.5em 0.75em;
  }
  label[for='source'] {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  /* The text field and its hidden copy share their box, so the copy wraps lines exactly as the field. */
  .field {
    position: relative;
  }
  textarea,
  .mirror {
    box-sizing: border-box;
    inline-size: 100%;
    margin: 0;
    padding: 0.5em 0.625em;
    border: 2px solid currentColor;
    font-family: var(--boite-code-font, ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace);
    font-size: 0.875em;
    line-height: 1.5;
    letter-spacing: normal;
    tab-size: 4;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    word-break: normal;
    overflow-y: scroll;
    scrollbar-gutter: stable;
  }
  textarea {
    display: block;
    block-size: var(--boite-editor-height, 24em);
    min-block-size: 8em;
    resize: vertical;
    color: inherit;
    background: var(--boite-input-bg, transparent);
    border-radius: var(--boite-radius, 0.375rem);
  }
  textarea[aria-invalid='true'] {
    border-color: var(--boite-error, light-dark(#b3261e, #ffb4ab));
  }
  .mirror {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    visibility: hidden;
    pointer-events: none;
    block-size: auto;
    border-color: transparent;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* The file input stays in the tab order; its label is the visible button, worded in the page's language. */
  .file {
    position: relative;
  }
  .button {
    display: inline-block;
    border: 2px solid currentColor;
    border-radius: var(--boite-radius, 0.375rem);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  input[type='file']:focus-visible + .button {
    outline: 3px solid var(--boite-focus, currentColor);
    outline-offset: 2px;
  }
  .download:not(:disabled) {
    font-weight: 600;
    border-color: var(--boite-accent, currentColor);
    border-width: 3px;
  }
  .hint {
    margin-block: 0.375em 0;
  }
  .counts {
    font-weight: 600;
    margin-block: 0.75em;
  }
  .counts:empty {
    margin: 0;
  }
  .error {
    margin-block: 0.75em;
  }
  .messages {
    list-style: none;
    padding: 0;
    margin-block: 0.5em;
  }
  .messages > li {
    margin-block: 0.375em;
  }
  /* The messages scroll on their own: a long list never pushes the preview or the page away. */
  .report {
    max-block-size: var(--boite-report-height, 28em);
    overflow-y: auto;
    overscroll-behavior: contain;
    border-block: 1px solid var(--boite-border, color-mix(in srgb, currentColor 30%, transparent));
    padding-inline-end: 0.25em;
  }
  .group {
    margin-block: 0.5em;
  }
  .group > summary {
    cursor: pointer;
    font-weight: 600;
    line-height: 1.4;
  }
  .more {
    margin-block-end: 0.5em;
  }
  .conflict,
  .drafts {
    margin-block: 0.75em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--boite-border, color-mix(in srgb, currentColor 45%, transparent));
    border-radius: var(--boite-radius, 0.375rem);
  }
  .conflict {
    border-color: var(--boite-error, light-dark(#b3261e, #ffb4ab));
  }
  .conflict > p {
    margin-block: 0 0.5em;
  }
  .drafts > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .drafts ul {
    list-style: none;
    padding: 0;
    margin-block: 0.5em 0;
  }
  .drafts li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: baseline;
    justify-content: space-between;
    margin-block: 0.375em;
  }
  .drafts li > span {
    overflow-wrap: anywhere;
  }
  dialog {
    max-inline-size: min(36em, calc(100vw - 2em));
    color: inherit;
    background: var(--boite-surface, Canvas);
    border: 2px solid currentColor;
    border-radius: var(--boite-radius, 0.375rem);
    padding: var(--boite-space, 1rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-title {
    font-weight: 700;
    margin-block-start: 0;
  }
  .goto {
    display: block;
    inline-size: 100%;
    text-align: start;
    border-width: 1px;
    border-color: var(--boite-border, color-mix(in srgb, currentColor 45%, transparent));
    padding: 0.375em 0.625em;
    line-height: 1.4;
  }
  .goto:hover {
    border-color: currentColor;
  }
  .where {
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .goto code,
  .messages code {
    font-family: var(--boite-code-font, ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .placeholder,
  .stale {
    padding: var(--boite-space, 1rem);
    border: 2px dashed var(--boite-border, color-mix(in srgb, currentColor 45%, transparent));
    border-radius: var(--boite-radius, 0.375rem);
  }
  .stale {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    textarea,
    .button,
    .goto,
    .conflict,
    .drafts,
    dialog {
      border-color: ButtonText;
    }
    textarea[aria-invalid='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .editor {
      display: none;
    }
  }
`;
