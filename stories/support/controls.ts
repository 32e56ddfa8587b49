/**
 * Which controls a story offers: a control shown is a control that acts in that story
 * (test/story-controls.test.ts renders each one changed and compares). Storybook runs `storyControls` as
 * an argTypes enhancer (.storybook/preview.ts, through project.ts); the tests run the same function on
 * the same inputs.
 *
 * - Every `--boite-*` variable of the story's element, and of the elements it contains
 *   (`parameters.contains`: a box holds cards, a card holds a list and a table), is a control, taken from
 *   custom-elements.json: a variable added to the JSDoc becomes a control with nothing to list here.
 * - The manifest's attributes, properties, events, slots and parts are documented in the docs table
 *   without a control; a story that wires an attribute gives it a control itself.
 * - What a story shows decides which variables can act in it:
 *   - an error (`parameters.state`) shown instead of the data: only the alert's font, line height,
 *     radius, border and focus (when it has a "Réessayer" button), and no attribute that presents data
 *     (heading level, folding, highlight, permalink, caption, layout, URL state);
 *   - a loading message: only its font and line height, and neither those attributes nor the colour
 *     scheme or design (the message has no colour of its own);
 *   - data: the error border only with an alert beside it (the authoring page); the focus colour only
 *     when something takes the focus; search marks only when words are highlighted; the pressed toggle's
 *     background only when a toggle is pressed; the linked chantier's outline only when a link points to
 *     one; a theme's accent only when a chantier of that theme
 *     shows (`parameters.shows`, or the card's `chantier` arg).
 * - A story hides any other control that cannot act in it with `control: false`.
 */
import { themeOfChantier } from './seed.js';
import { CATEGORY, extractedArgTypes, variableControl, variablesOf, type ArgType, type ArgTypes } from './manifest.js';
import type { StoryState } from './story-state.js';

/** What a data story shows, when its args do not say it. */
export interface Shows {
  /**
   * Something that takes the focus (`--boite-focus`). By default: in data, the card's folding buttons or
   * permalink; in an error, the "Réessayer" button (say `false` for errors that offer none).
   */
  focus?: boolean;
  /** Theme slugs of the chantiers shown (their `--boite-accent-<slug>` act); all when unset. */
  themes?: readonly string[];
  /** Highlighted search words (`--boite-mark`, `--boite-mark-text`). */
  marks?: boolean;
  /** A pressed theme toggle (`--boite-pressed-bg`). */
  pressed?: boolean;
  /** The chantier a link points to, outlined (`--boite-selected`). */
  selected?: boolean;
}

export interface ControlsParameters {
  state?: StoryState;
  /** Elements the story renders besides its own (inside it, or around it), whose variables apply too. */
  contains?: readonly string[];
  shows?: Shows;
  /**
   * Controls of an element that style only its alert and buttons (a list with no frame of its own: radius,
   * colour scheme…): hidden while data shows.
   */
  onlyWithoutData?: readonly string[];
  /** The element shows its alert beside its data (the authoring page): the data's controls stay. */
  alertBesideData?: boolean;
}

/** What Storybook gives an argTypes enhancer, as far as this reads it. */
export interface EnhancerContext {
  component?: unknown;
  argTypes: ArgTypes;
  parameters?: ControlsParameters & Record<string, unknown>;
  initialArgs?: Record<string, unknown>;
}

/**
 * What an error or a loading message shows instead of the data: the variables that style it (all others
 * are hidden), and the attributes that cannot act on it.
 */
const INSTEAD_OF_DATA: Partial<Record<StoryState, { variables: readonly string[]; inert: readonly string[] }>> = {
  error: {
    variables: ['--boite-font', '--boite-line-height', '--boite-radius', '--boite-error', '--boite-focus'],
    inert: ['heading-level', 'collapsible', 'highlight', 'permalink', 'caption', 'layout', 'url-state'],
  },
  // Inherited text only: no colour of ours, no frame.
  loading: {
    variables: ['--boite-font', '--boite-line-height'],
    inert: ['heading-level', 'collapsible', 'highlight', 'permalink', 'caption', 'layout', 'url-state', 'color-scheme', 'design'],
  },
};
const ACCENT_OF_THEME = /^--boite-accent-(.+)$/;

/** Whether a variable can change what a story that shows data (and maybe an alert beside it) shows. */
function actsOnData(name: string, shows: Shows, alert: boolean): boolean {
  if (name === '--boite-error') return alert;
  if (name === '--boite-focus') return Boolean(shows.focus);
  if (name === '--boite-mark' || name === '--boite-mark-text') return Boolean(shows.marks);
  if (name === '--boite-pressed-bg') return Boolean(shows.pressed);
  if (name === '--boite-selected') return Boolean(shows.selected);
  const theme = ACCENT_OF_THEME.exec(name)?.[1];
  if (theme && shows.themes) return shows.themes.includes(theme);
  return true;
}

/**
 * A variable documented as a pattern (`--boite-accent-<slug>`: any theme's accent) is no control itself;
 * each theme the story shows without a documented variable of its own gets one, named after its slug.
 */
const PATTERN = /<[^>]+>/;
function patternVariables(rows: ArgTypes, themes: readonly string[] | undefined): ArgTypes {
  const added: ArgTypes = {};
  for (const [name, argType] of Object.entries(rows)) {
    if (!PATTERN.test(name) || argType.table?.category !== CATEGORY.cssProperties) continue;
    for (const theme of themes ?? []) {
      const concrete = name.replace(PATTERN, theme);
      if (rows[concrete]) continue;
      // Its default names the variable it falls back to (`--boite-accent`): the kind of value is that one's.
      const fallback = argType.table?.defaultValue?.summary ?? '';
      const kindOf = rows[fallback.trim()]?.table?.defaultValue?.summary ?? fallback;
      added[concrete] = {
        name: concrete,
        description: `${argType.description ?? ''} (${theme})`,
        table: { category: CATEGORY.cssProperties, defaultValue: { summary: kindOf } },
      };
    }
  }
  return added;
}

/** The variables of the elements a story's element contains, as rows of its docs table. */
function containedVariables(component: string | undefined, contains: readonly string[]): ArgTypes {
  return Object.fromEntries(
    variablesOf(contains)
      .filter((variable) => component === undefined || !variablesOf([component]).some((own) => own.name === variable.name))
      .map((variable) => [
        variable.name,
        {
          name: variable.name,
          description: `${variable.description ?? ''} (${variable.tags.map((tag) => `<${tag}>`).join(', ')})`,
          table: { category: CATEGORY.cssProperties, defaultValue: { summary: variable.default } },
        },
      ]),
  );
}

/** The argTypes enhancer: the controls of every row, following the rules above. */
export function storyControls(context: EnhancerContext): ArgTypes {
  const component = typeof context.component === 'string' ? context.component : undefined;
  const parameters = context.parameters ?? {};
  const args = context.initialArgs ?? {};
  const state = parameters.state ?? 'data';
  const insteadOfData = parameters.alertBesideData ? undefined : INSTEAD_OF_DATA[state];
  const chantierTheme = themeOfChantier(args.chantier);
  const shows: Shows = {
    focus: parameters.shows?.focus ?? (state === 'error' || Boolean(args.collapsible || args.permalink)),
    themes: parameters.shows?.themes ?? (chantierTheme ? [chantierTheme] : undefined),
    marks: parameters.shows?.marks ?? Boolean(args.highlight),
    pressed: parameters.shows?.pressed ?? false,
    selected: parameters.shows?.selected ?? false,
  };
  const acts = (name: string) =>
    insteadOfData
      ? insteadOfData.variables.includes(name) && (name !== '--boite-focus' || Boolean(shows.focus))
      : actsOnData(name, shows, state === 'error');
  const hidden = (name: string) => (insteadOfData ? insteadOfData.inert.includes(name) : parameters.onlyWithoutData?.includes(name));

  const documented = { ...containedVariables(component, parameters.contains ?? []), ...context.argTypes };
  const rows = { ...documented, ...patternVariables(documented, shows.themes) };
  return Object.fromEntries(
    Object.entries(rows).map(([name, argType]): [string, ArgType] => {
      if (hidden(name) || PATTERN.test(name)) return [name, { ...argType, control: false }];
      if (argType.control !== undefined) return [name, argType];
      const category = argType.table?.category;
      if (category === CATEGORY.cssProperties) {
        return [name, { ...argType, control: acts(name) ? variableControl(argType.table?.defaultValue?.summary) : false }];
      }
      if (category && category !== 'story') return [name, { ...argType, control: false }];
      return [name, argType];
    }),
  );
}

/** One argType over another, as Storybook merges them (nested `table` too). */
function mergeArgType(base: ArgType | undefined, over: ArgType): ArgType {
  return { ...base, ...over, table: base?.table || over.table ? { ...base?.table, ...over.table } : undefined };
}

/** argTypes layered as Storybook layers them: extracted from the manifest, then the meta's, then the story's. */
export function mergeArgTypes(...layers: (ArgTypes | undefined)[]): ArgTypes {
  const merged: ArgTypes = {};
  for (const layer of layers) for (const [name, argType] of Object.entries(layer ?? {})) merged[name] = mergeArgType(merged[name], argType);
  return merged;
}

/** A story's argTypes once Storybook prepared them (for the tests, which have no Storybook). */
export function storyArgTypes(story: {
  component?: string;
  metaArgTypes?: ArgTypes;
  ownArgTypes?: ArgTypes;
  parameters?: ControlsParameters & Record<string, unknown>;
  args: Record<string, unknown>;
}): ArgTypes {
  return storyControls({
    component: story.component,
    argTypes: mergeArgTypes(extractedArgTypes(story.component), story.metaArgTypes, story.ownArgTypes),
    parameters: story.parameters,
    initialArgs: story.args,
  });
}
