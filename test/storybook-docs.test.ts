/**
 * The built Storybook, as a designer opens it (`npm run build-storybook` → storybook-static/, which
 * `npm test` builds before the browser tests; the test server serves it from the repository root):
 * - every docs page (the Introduction, the theme builder, each element's page) renders, and axe finds no
 *   violation in it, nor in the stories it shows in frames of their own;
 * - every story offers, in Storybook's Controls panel, exactly the controls that test/story-controls.test.ts
 *   proves act (the argTypes Storybook prepared, read from its preview, against the harness's);
 * - a control changed the way the panel changes it (`updateStoryArgs`) reaches the element.
 * Each page is loaded in a same-origin frame of the test page; axe-core is injected into it.
 */
import { expect } from '@open-wc/testing';
import { controlledArgs } from '../stories/support/manifest.js';
import { until } from './helpers.js';
import { allStories, type StoryEntry } from './story-harness.js';

const STATIC = '/storybook-static';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
  exportName?: string;
}

const indexResponse = await fetch(`${STATIC}/index.json`);
if (!indexResponse.ok) {
  throw new Error(`${STATIC}/index.json: HTTP ${indexResponse.status}. Build Storybook first: npm run build-storybook (npm test does).`);
}
const index = Object.values(((await indexResponse.json()) as { entries: Record<string, IndexEntry> }).entries);
const docsPages = index.filter((entry) => entry.type === 'docs');
const storyEntries = index.filter((entry) => entry.type === 'story');

const harness = new Map(allStories().map((entry) => [`./${entry.file}#${entry.exportName}`, entry]));
const harnessEntry = (entry: IndexEntry) => harness.get(`${entry.importPath}#${entry.exportName}`);
/** Stories that stay loading on purpose (their `src` never answers): their elements stay aria-busy. */
const loadingStoryIds = new Set(storyEntries.filter((entry) => harnessEntry(entry)?.state === 'loading').map((entry) => entry.id));

/** Waits until `probe()` gives something (only the hang guard limits the wait), and returns it. */
async function waitFor<T>(what: string, probe: () => T | undefined | null | false): Promise<T> {
  let value: T | undefined | null | false;
  await until(() => (value = probe()), what);
  return value as T;
}

/** A same-origin frame of the built Storybook, loaded. */
async function openFrame(url: string, width = 1200): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = url;
  frame.style.cssText = `inline-size: ${width}px; block-size: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Every element of a document, shadow roots included. */
function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
      walk(element);
    }
  };
  walk(root);
  return found;
}

type Updating = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean; incomplete?: boolean };

/** Whether an element belongs to a story that stays loading on purpose (a docs page's story block, or its page). */
function inLoadingStory(element: Element, doc: Document): boolean {
  const storyId = new URL(doc.URL).searchParams.get('id') ?? '';
  if (doc.URL.includes('viewMode=story') && loadingStoryIds.has(storyId)) return true;
  // The page's nodes come from another window: no `instanceof` against this one's classes.
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null) {
    const block = /^story--(.+?)(--primary)?-inner$/.exec((node as Partial<Element>).id ?? '');
    if (block) return loadingStoryIds.has(block[1]);
  }
  return false;
}

/**
 * Waits until the page's elements are done: nothing loading, no chunk awaited (`incomplete`: an element shows
 * what it has while, say, its failure messages arrive, and renders again then; axe once ran in between and saw
 * a story's block scrollable, in WebKit under load), but the stories that stay loading on purpose; no Lit
 * update pending, for a few rounds in a row.
 */
async function settlePage(doc: Document) {
  let quiet = 0;
  await waitFor('the page to settle (nothing aria-busy or awaiting a chunk, no update pending)', () => {
    const elements = deepElements(doc) as Updating[];
    const busy = elements.some(
      (element) => ((element.getAttribute('aria-busy') === 'true' || element.incomplete === true) && !inLoadingStory(element, doc)) || element.isUpdatePending,
    );
    quiet = busy ? 0 : quiet + 1;
    return quiet >= 10;
  });
}

type AxeResults = { violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] };
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResults> } };

/** Loads axe-core into a document (axe checks a page's frames only where it is loaded too). */
async function injectAxe(doc: Document): Promise<void> {
  const win = doc.defaultView as AxeWindow;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core could not be loaded into the page'));
    });
    doc.head.append(script);
    await loaded;
  }
}

/** axe's violations in a page and its frames, as one page: a story frame is part of the docs page. */
async function axeViolations(doc: Document): Promise<string[]> {
  await injectAxe(doc);
  const results = await (doc.defaultView as AxeWindow).axe!.run(doc, { iframes: true });
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(' ')}`,
  );
}

/** The story frames a docs page shows (stories in their own page: `docs.story.inline: false`). */
const storyFrames = (doc: Document) => [...doc.querySelectorAll<HTMLIFrameElement>('iframe')];

describe('storybook-static: docs pages', () => {
  it('lists the docs pages (the Introduction and one per element)', () => {
    expect(docsPages.map((entry) => entry.id)).to.include('introduction--docs');
    expect(docsPages.length).to.be.greaterThan(5);
  });

  for (const page of docsPages) {
    it(`${page.title}: renders, and axe finds nothing on the page or in its story frames`, async () => {
      const frame = await openFrame(`${STATIC}/iframe.html?viewMode=docs&id=${page.id}`);
      try {
        const doc = frame.contentDocument!;
        const main = await waitFor('the docs page', () => doc.querySelector('main .sbdocs-title, main h1'));
        expect(main.textContent).not.to.equal('');
        // Every story block rendered (inline, or its frame loaded).
        await waitFor('every story of the page', () =>
          [...doc.querySelectorAll('.docs-story')].every((block) => block.querySelector('iframe') || block.querySelector('[id$="-inner"] *')),
        );
        await settlePage(doc);
        for (const storyFrame of storyFrames(doc)) {
          // Story frames load lazily, when they come into view.
          storyFrame.scrollIntoView();
          const storyDoc = await waitFor(`the story frame ${storyFrame.src}`, () => storyFrame.contentDocument?.querySelector('main') && storyFrame.contentDocument);
          await settlePage(storyDoc);
          await injectAxe(storyDoc);
        }
        expect(await axeViolations(doc)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('storybook-static: controls', () => {
  it('has, for each story the harness tests, the same story in Storybook, and no other', () => {
    expect(storyEntries.map((entry) => `${entry.importPath}#${entry.exportName}`).sort()).to.deep.equal([...harness.keys()].sort());
  });

  it('offers in each story exactly the controls the harness proves act', async () => {
    const frame = await openFrame(`${STATIC}/iframe.html?viewMode=story&id=${storyEntries[0].id}`);
    try {
      type ArgTypeShown = { control?: false | { disable?: boolean }; table?: { disable?: boolean } };
      type StoryStore = { loadStory(input: { storyId: string }): Promise<{ argTypes: Record<string, ArgTypeShown> }> };
      type Preview = { storyStoreValue?: StoryStore };
      const store = await waitFor('the Storybook story store', () => (frame.contentWindow as Window & { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.storyStoreValue);
      const differences: string[] = [];
      for (const entry of storyEntries) {
        const story = await store.loadStory({ storyId: entry.id });
        const shown = Object.entries(story.argTypes)
          .filter(([, argType]) => argType.control && !argType.control.disable && !argType.table?.disable)
          .map(([name]) => name)
          .sort();
        const tested = harnessEntry(entry) as StoryEntry;
        const proven = controlledArgs(tested.argTypes, tested.args).sort();
        if (shown.join() !== proven.join()) differences.push(`${entry.id}: Storybook [${shown.join(', ')}], tests [${proven.join(', ')}]`);
      }
      expect(differences).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('applies a colour changed in the Controls panel to the card, live', async () => {
    const storyId = 'elements-chantier-card--logement';
    const frame = await openFrame(`${STATIC}/iframe.html?viewMode=story&id=${storyId}`);
    try {
      const win = frame.contentWindow as Window & { __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: object): void } };
      const article = () => frame.contentDocument!.querySelector('chantier-card')?.shadowRoot?.querySelector('article');
      await waitFor('the card', article);
      win.__STORYBOOK_ADDONS_CHANNEL__!.emit('updateStoryArgs', { storyId, updatedArgs: { '--boite-accent-logement': '#c2185b', '--boite-surface': '#ffe0f0' } });
      const style = () => frame.contentWindow!.getComputedStyle(article()!);
      await waitFor('the new accent', () => style().borderInlineStartColor === 'rgb(194, 24, 91)');
      expect(style().backgroundColor).to.equal('rgb(255, 224, 240)');
    } finally {
      frame.remove();
    }
  });
});
