/** Test helpers: the seed's data as fixture, text across shadow roots, waiting for nested elements. */
import { fixture, oneEvent } from '@open-wc/testing';
import type { IdeaBoxDocument } from '../src/model/types.js';

export const SEED_URL = '/data/chantiers.json';

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

/**
 * How much longer `run` takes on 4 × `size` than on `size`: for "this must stay linear" tests, which compare
 * growth within one run, never a wall-clock limit. Each timing repeats the call for at least 20 ms (coarse
 * browser clocks), small and large sizes alternate (load from other processes hits both), and the best of
 * `rounds` is kept (the one least disturbed by garbage collection and the machine's other work). Linear work
 * gives ≈ 4; callers assert `< 8`, which quadratic work (≈ 16) cannot meet.
 */
export function growthOf(run: (size: number) => void, size: number, rounds = 9): { small: number; large: number; ratio: number; summary: string } {
  const perCall = (n: number) => {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run(n);
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < 20);
    return elapsed / calls;
  };
  run(size); // warm up: compiled code, caches
  let small = Infinity;
  let large = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    small = Math.min(small, perCall(size));
    large = Math.min(large, perCall(4 * size));
  }
  const ratio = large / small;
  return { small, large, ratio, summary: `${size}: ${small.toFixed(2)} ms; ${4 * size}: ${large.toFixed(2)} ms; ratio ${ratio.toFixed(1)}` };
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
