// The benchmark's documents and pages, generated in memory (nothing is written to disk).
//
// Documents: `chantiers-N.json` holds N chantiers made from the seed's three (data/chantiers.json),
// each with a distinct id (`<seed id>-<k>`) and distinct text (every line of the participants' words gets
// ` (n° k)`), so no two cards are equal and a search still matches about a third of them by theme word.
//
// Pages (one shell, same for all, a phone-sized viewport is set by the runner):
// - A  `a-N.html`   the embed: one <script type="module" src="/dist/boite-a-idees.js"> and
//                   <boite-a-idees src="chantiers-N.json"> (from 7 chantiers, its overview). End mark: the box fired its load event, then
//                   every <chantier-card>, <freins-list> and <gouvernance-table> inside has finished
//                   updating (`updateComplete`, repeated until none is pending), then a forced
//                   synchronous layout (`document.documentElement.getBoundingClientRect()` +
//                   `document.body.offsetHeight`), then `performance.mark('done')`.
// - F  `f-N.html`   A with layout="full": every chantier in full, as the box showed them all before the
//                   overview (issue 16). Same end mark.
// - B  `b-N.html`   the floor: F's rendered DOM (every chantier in full) serialized with declarative shadow roots
//                   (<template shadowrootmode="open">, each with the element's styles as <style>), no
//                   library script. End mark: an inline script after the content forces layout and marks.
// - S  `s-N.html`   the server-rendered way: `npm run render`'s HTML of the box (declarative shadow DOM, the
//                   data as <script type="application/json">, each shadow root linking its style sheet from
//                   /dist/styles/: the strict-CSP default), after the <script defer
//                   src="/dist/boite-a-idees-hydrate.js"> the command writes before it. End mark: like B, an inline script after
//                   the content forces layout and marks (what the visitor sees; the linked sheets block that
//                   script until they apply, and the runner checks they did); `__hydrated` is the time the
//                   hydrating bundle has taken the box over (every element settled, laid out again).
//   SI `si-N.html`  S rendered with --inline-styles --inline-script (a <style> in every shadow root, like B;
//                   the script imported by one inline line at DOMContentLoaded, so requested once the page is parsed).
// - C  `c-N.html`   the iframe way: N iframes, each a full document (`c-N-k.html`) that loads the bundle
//                   and shows one <chantier-card> from inline JSON. Each posts "rendered" to the parent
//                   after the same settle + forced layout; the parent marks once all N have.
// Every page defines `window.__done`, a promise of the `done` mark's time (ms since navigation start).
import { readFileSync } from 'node:fs';

export const seed = JSON.parse(readFileSync(new URL('../../data/chantiers.json', import.meta.url), 'utf8'));

/** A document with `n` chantiers; n = 3 is the seed itself. */
export function documentOf(n) {
  if (n === seed.chantiers.length) return seed;
  const chantiers = Array.from({ length: n }, (_, index) => {
    const k = index + 1;
    const base = seed.chantiers[index % seed.chantiers.length];
    const vary = (value, key) => {
      if (typeof value === 'string') return key === 'id' || key === 'thematique' ? value : `${value} (n° ${k})`;
      if (Array.isArray(value)) return value.map((item) => vary(item));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, vary(child, name)]));
      return value;
    };
    return { ...vary(base), id: `${base.id}-${k}` };
  });
  return { ...seed, chantiers };
}

export const SHELL_STYLE = 'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:60rem;padding:1rem}';

/** Shared in-page helpers: the done promise, settling Lit elements, forcing layout. */
const INSTRUMENT = `<script>
  window.__marks = {};
  window.__done = new Promise((resolve) => (window.__resolveDone = resolve));
  window.__forceLayout = () => { document.documentElement.getBoundingClientRect(); return document.body.offsetHeight; };
  /** Marks "done"; \`after\`, when given, runs right after the mark and before the promise resolves. */
  window.__finish = (after) => {
    window.__forceLayout();
    performance.mark('done');
    if (after) window.__afterDone = after();
    window.__resolveDone(performance.getEntriesByName('done')[0].startTime);
  };
  /** Every Lit element under root (through shadow roots) that matches one of our tags. */
  window.__ours = (root) => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('boite-a-idees, chantier-card, freins-list, gouvernance-table')) {
        found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    if (root.shadowRoot) { found.push(root); walk(root.shadowRoot); } else walk(root);
    return found;
  };
  /** Resolves once no element of ours has an update pending (new ones may appear while rendering). */
  window.__settle = async (root) => {
    for (let round = 0; round < 20; round += 1) {
      const elements = window.__ours(root);
      await Promise.all(elements.map((element) => element.updateComplete));
      if (!window.__ours(root).some((element) => element.isUpdatePending)) return;
    }
    throw new Error('elements keep updating');
  };
  /** Linked style sheets in shadow roots (through nested ones) that the page has not applied yet. */
  window.__unstyledLinks = () => {
    let count = 0;
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'link' && element.rel === 'stylesheet' && !element.sheet) count += 1;
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return count;
  };
  addEventListener('error', (event) => window.__resolveDone(Promise.reject(event.error ?? event.message)));
</script>`;

function shell({ head = '', body }) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>boite-a-idees benchmark</title>
<link rel="icon" href="data:,">
<style>${SHELL_STYLE}</style>
${INSTRUMENT}
${head}
</head>
<body>
<main>
<h1>Boîte à idées</h1>
${body}
</main>
</body>
</html>`;
}

const BUNDLE = '<script type="module" src="/dist/boite-a-idees.js"></script>';

/**
 * `dist`: where the bundle is served from (`/dist`, or `/dist-compare` for another build); `attributes`:
 * more attributes of the box (`layout="full"` for F).
 */
export function pageA(n, dist = '/dist', attributes = '') {
  return shell({
    head: `<script type="module" src="${dist}/boite-a-idees.js"></script>
<script>
  document.addEventListener('boite-a-idees-error', (event) => window.__resolveDone(Promise.reject(new Error(event.error?.kind ?? 'boite-a-idees-error'))));
  document.addEventListener('boite-a-idees-load', async (event) => {
    await window.__settle(event.target);
    window.__finish();
  }, { once: true });
</script>`,
    body: `<boite-a-idees src="/bench/chantiers-${n}.json"${attributes}></boite-a-idees>`,
  });
}

/** `boxHtml`: the serialized box (see serialize.mjs). */
export function pageB(boxHtml) {
  return shell({ body: `${boxHtml}\n<script>window.__finish();</script>` });
}

/**
 * `fragment`: the box rendered on the server (`npm run render -- --fragment --script
 * /dist/boite-a-idees-hydrate.js`, its style sheets linked from /dist/styles/ or inline), pasted as a town
 * hall pastes it: the hydrating script's <script type="module">, then the element.
 * Right after the mark, `__afterDone` counts the shadow roots' linked style sheets not applied yet:
 * the runner refuses a "shown" that was not styled.
 */
export function pageS(fragment) {
  return shell({
    head: `<script>
  window.__hydrated = customElements.whenDefined('boite-a-idees').then(async () => {
    await window.__settle(document.querySelector('boite-a-idees'));
    window.__forceLayout();
    return performance.now();
  });
</script>`,
    body: `${fragment}\n<script>window.__finish(window.__unstyledLinks);</script>`,
  });
}

export function pageC(n) {
  const frames = Array.from(
    { length: n },
    (_, index) =>
      `<iframe src="/bench/c-${n}-${index}.html" title="Chantier ${index + 1}" style="display:block;inline-size:100%;block-size:70rem;border:0"></iframe>`,
  ).join('\n');
  return shell({
    head: `<script>
  let rendered = 0;
  addEventListener('message', (event) => {
    if (event.data === 'rendered' && ++rendered === ${n}) window.__finish();
    if (event.data === 'error') window.__resolveDone(Promise.reject(new Error('an iframe failed')));
  });
</script>`,
    body: frames,
  });
}

/** One iframe document of C: the bundle and one card, its chantier as inline JSON. */
export function pageCFrame(document, index) {
  const chantier = document.chantiers[index];
  const json = JSON.stringify({ ...document, chantiers: [chantier] }).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${chantier.titre.replaceAll('<', '&lt;')}</title>
<link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:0.5rem}</style>
${INSTRUMENT}
${BUNDLE}
<script>
  document.addEventListener('chantier-card-error', () => parent.postMessage('error', '*'));
  document.addEventListener('chantier-card-load', async (event) => {
    await window.__settle(event.target);
    window.__forceLayout();
    parent.postMessage('rendered', '*');
  }, { once: true });
</script>
</head>
<body>
<chantier-card heading-level="2"><script type="application/json">${json}</script></chantier-card>
</body>
</html>`;
}

/**
 * Every generated page and document for the sizes `{ A: [n…], C: [n…], F: [n…], X: [n…] }` (X: A's pages on
 * the build served as /dist-compare; B's pages are added by the runner).
 */
export function buildRoutes(sizes) {
  const routes = new Map();
  const documents = new Map();
  for (const n of new Set([...sizes.A, ...sizes.C, ...(sizes.F ?? []), ...(sizes.B ?? [])])) documents.set(n, documentOf(n));
  for (const n of sizes.A) {
    routes.set(`/bench/chantiers-${n}.json`, JSON.stringify(documents.get(n)));
    routes.set(`/bench/a-${n}.html`, pageA(n));
  }
  for (const n of sizes.X ?? []) routes.set(`/bench/x-${n}.html`, pageA(n, '/dist-compare'));
  for (const n of new Set([...(sizes.F ?? []), ...(sizes.B ?? [])])) {
    routes.set(`/bench/chantiers-${n}.json`, JSON.stringify(documents.get(n)));
    routes.set(`/bench/f-${n}.html`, pageA(n, '/dist', ' layout="full"'));
  }
  for (const n of sizes.C) {
    routes.set(`/bench/c-${n}.html`, pageC(n));
    for (let index = 0; index < n; index += 1) routes.set(`/bench/c-${n}-${index}.html`, pageCFrame(documents.get(n), index));
  }
  return routes;
}
