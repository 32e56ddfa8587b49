/**
 * The box on real host pages (test/hosts/), opened in a window of their own as a visitor opens them from
 * another page, in three engines:
 * - cms-bootstrap.html: a CMS theme on Bootstrap 5 (its reboot, a fixed navigation bar, its own anchors
 *   `#haut`, `#idees`, `#contact`, `scroll-padding-top`), which restyles the box through parts and variables;
 * - hash-router.html: a single-page application whose small router owns the whole fragment
 *   (`#/projets/discriminations`) and renders each route anew;
 * - dsfr.html: a State service's page on the DSFR (its CSS and script, skip links `#contenu` and `#footer`),
 *   with `design="dsfr"`.
 * What is checked: the host's URL survives byte for byte, its anchors land once the elements have
 * rendered, its navigation keeps the box's view, a shared link restores it, its CSS reaches inside.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { deepQueryAll, ENGINE, settle, until } from './helpers.js';

type HostWindow = Window & typeof globalThis & { router?: { renders: string[]; unknown: string[] } };

interface Host {
  win: HostWindow;
  doc: Document;
  /** The page's address up to its query, as the window has it. */
  base: string;
}

const windows: Window[] = [];
afterEach(() => windows.splice(0).forEach((win) => win.close()));

/** Every element of ours in the page has shown its data (or its error). */
const allShown = (doc: Document) =>
  deepQueryAll(doc, 'boite-a-idees, chantier-card').every((element) => element.shadowRoot?.querySelector('.count, article, .empty, [role="alert"]'));

async function frameUpdates(win: Window) {
  for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/**
 * Opens a host page in a window of its own, as a link from another page would, and waits until the elements
 * show. A window, not a frame: its history starts afresh. A frame's entries join the test page's history,
 * which the runner's reused tab has filled (Chromium keeps 50 entries, and then drops a frame's oldest
 * ones, so a second Back leaves the frame). A visitor's click opens it (engines block a scripted window).
 */
async function openHost(url: string): Promise<Host> {
  const opener = document.createElement('button');
  opener.textContent = 'Ouvrir la page hôte';
  Object.assign(opener.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', inlineSize: '200px', blockSize: '40px' });
  let opened: HostWindow | null = null;
  opener.addEventListener('click', () => (opened = window.open(url, '_blank', 'width=1024,height=700') as HostWindow | null), { once: true });
  document.body.append(opener);
  await sendMouse({ type: 'click', position: [100, 20] });
  opener.remove();
  if (!opened) throw new Error(`${url}: the window did not open`);
  const win: HostWindow = opened;
  windows.push(win);
  await until(() => win.location.href !== 'about:blank' && win.document.readyState === 'complete', `${url}: the page did not load`);
  const doc = win.document;
  await win.customElements.whenDefined('boite-a-idees');
  await until(() => doc.querySelector('boite-a-idees') !== null && allShown(doc), `${url}: the elements did not show`);
  await settle(doc);
  await frameUpdates(win);
  return { win, doc, base: url.replace(/[?#].*$/, '') };
}

const box = (host: Host) => host.doc.querySelector('boite-a-idees') as BoiteAIdeesElement;
const count = (host: Host) => box(host).shadowRoot!.querySelector('.count')!.textContent!.trim();

async function typeSearch(host: Host, text: string) {
  const input = box(host).shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new host.win.InputEvent('input', { bubbles: true, composed: true }));
  await settle(host.doc);
}

async function clickLink(host: Host, selector: string) {
  const link = host.doc.querySelector(selector) as HTMLAnchorElement;
  const arrived = new Promise((resolve) => host.win.addEventListener('hashchange', resolve, { once: true }));
  link.click();
  await arrived;
  await settle(host.doc);
  await frameUpdates(host.win);
}

async function goBack(host: Host) {
  const arrived = new Promise((resolve) => host.win.addEventListener('popstate', resolve, { once: true }));
  host.win.history.back();
  await arrived;
  await settle(host.doc);
  await frameUpdates(host.win);
}

/** Where an element of the host page stands from the top of its window, in pixels. */
const topOf = (host: Host, selector: string) => Math.round(host.doc.querySelector(selector)!.getBoundingClientRect().top);

describe('host page: a CMS theme on Bootstrap 5, with its own anchors', () => {
  const PAGE = '/test/hosts/cms-bootstrap.html';

  it('opened at #contact: Contact is in view once the elements have rendered', async () => {
    const host = await openHost(`${PAGE}#contact`);
    // The anchor comes back into view as soon as the anchor's code (a chunk the page loaded at once) is there.
    await until(() => Math.abs(topOf(host, '#contact') - 72) <= 2, `Contact did not come back into view (${topOf(host, '#contact')} px)`);
    const top = topOf(host, '#contact');
    console.log(`${ENGINE}: cms-bootstrap.html#contact — Contact at ${top} px from the window's top (scrollY ${Math.round(host.win.scrollY)})`);
    // The theme's scroll-padding-top (4.5rem) keeps anchors clear of its fixed bar.
    expect(top).to.be.within(70, 74);
    expect(host.win.scrollY, 'the page scrolled past the box').to.be.greaterThan(3000);
  });

  it('keeps #contact byte for byte while the visitor searches, and its anchors keep the view', async () => {
    const host = await openHost(`${PAGE}#contact`);
    await typeSearch(host, 'logement');
    box(host).shadowRoot!.querySelector<HTMLButtonElement>('.theme-toggle')!.click();
    await settle(host.doc);
    expect(host.win.location.href).to.equal(`${new URL(host.base, location.href)}?boite.q=logement&boite.themes=logement#contact`);
    await clickLink(host, 'a[href="#haut"]');
    await clickLink(host, '.navbar a[href="#contact"]');
    expect(host.win.location.hash).to.equal('#contact');
    expect(count(host)).to.equal('1 chantier sur 3 — Logement — recherche « logement »');
    // The theme scrolls smoothly (Bootstrap's `scroll-behavior: smooth`): the link lands once it is there.
    await until(() => Math.abs(topOf(host, '#contact') - 72) <= 2, `the theme's own link did not land (${topOf(host, '#contact')} px)`);
  });

  it('a shared link opens the same view and still lands on the anchor', async () => {
    const host = await openHost(`${PAGE}?boite.q=vigilance&boite.themes=sante#contact`);
    expect(count(host)).to.equal('1 chantier sur 3 — Santé — recherche « vigilance »');
    await until(() => Math.abs(topOf(host, '#contact') - 72) <= 2, `Contact did not come back into view (${topOf(host, '#contact')} px)`);
  });

  it('styles the cards inside the box from the theme\'s CSS, through the box\'s parts', async () => {
    const host = await openHost(PAGE);
    const primary = host.win.getComputedStyle(host.doc.body).getPropertyValue('--bs-primary').trim();
    const probe = host.doc.createElement('span');
    probe.style.color = primary;
    host.doc.body.append(probe);
    const primaryRgb = host.win.getComputedStyle(probe).color;
    const cards = deepQueryAll<ChantierCardElement>(box(host), 'chantier-card');
    const titles = cards.map((card) => card.shadowRoot!.querySelector('[part="title"]')!);
    expect(titles.map((title) => host.win.getComputedStyle(title).color)).to.deep.equal([primaryRgb, primaryRgb, primaryRgb]);
    expect(host.win.getComputedStyle(titles[0]).fontFamily).to.match(/Georgia/);
    // The lone card above the box is not inside it: the theme's rule for the box does not reach it.
    const lone = host.doc.querySelector('main > chantier-card')!.shadowRoot!.querySelector('[part="title"]')!;
    expect(host.win.getComputedStyle(lone).color).not.to.equal(primaryRgb);
    const glossaryTitle = box(host).shadowRoot!.querySelector('[part="glossary-title"]')!;
    expect(host.win.getComputedStyle(glossaryTitle).textTransform).to.equal('uppercase');
    const article = cards[0].shadowRoot!.querySelector('article')!;
    expect(host.win.getComputedStyle(article).borderInlineStartColor, '--boite-accent from the theme').to.equal(primaryRgb);
  });
});

describe('host page: a hash-routed application', () => {
  const PAGE = '/test/hosts/hash-router.html';

  it('keeps the route in the fragment untouched, and the router renders nothing for the box\'s changes', async () => {
    const host = await openHost(`${PAGE}#/projets/discriminations`);
    await typeSearch(host, 'emploi');
    box(host).shadowRoot!.querySelectorAll<HTMLButtonElement>('.theme-toggle')[2].click();
    await settle(host.doc);
    expect(host.win.location.hash).to.equal('#/projets/discriminations');
    expect(host.win.location.search).to.equal('?boite.q=emploi&boite.themes=sante');
    await goBack(host); // the theme toggle
    await goBack(host); // the search
    expect(count(host)).to.equal('3 chantiers sur 3');
    expect(host.win.location.hash).to.equal('#/projets/discriminations');
    expect(host.win.router!.renders).to.deep.equal(['/projets/discriminations']);
    expect(host.win.router!.unknown).to.deep.equal([]);
  });

  it('restores the view when the visitor comes back to the route', async () => {
    const host = await openHost(`${PAGE}#/projets/discriminations`);
    await typeSearch(host, 'jeunes');
    await clickLink(host, 'nav a[href="#/contact"]');
    expect(host.doc.querySelector('boite-a-idees')).to.equal(null);
    await goBack(host);
    await until(() => host.doc.querySelector('boite-a-idees') && allShown(host.doc), 'the route did not render the box again');
    await settle(host.doc);
    expect(count(host)).to.equal('1 chantier sur 3 — recherche « jeunes »');
    expect(host.win.router!.unknown).to.deep.equal([]);
  });

  it('links each chantier within the route, and following the link keeps the route', async () => {
    const host = await openHost(`${PAGE}#/projets/discriminations`);
    const card = deepQueryAll<ChantierCardElement>(box(host), 'chantier-card')[1];
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="permalink"]')!;
    expect(link.href).to.equal(`${new URL(host.base, location.href)}?boite.chantier=${(card.data as { id: string }).id}#/projets/discriminations`);
    link.click();
    await settle(host.doc);
    await until(() => box(host).shadowRoot!.activeElement === card, 'the linked card did not take focus');
    expect(host.win.location.hash).to.equal('#/projets/discriminations');
    expect(host.win.router!.renders).to.deep.equal(['/projets/discriminations']);
  });
});

describe('host page: the DSFR, for State services', () => {
  const PAGE = '/test/hosts/dsfr.html';

  it('opened at its skip link #footer: the footer is in view once the box has rendered', async () => {
    const host = await openHost(`${PAGE}#footer`);
    await until(() => Math.abs(topOf(host, '#footer')) <= 1, `the footer did not come back into view (${topOf(host, '#footer')} px)`);
    const top = topOf(host, '#footer');
    console.log(`${ENGINE}: dsfr.html#footer — footer at ${top} px from the window's top (scrollY ${Math.round(host.win.scrollY)})`);
    expect(top).to.be.within(-1, 1);
    expect(host.win.scrollY).to.be.greaterThan(3000);
  });

  it('keeps its skip links working and the view with them; the box takes the DSFR\'s colours', async () => {
    const host = await openHost(PAGE);
    await typeSearch(host, 'santé');
    await clickLink(host, 'a[href="#contenu"]');
    expect(host.win.location.href).to.equal(`${new URL(host.base, location.href)}?boite.q=sant%C3%A9#contenu`);
    expect(count(host)).to.equal('1 chantier sur 3 — recherche « santé »');
    expect(topOf(host, '#contenu')).to.be.within(-1, 1);
    // design="dsfr": the accent is the DSFR's own blue, read from the page's variables.
    const probe = host.doc.createElement('span');
    probe.style.color = 'var(--border-plain-blue-france)';
    host.doc.body.append(probe);
    const blue = host.win.getComputedStyle(probe).color;
    const article = deepQueryAll(box(host), 'chantier-card')[0].shadowRoot!.querySelector('article')!;
    expect(host.win.getComputedStyle(article).borderInlineStartColor).to.equal(blue);
  });
});
