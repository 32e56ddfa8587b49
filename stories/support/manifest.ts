/**
 * Storybook's controls, derived from custom-elements.json (the elements' JSDoc), so a variable added to
 * an element's `@cssprop` lines becomes a control without anyone listing it:
 * - every CSS custom property is a real control: a colour picker for colours, a number for unitless
 *   numbers, a text field for sizes and fonts; the `withThemeVariables` decorator applies it live;
 * - parts, events, slots and the manifest's attributes and properties stay in the docs tables but get no
 *   control, unless a story wires one itself (`argTypes: { src: { control: 'text' } }`): a control shown is
 *   a control that acts (test/story-controls.test.ts proves it, story by story).
 *
 * Storybook reads the manifest through `.storybook/preview.ts`; the browser tests fetch it and call
 * `setManifest` too. Which controls a story shows is decided in stories/support/controls.ts.
 */

/** The parts of custom-elements.json that the docs and the controls read. */
export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
  kind?: string;
  type?: { text?: string };
}
export interface ManifestElement {
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestElement[] }[];
}

/** A Storybook argType, as far as these helpers read or write it. */
export interface ArgType {
  name?: string;
  description?: string;
  control?: false | string | { type: string; [option: string]: unknown };
  options?: readonly unknown[];
  action?: unknown;
  table?: { category?: string; disable?: boolean; defaultValue?: { summary?: string }; [key: string]: unknown };
  [key: string]: unknown;
}
export type ArgTypes = Record<string, ArgType>;

let current: Manifest | undefined;

/** Sets the manifest the stories read (preview.ts in Storybook, the harness in the tests). */
export function setManifest(manifest: Manifest): void {
  current = manifest;
}

export function manifest(): Manifest {
  if (!current) throw new Error('custom-elements.json is not loaded: call setManifest() first (.storybook/preview.ts, test/story-harness.ts)');
  return current;
}

export const customElements = (from: Manifest = manifest()): ManifestElement[] =>
  from.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));

export function elementOf(tagName: string, from: Manifest = manifest()): ManifestElement | undefined {
  return customElements(from).find((element) => element.tagName === tagName);
}

/** Every `--boite-*` variable of the given elements, once each, with the tags that read it. */
export function variablesOf(tagNames: readonly string[], from: Manifest = manifest()): (ManifestItem & { tags: string[] })[] {
  const byName = new Map<string, ManifestItem & { tags: string[] }>();
  for (const element of customElements(from).filter((candidate) => tagNames.includes(candidate.tagName!))) {
    for (const property of element.cssProperties ?? []) {
      const known = byName.get(property.name);
      if (known) known.tags.push(element.tagName!);
      else byName.set(property.name, { ...property, tags: [element.tagName!] });
    }
  }
  return [...byName.values()];
}

export const CATEGORY = {
  properties: 'properties',
  attributes: 'attributes',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

/** `chantier-card-load` → `onChantierCardLoad`, the action arg Storybook adds beside each event row. */
const actionName = (event: string) =>
  `on${event.replace(/(-|_|:|\.|\s)+(.)?/g, (_match, _separator, chr: string | undefined) => (chr ? chr.toUpperCase() : '')).replace(/^./, (first) => first.toUpperCase())}`;

/**
 * The argTypes Storybook's web-components renderer extracts from the manifest for one element: the same
 * keys and categories (@storybook/web-components, `extractArgTypesFromElements`), without the prose.
 */
export function extractedArgTypes(tagName: string | undefined, from: Manifest = manifest()): ArgTypes {
  const element = tagName ? elementOf(tagName, from) : undefined;
  if (!element) return {};
  const rows = (items: ManifestItem[] | undefined, category: string): ArgTypes =>
    Object.fromEntries(
      (items ?? [])
        .filter((item) => item.name && item.kind !== 'method')
        .map((item) => [item.name, { name: item.name, table: { category, defaultValue: { summary: item.default } } }]),
    );
  const events: ArgTypes = {};
  for (const event of element.events ?? []) {
    if (!event.name) continue;
    events[actionName(event.name)] = { name: actionName(event.name), action: event.name, table: { disable: true } };
    events[event.name] = { name: event.name, table: { category: CATEGORY.events } };
  }
  return {
    ...rows(element.members, CATEGORY.properties),
    ...rows(element.attributes, CATEGORY.attributes),
    ...events,
    ...rows(element.slots, CATEGORY.slots),
    ...rows(element.cssProperties, CATEGORY.cssProperties),
    ...rows(element.cssParts, CATEGORY.cssParts),
  };
}

const COLOUR_DEFAULT = /^(#|currentColor|transparent|rgb|hsl|oklch|oklab|lab\(|lch\(|light-dark|color-mix)/i;
const NUMBER_DEFAULT = /^\d+(\.\d+)?$/;

/** The kind of value a variable takes, from its documented default (`#1d5fa0 / dark #8fc1f5`, `1.5`, `1rem`). */
export function variableKind(defaultValue: string | undefined): 'colour' | 'number' | 'text' {
  const value = (defaultValue ?? '').trim();
  if (COLOUR_DEFAULT.test(value)) return 'colour';
  if (NUMBER_DEFAULT.test(value)) return 'number';
  return 'text';
}

/** The colours written in a documented default: `#1d5fa0 / dark #8fc1f5` → both, as the picker's presets. */
export const coloursIn = (defaultValue: string | undefined): string[] => (defaultValue ?? '').match(/#[0-9a-f]{3,8}\b/gi) ?? [];

/** The control of one CSS custom property. An empty value means "not set": the element's default applies. */
export function variableControl(defaultValue: string | undefined): Exclude<ArgType['control'], false | string | undefined> {
  switch (variableKind(defaultValue)) {
    case 'colour':
      return { type: 'color', presetColors: coloursIn(defaultValue) };
    case 'number':
      return { type: 'number', step: 0.1 };
    default:
      return { type: 'text' };
  }
}

/**
 * The args that show a control in a story, as Storybook's Controls panel lists them: every argType or
 * arg, except rows without a control (`control: false`), hidden rows, actions and functions.
 */
export function controlledArgs(argTypes: ArgTypes, args: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(argTypes), ...Object.keys(args)]);
  return [...names].filter((name) => {
    const argType = argTypes[name];
    if (argType?.control === false || argType?.table?.disable || argType?.action) return false;
    return typeof args[name] !== 'function';
  });
}
