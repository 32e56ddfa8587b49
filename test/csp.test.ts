/**
 * A strict host: test/csp/embed.html is served with the Content-Security-Policy that SECURITY.md
 * recommends (no inline script or style, no eval, Trusted Types with only Lit's policy) and loads the
 * built embed bundle, dist/boite-a-idees.js, as a town hall's page would; test/csp/card.html loads the
 * single-chantier entry, dist/chantier-card.js. Every element must render, and react to a visitor, with no
 * `securitypolicyviolation` and no error; every file of the embed (the entries and the chunks they load on
 * demand: English words, failure messages) runs under the policy; and the page makes no request elsewhere
 * and writes no cookie or storage.
 */
import { expect } from '@open-wc/testing';
import { deepQueryAll, loadFrame, until } from './helpers.js';

/** The header of test/server-routes.mjs (which cannot be imported here: it reads files with Node). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Report {
  violations: { directive: string; blocked: string; sample: string; where: string }[];
  errors: string[];
}
type StrictWindow = Window & typeof globalThis & { cspReport: Report; trustedTypes?: unknown };

const DATA_TAGS = new Set(['chantier-card', 'freins-list', 'gouvernance-table', 'boite-a-idees']);

// The page's nodes belong to the frame's realm, where `instanceof Element` of this one is false: these
// helpers go by nodeType instead.
const deepElements = (root: Node) => deepQueryAll(root, '*');
function textOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    if (node.nodeType === Node.ELEMENT_NODE && ['SCRIPT', 'STYLE'].includes((node as Element).tagName)) return;
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    (shadow ?? node).childNodes.forEach(walk);
    parts.push(' ');
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Our elements in the page, shadow roots included. */
const dataElements = (doc: Document) =>
  deepElements(doc.body).filter((element) => DATA_TAGS.has(element.localName)) as (Element & { isUpdatePending: boolean; incomplete?: boolean })[];

/**
 * True once every element has rendered its data or its alert, has no update pending and waits for no chunk
 * (`incomplete`: a card with `highlight` shows its data before the search chunk arrives; read too early, the
 * page's list of chunks once lacked it under load).
 */
const allSettled = (doc: Document) =>
  dataElements(doc).every(
    (element) =>
      !element.isUpdatePending &&
      !element.incomplete &&
      element.shadowRoot !== null &&
      element.shadowRoot.querySelector('[aria-busy="true"]') === null &&
      (element.shadowRoot.childElementCount > 0 || element.localName !== 'chantier-card'),
  );

/** The chunks of the embed (dist/chunks/) a page loaded. */
const chunksLoaded = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/chunks/'))
    .map((path) => path.replace(/^\/dist\/chunks\/|-[\w-]{8}\.js$/g, ''));

async function openStrictPage(path: string, tag = 'boite-a-idees', entry = '/dist/boite-a-idees.js'): Promise<{ frame: HTMLIFrameElement; win: StrictWindow; doc: Document }> {
  const bundle = await fetch(entry, { method: 'HEAD' });
  expect(bundle.ok, `${entry} is missing: run \`npm run build:embed\` first (\`npm test\` does)`).to.equal(true);
  const { frame, win, doc } = await loadFrame<StrictWindow>(path, { title: 'Page hôte stricte', height: 768 });
  await until(() => win.customElements.get(tag) !== undefined, 'the bundle registers the elements');
  await until(() => allSettled(doc), 'every element renders its data or its alert');
  return { frame, win, doc };
}

const byId = (doc: Document, id: string) => doc.getElementById(id)!;

type Settling = HTMLElement & { updateComplete: Promise<boolean>; incomplete: boolean };

/**
 * A strict page (test/csp/<page>) whose network drops one chunk of the embed (`/test-server/<chunk>-cut/`:
 * test/server-routes.mjs), given to `check`, which returns the elements that stand without the chunk. Then
 * what every such page must show: they wait for nothing more, nothing changes afterwards (a chunk that failed
 * is not asked for again: each try would render anew), no chunk was loaded past the cut entry, and the policy
 * saw no violation and no error. `entry` is `dist/boite-a-idees.js` or `dist/chantier-card.js`.
 */
async function onCutPage(page: string, chunk: string, entry: string, check: (win: StrictWindow, doc: Document) => Promise<Settling[]>) {
  const tag = entry.endsWith('chantier-card.js') ? 'chantier-card' : 'boite-a-idees';
  const { frame, win, doc } = await openStrictPage(`/test/csp/${page}`, tag, `/test-server/${chunk}-cut/${entry}`);
  try {
    for (const element of await check(win, doc)) {
      await element.updateComplete;
      expect(element.incomplete, `<${element.localName}> waits for nothing more`).to.equal(false);
    }
    const before = textOf(doc.body);
    await new Promise((resolve) => win.setTimeout(resolve, 300));
    expect(textOf(doc.body)).to.equal(before);
    expect(chunksLoaded(win)).to.deep.equal([]);
    expect(win.cspReport.violations).to.deep.equal([]);
    expect(win.cspReport.errors).to.deep.equal([]);
  } finally {
    frame.remove();
  }
}

/** A box's search field, its announced count, and the titles of the chantiers it shows. */
const searchField = (box: Element) => box.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
const countOf = (box: Element) => box.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim() ?? '';
const titlesShown = (box: Element) =>
  [...box.shadowRoot!.querySelectorAll('li:not([hidden]) > chantier-card')].map((card) => card.shadowRoot!.querySelector('#title')?.textContent?.trim());

/** A visitor types `text` in a box's search field. */
function typeIn(win: Window, box: Element, text: string) {
  const field = searchField(box);
  field.value = text;
  field.dispatchEvent(new (win as Window & typeof globalThis).Event('input', { bubbles: true, composed: true }));
}

/** A visitor clicks the first section button of the first collapsible card: it folds (or unfolds). */
async function foldOrUnfold(doc: Document) {
  const disclosure = doc.querySelector('chantier-card[collapsible]')!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]');
  expect(disclosure, 'a collapsible card has section buttons').to.exist;
  const expanded = disclosure!.getAttribute('aria-expanded');
  disclosure!.click();
  await until(() => disclosure!.getAttribute('aria-expanded') !== expanded, 'the section folds or unfolds');
}

/** A visitor clicks "Réessayer" in the alert of #broken (a 404): the request fails again, and says so. */
async function retryFailsAgain(doc: Document) {
  const broken = byId(doc, 'broken');
  const retry = broken.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button');
  expect(retry, 'the alert offers to retry').to.exist;
  let errorsAfterRetry = 0;
  broken.addEventListener('chantier-card-error', () => (errorsAfterRetry += 1));
  retry!.click();
  await until(() => errorsAfterRetry === 1, 'the retried request fails again (404) and says so');
}

describe('a host page with a strict Content-Security-Policy', function () {
  let seed: { rencontre: { titre: string }; chantiers: { id: string; titre: string }[]; glossaire: { sigle: string }[] };
  before(async () => {
    seed = await (await fetch('/data/chantiers.json')).json();
  });

  it('is served with the strict header (otherwise this test proves nothing)', async () => {
    const response = await fetch('/test/csp/embed.html');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  describe('test/csp/embed.html', () => {
    let frame: HTMLIFrameElement;
    let win: StrictWindow;
    let doc: Document;
    let storageBefore: string[];
    before(async () => {
      storageBefore = [...Object.keys(localStorage), ...Object.keys(sessionStorage)];
      ({ frame, win, doc } = await openStrictPage('/test/csp/embed.html'));
    });
    after(() => frame.remove());

    it('renders the three seed chantiers, the lone elements, inline JSON, an alert and the whole box', () => {
      const cards = [...doc.querySelectorAll('main > chantier-card[src="/data/chantiers.json"]')];
      expect(cards).to.have.length(3);
      cards.forEach((card, index) => {
        // A boolean, not the node: chai would walk a failing node of the frame's realm for ever.
        expect(card.shadowRoot!.querySelector('[role="alert"]') === null, `card ${index} shows no alert`).to.equal(true);
        expect(textOf(card)).to.contain(seed.chantiers[index].titre);
      });
      expect(doc.querySelector('freins-list')!.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(2);
      expect(doc.querySelector('gouvernance-table')!.shadowRoot!.querySelector('table th[scope="row"]')).to.not.equal(null);
      expect(textOf(byId(doc, 'inline'))).to.contain('Un chantier écrit dans la page');
      const alert = byId(doc, 'broken').shadowRoot!.querySelector('[role="alert"]')!;
      expect(textOf(alert)).to.contain('404');
      const box = byId(doc, 'boite');
      for (const chantier of seed.chantiers) expect(textOf(box)).to.contain(chantier.titre);
      expect(box.shadowRoot!.querySelectorAll('chantier-card')).to.have.length(seed.chantiers.length);
    });

    it('reports no policy violation and no error', () => {
      expect(win.cspReport.violations).to.deep.equal([]);
      expect(win.cspReport.errors).to.deep.equal([]);
    });

    it('ran the chunks it loads on demand under the policy: the data\'s checks with the box\'s view, English words (lang="en"), failure messages, search (a highlight)', () => {
      expect(chunksLoaded(win).sort()).to.deep.equal(['beside-data', 'labels-en', 'messages', 'search']);
    });

    it('stays within the policy while a visitor searches, filters, folds and retries', async () => {
      const box = byId(doc, 'boite');
      // The visitor is at the box.
      box.scrollIntoView();
      const search = box.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'santé';
      search.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      await until(() => deepElements(box).some((element) => element.localName === 'mark'), 'the search highlights');
      const toggle = box.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
      toggle.click();
      await until(() => toggle.getAttribute('aria-pressed') === 'true', 'the theme toggle is pressed');
      await foldOrUnfold(doc);
      await retryFailsAgain(doc);
      await until(() => allSettled(doc), 'everything settles again');
      expect(win.cspReport.violations).to.deep.equal([]);
      expect(win.cspReport.errors).to.deep.equal([]);
    });

    it('makes no request to another origin, sets no cookie and writes no storage', () => {
      const origins = new Set(
        (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).origin),
      );
      expect([...origins]).to.deep.equal([location.origin]);
      expect(doc.cookie).to.equal('');
      expect([...Object.keys(localStorage), ...Object.keys(sessionStorage)]).to.deep.equal(storageBefore);
    });

    // The checks above can fail only if the policy is enforced and its violations are seen: prove both.
    it('does enforce the policy: eval, inline style and (where supported) raw HTML sinks are refused and reported', async () => {
      const before = win.cspReport.violations.length;
      expect(() => win.eval('1 + 1'), 'eval is refused').to.throw();
      const probe = doc.createElement('p');
      doc.body.append(probe);
      probe.setAttribute('style', 'color: red');
      if (win.trustedTypes) expect(() => (probe.innerHTML = '<b>texte</b>'), 'innerHTML needs a trusted value').to.throw();
      await until(() => win.cspReport.violations.length >= before + 2, 'violations are reported');
      const directives = win.cspReport.violations.slice(before).map((violation) => violation.directive);
      // Where Trusted Types exist, they refuse the eval string first and report it under their directive.
      expect(directives.some((directive) => /^(script-src|require-trusted-types-for)/.test(directive)), directives.join()).to.equal(true);
      expect(directives.some((directive) => directive.startsWith('style-src')), directives.join()).to.equal(true);
      probe.remove();
    });
  });

  describe('test/csp/card.html: the single-chantier entry, dist/chantier-card.js', () => {
    let frame: HTMLIFrameElement;
    let win: StrictWindow;
    let doc: Document;
    before(async () => {
      ({ frame, win, doc } = await openStrictPage('/test/csp/card.html', 'chantier-card', '/dist/chantier-card.js'));
    });
    after(() => frame.remove());

    it('renders the cards, the lone list and table, in English where asked, and the alerts', () => {
      const [first] = [...doc.querySelectorAll('main > chantier-card[src="/data/chantiers.json"]')];
      expect(textOf(first)).to.contain(seed.chantiers[2].titre);
      expect(deepElements(first).some((element) => element.localName === 'mark'), 'the highlight').to.equal(true);
      expect(textOf(byId(doc, 'english'))).to.contain('What is at stake');
      expect(doc.querySelector('freins-list')!.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(2);
      expect(doc.querySelector('gouvernance-table')!.shadowRoot!.querySelector('table th[scope="row"]')).to.not.equal(null);
      const invalid = textOf(byId(doc, 'invalid').shadowRoot!.querySelector('[role="alert"]')!);
      expect(invalid, 'the invalid inline JSON is explained field by field').to.contain('id : attendu un identifiant');
      expect(invalid).to.contain('titre : attendu un texte non vide');
      expect(textOf(byId(doc, 'broken').shadowRoot!.querySelector('[role="alert"]')!)).to.contain('404');
    });

    it('registers the card, the list and the table only', () => {
      expect(['chantier-card', 'freins-list', 'gouvernance-table'].map((tag) => win.customElements.get(tag) !== undefined)).to.deep.equal([true, true, true]);
      expect(win.customElements.get('boite-a-idees')).to.equal(undefined);
    });

    it('ran every chunk it loaded under the policy, with no violation and no error', async () => {
      await retryFailsAgain(doc);
      await foldOrUnfold(doc);
      await until(() => allSettled(doc), 'everything settles again');
      expect(chunksLoaded(win).sort()).to.deep.equal(['beside-data', 'labels-en', 'messages', 'search']);
      expect(win.cspReport.violations).to.deep.equal([]);
      expect(win.cspReport.errors).to.deep.equal([]);
    });
  });

  describe('test/csp/plain.html: the search chunk, loaded when a visitor is about to search', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    const open = async (query = '') => {
      const page = await openStrictPage(`/test/csp/plain.html${query}`);
      frame = page.frame;
      const box = byId(page.doc, 'boite');
      if (!query) await until(() => box.shadowRoot?.querySelector('input[type="search"]'), 'the box shows its search field');
      return { ...page, box };
    };

    it('is not loaded by a box and a card nobody searches, nor by the theme filter', async () => {
      const { win, doc, box } = await open();
      expect(titlesShown(box)).to.have.length(seed.chantiers.length);
      const toggle = box.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
      toggle.click();
      await until(() => titlesShown(box).length === 1, 'the theme filter narrows the chantiers');
      await until(() => allSettled(doc), 'everything settles');
      expect(chunksLoaded(win).sort(), 'the data\'s checks, text renderer and the box\'s view (one file) only').to.deep.equal(['beside-data']);
      expect(win.cspReport.violations).to.deep.equal([]);
      expect(win.cspReport.errors).to.deep.equal([]);
    });

    it('is loaded when the pointer comes over the search field', async () => {
      const { win, box } = await open();
      searchField(box).dispatchEvent(new win.PointerEvent('pointerenter'));
      await until(() => chunksLoaded(win).includes('search'), 'the search chunk loads on hover');
      expect(win.cspReport.errors).to.deep.equal([]);
    });

    it('is loaded when the search field gets focus, before the first keystroke, and then searches', async () => {
      const { win, box } = await open();
      expect(chunksLoaded(win).sort(), 'the data\'s checks, text renderer and the box\'s view (one file) only').to.deep.equal(['beside-data']);
      searchField(box).dispatchEvent(new win.FocusEvent('focus'));
      await until(() => chunksLoaded(win).includes('search'), 'the search chunk loads on focus');
      typeIn(win, box, 'hopitaux');
      await until(() => countOf(box).includes('hopitaux'), 'the count follows the query');
      expect(countOf(box)).to.equal('1 chantier sur 3 — recherche « hopitaux »');
      expect(win.cspReport.violations).to.deep.equal([]);
      expect(win.cspReport.errors).to.deep.equal([]);
    });

    it('typed before it arrives: the text stays, the last result stays until the new one, never a false count', async () => {
      const { win, box } = await open();
      const counts = new Set<string>();
      const watch = new win.MutationObserver(() => counts.add(countOf(box)));
      watch.observe(box.shadowRoot!, { subtree: true, childList: true, characterData: true });
      typeIn(win, box, 'hopitaux');
      await until(() => countOf(box).includes('hopitaux'), 'the result arrives with the chunk');
      watch.disconnect();
      expect(searchField(box).value).to.equal('hopitaux');
      // The count always describes the list it is shown with: the unfiltered one, then the result.
      expect([...counts].filter((text) => text !== '3 chantiers sur 3')).to.deep.equal(['1 chantier sur 3 — recherche « hopitaux »']);
      expect(box.shadowRoot!.querySelector('.empty'), 'no "no result" while it loads').to.equal(null);
    });

    it('is loaded by a link with a query, which then shows its result, highlighted', async () => {
      const { win, box } = await open('?boite.q=sant%C3%A9');
      await until(() => countOf(box) !== '', 'the box shows the link\'s result');
      expect(countOf(box)).to.equal('1 chantier sur 3 — recherche « santé »');
      expect(titlesShown(box)).to.deep.equal([seed.chantiers[2].titre]);
      expect(searchField(box).value).to.equal('santé');
      await until(() => deepElements(box).some((element) => element.localName === 'mark'), 'the search words are highlighted');
      expect(chunksLoaded(win).sort()).to.deep.equal(['beside-data', 'search']);
      expect(win.cspReport.violations).to.deep.equal([]);
      expect(win.cspReport.errors).to.deep.equal([]);
    });
  });

  describe('test/csp/search-cut.html: the search chunk cannot be loaded (the network drops it)', () => {
    it('searches plainly: each word as typed, case aside, without highlight; no error', () =>
      onCutPage('search-cut.html?boite.q=SANT%C3%89', 'search', 'dist/boite-a-idees.js', async (win, doc) => {
        const box = byId(doc, 'boite') as Settling;
        await until(() => countOf(box) !== '', 'the box shows the link\'s result without the search chunk');
        expect(countOf(box)).to.equal('1 chantier sur 3 — recherche « SANTÉ »');
        expect(titlesShown(box)).to.deep.equal([seed.chantiers[2].titre]);
        typeIn(win, box, 'réunions propriétaire');
        await until(() => countOf(box).includes('réunions'), 'the count follows the query');
        expect(countOf(box)).to.equal('1 chantier sur 3 — recherche « réunions propriétaire »');
        expect(titlesShown(box)).to.deep.equal([seed.chantiers[0].titre]);
        await until(() => allSettled(doc), 'everything settles');
        expect(deepElements(box).some((element) => element.localName === 'mark'), 'no highlight without the chunk').to.equal(false);
        return [box];
      }));
  });

  describe('test/csp/suivi-cut.html: the follow-up\'s chunk cannot be loaded (the network drops it)', () => {
    it('shows the chantier, says its follow-up could not be loaded, and asks no more', () =>
      onCutPage('suivi-cut.html', 'render-suivi', 'dist/chantier-card.js', async (_win, doc) => {
        const card = byId(doc, 'carte') as Settling;
        await until(() => textOf(card).includes("Le suivi de ce chantier n'a pas pu être chargé"), 'the card says its follow-up is missing');
        expect(textOf(card)).to.contain('Des permanences d\'information sur le logement dans chaque quartier');
        expect(card.shadowRoot!.querySelector('[part="status"][role="status"]')).to.exist;
        return [card];
      }));
  });

  describe('test/csp/validate-cut.html: the file that checks the data (with the text\'s markup, the card\'s rendering and the box\'s view) cannot be loaded', () => {
    it('shows no data unchecked: the box and the inline card each say theirs could not be shown, and ask no more', () =>
      onCutPage('validate-cut.html', 'beside-data', 'dist/boite-a-idees.js', async (_win, doc) => {
        const box = byId(doc, 'boite') as Settling;
        const card = byId(doc, 'inline') as Settling;
        for (const element of [box, card]) {
          await until(() => element.shadowRoot!.querySelector('[role="alert"]') !== null, `<${element.localName}> shows an alert`);
          expect(textOf(element.shadowRoot!.querySelector('[role="alert"]')!)).to.contain("Ces données n'ont pas pu être affichées.");
        }
        expect(textOf(box.shadowRoot!.querySelector('[role="alert"]')!), 'the alert names the document').to.contain('/data/chantiers.json');
        for (const chantier of seed.chantiers) expect(textOf(box)).to.not.contain(chantier.titre);
        expect(box.shadowRoot!.querySelector('chantier-card')).to.equal(null);
        expect(box.shadowRoot!.querySelector('input[type="search"]'), 'no view of a document it could not check').to.equal(null);
        expect(textOf(card)).to.not.contain('Un chantier écrit dans la page');
        return [box, card];
      }));

    it('shows the same alert for the obstacles and the governance given by the page\'s own context provider, in the page\'s language', () =>
      onCutPage('validate-cut.html', 'beside-data', 'dist/boite-a-idees.js', async (win, doc) => {
        const freins = byId(doc, 'freins-page') as Settling;
        const gouvernance = byId(doc, 'gouvernance-page') as Settling;
        const alertOf = (element: Element) => element.shadowRoot!.querySelector('[role="alert"]');
        for (const element of [freins, gouvernance]) await until(() => alertOf(element) !== null, `<${element.localName}> shows an alert`);
        // What the inline card's alert says too: the failure messages, which share the parsers with the cut
        // file, cannot be loaded either, so their stand-in (src/shared/failure.ts) has no more to say.
        expect(textOf(alertOf(freins)!)).to.equal("Ces données n'ont pas pu être affichées.");
        expect(textOf(alertOf(gouvernance)!), 'lang="en"').to.equal('This data could not be displayed.');
        expect(textOf(alertOf(byId(doc, 'inline'))!), 'the inline card\'s alert').to.equal(textOf(alertOf(freins)!));
        // Only what it has to say: no empty paragraph drawn where a URL would be (display: none also keeps it
        // out of the accessibility tree, where a reader would announce an empty line).
        for (const element of [freins, gouvernance, byId(doc, 'inline')]) {
          const empty = [...alertOf(element)!.querySelectorAll('p')].filter((paragraph) => !paragraph.textContent!.trim());
          expect(empty.filter((paragraph) => paragraph.getClientRects().length > 0).length, `<${element.localName}>: empty paragraphs shown`).to.equal(0);
        }
        expect((win as StrictWindow & { pageContextErrors: string[] }).pageContextErrors.sort()).to.deep.equal([
          'freins-list-error: context unchecked',
          'gouvernance-table-error: context unchecked',
        ]);
        expect(alertOf(freins)!.querySelector('button'), 'reloading the page is the way, not a retry').to.equal(null);
        expect(textOf(freins)).to.not.contain('Un frein fourni par la page');
        expect(textOf(gouvernance)).to.not.contain('Pilote fourni par la page');
        return [freins, gouvernance];
      }));
  });

  describe('test/csp/box-features.html: the box\'s overview and follow-up features, loaded on demand', () => {
    it('loads them under the policy: an overview with statuses, a status filter and an order by update', async () => {
      const { frame, win, doc } = await openStrictPage('/test/csp/box-features.html');
      try {
        const box = byId(doc, 'boite');
        const entries = () => [...box.shadowRoot!.querySelectorAll('.entry-title')].map((title) => title.textContent!.trim());
        expect(entries()).to.have.length(5);
        expect(textOf(box)).to.contain('Statut : En cours');
        expect(box.shadowRoot!.querySelector('#tri'), 'the order by last update').to.exist;
        const toggles = [...box.shadowRoot!.querySelectorAll<HTMLButtonElement>('[aria-labelledby="statuts-label"] button')];
        expect(toggles.map((toggle) => toggle.textContent!.trim())).to.deep.equal(['À lancer (1)', 'En cours (1)', 'Réalisé (1)', 'Suspendu (1)']);
        toggles[1].click();
        await until(() => entries().length === 1, 'the status filter narrows the overview');
        expect(countOf(box)).to.equal('1 chantier sur 5 — En cours');
        // Opened in place, its card shows the follow-up (the box's copy of the follow-up's rendering chunk).
        box.shadowRoot!.querySelector<HTMLAnchorElement>('.entry-title a')!.click();
        await until(() => textOf(box).includes('Avancement : 45 %'), 'the opened card shows its follow-up');
        expect(chunksLoaded(win).sort()).to.deep.equal(['beside-data', 'overview', 'render-suivi', 'suivi-view']);
        expect(win.cspReport.violations).to.deep.equal([]);
        expect(win.cspReport.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });

  describe('test/csp/overview-cut.html: the overview\'s chunk cannot be loaded (the network drops it)', () => {
    it('shows every chantier in full, says the overview could not be loaded, and asks no more', () =>
      onCutPage('overview-cut.html', 'overview', 'dist/boite-a-idees.js', async (_win, doc) => {
        const box = byId(doc, 'boite') as Settling;
        await until(() => textOf(box).includes("La vue d'ensemble n'a pas pu être chargée"), 'the box says its overview is missing');
        expect(titlesShown(box)).to.deep.equal(seed.chantiers.map((chantier) => chantier.titre));
        expect(box.shadowRoot!.querySelector('.overview')).to.equal(null);
        const buttons = [...box.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim());
        expect(buttons, 'no button offers the overview it cannot show').to.not.include("Vue d'ensemble");
        expect(buttons).to.include('Tout déplier');
        return [box];
      }));
  });

  describe('test/csp/suivi-view-cut.html: the chunk of the box\'s follow-up features cannot be loaded', () => {
    it('shows the chantiers in order, says the filter by progress could not be loaded, and asks no more', () =>
      onCutPage('suivi-view-cut.html', 'suivi-view', 'dist/boite-a-idees.js', async (_win, doc) => {
        const box = byId(doc, 'boite') as Settling;
        await until(() => textOf(box).includes("Le filtre par avancement et l'ordre par mise à jour n'ont pas pu être chargés"), 'the box says its follow-up features are missing');
        const suivi = (await (await fetch('/data/exemple-suivi.json')).json()) as { chantiers: { titre: string }[] };
        expect(titlesShown(box)).to.deep.equal(suivi.chantiers.map((chantier) => chantier.titre));
        expect(box.shadowRoot!.querySelector('#statuts-label'), 'no status toggles').to.equal(null);
        expect(box.shadowRoot!.querySelector('#tri'), 'no order').to.equal(null);
        expect(countOf(box)).to.equal('5 chantiers sur 5');
        // The cards still show each follow-up (their own chunk, which the network lets through).
        await until(() => textOf(box).includes('Statut : En cours'), 'the cards show their follow-up');
        return [box];
      }));
  });

  describe('test/csp/twice.html: two copies of the library on one page', () => {
    it("render with trusted-types lit-html 'allow-duplicates', without violation or error", async () => {
      const response = await fetch('/test/csp/twice.html');
      expect(response.headers.get('content-security-policy')).to.contain("trusted-types lit-html 'allow-duplicates'");
      const { frame, win, doc } = await openStrictPage('/test/csp/twice.html');
      try {
        const cards = [...doc.querySelectorAll('chantier-card')];
        expect(textOf(cards[0])).to.contain(seed.chantiers[0].titre);
        expect(textOf(cards[1])).to.contain(seed.chantiers[2].titre);
        const scripts = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
          entry.name.includes('/dist/boite-a-idees.js'),
        );
        expect(scripts, 'both copies were loaded').to.have.length(2);
        expect(win.cspReport.violations).to.deep.equal([]);
        expect(win.cspReport.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
