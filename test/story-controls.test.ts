/**
 * Every control of every story acts. For each story, and each control its Controls panel shows (the
 * argTypes Storybook prepares: the manifest's rows, the meta's and the story's, stories/support/manifest.ts),
 * render the story again with that one arg changed, through the story's args as the panel does, and
 * compare what renders with the story's own render: the text and markup of the shadow roots, and the
 * computed look (colours, borders, outline, fonts, spacing, size) of every element that is drawn (a
 * hidden card's colours count for nothing). A control that changes
 * nothing there fails the test; a story hides a control that cannot act in it (`control: false`).
 *
 * The change tried for each control: another option (every other one in turn, from the last, until one
 * acts), the opposite boolean, a colour no default uses, half a size or number, another font, or the value listed in
 * TEXT_PROBES for the attributes that take a text or a number; `highlight` is tried with a word of the
 * story's first title as well, as a designer types a word they see (the listed words are the seed's).
 *
 * Focus outlines are part of the look: the first element of a story that can take the focus has it
 * while the story is compared (as after a Tab), so `--boite-focus` is judged where it is seen.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { CATEGORY, controlledArgs, variableKind, type ArgType } from '../stories/support/manifest.js';
import { ENGINE, HANG_GUARD_MS, settle } from './helpers.js';
import { allStories, busyElements, deepQueryAll, renderStory, type RenderedStory, type StoryEntry } from './story-harness.js';

/** A colour that no element uses by default, and a second one in case a story already set the first. */
const PROBE_COLOURS = ['#c2185b', '#00695c'];
const PROBE_FONTS = ['Georgia, serif', 'monospace'];

/** The value tried for the text and number attributes (and the story's own text args). */
const TEXT_PROBES: Record<string, unknown[]> = {
  src: ['data/n-existe-pas.json', 'data/chantiers.json'],
  chantier: ['logement-inconnu'],
  highlight: ['discrimination', 'logement'],
  permalink: ['#chantier=exemple'],
  caption: ['Qui fait quoi ?'],
  timeout: [1],
  'example-src': [''],
};

/** Computed properties that make what a person sees. */
const LOOK = [
  'color',
  'background-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-width',
  'border-left-width',
  'border-top-left-radius',
  'border-bottom-right-radius',
  'outline-color',
  'outline-style',
  'outline-width',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'padding-top',
  'padding-left',
  'margin-top',
  'display',
  'visibility',
  'text-decoration-line',
] as const;

/** An element's computed look and the size of its box. */
function lookOf(element: Element): string {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return `${LOOK.map((property) => style.getPropertyValue(property)).join('|')} ${Math.round(box.width * 2) / 2}x${Math.round(box.height * 2) / 2}`;
}

/**
 * What a story renders, as text: every element's computed look and box, and the markup and text inside
 * the elements' shadow roots. The story's own markup (its wrappers, the elements' attributes) is left out:
 * those are the inputs, not the result.
 */
function snapshot(container: HTMLElement): string {
  const lines: string[] = [];
  const walk = (node: Node, depth: number, inShadow: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${' '.repeat(depth)}"${text}"`);
      return;
    }
    if (!(node instanceof Element)) {
      for (const child of node.childNodes) walk(child, depth, inShadow);
      return;
    }
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
    const attributes = inShadow
      ? [...node.attributes].filter((attribute) => attribute.name !== 'style').map((attribute) => `${attribute.name}=${attribute.value}`)
      : [];
    // The look of what is drawn only: a hidden card's colours are computed, but nobody sees them (nor read here).
    const look = node.getClientRects().length > 0 ? lookOf(node) : 'not drawn';
    lines.push(`${' '.repeat(depth)}<${node.localName} ${attributes.join(' ')}> ${look}`);
    if (node.shadowRoot) walk(node.shadowRoot, depth + 1, true);
    for (const child of node.childNodes) walk(child, depth + 1, inShadow);
  };
  walk(container, 0, false);
  return lines.join('\n');
}

/** Where the page is scrolled: not part of what a story shows, but what shows can depend on it. */
const scrolled = () => `${scrollX},${scrollY}`;

/**
 * Whether the page is still before the current frame's rendering update: true from a `nextFrame()`
 * callback until that frame's ResizeObservers run (each callback resizes an observed marker), which is after
 * every animation frame callback and its microtasks, and before the frame's layout is used (intersection
 * observers, painting). A snapshot taken while it holds and one taken two frames later have two whole
 * rendering updates between them, as the two double `requestAnimationFrame` waits before each snapshot
 * gave; and a story that a control re-renders (microtasks, no task) is compared at once, within the frame
 * of the last snapshot, instead of one to two frames later.
 */
let beforeRenderingUpdate = false;
let frames = 0;
const frameMarker = Object.assign(document.createElement('div'), { ariaHidden: 'true' });
frameMarker.style.cssText = 'position: fixed; top: 0; left: 0; width: 1px; height: 1px; opacity: 0; pointer-events: none';
document.body.append(frameMarker);
new ResizeObserver(() => (beforeRenderingUpdate = false)).observe(frameMarker);

const nextFrame = () =>
  new Promise<void>((resolve, reject) =>
    requestAnimationFrame(() => {
      // The previous frame's update ran the observer; if an engine did not, the mark would mean nothing.
      if (beforeRenderingUpdate) reject(new Error('the ResizeObserver did not run in the last rendering update'));
      beforeRenderingUpdate = true;
      frames += 1;
      frameMarker.style.width = `${(frames % 100) + 1}px`; // another size than at the last update, whatever ran since
      resolve();
    }),
  );

/**
 * What the story shows once the browser is done laying it out and scrolling: the same snapshot twice, two
 * rendering updates apart, with the page scrolled to the same place. A box highlights the search words only
 * in the cards near the window (an IntersectionObserver), and a card opened from a link scrolls smoothly
 * to itself: until that scroll ends, which cards are near, and so what shows, can still change.
 */
async function shown(container: HTMLElement): Promise<string> {
  let previous: string | undefined;
  let previousScroll: string | undefined;
  const deadline = performance.now() + HANG_GUARD_MS;
  for (;;) {
    if (performance.now() > deadline) throw new Error('the story never stops changing');
    await settle(container);
    // Each snapshot is taken before a rendering update: a settling that waited for a task waits for a frame.
    if (!beforeRenderingUpdate) {
      await nextFrame();
      continue;
    }
    const now = snapshot(container);
    const scroll = scrolled();
    if (now === previous && scroll === previousScroll) return now;
    previous = now;
    previousScroll = scroll;
    await nextFrame();
    await nextFrame();
  }
}

/** A word of five letters or more in the first title the story shows (a chantier's), if any. */
function titleWord(container: HTMLElement): string[] {
  const title = deepQueryAll(container, '[part~="title"]')[0]?.textContent ?? '';
  const word = title.split(/[^\p{L}]+/u).find((candidate) => candidate.length >= 5);
  return word ? [word] : [];
}

/** The values to try for one control, in order, from its argType, the story's value and what it shows. */
function probesFor(name: string, argType: ArgType | undefined, value: unknown, container: HTMLElement): unknown[] {
  const others = (candidates: unknown[]) => candidates.filter((candidate) => candidate !== value);
  const control = typeof argType?.control === 'object' ? argType.control.type : argType?.control;
  // From the last: the first options are the unset value and what it means ('' then 'auto', 'query',
  // 'light'), which the story often shows already; every other option is still tried until one acts.
  if (argType?.options) return others([...argType.options].reverse());
  if (control === 'boolean' || typeof value === 'boolean') return [!value];
  if (argType?.table?.category === CATEGORY.cssProperties) {
    const documented = argType.table.defaultValue?.summary;
    const kind = variableKind(documented);
    if (kind === 'colour') return others(PROBE_COLOURS).slice(0, 1);
    const size = /^(-?\d*\.?\d+)([a-z%]*)$/i.exec(String(value || documented || '').trim());
    if (size) return [`${Number(size[1]) / 2}${size[2]}`];
    return others(PROBE_FONTS).slice(0, 1);
  }
  return others([...(TEXT_PROBES[name] ?? []), ...(name === 'highlight' ? titleWord(container) : [])]);
}

/** The first element of the story that takes the focus, shadow roots included. */
const focusable = (container: HTMLElement) =>
  deepQueryAll(container, 'a[href], button:not([disabled]), input, textarea, select, [tabindex]:not([tabindex="-1"])').find(
    (element) => element.getClientRects().length > 0,
  ) as HTMLElement | undefined;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Renders `args` and waits for what they change to show: the elements' updates, then, while an element
 * is still loading (a new `src`), its answer. A render that stays unchanged while something still loads
 * counts as unchanged only at the hang guard: a control that acts stops the wait as soon as it shows.
 */
async function changedBy(rendered: RenderedStory, args: Record<string, unknown>, before: string): Promise<boolean> {
  await rendered.rerender(args);
  const deadline = performance.now() + HANG_GUARD_MS;
  for (;;) {
    if ((await shown(rendered.container)) !== before) return true;
    if (busyElements(rendered.container).length === 0 || performance.now() > deadline) return false;
    await pause(50);
  }
}

/** A fresh render of the story (its `play` included), focused as after a Tab, and what it shows. */
async function baseline(entry: StoryEntry) {
  const rendered = await renderStory(entry);
  focusable(rendered.container)?.focus();
  return { rendered, shown: await shown(rendered.container) };
}

/**
 * The controls tried in each story. Every pair of a story and one of its controls is tried in one engine,
 * Chromium and Firefox in turn (≈ 1,800 renders between them; each takes about as long per render here). Besides, each engine
 * tries each control of each stories file once, in the first story that offers it, and at least one control
 * in every story (its first), so every story is rendered, compared with itself and driven through its args
 * in every engine. WebKit, the slowest here at this, does only that (≈ 220 renders); this file alone took
 * two thirds of Chromium's run when Chromium tried every pair (issue 13: `npm test` under 10 minutes).
 *
 * Why that keeps what an engine can change: a control reaches the elements through the story's args, the
 * story's render and Lit (script, the same in every engine), and whether it matters in a given story
 * depends on that story's data and state (script again); both are proved for every pair, in Chromium or
 * Firefox. What depends on the engine is whether the change shows (a custom property read through `var()`,
 * `color-mix()`, a font, an outline on `:focus-visible`, a layout size), and that is proved for every
 * control of every component in each engine, where its first story shows it.
 */
function controlsToTry(entries: StoryEntry[]): Map<StoryEntry, string[]> {
  const tried = new Set<string>();
  let pair = 0;
  const ownPair = () => {
    const engine = pair % 2 === 1 ? 'Firefox' : 'Chromium';
    pair += 1;
    return engine === ENGINE;
  };
  return new Map(
    entries.map((entry) => {
      const controls = controlledArgs(entry.argTypes, entry.args);
      const fresh = controls.filter((name) => !tried.has(`${entry.file} ${name}`));
      fresh.forEach((name) => tried.add(`${entry.file} ${name}`));
      const sampled = fresh.length > 0 ? fresh : controls.slice(0, 1);
      const own = controls.filter(ownPair);
      return [entry, controls.filter((name) => sampled.includes(name) || own.includes(name))];
    }),
  );
}

for (const [entry, controls] of controlsToTry(allStories())) {
  describe(`controls: ${entry.file} ${entry.exportName}`, () => {
    it(`every control changes the render (${controls.join(', ')})`, async () => {
      let { rendered, shown: before } = await baseline(entry);
      const inert: string[] = [];
      try {
        // The comparison means something only if the same args render the same.
        await rendered.rerender(entry.args);
        expect(await shown(rendered.container), 'the story renders differently with the same args').to.equal(before);

        for (const name of controls) {
          const probes = probesFor(name, entry.argTypes[name], entry.args[name], rendered.container);
          expect(probes, `no value to try for the control "${name}": add one to TEXT_PROBES`).not.to.be.empty;
          let acted = false;
          for (const probe of probes) {
            acted = await changedBy(rendered, { ...entry.args, [name]: probe }, before);
            // Back to the story's args, focused again as after a Tab (a control that re-creates an element
            // takes the focus with it; the baseline's focus is given back as the baseline got it). When that
            // does not give the story back (an element was recreated and lost what `play` did), start again
            // from a fresh render.
            await rendered.rerender(entry.args);
            focusable(rendered.container)?.focus();
            if ((await shown(rendered.container)) !== before) {
              rendered.cleanup();
              ({ rendered, shown: before } = await baseline(entry));
            }
            if (acted) break;
          }
          if (!acted) inert.push(`${name} (tried ${probes.map((probe) => JSON.stringify(probe)).join(', ')})`);
        }
      } finally {
        rendered.cleanup();
      }
      expect(inert, 'controls that change nothing in this story').to.deep.equal([]);
    });
  });
}
