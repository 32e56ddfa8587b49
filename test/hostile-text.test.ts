/**
 * Hostile text: strings built to inject markup or script — tags, event handlers, `javascript:` URLs,
 * attribute breakers, template syntax, Lit's own marker strings — and strings that play with rendering
 * (bidirectional overrides, zero-width and combining characters), put in every field of a chantier, of a
 * document, of the attributes and of the URL fragment a box reads. Nothing may execute (each payload
 * would set `window.__pwned`), no element or attribute may come out of them, and each must be shown
 * literally, as text.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { Chantier, IdeaBoxDocument } from '../src/model/types.js';
import { deepQueryAll, deepText, settle, SEED_URL, flatText, normalizeSpace, until } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const PAYLOADS: string[] = [
  `<script>window.__pwned='script'</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `<img src="x" onerror=window.__pwned='img2' alt="x">`,
  `"><svg onload="window.__pwned='svg'">`,
  `'><svg/onload=window.__pwned='svg2'>`,
  `" onmouseover="window.__pwned='attr'" x="`,
  `' autofocus onfocus='window.__pwned="focus"`,
  `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  `javascript:window.__pwned='js-url'`,
  ` JaVaScRiPt:window.__pwned='js-url-2'`,
  `data:text/html,<script>parent.__pwned='data-url'</script>`,
  `<a href="javascript:window.__pwned='a'">lien piégé</a>`,
  `<div onclick="window.__pwned='click'" id="piege">clic</div>`,
  `<details open ontoggle="window.__pwned='details'">`,
  `<input autofocus onfocus="window.__pwned='input'">`,
  `<form action="javascript:window.__pwned='form'"><button>ok</button></form>`,
  `<object data="javascript:window.__pwned='object'"></object>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
  `</template><script>window.__pwned='template'</script>`,
  `</script><script>window.__pwned='inline-json'</script>`,
  `<style>*{display:none!important}</style>`,
  `<base href="https://piege.invalid/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">`,
  `<link rel="stylesheet" href="https://piege.invalid/x.css">`,
  '${window.__pwned="template-literal"}',
  `{{constructor.constructor('window.__pwned="angular"')()}}`,
  `lit$123456789$`,
  `<?lit$123456789$>`,
  `<!--?lit$123456789$-->`,
  `<!--lit-part cI7PGs8mxHY=--><!--/lit-part-->`,
  `&lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
  `\u202Eexe.gnp\u202C fichier \u2066isolé\u2069 \u200Fsens`,
  `zéro\u200Blargeur\u200C\u200Djoint\u2060mot`,
  `Z\u0335\u0321\u031B\u031Ea\u0337l\u0338g\u0335o\u0336 e\u0301 \u0041\u030A`,
  `nul\u0000 retour\r\nligne\ttab`,
  `émoji 👩‍👩‍👧 \uD83D seul`,
  `<b>${'<i>'.repeat(2000)}profond</b>`,
  `\\u003cscript\\u003ewindow.__pwned='escaped'\\u003c/script\\u003e`,
];

/** A chantier with the payload in every one of its text fields (47 of them). */
function hostileChantier(text: string): Chantier {
  const section = () => ({ texte: text, items: [text, { texte: text, items: [text, { texte: text, items: [text] }] }] });
  return {
    id: 'piege',
    thematique: text,
    atelier: { titre: text, question: text },
    titre: text,
    enjeu: section(),
    reussite: section(),
    actions: section(),
    ressources: section(),
    questions: section(),
    gouvernance: { roles: [{ role: text, texte: text }, { role: text, texte: text }], notes: [text, { texte: text, items: [text] }] },
    freins: section(),
  };
}
const hostileDocument = (text: string): IdeaBoxDocument => ({
  version: 1,
  rencontre: { titre: text, organisateur: text, intitule: text, presentation: [text, text] },
  chantiers: [hostileChantier(text)],
  glossaire: [{ sigle: text, definition: text }],
});

const normalize = normalizeSpace;

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Elements and attributes that only an injection could bring into our shadow trees. */
const FORBIDDEN = 'script, img, svg, math, iframe, object, embed, style, link, meta, base, form, details, template, input:not([type="search"])';
function injected(root: Element): string[] {
  const found: string[] = [];
  const roots = [root, ...deepQueryAll(root, '*')].map((element) => element.shadowRoot).filter((shadow) => shadow !== null);
  for (const shadow of roots) {
    for (const element of shadow.querySelectorAll('*')) {
      if (element.matches(FORBIDDEN)) found.push(`<${element.localName}>`);
      for (const name of element.getAttributeNames()) {
        if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
        if (['href', 'src', 'action', 'data', 'formaction'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(element.getAttribute(name)!)) {
          found.push(`${element.localName}[${name}=${element.getAttribute(name)}]`);
        }
      }
    }
  }
  return found;
}

interface Rendered {
  label: string;
  element: HTMLElement;
  /** What must be shown literally, and how many times at least. */
  expect: { text: string; times: number }[];
}

const pages = new Map<number, Rendered[]>();
let container: HTMLElement;
let originalUrl: string;

function add(index: number, rendered: Rendered) {
  pages.get(index)!.push(rendered);
  container.append(rendered.element);
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  return element;
}

/**
 * The fetches' `timeout` here. This page renders some 500 elements at once, and in two loaded runs (a fresh
 * clone's CI run, and a full run beside other engineers' tests) WebKit's last 10 and 25 cards fetching the
 * seed showed an alert that did not quote their unknown id; never when the file ran alone. Those fetches may
 * end after the default 15 s, and the timeout's alert quotes no id: what is tested is the text, not the
 * speed (the test framework's own timeout still catches a fetch that never ends). The failure's message now
 * says what each alert said.
 */
const FETCH_TIMEOUT = String(10 * 60_000);

/** The chantier JSON as a CMS page writes it inline: `<` escaped, as SECURITY.md asks. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

describe('hostile text in every field, attribute and link', function () {

  before(async () => {
    window.__pwned = undefined;
    originalUrl = location.href;
    // The box reads its search from the URL (its query, or the fragment of a link written that way): a
    // crafted link puts a payload there too.
    // (A URL cannot carry a lone surrogate: encodeURIComponent would throw, so it becomes U+FFFD there.)
    const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    const hash = PAYLOADS.map((text, index) => `b${index}.q=${encodeURIComponent(wellFormed(text))}`).join('&');
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
    container = document.createElement('div');
    document.body.append(container);
    PAYLOADS.forEach((payload, index) => {
      pages.set(index, []);
      const text = normalize(payload);
      const chantier = hostileChantier(payload);
      const fields = 47; // every text field of hostileChantier
      add(index, { label: '<chantier-card>.data', element: make('chantier-card', {}, { data: chantier }), expect: [{ text, times: fields }] });
      add(index, {
        label: '<chantier-card> with highlight and permalink',
        element: make('chantier-card', { highlight: payload, permalink: payload, 'heading-level': payload, lang: payload, collapsible: '' }, { data: chantier }),
        expect: [{ text, times: fields }],
      });
      add(index, { label: '<freins-list>.freins', element: make('freins-list', {}, { freins: chantier.freins }), expect: [{ text, times: 6 }] });
      add(index, {
        label: '<gouvernance-table>.gouvernance, caption',
        element: make('gouvernance-table', { caption: payload }, { gouvernance: chantier.gouvernance }),
        expect: [{ text, times: 7 }],
      });
      add(index, {
        label: '<chantier-card src> (fetched)',
        // A blob: URL goes through the same fetch as any other `src`, and carries any size.
        element: make('chantier-card', {
          timeout: FETCH_TIMEOUT,
          src: URL.createObjectURL(new Blob([JSON.stringify({ version: 1, chantiers: [chantier] })], { type: 'application/json' })),
        }),
        expect: [{ text, times: fields }],
      });
      // Inline JSON parsed by the HTML parser, as on a CMS page (a fragment made this way runs scripts).
      const inline = document.createElement('div');
      inline.append(document.createRange().createContextualFragment(`<chantier-card><script type="application/json">${inlineJson(chantier)}</script></chantier-card>`));
      add(index, { label: 'inline JSON in the page', element: inline, expect: [{ text, times: fields }] });
      add(index, {
        label: '<boite-a-idees>.data, search from the URL',
        element: make('boite-a-idees', { id: `b${index}` }, { data: hostileDocument(payload) }),
        expect: [{ text, times: fields + 6 }],
      });
      add(index, {
        label: '<boite-a-idees> with the payload as its id',
        element: make('boite-a-idees', { id: payload }, { data: hostileDocument(payload) }),
        expect: [{ text, times: fields + 6 }],
      });
      // Error messages quote what they found: an id, an unknown key, a chantier attribute, a URL.
      const badKey = { ...chantier, id: payload, [payload]: 'clé inconnue' };
      add(index, {
        label: 'invalid id and unknown key, echoed in the alert',
        element: make('chantier-card', {}, { data: badKey }),
        // The alert quotes the key found, as JSON (quotes and control characters escaped).
        expect: [{ text: normalize(JSON.stringify(payload)), times: 1 }],
      });
      add(index, {
        label: 'chantier attribute echoed in the alert',
        element: make('chantier-card', { src: SEED_URL, chantier: payload, timeout: FETCH_TIMEOUT }),
        expect: [{ text, times: 1 }],
      });
      if (payload.length < 200) {
        add(index, { label: 'src attribute echoed in the alert', element: make('gouvernance-table', { src: payload }), expect: [] });
      }
    });
    const elements = [...pages.values()].flat().map((rendered) => rendered.element);
    const dataElements = elements.flatMap((element) => (element.localName === 'div' ? [...element.children] : [element])) as HTMLElement[];
    const busy = () => dataElements.some((element) => element.shadowRoot?.querySelector('[aria-busy="true"]'));
    await settle(container);
    await until(() => !busy(), 'every element shows its data or its alert');
    await settle(container);
    // Let anything that would run late do so: every image (there should be none) has loaded or failed, so
    // its error handler has run, then two frames for focus and animation callbacks. (Injected markup itself
    // is caught without waiting, by `injected()` below.)
    await until(() => deepQueryAll<HTMLImageElement>(container, 'img').every((image) => image.complete), 'every image loads or fails');
    for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
  });

  after(() => {
    container?.remove();
    history.replaceState(history.state, '', originalUrl);
  });

  PAYLOADS.forEach((payload, index) => {
    it(`#${index + 1} ${JSON.stringify(payload.length > 60 ? `${payload.slice(0, 60)}…` : payload)}`, () => {
      expect(window.__pwned, 'a payload ran').to.equal(undefined);
      for (const rendered of pages.get(index)!) {
        const element = rendered.element;
        expect(injected(element), `${rendered.label}: injected markup`).to.deep.equal([]);
        const shown = flatText(element);
        const alerts = deepQueryAll(element, '[role="alert"]');
        // What the alerts say, in the failure's message: an alert of another kind than the one expected (a
        // timeout, a network error) is then named at once.
        const said = alerts.map((alert) => normalizeSpace(deepText(alert))).join(' | ');
        for (const { text, times } of rendered.expect) {
          expect(occurrences(shown, text), `${rendered.label}: shown literally at least ${times} times (alerts: ${said || 'none'})`).to.be.at.least(times);
        }
        if (rendered.label.includes('echoed')) expect(alerts, `${rendered.label}: an alert`).to.have.length.greaterThan(0);
        else expect(alerts.map((alert) => deepText(alert)), `${rendered.label}: no alert`).to.deep.equal([]);
      }
      // Links (the permalinks): a page or a fragment of the web, never a script or a document in a URL.
      for (const link of [...pages.get(index)!].flatMap((rendered) => deepQueryAll<HTMLAnchorElement>(rendered.element, 'a[href]'))) {
        // An href that does not parse is a bug too (a link that leads nowhere), not a pass.
        const href = link.getAttribute('href')!;
        expect(URL.canParse(href, document.baseURI), `${JSON.stringify(href)} is a valid URL`).to.equal(true);
        expect(['http:', 'https:', 'mailto:'], href).to.include(new URL(href, document.baseURI).protocol);
      }
    });
  });

  it('left the page as it was: no base, meta or style element added, nothing hidden', () => {
    expect(document.querySelectorAll('base, meta[http-equiv], link[href*="piege"]')).to.have.length(0);
    expect(window.__pwned).to.equal(undefined);
    const anyCard = pages.get(0)![0].element;
    expect(anyCard.getBoundingClientRect().height, 'the card is still displayed').to.be.greaterThan(0);
  });
});
