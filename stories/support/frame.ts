/**
 * What every story is shown in: a language (`lang` wrapper: the elements speak French unless an ancestor
 * says English; Storybook's own page says `lang="en"`, so the wrapper always sets it) and a look:
 * - default: the host page's font and colours, no --boite-* set;
 * - brand: a host's brand, three --boite-* custom properties (accent, surface, font);
 * - dark: a dark host page (dark background, light text, color-scheme: dark);
 * - narrow: a 320 px column (RGAA 10.11, reflow).
 * The look styles are a constructed stylesheet adopted by the document, as the elements' own styles are:
 * no `style` attribute or `<style>` element, so they hold under a strict Content-Security-Policy.
 */
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

export const LOOKS = ['default', 'brand', 'dark', 'narrow'] as const;
export type Look = (typeof LOOKS)[number];
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface FrameArgs {
  look: Look;
  lang: Lang;
  /** The elements' own look attributes (BoiteElement): forced light or dark, DSFR opt-in. */
  'color-scheme'?: '' | 'light' | 'dark';
  design?: '' | 'dsfr';
}

export const frameArgs: FrameArgs = { look: 'default', lang: 'fr', 'color-scheme': '', design: '' };

export const frameArgTypes = {
  look: {
    control: 'inline-radio',
    options: LOOKS,
    description: 'The host page around the element (story only): default, a brand set with three --boite-* properties, dark, 320 px.',
    table: { category: 'story' },
  },
  lang: {
    control: 'inline-radio',
    options: LANGS,
    description: 'The `lang` of the wrapper (story only): the elements follow their nearest `lang`.',
    table: { category: 'story' },
  },
  'color-scheme': { control: 'inline-radio', options: ['', 'light', 'dark'] },
  design: { control: 'inline-radio', options: ['', 'dsfr'] },
} as const;

const lookStyles = `
  .boite-story-frame {
    box-sizing: border-box;
  }
  .boite-look-brand {
    --boite-accent: #6d2077;
    --boite-surface: #fbf5fa;
    --boite-font: Georgia, 'Times New Roman', serif;
  }
  .boite-look-dark {
    color-scheme: dark;
    background: #15181e;
    color: #e8eaed;
    padding: 1rem;
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

/** Wraps a story's element in its language and look; a new wrapper (and element) when either changes. */
export function frame({ look = 'default', lang = 'fr' }: Partial<FrameArgs>, content: unknown): TemplateResult {
  adoptLookStyles(document);
  return html`${keyed(
    `${look}|${lang}`,
    html`<div class="boite-story-frame boite-look-${look}" lang=${lang}>${content}</div>`,
  )}`;
}

/**
 * Rows of the docs table (from custom-elements.json) that get no control: properties that mirror an
 * attribute the stories set (`headingLevel` for `heading-level`) and properties holding objects.
 */
export const withoutControls = (...names: string[]): Record<string, { control: false }> =>
  Object.fromEntries(names.map((name) => [name, { control: false as const }]));
