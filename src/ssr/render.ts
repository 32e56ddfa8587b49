/**
 * Server-side rendering (Node, with `@lit-labs/ssr`): the idea box or one chantier as HTML that reads
 * without JavaScript (declarative shadow DOM), with its data embedded as `<script type="application/json">`
 * so that `boite-a-idees-hydrate.js` (or `boite-a-idees/hydrate.js`) hydrates it in place: same DOM, then
 * search, filters and folding work.
 *
 * `npm run render` (scripts/render.mjs) is the command line; this module is also the package's
 * `boite-a-idees/ssr.js` entry, for sites that render on their own server (install `@lit-labs/ssr` then).
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';
import { parseDocument, type ValidationError } from '../model/parse-document.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { formatValidationError } from '../shared/messages.js';
import { provideAllWords } from './words.js';

// One pass, no waiting: every word the elements may need is there before they render.
provideAllWords();

/** The tags of this library: on the server, they run `connectedCallback` (context needs it), others do not. */
const TAGS = ['boite-a-idees', 'chantier-card', 'freins-list', 'gouvernance-table'];
LitElementRenderer.renderOptions.push((element) => (TAGS.includes(element.localName) ? { connectedCallback: true } : undefined));

export interface RenderOptions {
  /** Level (1–6) of the top heading; the ones inside follow. Default 2. */
  headingLevel?: number;
  /**
   * How each element's styles reach its shadow root. `'inline'` (default): Lit's `<style>` elements, which a
   * Content-Security-Policy allows only with `style-src 'unsafe-inline'`. A folder URL ending with `/`
   * (where `dist/styles/` is served): `<link rel="stylesheet" href="<folder><tag>.css">` instead, which
   * `style-src 'self'` allows (SECURITY.md).
   */
  styles?: 'inline' | string;
  /** Interface language, `fr` (default) or `en`; set as the element's `lang` (the data stays French). */
  lang?: 'fr' | 'en';
  /** The element's `id`. */
  id?: string;
}

export interface IdeaBoxRenderOptions extends RenderOptions {
  /**
   * The prefix of the box's keys in the page's URL (`?idees.q=…`). By default its `id`; without one, a key
   * drawn from the document (`boite-` and five letters from the meeting's title, or the chantiers' ids), the
   * same on every render of that document, so that boxes rendered apart and pasted on one page do not
   * share their keys, and links shared yesterday open today.
   */
  urlKey?: string;
  /** Where the box keeps its view in the URL: `query` (default), `fragment` or `none` (`url-state`). */
  urlState?: 'query' | 'fragment' | 'none';
}

export interface ChantierRenderOptions extends RenderOptions {
  /** Sections that visitors can fold once the script has loaded (`collapsible`). */
  collapsible?: boolean;
}

/** The document cannot be rendered: `errors` name each invalid field by its JSON path. */
export class InvalidDocumentError extends Error {
  constructor(readonly errors: readonly ValidationError[]) {
    super(`Document invalide :\n${errors.map((error) => `  - ${formatValidationError(error, 'fr')}`).join('\n')}`);
    this.name = 'InvalidDocumentError';
  }
}

/** `<boite-a-idees>` with the whole idea box, server-rendered; rejects with `InvalidDocumentError`. */
export async function renderIdeaBox(document: unknown, options: IdeaBoxRenderOptions = {}): Promise<string> {
  const parsed = validated(document);
  const urlKey = options.urlKey ?? (options.id ? undefined : documentKey(parsed));
  const rendered = await renderToString(
    html`<boite-a-idees id=${ifDefined(options.id)} url-key=${ifDefined(urlKey)} url-state=${ifDefined(options.urlState)} lang=${ifDefined(options.lang)} heading-level=${options.headingLevel ?? 2} .data=${parsed}></boite-a-idees>`,
  );
  return withStyles(withDataScript(rendered, 'boite-a-idees', parsed), options.styles);
}

/**
 * `<chantier-card>` with one chantier (`id`), server-rendered, its acronyms explained from the document's
 * glossary; rejects with `InvalidDocumentError`, or an `Error` naming the known ids.
 */
export async function renderChantier(document: unknown, id: string, options: ChantierRenderOptions = {}): Promise<string> {
  const parsed = validated(document);
  const chantier = parsed.chantiers.find((candidate) => candidate.id === id);
  if (!chantier) {
    throw new Error(`Aucun chantier n'a l'identifiant « ${id} ». Identifiants connus : ${parsed.chantiers.map((c) => c.id).join(', ')}.`);
  }
  // The page carries only this chantier and the glossary, as a document the card picks it from by id.
  const embedded: IdeaBoxDocument = { version: parsed.version, chantiers: [chantier], ...(parsed.glossaire && { glossaire: parsed.glossaire }) };
  const rendered = await renderToString(
    html`<chantier-card id=${ifDefined(options.id)} lang=${ifDefined(options.lang)} chantier=${chantier.id} heading-level=${options.headingLevel ?? 2} ?collapsible=${options.collapsible ?? false} .data=${chantier} .glossaire=${parsed.glossaire ?? []}></chantier-card>`,
  );
  return withStyles(withDataScript(rendered, 'chantier-card', embedded), options.styles);
}

/**
 * Each element's style sheet, by tag: what `dist/styles/<tag>.css` holds (`npm run build` writes them), and
 * exactly the text Lit puts in the element's server-rendered `<style>`.
 */
export function elementStylesheets(): Record<string, string> {
  return Object.fromEntries(
    TAGS.map((tag) => {
      const styles = (customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
      return [tag, styles.map((style) => style.cssText).join('')];
    }),
  );
}

/**
 * Replaces the `<style>` of every shadow root with a link to its element's style sheet in `folder`. A `<style>`
 * that matches no element's sheet (a stylesheet edited by hand?) is an error: never an inline style by accident.
 */
function withStyles(html: string, folder: 'inline' | string = 'inline'): string {
  if (folder === 'inline') return html;
  if (!folder.endsWith('/')) throw new Error(`styles: a folder URL ending with "/" (or "inline"), not ${JSON.stringify(folder)}`);
  let out = html;
  for (const [tag, css] of Object.entries(elementStylesheets())) {
    out = out.split(`<style>${css}</style>`).join(`<link rel="stylesheet" href="${escapeAttribute(`${folder}${tag}.css`)}">`);
  }
  if (out.includes('<style>')) throw new Error('styles: a rendered <style> matches no element style sheet');
  return out;
}

/**
 * Puts the data, as `<script type="application/json">`, inside the rendered element (its light DOM, where
 * the element reads it when the hydrating script loads). Added as a string after rendering rather than
 * bound as markup: `jsonScript` escapes every `<`, and the element's own closing tag is the last one in the
 * output, since every text of the data inside was escaped by Lit.
 */
function withDataScript(rendered: string, tag: string, data: unknown): string {
  const end = rendered.lastIndexOf(`</${tag}>`);
  if (end < 0) throw new Error(`<${tag}> missing from the rendered HTML`);
  return rendered.slice(0, end) + jsonScript(data) + rendered.slice(end);
}

export interface PageOptions {
  /** The page's `<title>`. */
  title: string;
  /** The page's language (`lang` of `<html>`). Default `fr`. */
  lang?: string;
  /** URL of the hydrating script (`boite-a-idees-hydrate.js`); `null` for a page without JavaScript. */
  script?: string | null;
  /** Load it from one inline line (`scriptTag`'s `inline`): the page's CSP then needs its hash. */
  inlineScript?: boolean;
}

/**
 * A complete, standalone HTML page around a rendered fragment. The hydrating script's tag is in the head: either
 * kind (`scriptTag`) runs the script only once the page is parsed; a tag with `src`, requested first, interrupts
 * the box's parse less than further down (scripts/render.mjs says what that cost).
 */
export function renderPage(fragment: string, { title, lang = 'fr', script = 'boite-a-idees-hydrate.js', inlineScript = false }: PageOptions): string {
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
${scriptTag(script, { inline: inlineScript })}</head>
<body>
<main>
${fragment}
</main>
</body>
</html>
`;
}

/**
 * The tag that hydrates a rendered fragment, or nothing for `null`.
 *
 * By default a `<script defer>` naming the file. The file only imports its code (`import()`, which a classic
 * script may call as a module may), so either kind of tag runs it once the page is parsed; a classic one is the
 * lighter for a browser to start: with a module script's tag, a box of three chantiers showed 1.19 × later than
 * as static HTML, with this one 1.10 × (no script at all: 1.05 ×; BENCHMARKS.md, small pages).
 *
 * With `inline`, a classic script of one line that imports the file once the page is parsed
 * (`DOMContentLoaded`; at once where the page already is, as when a router swaps the fragment in). Nothing is
 * then requested while the box's HTML is read: a tag with `src` is fetched as soon as the browser's preload
 * scanner sees it, and that request, even for an empty file, cost the page a frame in the middle of the parse
 * (1.15–1.32 × a static page against 0.99–1.03 × without it; an inline module script, whose machinery starts
 * during the parse, 1.08–1.18 ×). The price is the page's Content-Security-Policy: `script-src` must list the
 * line's hash (`inlineScriptHash`), as a strict policy may.
 */
export function scriptTag(script: string | null = 'boite-a-idees-hydrate.js', { inline = false }: { inline?: boolean } = {}): string {
  if (script === null) return '';
  return inline ? `<script>${inlineLoader(script)}</script>\n` : `<script defer src="${escapeAttribute(script)}"></script>\n`;
}

/**
 * The hash source (`'sha256-…'`) a Content-Security-Policy's `script-src` needs for `scriptTag(script, { inline:
 * true })`: the same for every fragment that names the same URL, so one hash serves a whole site.
 */
export async function inlineScriptHash(script: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(inlineLoader(script))));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/**
 * The inline loader's text. The URL is a JavaScript string where no `<` can close the script; the block keeps
 * `load` out of the page's globals. A fragment pasted twice imports twice: the same module, one request.
 */
function inlineLoader(script: string): string {
  const url = JSON.stringify(script).replace(/</g, '\\u003c');
  return `{const load=()=>import(${url});document.readyState==="loading"?document.addEventListener("DOMContentLoaded",load):load()}`;
}

/** The document's title for a page: the meeting's, or a chantier's. */
export function titleOf(document: unknown, chantierId?: string): string {
  const parsed = parseDocument(document);
  if (!parsed.ok) return 'Boîte à idées';
  const chantier = chantierId ? parsed.value.chantiers.find((candidate) => candidate.id === chantierId) : undefined;
  return chantier?.titre ?? parsed.value.rencontre?.titre ?? 'Boîte à idées';
}

/**
 * A box's URL key drawn from its document: the meeting's title (or, without one, the chantiers' ids) hashed
 * (FNV-1a, 32 bits) into five base-36 letters. Two different documents get different keys; two copies of
 * one document on a page are told apart in the browser, which numbers the second (`boite-x2`).
 */
export function documentKey(document: IdeaBoxDocument): string {
  let hash = 0x811c9dc5;
  for (const char of document.rencontre?.titre ?? document.chantiers.map((chantier) => chantier.id).join(' ')) {
    hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `boite-${hash.toString(36).padStart(5, '0').slice(-5)}`;
}

function validated(document: unknown): IdeaBoxDocument {
  const parsed = parseDocument(document);
  if (!parsed.ok) throw new InvalidDocumentError(parsed.errors);
  return parsed.value;
}

/**
 * The data for hydration, which reads it back with `JSON.parse`: `<` is written `\u003c` so that no text
 * of the data can close the script or open a comment (`</script>`, `<!--`).
 */
function jsonScript(value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json">${json}</script>`;
}

/** Collected to a string first: an element that throws mid-render rejects here instead of killing a stream. */
async function renderToString(template: unknown): Promise<string> {
  return collectResult(render(template));
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
