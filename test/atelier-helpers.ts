/** What the tests of <atelier-boite> share: rendering it, reading what it shows, acting as the author. */
import { fixture } from '@open-wc/testing';
import '../src/atelier-boite/define.js';
import type { AtelierBoiteElement } from '../src/atelier-boite/atelier-boite.js';
import { deepQueryAll, nextEvent, settle, SEED_URL, until } from './helpers.js';

export const TEXT_URL = '/data/restitution.txt';
let seedText: Promise<string> | undefined;
let seedJson: Promise<string> | undefined;
/** data/restitution.txt and data/chantiers.json as written (the fixtures, never retyped). */
export const restitution = () => (seedText ??= fetch(TEXT_URL).then((response) => response.text()));
export const chantiersJson = () => (seedJson ??= fetch(SEED_URL).then((response) => response.text()));

/** Renders the workshop (listening to nothing: it fires no event when it reads its stored draft). */
export async function atelier({ lang = '', attributes = {} as Record<string, string> } = {}): Promise<AtelierBoiteElement> {
  const wrapper = document.createElement('div');
  if (lang) wrapper.lang = lang;
  const element = document.createElement('atelier-boite');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  await fixture(wrapper);
  await settle(element);
  return element;
}

export const root = (element: AtelierBoiteElement) => element.shadowRoot!;
export const textarea = (element: AtelierBoiteElement) => root(element).querySelector('textarea')!;
/** Text content with every run of spaces (French no-break spaces included) made one space. */
export const norm = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
export const status = (element: AtelierBoiteElement) => norm(root(element).querySelector('[role="status"]')!.textContent);
export const alertOf = (element: AtelierBoiteElement) => root(element).querySelector('[role="alert"]');
export const gotoButtons = (element: AtelierBoiteElement) => [...root(element).querySelectorAll<HTMLButtonElement>('button.goto')];
export const button = (element: AtelierBoiteElement, name: string) => {
  const found = [...root(element).querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
export const cards = (element: AtelierBoiteElement) => deepQueryAll(element, 'chantier-card');
export const previewOf = (element: AtelierBoiteElement) => root(element).querySelector('[part="preview"]')!;

/** Pastes a text as the author would (the field's value, then one `input` event) and waits for the checks. */
export async function paste(element: AtelierBoiteElement, text: string) {
  const changed = nextEvent(element, 'atelier-boite-change');
  const field = textarea(element);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  const event = await changed;
  await settle(element);
  return event;
}

/** 1-based line of an offset in a text, as editors count. */
export const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Runs `action` and returns what it downloaded: the Blob given to `URL.createObjectURL` and the link's
 * `download` name. The click on the link is cancelled, so no file is written and the page stays.
 */
export async function captureDownload(action: () => void): Promise<{ blob: Blob; name: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  const onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      name = target.download;
      event.preventDefault();
    }
  };
  window.addEventListener('click', onClick, { capture: true });
  try {
    action();
    await until(() => blob && name, 'a download');
  } finally {
    URL.createObjectURL = original;
    window.removeEventListener('click', onClick, { capture: true });
  }
  return { blob: blob!, name };
}

