/**
 * Renders Storybook stories in a browser test without Storybook (its web-components renderer has no
 * `composeStories`): loaders, decorators and `(story.render ?? meta.render)(args, context)` rendered with
 * lit's `render()`, then a wait until every element has settled. Used by stories.test.ts (every story is a
 * test) and manifest.test.ts (the documented parts and events appear in some story).
 */
import { render } from 'lit';
import { deepQueryAll, settle, until } from './helpers.js';
import { storyArgTypes } from '../stories/support/controls.js';
import { setManifest, type ArgTypes, type Manifest } from '../stories/support/manifest.js';
import { projectDecorators } from '../stories/support/project.js';
import type { StoryState } from '../stories/support/story-state.js';
import * as atelierBoite from '../stories/atelier-boite.stories.js';
import * as atelierSuivi from '../stories/atelier-suivi.stories.js';
import * as boiteAIdees from '../stories/boite-a-idees.stories.js';
import * as chantierCard from '../stories/chantier-card.stories.js';
import * as freinsList from '../stories/freins-list.stories.js';
import * as gouvernanceTable from '../stories/gouvernance-table.stories.js';
import * as themeBuilder from '../stories/theme-builder.stories.js';

// The stories read custom-elements.json as Storybook's preview does (setManifest), for their controls.
setManifest((await (await fetch('/custom-elements.json')).json()) as Manifest);

/**
 * Every stories module, by file. scripts/check-manifest.mjs fails when a stories/*.stories.ts file is
 * missing here, so a new stories file cannot go untested; a new story in a listed file is tested as is.
 */
export const STORY_MODULES: Record<string, StoriesModule> = {
  'stories/atelier-boite.stories.ts': atelierBoite,
  'stories/atelier-suivi.stories.ts': atelierSuivi,
  'stories/boite-a-idees.stories.ts': boiteAIdees,
  'stories/chantier-card.stories.ts': chantierCard,
  'stories/freins-list.stories.ts': freinsList,
  'stories/gouvernance-table.stories.ts': gouvernanceTable,
  'stories/theme-builder.stories.ts': themeBuilder,
};

type Args = Record<string, unknown>;
type Context = {
  id: string;
  name: string;
  title: string;
  args: Args;
  argTypes: Record<string, unknown>;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
  canvasElement?: HTMLElement;
};
type RenderFn = (args: Args, context: Context) => unknown;
type Decorator = (story: (update?: Partial<Context>) => unknown, context: Context) => unknown;
type Loader = (context: Context) => unknown;
type Play = (context: Context & { canvasElement: HTMLElement }) => unknown;
interface Annotations {
  name?: string;
  args?: Args;
  argTypes?: ArgTypes;
  parameters?: Record<string, unknown>;
  loaders?: Loader | Loader[];
  decorators?: Decorator | Decorator[];
  render?: RenderFn;
  play?: Play;
}
interface Meta extends Annotations {
  title?: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
/** A stories module as the test sees it (CSF3): a default meta and named story objects. */
export interface StoriesModule {
  default: object;
  [name: string]: unknown;
}
export interface StoryEntry {
  file: string;
  exportName: string;
  name: string;
  meta: Meta;
  story: Annotations;
  state: StoryState;
  /** The story's args (meta's, then its own) and argTypes, as Storybook prepares them. */
  args: Args;
  argTypes: ArgTypes;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Parameters layered as Storybook layers them: plain objects merged key by key, anything else replaced. */
export function combineParameters(...layers: (Record<string, unknown> | undefined)[]): Record<string, unknown> {
  const combined: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      const known = combined[key];
      combined[key] = isPlainObject(known) && isPlainObject(value) ? combineParameters(known, value) : value;
    }
  }
  return combined;
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const matches = (name: string, filter: string[] | RegExp) => (Array.isArray(filter) ? filter.includes(name) : filter.test(name));

/** The stories of a module: its named exports, as Storybook counts them (include/excludeStories honoured). */
export function storiesOf(file: string, module: StoriesModule): StoryEntry[] {
  const meta = module.default as Meta;
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default' && exportName !== '__namedExportsOrder')
    .filter(([exportName]) => !meta.includeStories || matches(exportName, meta.includeStories))
    .filter(([exportName]) => !meta.excludeStories || !matches(exportName, meta.excludeStories))
    .map(([exportName, value]) => {
      const story: Annotations = typeof value === 'function' ? { render: value as RenderFn } : (value as Annotations);
      const parameters = combineParameters(meta.parameters, story.parameters);
      return {
        file,
        exportName,
        name: story.name ?? exportName,
        meta,
        story,
        state: (parameters.state as StoryState) ?? 'data',
        args: { ...meta.args, ...story.args },
        argTypes: storyArgTypes({
          component: meta.component,
          metaArgTypes: meta.argTypes,
          ownArgTypes: story.argTypes,
          parameters,
          args: { ...meta.args, ...story.args },
        }),
      };
    });
}

export const allStories = (): StoryEntry[] => Object.entries(STORY_MODULES).flatMap(([file, module]) => storiesOf(file, module));

export { deepQueryAll, deepText } from './helpers.js';

/** Elements showing a pending load: the elements mark their status region `aria-busy="true"`. */
export const busyElements = (root: Node) => deepQueryAll(root, '[aria-busy="true"]');
export const alerts = (root: Node) => deepQueryAll(root, '[role="alert"]');
export const statuses = (root: Node) => deepQueryAll(root, '[role="status"]');

/**
 * Waits until a rendered story shows what its state promises: data (nothing busy any more), an error
 * (nothing busy and an alert), or the loading status. Only the hang guard limits the wait.
 */
export async function settleStory(container: HTMLElement, state: StoryState): Promise<void> {
  const waitedFor = state === 'loading' ? 'a role="status" loading message' : state === 'error' ? 'a role="alert"' : 'the data';
  // First render everything: before their first update, elements show neither data nor their busy state.
  await settle(container);
  await until(() => {
    const busy = busyElements(container).length > 0;
    return state === 'loading' ? statuses(container).length > 0 : !busy && (state === 'data' || alerts(container).length > 0);
  }, `${waitedFor} in the story`);
  await settle(container);
}

export interface RenderedStory {
  container: HTMLElement;
  /** console.error calls, uncaught errors and unhandled rejections while the story rendered and settled. */
  errors: string[];
  /**
   * Renders the story again with other args, as the Controls panel does (the render function and the
   * decorators run again; `play` does not), and waits for its elements' updates.
   */
  rerender(args: Args): Promise<void>;
  cleanup(): void;
}

/**
 * Renders one story into a fresh container attached to the document, as Storybook would: loaders, then
 * decorators around the render function; waits for the state the story promises; then runs `play` and
 * waits again. `beforeRender` may attach listeners to the container first.
 */
export async function renderStory(entry: StoryEntry, beforeRender?: (container: HTMLElement) => void): Promise<RenderedStory> {
  const { meta, story } = entry;
  const errors: string[] = [];
  const originalConsoleError = console.error;
  console.error = (...data: unknown[]) => {
    errors.push(`console.error: ${data.map(String).join(' ')}`);
    originalConsoleError.apply(console, data);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const container = document.createElement('div');
  container.dataset.story = `${entry.file}#${entry.exportName}`;
  document.body.append(container);
  const cleanup = () => {
    render(null, container);
    container.remove();
    console.error = originalConsoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };

  let storyFn: (ctx: Context) => unknown = () => undefined;
  let context: Context | undefined;
  const rerender = async (args: Args) => {
    if (!context) throw new Error('the story did not render');
    render(storyFn({ ...context, args }), container);
    await settle(container);
  };
  try {
    context = {
      id: `${entry.file}--${entry.exportName}`,
      name: entry.name,
      title: meta.title ?? entry.file,
      args: entry.args,
      argTypes: entry.argTypes,
      globals: {},
      parameters: combineParameters(meta.parameters, story.parameters),
      loaded: {},
      viewMode: 'story',
    };
    for (const loader of [...list(meta.loaders), ...list(story.loaders)]) Object.assign(context.loaded, await loader(context));
    const renderFn = story.render ?? meta.render;
    if (!renderFn) throw new Error('the story and its meta have no render function');
    storyFn = (ctx: Context) => renderFn(ctx.args, ctx);
    // Innermost first, as Storybook applies them: the story's, the meta's, then the project's (preview.ts).
    for (const decorator of [...list(story.decorators), ...list(meta.decorators), ...(projectDecorators as Decorator[])]) {
      const inner = storyFn;
      storyFn = (ctx) => decorator((update) => inner({ ...ctx, ...update }), ctx);
    }
    beforeRender?.(container);
    render(storyFn(context), container);
    // A story with `play` reaches its state through it (a file opened that turns out not to be text): before
    // it, only wait until nothing is busy.
    await settleStory(container, story.play ? 'data' : entry.state);
    if (story.play) {
      // As in Storybook, `play` acts on the rendered story (a search typed, a section folded…).
      await story.play({ ...context, canvasElement: container });
      await settleStory(container, entry.state);
    }
  } catch (error) {
    cleanup();
    throw error;
  }
  return { container, errors, rerender, cleanup };
}
