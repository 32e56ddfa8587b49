/**
 * The card's rules for a rendered chantier, after the ones it shows without it (chantier-card.styles.ts).
 * In the embed they come beside the data with the card's rendering, which adopts them as the card first
 * renders its chantier (src/shared/adopt-view-styles.ts); elsewhere (lib/, server rendering, hydration)
 * they follow in the element's own `static styles` (src/shared/view-styles.ts).
 */
import { css } from '../shared/css.js';

export const cardViewStyles = css`
  article {
    --_accent: var(--boite-accent, currentColor);
    border: 1px solid var(--boite-border, color-mix(in srgb, currentColor 35%, transparent));
    border-inline-start: 0.5rem solid var(--_accent);
    border-radius: var(--boite-radius, 0.375rem);
    background: var(--boite-surface, transparent);
    padding: var(--boite-space, 1rem) calc(var(--boite-space, 1rem) * 1.25);
    max-inline-size: var(--boite-max-width, 60rem);
  }
  /* Each default accent has at least 4.5:1 against white (light) or #121212 (dark); the theme is also
     always written out, never told by colour alone. */
  article[data-theme='logement'] {
    --_accent: var(--boite-accent-logement, var(--boite-accent, light-dark(#1d5fa0, #8fc1f5)));
  }
  article[data-theme='emploi'] {
    --_accent: var(--boite-accent-emploi, var(--boite-accent, light-dark(#8a4b00, #f0b36b)));
  }
  article[data-theme='sante'] {
    --_accent: var(--boite-accent-sante, var(--boite-accent, light-dark(#1f6f43, #7fd6a2)));
  }
  header {
    margin-block-end: 0.75em;
  }
  /* Phones: the text keeps the width, the frame gives it up. */
  @container (max-width: 30rem) {
    article {
      padding: calc(var(--boite-space, 1rem) * 0.75);
      border-inline-start-width: 0.375rem;
    }
  }
  .theme {
    display: inline-block;
    margin: 0;
    padding: 0.125em 0.625em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .title {
    margin-block: 0.375em 0.25em;
    font-size: var(--boite-title-size, 1.5em);
    line-height: 1.25;
  }
  .atelier {
    margin: 0;
    font-size: 0.9375em;
  }
  .atelier-name {
    font-weight: 600;
  }
  section {
    margin-block-start: 1em;
  }
  /* Follow-up: status, progress, carrier, last update, on one line when they fit. */
  .suivi {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0.5em 0 0;
  }
  .suivi dt {
    display: inline;
    font-weight: 600;
  }
  .suivi dd {
    display: inline;
    margin: 0;
  }
  progress {
    inline-size: 6em;
    accent-color: var(--_accent);
    vertical-align: middle;
  }
  /* The steps as a time line: the dates lead, no numbers. */
  .etapes {
    list-style: none;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_accent);
  }
  .etapes time {
    font-weight: 600;
  }
  /* Under each success criterion, in words. */
  .critere {
    display: block;
    font-size: 0.9375em;
  }
  .permalink {
    margin: 0.375em 0 0;
    font-size: 0.875em;
  }
  .permalink a {
    color: inherit;
  }
  .disclosure {
    all: unset;
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    inline-size: 100%;
    cursor: pointer;
    border-radius: 0.125em;
  }
  /* A chevron drawn with borders: it needs no icon font and turns with the state. */
  .disclosure::before {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s;
  }
  .disclosure[aria-expanded='false']::before {
    transform: rotate(-45deg);
  }
  .disclosure:focus-visible {
    outline: 3px solid var(--boite-focus, currentColor);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    .disclosure::before {
      transition: none;
    }
  }
  .section-title {
    margin-block: 0 0.25em;
    font-size: 1.125em;
    line-height: 1.3;
    border-block-end: 2px solid var(--_accent);
    padding-block-end: 0.125em;
  }
  @media (forced-colors: active) {
    article,
    .theme,
    .section-title {
      border-color: CanvasText;
    }
  }
  @media print {
    article {
      break-inside: auto;
      border-inline-start-width: 4pt;
    }
    .section-title {
      break-after: avoid;
    }
    /* Paper cannot unfold: every section prints, without its controls. */
    .section-content[hidden] {
      display: block;
    }
    .disclosure::before,
    .permalink {
      display: none;
    }
  }
`;
