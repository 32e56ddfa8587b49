/**
 * The overview of `<boite-a-idees>` when it holds many chantiers (issue 16): what a visitor sees first,
 * how a chantier opens in place and closes, the URL and the back button, focus, screen readers, reading
 * everything in full, printing. The documents are the seed's chantiers repeated (demo/grande-boite.js).
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { grandeBoite } from '../demo/grande-boite.js';
import { applyPrintRules } from '../stories/support/print-preview.js';
import { deepQueryAll, loadSeed, normalizeSpace, settle, until } from './helpers.js';

/** The test page's own URL, as the test runner gave it (the box adds its keys to its query). */
const PAGE = location.href;

interface Options {
  count?: number;
  /** The box's keys in the page's query, as a shared link gives them (`boite.chantier=…`). */
  query?: string;
  width?: string;
  layout?: string;
  lang?: string;
}

/** A box of `count` chantiers in a page column of `width`, once rendered. */
async function bigBox({ count = 30, query = '', width = '1280px', layout, lang }: Options = {}): Promise<BoiteAIdeesElement> {
  history.replaceState(null, '', query ? `${PAGE}&${query}` : PAGE);
  const wrapper = document.createElement('div');
  wrapper.style.inlineSize = width;
  if (lang) wrapper.lang = lang;
  const box = document.createElement('boite-a-idees');
  if (layout) box.setAttribute('layout', layout);
  box.data = grandeBoite(await loadSeed(), count);
  wrapper.append(box);
  await fixture(wrapper);
  await settle(box);
  return box;
}

const root = (box: BoiteAIdeesElement) => box.shadowRoot!;
const entryLinks = (box: BoiteAIdeesElement) => [...root(box).querySelectorAll<HTMLAnchorElement>('.entry-title a')];
const cards = (box: BoiteAIdeesElement) => [...root(box).querySelectorAll<ChantierCardElement>('chantier-card')];
const button = (box: BoiteAIdeesElement, name: string) =>
  [...root(box).querySelectorAll<HTMLButtonElement>('button')].find((element) => normalizeSpace(element.textContent!) === name);
/** The element that has focus, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const params = () => new URLSearchParams(location.search);

afterEach(() => history.replaceState(null, '', PAGE));

describe('<boite-a-idees>: the overview of many chantiers', () => {
  it('shows at least 10 chantier titles in the first 1,600 px of a 30-chantier box at 1280 px', async () => {
    const box = await bigBox();
    const top = box.getBoundingClientRect().top;
    const titles = entryLinks(box).filter((link) => link.getBoundingClientRect().bottom - top <= 1600);
    expect(titles.length, `${titles.length} titles in the first 1,600 px`).to.be.at.least(10);
    expect(cards(box)).to.have.length(0);
    await expect(box).to.be.accessible();
  });

  it('groups the chantiers by theme, with their counts on the groups and on the theme toggles', async () => {
    const box = await bigBox();
    const groups = [...root(box).querySelectorAll('.group')];
    expect(groups.map((group) => group.querySelector('.group-title')!.textContent)).to.deep.equal(['Logement (10)', 'Emploi (10)', 'Santé (10)']);
    expect(groups.map((group) => group.querySelectorAll('.entry-title').length)).to.deep.equal([10, 10, 10]);
    expect([...root(box).querySelectorAll('.theme-toggle')].map((toggle) => toggle.textContent!.trim())).to.deep.equal(['Logement (10)', 'Emploi (10)', 'Santé (10)']);
    expect(root(box).querySelector('[role="status"]')!.textContent).to.equal('30 chantiers sur 30');
  });

  it('gives a screen reader every chantier: a heading with a link each, under its theme heading', async () => {
    const box = await bigBox();
    const seed = grandeBoite(await loadSeed(), 30);
    const headings = [...root(box).querySelectorAll('h4')];
    expect(headings).to.have.length(30);
    expect(headings.every((heading) => heading.querySelector('a[href]'))).to.equal(true);
    expect(headings.map((heading) => heading.textContent).sort()).to.deep.equal(seed.chantiers.map((chantier) => chantier.titre).sort());
    expect(root(box).querySelectorAll('h3.group-title')).to.have.length(3);
  });

  it('opens a whole chantier in place with one click on its title, in the URL, focus on its title', async () => {
    const box = await bigBox();
    const link = entryLinks(box)[1];
    expect(link.getAttribute('href')).to.equal(`${PAGE}&boite.chantier=logement-acces-equitable-4`);
    link.click();
    await settle(box);
    const opened = root(box).querySelector('.opened')!;
    const card = opened.querySelector('chantier-card')!;
    expect(opened.parentElement!.children[1]).to.equal(opened); // where its entry was
    expect(params().get('boite.chantier')).to.equal('logement-acces-equitable-4');
    // The whole chantier: every section, the governance table and the obstacles.
    expect(card.shadowRoot!.querySelectorAll('section')).to.have.length(7);
    expect(deepQueryAll(card, 'table')).to.have.length(1);
    expect(deepQueryAll(card, 'freins-list')[0].shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(3);
    await until(() => focused()?.id === 'title', 'the title did not take focus');
    expect(focused()!.textContent).to.equal('Un accès équitable au logement (exemple 4)');
    expect(entryLinks(box)).to.have.length(29);
    await expect(box).to.be.accessible();
  });

  it('returns to the overview with the browser\'s back button, focus on the chantier\'s entry', async () => {
    const box = await bigBox();
    entryLinks(box)[12].click();
    await settle(box);
    await until(() => focused()?.id === 'title', 'the title did not take focus');
    history.back();
    await until(() => !root(box).querySelector('.opened'), 'back did not close the chantier');
    await settle(box);
    expect(entryLinks(box)).to.have.length(30);
    await until(() => focused() === entryLinks(box)[12], 'focus did not return to the entry');
    expect(params().get('boite.chantier')).to.equal(null);
  });

  it('returns to the overview with the box\'s own buttons, focus on the chantier\'s entry', async () => {
    const box = await bigBox();
    entryLinks(box)[25].click();
    await settle(box);
    const backs = [...root(box).querySelectorAll<HTMLButtonElement>('.opened > button')];
    expect(backs.map((element) => element.textContent)).to.deep.equal(["Retour à la vue d'ensemble", "Retour à la vue d'ensemble"]);
    backs[1].click();
    await settle(box);
    expect(root(box).querySelector('.opened')).to.equal(null);
    expect(focused()).to.equal(entryLinks(box)[25]);
    expect(params().get('boite.chantier')).to.equal(null);
  });

  it('opens the chantier a shared link names, in place, focused', async () => {
    const box = await bigBox({ query: 'boite.chantier=sante-creer-reseau-vigilance-30' });
    await until(() => focused()?.id === 'title', 'the title did not take focus');
    expect(focused()!.textContent).to.equal('Créer un réseau de vigilance pour lutter contre les discriminations en santé des personnes précaires (exemple 30)');
    expect(root(box).querySelectorAll('.opened chantier-card')).to.have.length(1);
  });

  it('opens an entry with the keyboard (Tab, Enter)', async () => {
    const box = await bigBox();
    entryLinks(box)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(entryLinks(box)[1]);
    await sendKeys({ press: 'Enter' });
    await settle(box);
    await until(() => focused()?.id === 'title', 'the title did not take focus');
    expect(params().get('boite.chantier')).to.equal('logement-acces-equitable-4');
  });

  it('narrows the overview with a search, showing in each entry the line that matched', async () => {
    const box = await bigBox();
    const input = root(box).querySelector('input')!;
    input.value = 'hôpital';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(box);
    expect([...root(box).querySelectorAll('.group-title')].map((title) => title.textContent)).to.deep.equal(['Santé (10)']);
    const excerpts = [...root(box).querySelectorAll('.excerpt')];
    expect(excerpts).to.have.length(10);
    expect(excerpts[0].textContent).to.equal("l'ARS, les collectivités, les hôpitaux");
    expect(excerpts[0].querySelector('mark')!.textContent).to.equal('hôpitaux');
    expect([...root(box).querySelectorAll('.theme-toggle')].map((toggle) => toggle.textContent!.trim())).to.deep.equal(['Logement (0)', 'Emploi (0)', 'Santé (10)']);
    input.value = 'vigilance';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(box);
    expect(root(box).querySelector('.entry-title mark')!.textContent).to.equal('vigilance'); // in the title
  });

  it('reads every chantier in full on request, and back to the overview', async () => {
    const box = await bigBox();
    button(box, 'Lire tous les chantiers en entier')!.click();
    await settle(box);
    expect(cards(box)).to.have.length(30);
    expect(root(box).querySelector('.overview')).to.equal(null);
    expect(params().get('boite.lire')).to.equal('tout');
    expect(button(box, 'Tout replier')).to.not.equal(undefined);
    history.back();
    await until(() => root(box).querySelector('.overview'), 'back did not return to the overview');
    expect(cards(box)).to.have.length(0);
    button(box, 'Lire tous les chantiers en entier')!.click();
    await settle(box);
    button(box, "Vue d'ensemble")!.click();
    await settle(box);
    expect(entryLinks(box)).to.have.length(30);
  });

  it('prints every chantier in full from the overview, then shows the overview again', async () => {
    const box = await bigBox();
    entryLinks(box)[3].click();
    await settle(box);
    window.dispatchEvent(new Event('beforeprint'));
    // What the browser prints is laid out right after the event: the cards must be there without waiting.
    await Promise.resolve();
    expect(cards(box)).to.have.length(30);
    await settle(box);
    expect(applyPrintRules(box)).to.be.greaterThan(5);
    expect(getComputedStyle(root(box).querySelector('.controls')!).display).to.equal('none');
    expect(deepQueryAll(box, '.section-content').filter((section) => getComputedStyle(section).display === 'none')).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    await settle(box);
    expect(root(box).querySelector('.opened chantier-card')).to.not.equal(null);
    expect(cards(box)).to.have.length(1);
  });

  it('stops following the page\'s navigation and printing once removed, and follows them again once put back', async () => {
    const box = await bigBox();
    const wrapper = box.parentElement!;
    const field = () => root(box).querySelector<HTMLInputElement>('input[type="search"]')!;
    box.remove();
    history.replaceState(null, '', `${PAGE}&boite.q=logement`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new Event('beforeprint'));
    // Not `settle`: cards rendered out of the document would never update, and it would wait for them.
    await new Promise(requestAnimationFrame);
    await box.updateComplete;
    expect(field().value, 'a removed box does not read the URL').to.equal('');
    expect(cards(box), 'a removed box does not print').to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    wrapper.append(box);
    await settle(box);
    expect(field().value, 'put back, it reads the URL').to.equal('logement');
    history.replaceState(null, '', `${PAGE}&boite.q=emploi`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(box);
    expect(field().value, 'put back, it follows the navigation').to.equal('emploi');
    window.dispatchEvent(new Event('beforeprint'));
    await settle(box);
    expect(cards(box), 'put back, it prints every chantier in full').to.have.length(30);
    window.dispatchEvent(new Event('afterprint'));
    await settle(box);
    expect(cards(box)).to.have.length(0);
  });

  it('lists a dozen chantiers per theme, and a button shows the others, focusing the first of them', async () => {
    const box = await bigBox({ count: 100 });
    expect([...root(box).querySelectorAll('.group')].map((group) => group.querySelectorAll('.entry-title').length)).to.deep.equal([12, 12, 12]);
    const more = button(box, 'Afficher les 22 autres chantiers : Logement')!;
    expect([...root(box).querySelectorAll('.group-title')].map((title) => title.textContent)).to.deep.equal(['Logement (34)', 'Emploi (33)', 'Santé (33)']);
    more.click();
    await settle(box);
    expect(root(box).querySelector('.group')!.querySelectorAll('.entry-title')).to.have.length(34);
    expect(focused()).to.equal(entryLinks(box)[12]);
    expect(focused()!.textContent).to.equal('Un accès équitable au logement (exemple 37)');
    await expect(box).to.be.accessible();
  });

  it('opens a linked chantier beyond the first dozen, and shows its theme\'s others when it closes', async () => {
    const box = await bigBox({ count: 100, query: 'boite.chantier=emploi-lutter-discriminations-jeunes-89' });
    await until(() => focused()?.id === 'title', 'the title did not take focus');
    const emploi = root(box).querySelectorAll('.group')[1];
    expect(emploi.querySelectorAll('.entry-title')).to.have.length(12);
    expect(emploi.querySelectorAll('.opened chantier-card')).to.have.length(1);
    emploi.querySelector<HTMLButtonElement>('.opened > button')!.click();
    await settle(box);
    expect(emploi.querySelectorAll('.entry-title')).to.have.length(33);
    expect(focused()!.textContent).to.equal("lutter contre les discriminations à l'emploi, et des jeunes en particulier, par une démarche d'acculturation (exemple 89)");
  });

  it('keeps the box as it is up to six chantiers, and the overview from seven', async () => {
    const six = await bigBox({ count: 6 });
    expect(cards(six)).to.have.length(6);
    expect(button(six, 'Lire tous les chantiers en entier')).to.equal(undefined);
    six.parentElement!.remove();
    const seven = await bigBox({ count: 7 });
    expect(cards(seven)).to.have.length(0);
    expect(entryLinks(seven)).to.have.length(7);
  });

  it('lets the page choose with layout="full" or layout="overview"', async () => {
    const full = await bigBox({ layout: 'full' });
    expect(cards(full)).to.have.length(30);
    expect(button(full, 'Lire tous les chantiers en entier')).to.equal(undefined);
    full.parentElement!.remove();
    const overview = await bigBox({ count: 3, layout: 'overview' });
    expect(entryLinks(overview)).to.have.length(3);
  });

  it('speaks English under lang="en"', async () => {
    const box = await bigBox({ lang: 'en' });
    expect(button(box, 'Read every project in full')).to.not.equal(undefined);
    entryLinks(box)[0].click();
    await settle(box);
    expect(root(box).querySelector('.opened > button')!.textContent).to.equal('Back to the overview');
    expect(root(box).querySelector('.group-title')!.getAttribute('lang')).to.equal('fr');
    await expect(box).to.be.accessible();
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const box = await bigBox({ width: '320px' });
    const limit = box.getBoundingClientRect().right + 1;
    const beyond = deepQueryAll(box, '*').filter((element) => element.getBoundingClientRect().right > limit && element.getBoundingClientRect().width > 1);
    expect(beyond.map((element) => `${element.localName}.${element.className}`)).to.deep.equal([]);
  });
});
