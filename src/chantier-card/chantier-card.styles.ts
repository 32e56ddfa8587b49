import { css } from 'lit';

export const chantierCardStyles = css`
  article {
    --_accent: var(--boite-accent, currentColor);
    border: 1px solid var(--boite-border, color-mix(in srgb, currentColor 35%, transparent));
    border-inline-start: 0.5rem solid var(--_accent);
    border-radius: var(--boite-radius, 0.375rem);
    background: var(--boite-surface, transparent);
    padding: var(--boite-space, 1rem) calc(var(--boite-space, 1rem) * 1.25);
    max-inline-size: var(--boite-max-width, 60rem);
  }
  article[data-theme='logement'] {
    --_accent: var(--boite-accent-logement, var(--boite-accent, #1d5fa0));
  }
  article[data-theme='emploi'] {
    --_accent: var(--boite-accent-emploi, var(--boite-accent, #8a4b00));
  }
  article[data-theme='sante'] {
    --_accent: var(--boite-accent-sante, var(--boite-accent, #1f6f43));
  }
  header {
    margin-block-end: 0.75em;
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
  }
`;
