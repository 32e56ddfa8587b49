/**
 * The theme a town hall builds (stories/theme-builder.stories.ts): which `--boite-*` variables it can set,
 * taken from custom-elements.json (a variable added to an element's JSDoc appears here), the values chosen
 * for light and dark pages, the CSS to paste into the CMS, and the contrast of each accent against the
 * surface it sits on. Pure, apart from reading colours through a canvas (contrast.ts).
 */
import { RGAA, contrast, over, toRGBA } from '../contrast.js';
import { coloursIn, variablesOf, type ManifestItem } from '../manifest.js';

/** The elements a town hall themes: the box and the lone card (the list and the table inherit from them). */
export const THEMED_ELEMENTS = ['boite-a-idees', 'chantier-card'] as const;

export type Mode = 'light' | 'dark';
export const MODES: readonly Mode[] = ['light', 'dark'];

export interface ColourVariable {
  name: string;
  description: string;
  /** The element's own colour when the variable is not set, per mode (`currentColor`: the page's text). */
  fallback: Record<Mode, string>;
  /** The theme slug for a theme's accent (`--boite-accent-logement` → `logement`); none for the global one. */
  theme?: string;
}

export interface ThemeVariables {
  /** `--boite-accent`, then one per theme the manifest documents. */
  accents: ColourVariable[];
  surface?: ColourVariable;
  /** `--boite-font`, and `--boite-heading-font` or any other font the elements document. */
  fonts: ManifestItem[];
  radius?: ManifestItem;
  space?: ManifestItem;
}

const ACCENT = /^--boite-accent(?:-([a-z0-9]+(?:-[a-z0-9]+)*))?$/;

function colourVariable(item: ManifestItem, theme?: string): ColourVariable {
  const [light, dark] = coloursIn(item.default);
  const fallback = light ?? (item.default ?? '').trim().split(/\s/)[0] ?? 'currentColor';
  return { name: item.name, description: item.description ?? '', fallback: { light: fallback, dark: dark ?? fallback }, theme };
}

/** What the builder offers, from the manifest. */
export function themeVariables(): ThemeVariables {
  const variables = variablesOf(THEMED_ELEMENTS);
  const byName = (name: string) => variables.find((variable) => variable.name === name);
  const surface = byName('--boite-surface');
  return {
    accents: variables
      .map((variable) => ({ variable, match: ACCENT.exec(variable.name) }))
      .filter(({ match }) => match)
      .map(({ variable, match }) => colourVariable(variable, match![1])),
    surface: surface && colourVariable(surface),
    fonts: variables.filter((variable) => /-font$/.test(variable.name)),
    radius: byName('--boite-radius'),
    space: byName('--boite-space'),
  };
}

/** A colour chosen for light pages and, maybe, another for dark pages; empty: not set. */
export type Pair = Record<Mode, string>;
export const EMPTY_PAIR: Pair = { light: '', dark: '' };

export interface Theme {
  colours: Record<string, Pair>;
  /** Other variables (fonts, radius, spacing): one value for both modes; empty: not set. */
  values: Record<string, string>;
  /** The host page's own background, for the contrast only (a transparent surface shows it). */
  page: Pair;
}

/** The page backgrounds the elements' own colours are checked against (test/look.test.ts). */
export const DEFAULT_PAGE: Pair = { light: '#ffffff', dark: '#121212' };
/** The page's text colour that `currentColor` stands for, per mode (same hosts). */
export const PAGE_TEXT: Pair = { light: '#1b1b1b', dark: '#ececec' };

/** The CSS value of a pair: one colour for both modes, or `light-dark()` (it follows the page's `color-scheme`). */
export function pairValue(pair: Pair, fallback: Pair): string {
  const light = pair.light.trim();
  const dark = pair.dark.trim();
  if (!light && !dark) return '';
  if (!dark || dark === light) return light;
  return `light-dark(${light || fallback.light}, ${dark})`;
}

/** The CSS property a non-colour variable's value must suit (what the builder checks as it is typed). */
export const propertyOf = (name: string) => (/-font$/.test(name) ? 'font-family' : /radius/.test(name) ? 'border-radius' : 'padding');

/** A pair without the values that are no colour (shown as mistakes next to their field, never written). */
const validPair = (pair: Pair): Pair => ({ light: isColour(pair.light) ? pair.light : '', dark: isColour(pair.dark) ? pair.dark : '' });

/** The declarations the theme sets, in the manifest's order: what the CMS gets, and what the preview shows. */
export function declarations(theme: Theme, variables: ThemeVariables): [string, string][] {
  const colourVariables = [...variables.accents, ...(variables.surface ? [variables.surface] : [])];
  const colours = colourVariables.map(
    (variable) => [variable.name, pairValue(validPair(theme.colours[variable.name] ?? EMPTY_PAIR), variable.fallback)] as [string, string],
  );
  const others = [...variables.fonts, variables.radius, variables.space]
    .filter((item): item is ManifestItem => Boolean(item))
    .map((item) => [item.name, (theme.values[item.name] ?? '').trim()] as [string, string])
    .filter(([name, value]) => suits(propertyOf(name), value));
  return [...colours, ...others].filter(([, value]) => value !== '');
}

/** The snippet to paste into the CMS's additional CSS. */
export function cssSnippet(theme: Theme, variables: ThemeVariables): string {
  const lines = declarations(theme, variables).map(([name, value]) => `  ${name}: ${value};`);
  const usesLightDark = lines.some((line) => line.includes('light-dark('));
  return [
    '/* Boîte à idées : le thème de la mairie (à coller dans le CSS additionnel du site). */',
    ...(usesLightDark ? ['/* light-dark(clair, sombre) suit le mode sombre de la page (color-scheme). */'] : []),
    ':root {',
    ...(lines.length ? lines : ['  /* Aucune variable choisie : les éléments prennent la police et les couleurs du site. */']),
    '}',
    '',
  ].join('\n');
}

/** What a pair gives in a mode, as `pairValue` writes it: a colour set for light pages only applies to both. */
const chosenIn = (pair: Pair | undefined, mode: Mode) => {
  const valid = validPair(pair ?? EMPTY_PAIR);
  return valid[mode].trim() || (mode === 'dark' ? valid.light.trim() : '');
};

/** The colour a variable takes in a mode: the one chosen, else (a theme's accent) the global accent, else its default. */
export function effectiveColour(variable: ColourVariable, mode: Mode, theme: Theme, variables: ThemeVariables): string {
  const global = variables.accents.find((accent) => accent.theme === undefined);
  const inherited = variable.theme !== undefined && global ? chosenIn(theme.colours[global.name], mode) : '';
  const fallback = variable.fallback[mode];
  return chosenIn(theme.colours[variable.name], mode) || inherited || (/^currentColor$/i.test(fallback) ? PAGE_TEXT[mode] : fallback);
}

export interface ContrastCheck {
  variable: ColourVariable;
  mode: Mode;
  colour: string;
  background: string;
  ratio: number;
  /** At least 3:1: fit for borders, outlines and focus (RGAA 3.3). */
  border: boolean;
  /** At least 4.5:1: fit for text too (RGAA 3.2). */
  text: boolean;
}

/** Each accent against the surface it sits on (the card's, or the page's when the card has none), light and dark. */
export function contrastChecks(theme: Theme, variables: ThemeVariables): ContrastCheck[] {
  return MODES.flatMap((mode) => {
    const page = theme.page[mode].trim() || DEFAULT_PAGE[mode];
    const surface = variables.surface ? chosenIn(theme.colours[variables.surface.name], mode) : '';
    const pageColour = over(toRGBA(page), [255, 255, 255, 1]);
    const background = surface ? over(toRGBA(surface), pageColour) : pageColour;
    const backgroundName = surface || page;
    return variables.accents.map((variable) => {
      const colour = effectiveColour(variable, mode, theme, variables);
      const ratio = contrast(over(toRGBA(colour), background), background);
      return { variable, mode, colour, background: backgroundName, ratio, border: ratio >= RGAA.border, text: ratio >= RGAA.text };
    });
  });
}

/** Whether a text is a colour CSS knows (an empty text is "not set", which is valid). */
export const isColour = (value: string) => value.trim() === '' || CSS.supports('color', value.trim());

/** Whether a value suits a property (a length for the radius and the spacing, a family list for a font). */
export const suits = (property: string, value: string) => value.trim() === '' || CSS.supports(property, value.trim());

/** The ratio as people read it: "4,52:1" (French) or "4.52:1". */
export const formatRatio = (ratio: number, lang: 'fr' | 'en' = 'fr') =>
  `${(Math.floor(ratio * 100) / 100).toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1`;
