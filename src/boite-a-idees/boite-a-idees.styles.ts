import { css } from '../shared/css.js';

export const boiteAIdeesStyles = css`
  .intro,
  .controls,
  .empty,
  .glossary {
    max-inline-size: var(--boite-max-width, 60rem);
  }
  .kicker {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .title {
    margin-block: 0.25em 0.5em;
    font-size: var(--boite-box-title-size, 1.75em);
    line-height: 1.2;
  }
  .controls {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin-block: 1.25em 0.5em;
    padding: var(--boite-space, 1rem);
    border: 1px solid var(--boite-border, color-mix(in srgb, currentColor 35%, transparent));
    border-radius: var(--boite-radius, 0.375rem);
    box-sizing: border-box;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  label,
  .group-label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    font-size: 0.875em;
  }
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: var(--boite-input-bg, transparent);
    border: 2px solid currentColor;
    border-radius: var(--boite-radius, 0.375rem);
    padding: 0.375em 0.5em;
    max-inline-size: 30em;
    box-sizing: border-box;
    inline-size: 100%;
  }
  select {
    inline-size: auto;
    align-self: start;
  }
  .themes,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .themes .group-label {
    margin-inline-end: 0.25em;
  }
  /* Pressed: a check mark, bold text and a tint of the text colour itself, so the state reads without
     colour and stays legible on whatever background the host page has. */
  .theme-toggle[aria-pressed='true'] {
    font-weight: 700;
    background: var(--boite-pressed-bg, color-mix(in srgb, currentColor 14%, transparent));
  }
  .theme-toggle[aria-pressed='true']::before {
    content: '✓ ';
  }
  .count {
    font-weight: 600;
    margin-block: 0.75em;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--boite-space, 1rem) * 1.5);
  }
  /* The chantier a link points to: outlined, besides its focused title, until the view changes. */
  .cards > li[aria-current] > chantier-card {
    outline: 3px solid var(--boite-selected, currentColor);
    outline-offset: 4px;
    border-radius: var(--boite-radius, 0.375rem);
  }
  .empty {
    padding: var(--boite-space, 1rem);
    border: 2px dashed currentColor;
    border-radius: var(--boite-radius, 0.375rem);
  }
  .glossary {
    margin-block-start: 2em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.5em;
    }
  }
  :host {
    container-type: inline-size;
  }
  /* Forced colours (Windows high contrast): system colours only. The pressed toggle opts out of the
     forced palette, or Chromium draws a Canvas backplate under its HighlightText label and hides it. */
  @media (forced-colors: active) {
    .theme-toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .cards > li[aria-current] > chantier-card {
      outline-color: Highlight;
    }
  }
  @media print {
    .controls,
    .empty button {
      display: none;
    }
    .cards > li[aria-current] > chantier-card {
      outline: none;
    }
    /* One chantier per page where possible. */
    .cards > li + li {
      break-before: page;
    }
  }
`;
