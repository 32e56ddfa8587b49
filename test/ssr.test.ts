/**
 * Server-side rendering: the pages of `npm run render` (written to .tmp/ssr/ by scripts/check-package.mjs,
 * a pre-step of `npm test`) read without JavaScript, and hydrate with dist/boite-a-idees-hydrate.js
 * without error, without duplicated content and without losing what the visitor did.
 *
 * Each page loads in an iframe: sandboxed without scripts for the first part, with scripts after. The
 * pages start with a small recorder (added by the pre-step) that keeps errors, console errors and
 * warnings, and every node the HTML parser built before any module script ran.
 */
import { expect } from '@open-wc/testing';
import { loadFrame as loadPage, normalizeSpace, removeFrames, seedLinesByChantier, loadSeed, settle as settleTree, until } from './helpers.js';
import type { BoiteAIdeesElement, BoiteAIdeesFilterEvent, ChantierCardElement } from '../src/index.js';

const BOX_PAGE = '/.tmp/ssr/box.html'; // rendered with --id idees: its URL keys are idees.q, idees.themes…
const CHANTIER_PAGE = '/.tmp/ssr/chantier.html';
/** --inline-styles --inline-script, the fast path: served with style-src 'unsafe-inline' and the loader's hash. */
const INLINE_PAGE = '/.tmp/ssr/box-inline.html';
/** Three boxes rendered apart without id (`--fragment`): the seed, another meeting, the seed again. */
const BOXES_PAGE = '/.tmp/ssr/boxes.html';
const CHANTIER_ID = 'sante-creer-reseau-vigilance';
const SUIVI_PAGE = '/.tmp/ssr/suivi.html'; // a chantier of data/exemple-suivi.json, with its follow-up

interface Recorder {
  errors: string[];
  /** Content-Security-Policy violations (`effectiveDirective` and what was blocked). */
  violations: string[];
  serverNodes: Node[];
  /** The `href` of every link as the server wrote it, read before any script ran. */
  serverHrefs: string[];
  definedAtParse: boolean;
}
type FrameWindow = Window & typeof globalThis & { __ssr: Recorder };

/** Loads a page of `npm run render` in an iframe (see `loadFrame` in helpers.ts). */
const loadFrame = (url: string, { scripts = true } = {}) =>
  loadPage<FrameWindow>(url, { title: 'Page rendue par le serveur', scripts });

/** Every node under `root`, shadow roots included, in document order (works across documents). */
function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      nodes.push(child);
      walk(child);
      const shadow = (child as Element).shadowRoot;
      if (shadow) walk(shadow);
    }
  };
  walk(root);
  return nodes;
}

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
type LitLike = Element & { updateComplete: Promise<boolean>; isUpdatePending: boolean; hasUpdated: boolean };
const litElements = (root: Node) => allNodes(root).filter((node): node is LitLike => isElement(node) && 'updateComplete' in node);

/** Waits until every Lit element of the page has finished updating; a failed update (a hydration error) throws. */
const settle = (doc: Document) => settleTree(doc.body);

/** The text a person sees: shadow roots instead of light children, nothing under `display: none`. */
function visibleText(root: Node, win: Window): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node as Text).data);
      return;
    }
    if (isElement(node)) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
      const style = win.getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return;
    }
    const shadow = isElement(node) ? node.shadowRoot : null;
    for (const child of (shadow ?? node).childNodes) walk(child);
    if (isElement(node) && !win.getComputedStyle(node).display.startsWith('inline')) parts.push(' ');
  };
  walk(root);
  return normalizeSpace(parts.join(''));
}

const missingLines = (text: string, lines: readonly string[]) => lines.map(normalizeSpace).filter((line) => !text.includes(line));

describe('server-side rendering (npm run render)', () => {
  before(async () => {
    for (const page of [BOX_PAGE, CHANTIER_PAGE, INLINE_PAGE, SUIVI_PAGE]) {
      const response = await fetch(page);
      if (!response.ok) throw new Error(`${page} is missing: run \`node scripts/check-package.mjs\` (a pre-step of npm test) first.`);
    }
  });

  afterEach(() => {
    removeFrames();
  });

  describe('without JavaScript', () => {
    it('shows every line of the seed, in the shadow roots the HTML declares', async () => {
      const { win, doc } = await loadFrame(BOX_PAGE, { scripts: false });
      expect(win.customElements.get('boite-a-idees'), 'no script may have run').to.equal(undefined);
      const box = doc.querySelector('boite-a-idees')!;
      expect(box.shadowRoot, 'declarative shadow root').to.not.equal(null);
      const text = visibleText(doc.body, win);
      const seed = await seedLinesByChantier();
      expect(seed.length).to.equal(3);
      for (const chantier of seed) expect(missingLines(text, chantier.lines), chantier.titre).to.deep.equal([]);
    });

    it('reads as a document: headings, governance tables with caption and header cells, nested lists', async () => {
      const { doc } = await loadFrame(BOX_PAGE, { scripts: false });
      const elements = allNodes(doc.body).filter(isElement);
      const seedDocument = await loadSeed();
      const headings = elements.filter((element) => /^H[1-6]$/.test(element.tagName));
      expect(headings.find((heading) => heading.tagName === 'H2')?.textContent?.trim()).to.equal(seedDocument.rencontre?.titre);
      expect(headings.filter((heading) => heading.tagName === 'H3').map((heading) => normalizeSpace(heading.textContent ?? ''))).to.include.members(
        seedDocument.chantiers.map((chantier) => chantier.titre),
      );
      const tables = elements.filter((element) => element.tagName === 'TABLE');
      expect(tables.length).to.equal(seedDocument.chantiers.filter((chantier) => chantier.gouvernance?.roles?.length).length);
      for (const table of tables) {
        expect(table.querySelector('caption')?.textContent?.trim()).to.not.equal('');
        expect(table.querySelectorAll('th[scope="row"]').length).to.be.greaterThan(0);
      }
      expect(elements.some((element) => element.matches('li > ul'))).to.equal(true);
      // The search controls are there, but cannot work yet: the page says nothing misleading about it.
      expect(elements.filter((element) => element.matches('input[type="search"]')).length).to.equal(1);
    });

    it('renders one chantier (--chantier, English interface, level 3 title)', async () => {
      const { win, doc } = await loadFrame(CHANTIER_PAGE, { scripts: false });
      const card = doc.querySelector('chantier-card')!;
      expect(card.getAttribute('chantier')).to.equal(CHANTIER_ID);
      const seed = (await seedLinesByChantier()).find((chantier) => normalizeSpace(visibleText(card, win)).includes(chantier.titre))!;
      expect(seed, 'the seed chantier shown').to.not.equal(undefined);
      const text = visibleText(doc.body, win);
      expect(missingLines(text, seed.lines)).to.deep.equal([]);
      expect(text).to.include('Obstacles to anticipate');
      expect(card.shadowRoot!.querySelector('h3')?.textContent?.trim()).to.equal(seed.titre);
      // Acronyms explained from the glossary, though the card shows one chantier.
      expect(allNodes(card.shadowRoot!).filter(isElement).some((element) => element.tagName === 'ABBR' && element.getAttribute('title'))).to.equal(true);
    });

    it('shows the follow-up: status in words, progress value, dates, steps and criteria', async () => {
      const { win, doc } = await loadFrame(SUIVI_PAGE, { scripts: false });
      const root = doc.querySelector('chantier-card')!.shadowRoot!;
      const text = visibleText(doc.body, win);
      expect(text).to.include("Statut : En cours Avancement : 45 % Porté par : Service logement de la commune, avec l'ADIL");
      expect(root.querySelector('progress')!.getAttribute('value'), 'a determinate bar, without script').to.equal('45');
      expect([...root.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2026-06-20',
        '2026-01-14',
        '2026-03-11',
        '2026-06-20',
      ]);
      expect(text).to.include('les personnes reçues connaissent les recours possibles Atteint');
      expect(text).to.include('14 janvier 2026 — Première permanence, à la maison de quartier du Centre');
    });
  });

  describe('hydrated by dist/boite-a-idees-hydrate.js', () => {
    it('hydrates a card with a follow-up without error or added node', async () => {
      const { win, doc } = await loadFrame(SUIVI_PAGE);
      await win.customElements.whenDefined('chantier-card');
      await settle(doc);
      expect(win.__ssr.errors).to.deep.equal([]);
      expect(allNodes(doc.body).length, 'nodes added').to.equal(win.__ssr.serverNodes.length);
      const root = doc.querySelector('chantier-card')!.shadowRoot!;
      expect((root.querySelector('progress') as HTMLProgressElement).value).to.equal(45);
      const steps = root.querySelector('#content-etapes') as HTMLElement;
      (root.querySelector('[aria-controls="content-etapes"]') as HTMLButtonElement).click();
      await settle(doc);
      expect(steps.hidden).to.equal(true);
    });

    it('takes over the server DOM: no error, every node kept, nothing added', async () => {
      const { win, doc } = await loadFrame(BOX_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      expect(win.__ssr.errors).to.deep.equal([]);
      expect(win.__ssr.definedAtParse, 'the recorder ran before the elements were defined').to.equal(false);
      const elements = litElements(doc.body);
      expect(elements.length).to.be.greaterThan(6);
      expect(elements.filter((element) => !element.hasUpdated).map((element) => element.localName)).to.deep.equal([]);
      expect(allNodes(doc.body).filter(isElement).filter((element) => element.hasAttribute('defer-hydration')).length).to.equal(0);
      const detached = win.__ssr.serverNodes.filter((node) => !node.isConnected);
      expect(detached.length, 'server nodes replaced').to.equal(0);
      expect(allNodes(doc.body).length, 'nodes added (content rendered twice?)').to.equal(win.__ssr.serverNodes.length);
      const box = doc.querySelector('boite-a-idees')!;
      expect(box.shadowRoot!.querySelectorAll('.controls').length).to.equal(1);
      for (const card of box.shadowRoot!.querySelectorAll('chantier-card')) {
        expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
        // Links keyed by the box's id (`--id idees`), on the server as in the browser: in the fragment on
        // the server, which knows no page URL; the page's URL with the box's key once hydrated.
        const id = (card.data as { id: string }).id;
        expect(win.__ssr.serverHrefs).to.include(`#idees.chantier=${id}`);
        expect(card.shadowRoot!.querySelector('a[part="permalink"]')?.getAttribute('href')).to.equal(`${win.location.href.split(/[?#]/)[0]}?idees.chantier=${id}`);
      }
    });

    it('requests its code only once the page is parsed: the server\'s HTML comes first', async () => {
      const { win } = await loadFrame(BOX_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      const [navigation] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const code = win.performance.getEntriesByType('resource').find((entry) => /\/dist\/chunks\/hydrate-[\w-]+\.js$/.test(entry.name));
      expect(code, 'dist/chunks/hydrate-*.js was not loaded').to.exist;
      // Named in the page's own tag, the code was requested while the parser was still at work (and slowed it).
      expect(code!.startTime, 'requested before the page was parsed').to.be.at.least(navigation.domInteractive);
    });

    it('with --inline-script, requests nothing while the page is parsed, not even the small file', async () => {
      const { win } = await loadFrame(INLINE_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      const [navigation] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const requested = (pattern: RegExp) => win.performance.getEntriesByType('resource').find((entry) => pattern.test(entry.name));
      const loader = requested(/\/dist\/boite-a-idees-hydrate\.js$/);
      expect(loader, 'dist/boite-a-idees-hydrate.js was not loaded').to.exist;
      expect(requested(/\/dist\/chunks\/hydrate-[\w-]+\.js$/), 'dist/chunks/hydrate-*.js was not loaded').to.exist;
      // With `<script defer src>` the preload scanner requests the file as soon as it reads the tag, mid-parse.
      expect(loader!.startTime, 'requested before the page was parsed').to.be.at.least(navigation.domInteractive);
    });

    it('searches and filters by theme, on the server-rendered nodes', async () => {
      const { win, doc } = await loadFrame(BOX_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      const box = doc.querySelector('boite-a-idees') as BoiteAIdeesElement;
      const root = box.shadowRoot!;
      const shownIds = () =>
        [...root.querySelectorAll('li')]
          .filter((item) => !item.hidden)
          .map((item) => ((item.querySelector('chantier-card') as ChantierCardElement).data as { id: string }).id);
      expect(shownIds().length).to.equal(3);

      const input = root.querySelector('input[type="search"]') as HTMLInputElement;
      let filtered = new Promise<BoiteAIdeesFilterEvent>((resolve) => box.addEventListener('boite-a-idees-filter', (event) => resolve(event as BoiteAIdeesFilterEvent), { once: true }));
      input.value = 'vigilance';
      input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      expect((await filtered).shown).to.equal(1);
      await settle(doc);
      expect(shownIds()).to.deep.equal([CHANTIER_ID]);
      expect(root.querySelector('[role="status"]')?.textContent).to.include('1 chantier sur 3');
      expect(win.location.search).to.equal('?idees.q=vigilance');

      (root.querySelector('.actions button') as HTMLButtonElement).click(); // clear
      await settle(doc);
      expect(shownIds().length).to.equal(3);
      filtered = new Promise<BoiteAIdeesFilterEvent>((resolve) => box.addEventListener('boite-a-idees-filter', (event) => resolve(event as BoiteAIdeesFilterEvent), { once: true }));
      const emploi = [...root.querySelectorAll<HTMLButtonElement>('.theme-toggle')].find((button) => button.textContent?.trim().startsWith('Emploi ('))!;
      emploi.click();
      expect((await filtered).themes).to.deep.equal(['emploi']);
      await settle(doc);
      expect(emploi.getAttribute('aria-pressed')).to.equal('true');
      expect(shownIds()).to.deep.equal(['emploi-lutter-discriminations-jeunes']);

      expect(win.__ssr.errors).to.deep.equal([]);
      expect(win.__ssr.serverNodes.filter((node) => !node.isConnected && node.nodeType !== Node.TEXT_NODE).length, 'server elements replaced').to.equal(0);
    });

    it('keeps what the visitor folded through a search', async () => {
      const { win, doc } = await loadFrame(BOX_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      const root = doc.querySelector('boite-a-idees')!.shadowRoot!;
      const card = [...root.querySelectorAll('chantier-card')].find((element) => (element.data as { id: string }).id === CHANTIER_ID)!;
      const disclosure = card.shadowRoot!.querySelector('button.disclosure') as HTMLButtonElement;
      disclosure.click();
      await settle(doc);
      expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
      const input = root.querySelector('input[type="search"]') as HTMLInputElement;
      input.value = 'réseau';
      input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      await settle(doc);
      expect(card.shadowRoot!.querySelector('button.disclosure') === disclosure, 'the same button').to.equal(true);
      expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
      // The box marks the words in the cards near the viewport only: the frame is small, so bring the card there.
      card.scrollIntoView();
      await until(() => card.shadowRoot!.querySelector('mark'), 'the card, in view, marks the word');
      expect(card.shadowRoot!.querySelector('mark')!.textContent!.toLowerCase()).to.equal('réseau');
      expect(win.__ssr.errors).to.deep.equal([]);
    });

    for (const link of ['?idees.q=jeunes', '#idees.q=jeunes']) it(`opens the view of a link (${link}) once hydrated, without a mismatch`, async () => {
      const { win, doc } = await loadFrame(`${BOX_PAGE}${link}`);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      const root = doc.querySelector('boite-a-idees')!.shadowRoot!;
      expect((root.querySelector('input[type="search"]') as HTMLInputElement).value).to.equal('jeunes');
      expect(root.querySelector('[role="status"]')?.textContent).to.include('1 chantier sur 3');
      expect([...root.querySelectorAll('li')].filter((item) => !item.hidden).length).to.equal(1);
      expect(win.__ssr.errors).to.deep.equal([]);
    });

    it('gives boxes rendered apart without id URL keys of their own, which the browser keeps', async () => {
      const { win, doc } = await loadFrame(BOXES_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      expect(win.__ssr.errors).to.deep.equal([]);
      expect(allNodes(doc.body).length, 'nodes added').to.equal(win.__ssr.serverNodes.length);
      const boxes = [...doc.querySelectorAll('boite-a-idees')] as BoiteAIdeesElement[];
      const keys = boxes.map((box) => box.getAttribute('url-key')!);
      // Another meeting, another key; the same document, the same key from the server…
      expect(keys[0]).to.match(/^boite-[0-9a-z]{5}$/);
      expect(keys[1]).to.match(/^boite-[0-9a-z]{5}$/);
      expect(keys[1]).not.to.equal(keys[0]);
      expect(keys[2]).to.equal(keys[0]);
      const ids = (await loadSeed()).chantiers.map((chantier) => chantier.id);
      for (const key of [keys[0], keys[1]]) {
        expect(win.__ssr.serverHrefs.filter((href) => href.startsWith(`#${key}.chantier=`)), `server links of ${key}`).to.have.length(key === keys[0] ? 6 : 3);
      }
      // …which the browser numbers: the third box is `<key>2`. Every link carries its own box's key.
      const pageKeys = [keys[0], keys[1], `${keys[0]}2`];
      const cardsOf = (box: BoiteAIdeesElement) => [...box.shadowRoot!.querySelectorAll('chantier-card')] as ChantierCardElement[];
      for (const [index, box] of boxes.entries()) {
        const hrefs = cardsOf(box).map((card) => card.shadowRoot!.querySelector('a[part="permalink"]')!.getAttribute('href'));
        expect(hrefs).to.deep.equal(ids.map((id) => `${win.location.href.split(/[?#]/)[0]}?${pageKeys[index]}.chantier=${id}`));
      }
      // The second box's link focuses the second box's card, and the third's the third's.
      for (const index of [1, 2]) {
        const card = cardsOf(boxes[index])[2];
        (card.shadowRoot!.querySelector('a[part="permalink"]') as HTMLAnchorElement).click();
        await settle(doc);
        await new Promise((resolve) => win.requestAnimationFrame(resolve));
        expect(boxes[index].shadowRoot!.activeElement, `box ${index + 1}`).to.equal(card);
        expect(boxes[0].shadowRoot!.activeElement, 'the first box').to.equal(null);
      }
      // Each link changed only its own box's key: both views are in the URL.
      expect(win.location.search).to.equal(`?${pageKeys[1]}.chantier=${ids[2]}&${pageKeys[2]}.chantier=${ids[2]}`);
      expect(win.__ssr.errors).to.deep.equal([]);
    });

    it('hydrates one chantier: English labels kept, sections fold', async () => {
      const { win, doc } = await loadFrame(CHANTIER_PAGE);
      await win.customElements.whenDefined('chantier-card');
      await settle(doc);
      expect(win.__ssr.errors).to.deep.equal([]);
      expect(allNodes(doc.body).length, 'nodes added').to.equal(win.__ssr.serverNodes.length);
      const card = doc.querySelector('chantier-card') as ChantierCardElement;
      expect((card.data as unknown) === undefined, 'data from the embedded JSON, not a property').to.equal(true);
      const buttons = [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.disclosure')];
      expect(buttons.map((button) => button.textContent?.trim())).to.include('Obstacles to anticipate');
      buttons[0].click();
      await settle(doc);
      expect(buttons[0].getAttribute('aria-expanded')).to.equal('false');
      expect((card.shadowRoot!.querySelector(`#${buttons[0].getAttribute('aria-controls')}`) as HTMLElement).hidden).to.equal(true);
      expect(win.__ssr.errors).to.deep.equal([]);
    });
  });

  // The pages are served with the Content-Security-Policy SECURITY.md gives for each way of rendering
  // (test/server-routes.mjs): the strict one for linked styles, `'unsafe-inline'` for styles only otherwise.
  describe('under the Content-Security-Policy SECURITY.md states', () => {
    /** A rule of each element's own style sheet, as the page applies it: the controls' frame, the card's border. */
    const styled = (doc: Document, win: Window) => {
      const box = doc.querySelector('boite-a-idees')!;
      const controls = box.shadowRoot!.querySelector('.controls')!;
      const article = box.shadowRoot!.querySelector('chantier-card')!.shadowRoot!.querySelector('article')!;
      return {
        controls: win.getComputedStyle(controls).borderTopStyle,
        card: win.getComputedStyle(article).borderInlineStartStyle,
      };
    };
    const STYLED = { controls: 'solid', card: 'solid' };

    it('is served with the policies (otherwise these tests prove nothing)', async () => {
      const strict = (await fetch(BOX_PAGE)).headers.get('content-security-policy') ?? '';
      expect(strict).to.contain("style-src 'self';").and.to.contain("script-src 'self';").and.not.to.contain('unsafe-inline');
      const inline = (await fetch(INLINE_PAGE)).headers.get('content-security-policy') ?? '';
      expect(inline).to.contain("style-src 'self' 'unsafe-inline';").and.to.match(/script-src 'self' 'sha256-[\w+/=]+';/);
    });

    it('linked style sheets (the default): styled without JavaScript under the strict policy', async () => {
      const { win, doc } = await loadFrame(BOX_PAGE, { scripts: false });
      const box = doc.querySelector('boite-a-idees')!;
      // Booleans, not nodes: chai would walk a failing node of another realm (the frame's) for ever.
      expect(box.shadowRoot!.querySelector('style') === null, 'no inline <style>').to.equal(true);
      expect(box.shadowRoot!.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).to.equal('/dist/styles/boite-a-idees.css');
      await until(() => [...box.shadowRoot!.querySelectorAll('link')].every((link) => link.sheet !== null), 'the style sheet loads');
      expect(styled(doc, win)).to.deep.equal(STYLED);
    });

    it('linked style sheets: hydrated and searched with no violation, still styled', async () => {
      const { win, doc } = await loadFrame(BOX_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      const box = doc.querySelector('boite-a-idees') as BoiteAIdeesElement;
      const input = box.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
      input.value = 'santé';
      input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      await settle(doc);
      expect(box.shadowRoot!.querySelectorAll('mark, chantier-card').length).to.be.greaterThan(0);
      expect(win.__ssr.violations).to.deep.equal([]);
      expect(win.__ssr.errors).to.deep.equal([]);
      expect(styled(doc, win)).to.deep.equal(STYLED);
    });

    it('hydration adopts the styles itself, so an element stays styled even where its sheet is missing', async () => {
      const { win, doc } = await loadFrame(BOX_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      // What a host that forgot to copy dist/styles/ gets: no linked sheet at all.
      for (const link of deepLinks(doc)) link.remove();
      expect(styled(doc, win)).to.deep.equal(STYLED);
    });

    it('inline styles and loader (--inline-styles --inline-script): hydrated with no violation under the policy that allows them', async () => {
      const { win, doc } = await loadFrame(INLINE_PAGE);
      await win.customElements.whenDefined('boite-a-idees');
      await settle(doc);
      expect(doc.querySelector('boite-a-idees')!.shadowRoot!.querySelector('style') !== null, 'inline <style>').to.equal(true);
      expect(win.__ssr.violations).to.deep.equal([]);
      expect(win.__ssr.errors).to.deep.equal([]);
      expect(styled(doc, win)).to.deep.equal(STYLED);
    });
  });
});

/** Every `<link>` of the page, shadow roots included. */
const deepLinks = (doc: Document) => allNodes(doc.body).filter((node): node is HTMLLinkElement => isElement(node) && node.tagName === 'LINK');
