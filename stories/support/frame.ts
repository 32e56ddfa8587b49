/**
 * What every story is shown in: a language (`lang` wrapper: the elements speak French unless an ancestor
 * says English; Storybook's own page says `lang="en"`, so the wrapper always sets it) and a look:
 * - default: the host page's font and colours, no --boite-* set;
 * - dark: a dark host page (dark background, light text, color-scheme: dark);
 * - narrow: a 320 px column (RGAA 10.11, reflow).
 * The look styles are a constructed stylesheet adopted by the document, as the elements' own styles are:
 * no `style` attribute or `<style>` element, so they hold under a strict Content-Security-Policy.
 * A host's brand is not a look but args (BRAND): `--boite-*` controls that the designer sees and changes.
 */
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

export const LOOKS = ['default', 'dark', 'narrow'] as const;
export type Look = (typeof LOOKS)[number];
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface FrameArgs {
  look: Look;
  lang: Lang;
  /** The elements' own look attributes (BoiteElement): forced light or dark, DSFR opt-in. */
  'color-scheme'?: '' | 'light' | 'dark';
  design?: '' | 'dsfr';
  /** `--boite-*` custom properties, one control each (stories/support/manifest.ts), set by the decorator. */
  [variable: `--${string}`]: string | number | undefined;
}

export const frameArgs: FrameArgs = { look: 'default', lang: 'fr', 'color-scheme': '', design: '' };

/**
 * A town hall's brand, as three `--boite-*` args: applied by the theme-variables decorator, shown (and
 * changeable) in the Controls panel.
 */
export const BRAND = {
  '--boite-accent': '#6d2077',
  '--boite-surface': '#fbf5fa',
  '--boite-font': "Georgia, 'Times New Roman', serif",
} as const;

export const frameArgTypes = {
  look: {
    control: 'inline-radio',
    options: LOOKS,
    description: 'The host page around the element (story only): its own font and colours, a dark page, a 320 px column.',
    table: { category: 'story' },
  },
  lang: {
    control: 'inline-radio',
    options: LANGS,
    description: 'The `lang` of the wrapper (story only): the elements follow their nearest `lang`.',
    table: { category: 'story' },
  },
  // The empty option is the default (no attribute): it gets a readable label rather than a bare radio.
  'color-scheme': { control: { type: 'inline-radio', labels: { '': 'auto (the page)' } }, options: ['', 'light', 'dark'] },
  design: { control: { type: 'inline-radio', labels: { '': 'none' } }, options: ['', 'dsfr'] },
} as const;

const lookStyles = `
  .boite-story-frame {
    box-sizing: border-box;
  }
  .boite-look-dark {
    color-scheme: dark;
    background: #15181e;
    color: #e8eaed;
    padding: 1rem;
  }
  /* A host page's own headings, above an element in the heading-level stories. */
  .boite-story-host-heading {
    font-size: 1rem;
    font-weight: normal;
    margin-block: 0 0.25rem;
  }
  .boite-look-narrow {
    inline-size: 320px;
    max-inline-size: 100%;
    outline: 1px dashed #767676;
    outline-offset: 2px;
  }
`;

const sheets = new WeakSet<Document>();
function adoptLookStyles(doc: Document): void {
  if (sheets.has(doc)) return;
  sheets.add(doc);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(lookStyles);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Wraps a story's element in its language and look; a new wrapper (and element) when either changes, or
 * when `rebuildOn` does (an element reads its inline JSON child once, when it connects).
 */
export function frame({ look = 'default', lang = 'fr' }: Partial<FrameArgs>, content: unknown, rebuildOn: unknown = ''): TemplateResult {
  adoptLookStyles(document);
  return html`${keyed(
    `${look}|${lang}|${String(rebuildOn)}`,
    html`<div class="boite-story-frame boite-look-${look}" lang=${lang}>${content}</div>`,
  )}`;
}

/**
 * Rows of the docs table (from custom-elements.json) that get no control: properties that mirror an
 * attribute the stories set (`headingLevel` for `heading-level`) and properties holding objects.
 */
export const withoutControls = (...names: string[]): Record<string, { control: false }> =>
  Object.fromEntries(names.map((name) => [name, { control: false as const }]));

/**
 * The variables that `design="dsfr"` sets on the element itself, from the DSFR's own: an ancestor's value
 * (a control) cannot reach past them.
 */
export const dsfrSetsThem = withoutControls('--boite-accent', '--boite-border', '--boite-error', '--boite-focus', '--boite-radius', '--boite-table-head');
