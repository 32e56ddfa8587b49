/** Test helpers: the seed's data as fixture, text across shadow roots, waiting for nested elements. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextProvider, createContext } from '@lit/context';
import type { Chantier, IdeaBoxDocument } from '../src/model/types.js';
import './history-budget.js';

export const SEED_URL = '/data/chantiers.json';

/** The engine the tests run in, from its user agent (Chromium's also names Safari, WebKit's no Chrome). */
export const ENGINE: 'Chromium' | 'Firefox' | 'WebKit' = /Firefox\//.test(navigator.userAgent)
  ? 'Firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'Chromium'
    : 'WebKit';

let seed: Promise<IdeaBoxDocument> | undefined;
/** The seed's idea box document (`data/chantiers.json`), fetched once; tests clone what they change. */
export function loadSeed(): Promise<IdeaBoxDocument> {
  seed ??= fetch(SEED_URL).then((response) => response.json() as Promise<IdeaBoxDocument>);
  return seed.then((document) => structuredClone(document));
}

/** All text a person sees in a node, shadow roots included, whitespace collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push((current as Text).data);
    if (current instanceof Element && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(current.tagName)) return;
    const root = current instanceof Element ? current.shadowRoot : null;
    for (const child of (root ?? current).childNodes) walk(child);
    // Block boundaries read as a space, as they do on screen; inline elements (abbr, mark) do not.
    if (current instanceof Element && !getComputedStyle(current).display.startsWith('inline')) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * All text in an element, shadow roots included, with nothing added between nodes: a word that a
 * <mark> or <abbr> cuts stays whole, and block boundaries are not marked either. Works on the nodes of
 * another frame too (no `instanceof`, which is false across realms).
 */
export function flatText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    if (node.nodeType !== Node.ELEMENT_NODE) return node.childNodes.forEach(walk);
    const element = node as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
    const shadow = element.shadowRoot;
    (shadow ?? node).childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ').trim();
}

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/**
 * Every element in a tree, shadow roots included, matching a selector. It goes by `nodeType`, not
 * `instanceof`, so it also walks a frame's document (another realm).
 */
export function deepQueryAll<E extends Element = Element>(root: Node, selector: string): E[] {
  const found: E[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) {
      if (node.matches(selector)) found.push(node as E);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/**
 * The only deadline a test waits under: a guard against a hang, not a speed requirement. Nothing here takes
 * a tenth of it on a loaded two-core machine; a wait that reaches it has failed, whatever the machine.
 */
export const HANG_GUARD_MS = 120_000;

/**
 * Waits until `condition()` holds (polled every frame-ish interval), failing with `what` if it never does.
 * The wait has no time budget but the hang guard: how long a condition takes depends on the machine.
 */
export async function until(condition: () => unknown, what: string, { interval = 20 } = {}): Promise<void> {
  const deadline = performance.now() + HANG_GUARD_MS;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`never happened: ${what} (waited ${HANG_GUARD_MS / 1000} s)`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

type Updating = Element & { updateComplete: Promise<unknown>; isUpdatePending: boolean };
const litElements = (root: Node) => deepQueryAll(root, '*').filter((element): element is Updating => 'updateComplete' in element);

/**
 * Waits until no Lit element in the tree (shadow roots included) has an update pending. An update that
 * schedules another for ever would hang a test silently; after 50 rounds it fails, naming the elements.
 */
export async function settle(root: Node): Promise<void> {
  const ROUNDS = 50;
  for (let round = 0; round < ROUNDS; round += 1) {
    await Promise.all(litElements(root).map((element) => element.updateComplete));
    if (!litElements(root).some((element) => element.isUpdatePending)) return;
  }
  const still = litElements(root).filter((element) => element.isUpdatePending).map((element) => element.localName);
  throw new Error(`settle: still updating after ${ROUNDS} rounds: ${still.join(', ')} (an update that never ends?)`);
}

/** The next event of a type, typed from `GlobalEventHandlersEventMap` (our typed event classes). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** Resolves with the element's `<tag>-load` or `<tag>-error` event, whichever comes first. */
/** Puts `box` (a `<boite-a-idees>`, its source set) in `wrapper`, renders them, and waits until the box is shown. */
export async function showBoxIn<B extends HTMLElement>(wrapper: HTMLElement, box: B): Promise<B> {
  wrapper.append(box);
  const loaded = nextEvent(box, 'boite-a-idees-load' as keyof GlobalEventHandlersEventMap);
  await fixture(wrapper);
  await loaded;
  await settle(box);
  return box;
}

export function settled(element: HTMLElement): Promise<Event> {
  const tag = element.localName;
  return Promise.race([oneEvent(element, `${tag}-load`), oneEvent(element, `${tag}-error`)]);
}

/**
 * Renders an element of the seed (`src` + `chantier`) and waits until it shows its data; it listens
 * before connecting the element, so a fast answer cannot slip by.
 */
export async function elementFromSeed<K extends 'chantier-card' | 'freins-list' | 'gouvernance-table'>(
  tag: K,
  id: string,
  attributes: Record<string, string> = {},
  lang?: string,
): Promise<HTMLElementTagNameMap[K]> {
  const wrapper = document.createElement('div');
  if (lang) wrapper.lang = lang;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ src: SEED_URL, chantier: id, ...attributes })) element.setAttribute(name, value);
  wrapper.append(element);
  const done = settled(element);
  await fixture(wrapper);
  await done;
  await settle(element);
  return element;
}

/** The chantier a host page provides by itself in test/page-context-cut.test.ts and the elements' tests. */
export const PAGE_CHANTIER = {
  id: 'fourni-par-la-page',
  thematique: 'Emploi',
  titre: 'Un chantier fourni par la page',
  freins: { items: ['Un frein fourni par la page'] },
  gouvernance: { roles: [{ role: 'Pilote fourni par la page', texte: 'La mairie' }] },
} as const satisfies Partial<Chantier>;

/**
 * Puts `element` in a `<section>` of the page that provides PAGE_CHANTIER through the library's context,
 * outside any card, as a host page does with its own @lit/context (the context's global key,
 * src/shared/context.ts), and renders them in a `<main>`.
 */
export async function inPageContext<E extends HTMLElement>(element: E): Promise<E> {
  const section = document.createElement('section');
  new ContextProvider(section, { context: createContext<unknown>(Symbol.for('boite-a-idees/chantier')), initialValue: PAGE_CHANTIER });
  section.append(element);
  await fixture(html`<main>${section}</main>`);
  return element;
}

/** The lines a chantier's card must show, read from the seed's restitution text (data/restitution.txt). */
export interface SeedChantierLines {
  titre: string;
  lines: string[];
}

const SECTION_HEADINGS = [
  /^\W*Enjeu$/,
  /^On aura réussi si\.\.\.$/,
  /^En quoi consiste le chantier \?$/,
  /^Les ressources à mobiliser :$/,
  /^Questions en suspens:$/,
  /^La gouvernance : qui fait quoi \?$/,
  /^\W*Les freins éventuels à anticiper :$/,
];
const PAGE_HEADERS = [/^\|?\s*Pays et Quartiers de$/, /^Nouvelle-Aquitaine$/, /^Thématique : /];

/**
 * Splits the seed text by chantier: the lines after each `Chantier - "…"` header (a continuation page
 * repeats the header, so it lands on the same chantier, whatever its misplaced "Thématique" line says),
 * and the workshop lines ("Atelier …", its question) before it. Section headings and page headers are
 * interface, not content; governance lines "X : Y" are returned as their two parts, which the table
 * shows in two cells.
 */
export async function seedLinesByChantier(): Promise<SeedChantierLines[]> {
  const text = await (await fetch('/data/restitution.txt')).text();
  const chantiers = new Map<string, SeedChantierLines>();
  let current: SeedChantierLines | undefined;
  let workshop: string[] = [];
  let inGouvernance = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || PAGE_HEADERS.some((pattern) => pattern.test(line))) continue;
    const chantierHeader = /^(?:Chantier - )+"(.*)"$/.exec(line);
    if (chantierHeader) {
      const titre = chantierHeader[1];
      current = chantiers.get(titre) ?? { titre, lines: [titre] };
      current.lines.push(...workshop);
      workshop = [];
      chantiers.set(titre, current);
      inGouvernance = false;
      continue;
    }
    const atelier = /^(Atelier .*) :$/.exec(line);
    if (atelier) {
      current = undefined;
      workshop = [atelier[1]];
      continue;
    }
    if (!current) {
      if (workshop.length) workshop.push(line); // the workshop's question, over two lines
      continue;
    }
    if (SECTION_HEADINGS.some((pattern) => pattern.test(line))) {
      inGouvernance = /gouvernance/.test(line);
      continue;
    }
    const content = line.replace(/^- /, '');
    const role = inGouvernance ? /^(.*?) : (.*)$/.exec(content) : null;
    if (role) current.lines.push(role[1], role[2]);
    else current.lines.push(content);
  }
  return [...chantiers.values()];
}

export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Linear work on 4 times the input takes about 4 times as long; quadratic work, 16 times. */
export const LINEAR_GROWTH_LIMIT = 8;

/** The time of one call of `work`, in ms: the best per-call time of runs of `repeat` calls. */
function timeOf(work: () => unknown, repeat: number): number {
  const start = performance.now();
  for (let index = 0; index < repeat; index += 1) work();
  return (performance.now() - start) / repeat;
}

/** A run shorter than this is too coarse to measure on browser clocks (0.1 ms, or 1 ms in WebKit). */
const SHORTEST_RUN_MS = 20;
const MOST_REPEATS = 1 << 20;

/**
 * How many calls of `work` make a run of at least 50 ms. Each count is timed three times and the fastest
 * kept: a pause of the process during one timing (another job, a garbage collection) would otherwise stop
 * the count too early, and leave runs too short for the clock to measure.
 */
function repeatsFor(work: () => unknown, from = 1): number {
  let repeat = from;
  const fastestRun = () => Math.min(...[0, 1, 2].map(() => timeOf(work, repeat))) * repeat;
  while (fastestRun() < 50 && repeat < MOST_REPEATS) repeat *= 2;
  return repeat;
}

/**
 * How much longer `large` takes than `small`, for the "this must stay linear" tests: they compare growth
 * within one run, never against a wall-clock limit, so a slow or loaded machine slows both alike.
 * - a warm-up of both (300 ms): the engine compiles the code and its heap grows to what the large input
 *   needs; measured cold, the first large runs pay for that growth and the ratio doubles;
 * - each timing repeats the call for at least 50 ms, and runs of the two alternate (a busy phase of the
 *   machine weighs on both), the best of `rounds` kept for each;
 * - the best ratio of up to three such measurements: a pause of the process (another job, a garbage
 *   collection) only ever makes one look worse, while super-linear work shows in every one.
 * Inputs 4 times apart give ≈ 4 for linear work; `expectLinearGrowth` asserts < 8, which quadratic work
 * (≈ 16) cannot meet. Measurements stop once the ratio is under `limit`.
 */
export function growthBetween(
  small: () => unknown,
  large: () => unknown,
  { rounds = 5, limit = LINEAR_GROWTH_LIMIT } = {},
): { ratio: number; summary: string } {
  for (const start = performance.now(); performance.now() - start < 300; ) {
    small();
    large();
  }
  const works = [small, large];
  const repeats = works.map((work) => repeatsFor(work));
  let best = { ratio: Infinity, summary: '' };
  for (let attempt = 0; attempt < 3 && best.ratio >= limit; attempt += 1) {
    const fastest = [Infinity, Infinity];
    for (let round = 0; round < rounds; round += 1) {
      works.forEach((work, which) => (fastest[which] = Math.min(fastest[which], timeOf(work, repeats[which]))));
    }
    // A run the clock cannot measure (the count was set while the machine was busier than now) measures
    // nothing: count again from there, and measure again; this attempt does not count.
    const tooShort = works.map((_, which) => fastest[which] * repeats[which] < SHORTEST_RUN_MS && repeats[which] < MOST_REPEATS);
    if (tooShort.some(Boolean)) {
      works.forEach((work, which) => tooShort[which] && (repeats[which] = repeatsFor(work, repeats[which] * 2)));
      attempt -= 1;
      continue;
    }
    const ratio = fastest[1] / Math.max(fastest[0], 0.001);
    if (ratio < best.ratio) best = { ratio, summary: `n: ${fastest[0].toFixed(3)} ms; 4n: ${fastest[1].toFixed(3)} ms; ratio ${ratio.toFixed(1)}` };
  }
  return best;
}

/** Asserts that `large` (4 times the input of `small`) takes less than 8 times as long: linear, not quadratic. */
export function expectLinearGrowth(small: () => unknown, large: () => unknown, what = '', rounds?: number): void {
  const { ratio, summary } = growthBetween(small, large, { rounds });
  expect(ratio, `${what ? `${what}: ` : ''}${summary}`).to.be.below(LINEAR_GROWTH_LIMIT);
}

/** The same for work given by its size: `run(size)` against `run(4 × size)`. */
export function growthOf(run: (size: number) => void, size: number): { ratio: number; summary: string } {
  return growthBetween(() => run(size), () => run(4 * size));
}

const openFrames: HTMLIFrameElement[] = [];

/**
 * Loads a page in an iframe, 1024 px wide, and resolves once it has loaded (its module scripts have run).
 * Without `scripts`, the frame is sandboxed: same origin (the test reads its DOM), no script of the page.
 * `removeFrames()` takes away every frame opened so far.
 */
export async function loadFrame<W extends Window = Window & typeof globalThis>(
  url: string,
  { title = 'Page hôte', height = 800, scripts = true } = {},
): Promise<{ frame: HTMLIFrameElement; win: W; doc: Document }> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.title = title;
  frame.width = '1024';
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  return { frame, win: frame.contentWindow as W, doc: frame.contentDocument! };
}

export function removeFrames(): void {
  for (const frame of openFrames.splice(0)) frame.remove();
}
