import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { deepQueryAll, deepText, loadSeed, nextEvent, normalizeSpace, seedLinesByChantier, settle, showBoxIn, SEED_URL, until } from './helpers.js';

const EMPLOI = 'emploi-lutter-discriminations-jeunes';

/** The test page's own URL, as the test runner gave it (its query names the test session). */
const PAGE = location.href;

/** The page's URL with `query` added to the runner's query and `hash` as fragment. */
const pageUrl = (query = '', hash = '') => `${PAGE.split('#')[0]}${query ? `&${query}` : ''}${hash}`;

/**
 * Sets the page's URL, only when it changes: WebKit refuses more than 100 history calls in 10 s, and these
 * tests make many.
 */
const goTo = (url: string) => location.href !== url && history.replaceState(null, '', url);

/** This page's parameters, the box's among them. */
const params = () => new URLSearchParams(location.search);

/** Renders a box of the seed (optionally after setting the URL) and waits until it is shown. */
async function boxFromSeed({ query = '', hash = '', id = '', lang = '', urlState = '', src = SEED_URL } = {}): Promise<BoiteAIdeesElement> {
  goTo(pageUrl(query, hash));
  const wrapper = document.createElement('div');
  if (lang) wrapper.lang = lang;
  const box = document.createElement('boite-a-idees');
  if (id) box.id = id;
  if (urlState) box.setAttribute('url-state', urlState);
  box.src = src;
  return showBoxIn(wrapper, box);
}

const root = (box: BoiteAIdeesElement) => box.shadowRoot!;
const count = (box: BoiteAIdeesElement) => root(box).querySelector('[role="status"]')!.textContent!.trim();
/** The titles of the cards shown, once rendered (a card renders after the box that makes it). */
const visibleTitles = (box: BoiteAIdeesElement) =>
  [...root(box).querySelectorAll<HTMLLIElement>('.cards > li:not([hidden]) chantier-card')]
    .map((card) => card.shadowRoot?.querySelector('.title')?.textContent)
    .filter((title) => title !== undefined);
const themeButton = (box: BoiteAIdeesElement, name: string) =>
  [...root(box).querySelectorAll<HTMLButtonElement>('.theme-toggle')].find((button) => button.textContent!.trim().startsWith(`${name} (`))!;
const search = (box: BoiteAIdeesElement) => root(box).querySelector<HTMLInputElement>('input[type="search"]')!;

async function typeSearch(box: BoiteAIdeesElement, text: string) {
  const input = search(box);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(box);
}

/** Types a text letter by letter, then deletes it letter by letter, as a visitor would. */
async function typeThenDelete(box: BoiteAIdeesElement, text: string) {
  for (let length = 1; length <= text.length; length += 1) await typeSearch(box, text.slice(0, length));
  for (let length = text.length - 1; length >= 0; length -= 1) await typeSearch(box, text.slice(0, length));
}

/** Goes back (or forward) in history and resolves once the page has got there. */
async function traverse(step: -1 | 1) {
  const arrived = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  history.go(step);
  await arrived;
  await new Promise(requestAnimationFrame);
}

/** Follows a same-page link of the host (an anchor, a hash route) as a click would. */
async function followHostLink(href: string) {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = 'lien de la page';
  document.body.append(link);
  const arrived = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  link.click();
  link.remove();
  await arrived;
  await new Promise(requestAnimationFrame);
}

afterEach(() => goTo(PAGE));

describe('<boite-a-idees>', () => {
  it('shows the meeting, its presentation, the three chantiers and the glossary', async () => {
    const box = await boxFromSeed();
    const seed = await loadSeed();
    expect(root(box).querySelector('h2')!.textContent).to.equal(seed.rencontre!.titre);
    expect(deepText(root(box).querySelector('.intro')!)).to.contain('Voici une “boite à idées” de projets');
    expect(visibleTitles(box)).to.have.length(3);
    expect(root(box).querySelectorAll('chantier-card h3, .cards h3')).to.have.length(0); // titles live in the cards
    const cardTitles = deepQueryAll(box, 'chantier-card').map((card) => card.shadowRoot!.querySelector('h3')!.textContent);
    expect(cardTitles).to.deep.equal(seed.chantiers.map((chantier) => chantier.titre));
    expect([...root(box).querySelectorAll('dt')].map((dt) => dt.textContent)).to.include.members(['ADIL', 'ARS', 'CAF', 'CLS']);
    expect(count(box)).to.equal('3 chantiers sur 3');
    await expect(box).to.be.accessible();
  });

  it('shows every line of the seed', async () => {
    const box = await boxFromSeed();
    const text = deepText(box);
    for (const chantier of await seedLinesByChantier()) {
      expect(chantier.lines.filter((line) => !text.includes(line.replace(/\s+/g, ' ').trim()))).to.deep.equal([]);
    }
  });

  it('filters by theme with toggle buttons, combinable, and announces the count', async () => {
    const box = await boxFromSeed();
    const filtered = nextEvent(box, 'boite-a-idees-filter');
    themeButton(box, 'Emploi').click();
    const event = await filtered;
    expect(event.themes).to.deep.equal(['emploi']);
    expect(event.shown).to.equal(1);
    await settle(box);
    expect(themeButton(box, 'Emploi').getAttribute('aria-pressed')).to.equal('true');
    expect(themeButton(box, 'Santé').getAttribute('aria-pressed')).to.equal('false');
    expect(visibleTitles(box)).to.have.length(1);
    expect(count(box)).to.equal('1 chantier sur 3 — Emploi');
    themeButton(box, 'Santé').click();
    await settle(box);
    expect(visibleTitles(box)).to.have.length(2);
    expect(count(box)).to.equal('2 chantiers sur 3 — Emploi, Santé');
    await expect(box).to.be.accessible();
  });

  it('searches every text of a chantier, regardless of case and accents', async () => {
    const box = await boxFromSeed();
    for (const query of ['sante', 'SANTÉ', 'santé']) {
      await typeSearch(box, query);
      expect(visibleTitles(box), query).to.deep.equal([
        'Créer un réseau de vigilance pour lutter contre les discriminations en santé des personnes précaires',
      ]);
    }
    expect(count(box)).to.equal('1 chantier sur 3 — recherche « santé »');
    await typeSearch(box, 'institutionnels'); // in the governance table of Emploi only
    expect(visibleTitles(box)[0]).to.match(/^lutter contre les discriminations à l'emploi/);
    await typeSearch(box, 'pilote'); // "Le(s) pilote(s)" of Emploi; words start with it, so not "copilotes"
    expect(visibleTitles(box)[0]).to.match(/^lutter contre les discriminations à l'emploi/);
    await typeSearch(box, 'copilote'); // "plusieurs copilotes" of Santé
    expect(visibleTitles(box)[0]).to.match(/^Créer un réseau de vigilance/);
    await typeSearch(box, 'pilote copilote');
    expect(visibleTitles(box)).to.have.length(0);
    await typeSearch(box, 'autocensure'); // an obstacle
    expect(visibleTitles(box)[0]).to.match(/^lutter contre les discriminations à l'emploi/);
  });

  it('narrows the result with several words, and highlights them', async () => {
    const box = await boxFromSeed();
    await typeSearch(box, 'réunions');
    expect(visibleTitles(box)).to.have.length(1);
    await typeSearch(box, 'discriminations reunions propriétaire');
    expect(visibleTitles(box)).to.deep.equal(['Un accès équitable au logement']);
    const marks = deepQueryAll(box, 'mark').map((mark) => mark.textContent!.toLowerCase());
    expect(marks).to.include.members(['réunions', 'propriétaire', 'discriminations']);
    // Highlighting splits no word: the text reads the same.
    const card = deepQueryAll<ChantierCardElement>(box, 'chantier-card')[0];
    expect(deepText(card)).to.contain("Réunions d'information sur les discriminations au logement (propriétaire, agence et locataire)");
    await typeSearch(box, 'discriminations zzz');
    expect(visibleTitles(box)).to.have.length(0);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const box = await boxFromSeed();
    themeButton(box, 'Logement').click();
    await typeSearch(box, 'hôpitaux');
    expect(count(box)).to.equal('0 chantier sur 3 — Logement — recherche « hôpitaux »');
    const empty = root(box).querySelector('.empty')!;
    expect(empty.textContent).to.contain('Aucun chantier ne correspond à ces critères.');
    await expect(box).to.be.accessible();
    [...empty.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Effacer les filtres et la recherche')!.click();
    await settle(box);
    expect(visibleTitles(box)).to.have.length(3);
    expect(search(box).value).to.equal('');
    expect(location.href).to.equal(PAGE);
  });

  it('says when the box holds no chantier yet, and offers nothing to clear', async () => {
    const seed = await loadSeed();
    const box = await fixture<BoiteAIdeesElement>(html`<boite-a-idees .data=${{ ...seed, chantiers: [] }}></boite-a-idees>`);
    await settle(box);
    const empty = root(box).querySelector('[part="empty"]')!;
    expect(empty.textContent!.trim()).to.equal('Cette boîte ne contient encore aucun chantier.');
    expect(deepText(box)).not.to.contain('Aucun chantier ne correspond');
    expect(root(box).querySelectorAll('button, input, [role="search"]'), 'nothing to search, filter or clear').to.have.length(0);
    expect(root(box).querySelector('.intro'), 'the meeting is still presented').to.exist;
    await expect(box).to.be.accessible();
    box.lang = 'en';
    box.requestUpdate();
    await settle(box);
    expect(root(box).querySelector('[part="empty"]')!.textContent!.trim()).to.equal('This box does not hold any project yet.');
  });

  it('keeps the view in the URL query, and a copied link restores it', async () => {
    const box = await boxFromSeed();
    themeButton(box, 'Santé').click();
    await typeSearch(box, 'réseau');
    expect([params().get('boite.q'), params().get('boite.themes')]).to.deep.equal(['réseau', 'sante']);
    expect(location.search.startsWith(new URL(PAGE).search), 'the runner\'s own parameters come first, untouched').to.equal(true);
    const link = location.href;
    box.parentElement!.remove();

    history.replaceState(null, '', PAGE);
    const restored = await boxFromSeed({ query: link.slice(PAGE.length + 1) });
    expect(search(restored).value).to.equal('réseau');
    expect(themeButton(restored, 'Santé').getAttribute('aria-pressed')).to.equal('true');
    expect(visibleTitles(restored)).to.have.length(1);
    expect(count(restored)).to.equal('1 chantier sur 3 — Santé — recherche « réseau »');
  });

  it('walks back through views with the browser\'s back button', async () => {
    const box = await boxFromSeed();
    themeButton(box, 'Emploi').click();
    await settle(box);
    themeButton(box, 'Logement').click();
    await settle(box);
    expect(visibleTitles(box)).to.have.length(2);
    history.back();
    await until(() => visibleTitles(box).length === 1, 'back did not restore the Emploi view');
    expect(themeButton(box, 'Logement').getAttribute('aria-pressed')).to.equal('false');
    history.back();
    await until(() => visibleTitles(box).length === 3, 'back did not restore the whole box');
  });

  it('opens a link to one chantier: focus on its title', async () => {
    const box = await boxFromSeed({ query: `boite.chantier=${EMPLOI}` });
    await until(() => root(box).activeElement?.localName === 'chantier-card', 'no card took focus');
    const card = root(box).activeElement as ChantierCardElement;
    expect(card.shadowRoot!.activeElement!.textContent).to.match(/^lutter contre les discriminations à l'emploi/);
    expect(card.shadowRoot!.activeElement!.localName).to.equal('h3');
  });

  it('shows a linked chantier even when the link also names filters that hide it', async () => {
    const box = await boxFromSeed({ query: `boite.themes=logement&boite.chantier=${EMPLOI}` });
    await until(() => root(box).activeElement?.localName === 'chantier-card', 'no card took focus');
    expect(visibleTitles(box)).to.have.length(3);
  });

  it('gives each card a link to itself, which focuses it', async () => {
    const box = await boxFromSeed();
    const card = deepQueryAll<ChantierCardElement>(box, 'chantier-card')[2];
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="permalink"]')!;
    expect(link.getAttribute('href')).to.equal(pageUrl('boite.chantier=sante-creer-reseau-vigilance'));
    expect(link.textContent).to.contain('Lien vers ce chantier');
    link.click();
    await until(() => root(box).activeElement === card, 'the linked card did not take focus');
    expect(location.href, 'the page stays: the box follows the link itself').to.equal(pageUrl('boite.chantier=sante-creer-reseau-vigilance'));
    expect(card.parentElement!.getAttribute('aria-current')).to.equal('true');
  });

  it('keeps two boxes on one page apart, in the page and in the URL', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <boite-a-idees id="nord" src=${SEED_URL}></boite-a-idees>
      <boite-a-idees id="sud" src=${SEED_URL}></boite-a-idees>
    </div>`);
    const [nord, sud] = wrapper.querySelectorAll('boite-a-idees');
    await until(() => visibleTitles(nord).length === 3 && visibleTitles(sud).length === 3, 'boxes did not load');
    themeButton(nord, 'Emploi').click();
    await settle(nord);
    await typeSearch(sud, 'logement');
    expect(visibleTitles(nord)).to.have.length(1);
    expect(visibleTitles(sud)).to.deep.equal(['Un accès équitable au logement']);
    expect(params().get('nord.themes')).to.equal('emploi');
    expect(params().get('sud.q')).to.equal('logement');
  });

  it('folds and unfolds every section with "Tout replier" / "Tout déplier"', async () => {
    const box = await boxFromSeed();
    const [collapseAll] = [...root(box).querySelectorAll('button')].filter((button) => button.textContent!.trim() === 'Tout replier');
    collapseAll.click();
    await settle(box);
    const disclosures = deepQueryAll<HTMLButtonElement>(box, 'button.disclosure');
    expect(disclosures.length).to.be.greaterThan(15);
    expect(disclosures.every((button) => button.getAttribute('aria-expanded') === 'false')).to.equal(true);
    const content = deepQueryAll(box, '.section-content');
    expect(content.every((element) => element.hasAttribute('hidden'))).to.equal(true);
    disclosures[0].click();
    await settle(box);
    expect(disclosures[0].getAttribute('aria-expanded')).to.equal('true');
    [...root(box).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Tout déplier')!.click();
    await settle(box);
    expect(deepQueryAll(box, '.section-content[hidden]')).to.have.length(0);
    await expect(box).to.be.accessible();
  });

  it('expands acronyms from the glossary at their first occurrence in a card', async () => {
    const box = await boxFromSeed();
    const abbreviations = deepQueryAll<HTMLElement>(box, 'abbr');
    const adil = abbreviations.filter((abbr) => abbr.textContent === 'ADIL');
    expect(adil).to.have.length(1);
    expect(adil[0].title).to.equal("Agence départementale d'information sur le logement");
    expect(abbreviations.find((abbr) => abbr.textContent === 'CAF')!.title).to.equal("Caisse d'allocations familiales");
  });

  it('speaks English under lang="en", marking the French data', async () => {
    const box = await boxFromSeed({ lang: 'en' });
    themeButton(box, 'Emploi').click();
    await settle(box);
    expect(count(box)).to.equal('1 project of 3 — Emploi');
    expect(root(box).querySelector('label')!.textContent).to.equal('Search the projects');
    expect(root(box).querySelector('.intro')!.getAttribute('lang')).to.equal('fr');
    await expect(box).to.be.accessible();
  });

  it('can be used with the keyboard alone', async () => {
    const box = await boxFromSeed();
    search(box).focus();
    await sendKeys({ type: 'emploi' });
    await settle(box);
    expect(visibleTitles(box)).to.have.length(1);
    await sendKeys({ press: 'Tab' }); // → Logement toggle
    await sendKeys({ press: 'Tab' }); // → Emploi toggle
    expect(root(box).activeElement!.textContent!.trim()).to.equal('Emploi (1)');
    await sendKeys({ press: 'Enter' });
    await settle(box);
    expect(themeButton(box, 'Emploi').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Tab' }); // → Santé
    await sendKeys({ press: 'Tab' }); // → clear
    expect(root(box).activeElement!.textContent!.trim()).to.equal('Effacer les filtres et la recherche');
    await sendKeys({ press: 'Enter' });
    await settle(box);
    expect(visibleTitles(box)).to.have.length(3);
    expect(root(box).activeElement).to.equal(search(box)); // focus returns to the search field
  });

  it('shows an alert naming the URL on failure, and renders inline JSON', async () => {
    const broken = document.createElement('boite-a-idees');
    const failed = nextEvent(broken, 'boite-a-idees-error');
    broken.src = '/test-server/status/500';
    const seed = await loadSeed();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${broken}
      <boite-a-idees id="inline"><script type="application/json">${JSON.stringify(seed)}</script></boite-a-idees>
    </div>`);
    expect((await failed).error).to.include({ kind: 'http', status: 500 });
    await settle(wrapper);
    expect(broken.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('500');
    const inline = wrapper.querySelector<BoiteAIdeesElement>('#inline')!;
    expect(visibleTitles(inline)).to.have.length(3);
    await expect(wrapper).to.be.accessible();
  });
});

describe('<boite-a-idees> with a follow-up (suivi)', () => {
  const EXAMPLE = '/data/exemple-suivi.json';
  const statutButtons = (box: BoiteAIdeesElement) => [...root(box).querySelectorAll<HTMLButtonElement>('[aria-labelledby="statuts-label"] button')];
  const statutButton = (box: BoiteAIdeesElement, name: string) => statutButtons(box).find((button) => button.textContent!.startsWith(`${name} (`))!;
  const shownIds = (box: BoiteAIdeesElement) =>
    [...root(box).querySelectorAll<ChantierCardElement>('.cards > li:not([hidden]) chantier-card')].map((card) => (card.data as { id: string }).id);
  const sortField = (box: BoiteAIdeesElement) => root(box).querySelector<HTMLSelectElement>('select')!;

  it('offers one toggle per status in use, with its count, in the order of the statuses', async () => {
    const box = await boxFromSeed({ src: EXAMPLE });
    expect(root(box).querySelector('#statuts-label')!.textContent).to.equal('Avancement');
    expect(statutButtons(box).map((button) => button.textContent!.trim())).to.deep.equal([
      'À lancer (1)',
      'En cours (1)',
      'Réalisé (1)',
      'Suspendu (1)',
    ]);
    expect(statutButtons(box).every((button) => button.getAttribute('aria-pressed') === 'false')).to.equal(true);
    await expect(box).to.be.accessible();
  });

  it('filters by status, says so in the count, keeps it in the link, and counts within the other filters', async () => {
    const box = await boxFromSeed({ src: EXAMPLE });
    const filtered = nextEvent(box, 'boite-a-idees-filter');
    statutButton(box, 'En cours').click();
    const event = await filtered;
    expect(event.statuts).to.deep.equal(['en-cours']);
    expect(event.shown).to.equal(1);
    await settle(box);
    expect(shownIds(box)).to.deep.equal(['logement-permanences-quartiers']);
    expect(count(box)).to.equal('1 chantier sur 5 — En cours');
    expect(params().get('boite.statuts')).to.equal('en-cours');
    statutButton(box, 'Réalisé').click();
    await settle(box);
    expect(shownIds(box)).to.deep.equal(['logement-permanences-quartiers', 'emploi-parrainage-jeunes']);
    // The theme filter narrows the counts: one Logement chantier is in progress, the other has no follow-up.
    themeButton(box, 'Logement').click();
    await settle(box);
    expect(statutButtons(box).map((button) => button.textContent!.trim())).to.deep.equal(['À lancer (0)', 'En cours (1)', 'Réalisé (0)', 'Suspendu (0)']);
    expect(count(box)).to.equal('1 chantier sur 5 — Logement, En cours, Réalisé');
    (root(box).querySelector('.actions button') as HTMLButtonElement).click(); // clear
    await settle(box);
    expect(shownIds(box)).to.have.length(5);
    expect(statutButtons(box).some((button) => button.getAttribute('aria-pressed') === 'true')).to.equal(false);
  });

  it('sorts by last update, latest first, the undated last, and keeps it in the link', async () => {
    const box = await boxFromSeed({ src: EXAMPLE });
    expect(root(box).querySelector('label[for="tri"]')!.textContent).to.equal('Ordre des chantiers');
    // Folded sections belong to their chantier: the card that shows another one after sorting unfolds.
    const card = root(box).querySelectorAll('chantier-card')[2] as ChantierCardElement;
    expect((card.data as { id: string }).id).to.equal('sante-guide-droits');
    card.collapseAll();
    await settle(box);
    const sort = sortField(box);
    sort.value = 'maj';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(box);
    expect(shownIds(box)).to.deep.equal([
      'logement-permanences-quartiers',
      'emploi-parrainage-jeunes',
      'sport-clubs-ouverts',
      'sante-guide-droits',
      'logement-charte-agences',
    ]);
    expect(params().get('boite.tri')).to.equal('maj');
    expect((card.data as { id: string }).id).to.equal('sport-clubs-ouverts');
    expect([...card.shadowRoot!.querySelectorAll('.section-content')].every((section) => !(section as HTMLElement).hidden)).to.equal(true);
    await expect(box).to.be.accessible();
  });

  it('opens the view of a link: statuses and order', async () => {
    const box = await boxFromSeed({ src: EXAMPLE, hash: '#boite.statuts=suspendu,a-lancer&boite.tri=maj' });
    expect(shownIds(box)).to.deep.equal(['sport-clubs-ouverts', 'sante-guide-droits']);
    expect(statutButton(box, 'Suspendu').getAttribute('aria-pressed')).to.equal('true');
    expect(sortField(box).value).to.equal('maj');
  });

  it('says each status in the overview, in words', async () => {
    const box = await boxFromSeed({ src: EXAMPLE });
    box.layout = 'overview';
    await settle(box);
    const statuts = [...root(box).querySelectorAll('[part="entry-statut"]')].map((line) => normalizeSpace(line.textContent!));
    expect([...statuts].sort()).to.deep.equal(['Statut : En cours', 'Statut : Réalisé', 'Statut : Suspendu', 'Statut : À lancer']);
    await expect(box).to.be.accessible();
  });

  it('has no status toggle or order without any follow-up (the seed)', async () => {
    const box = await boxFromSeed();
    expect(statutButtons(box)).to.have.length(0);
    expect(root(box).querySelector('select')).to.equal(null);
  });

  it("speaks English, and shows a document's own statuses in its words", async () => {
    const english = await boxFromSeed({ src: EXAMPLE, lang: 'en' });
    expect(statutButtons(english).map((button) => button.textContent!.trim())).to.deep.equal(['Not started (1)', 'In progress (1)', 'Done (1)', 'On hold (1)']);
    english.parentElement!.remove(); // one box on the page at a time (each has its header)
    const example = await (await fetch(EXAMPLE)).json();
    example.statuts = [
      { cle: 'en-cours', libelle: 'En chantier' },
      { cle: 'realise', libelle: 'Livré' },
      { cle: 'a-lancer', libelle: "À l'étude" },
      { cle: 'suspendu', libelle: 'En pause' },
    ];
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><boite-a-idees .data=${example}></boite-a-idees></div>`);
    const box = wrapper.querySelector('boite-a-idees')!;
    await settle(box);
    expect(statutButtons(box).map((button) => button.textContent!.trim())).to.deep.equal(['En chantier (1)', 'Livré (1)', "À l'étude (1)", 'En pause (1)']);
    expect(statutButtons(box)[0].querySelector('[lang="fr"]')!.textContent).to.equal('En chantier');
    const card = box.shadowRoot!.querySelector('chantier-card')!;
    expect(card.shadowRoot!.querySelector('[part="statut"]')!.textContent, "the cards take the document's statuses").to.equal('En chantier');
    await expect(box).to.be.accessible();
  });
});

describe('<boite-a-idees> search in the follow-up', () => {
  it("finds and highlights the words of a chantier's steps and carrier", async () => {
    const box = await boxFromSeed({ src: '/data/exemple-suivi.json' });
    await typeSearch(box, 'recensement');
    expect(visibleTitles(box)).to.deep.equal(['Des clubs sportifs ouverts à toutes et à tous']);
    const card = root(box).querySelector('.cards > li:not([hidden]) chantier-card')!;
    expect(card.shadowRoot!.querySelector('#content-etapes mark')!.textContent).to.equal('Recensement');
    await typeSearch(box, 'mission locale');
    expect(visibleTitles(box)).to.deep.equal(["Un parrainage vers l'emploi pour les jeunes des quartiers"]);
  });
});

describe('<boite-a-idees>: search as French visitors type (the seed)', () => {
  const LOGEMENT = 'logement-acces-equitable';
  const SANTE = 'sante-creer-reseau-vigilance';
  /** The ids of the chantiers shown. */
  const shownIds = (box: BoiteAIdeesElement) =>
    [...root(box).querySelectorAll<ChantierCardElement>('.cards > li:not([hidden]) chantier-card')].map((card) => (card.data as { id: string }).id);
  const marks = (box: BoiteAIdeesElement) => deepQueryAll(box, 'mark').map((mark) => mark.textContent!);

  // query, the chantiers it finds, marks it must show (every form that matched)
  const CASES: [string, string[], string[]][] = [
    ['l’emploi', [EMPLOI], ['emploi']],
    ['lʼemploi', [EMPLOI], ['emploi']],
    ['oeuvre', [EMPLOI], ['œuvre']],
    ['"mettre en oeuvre"', [EMPLOI], ['Mettre en œuvre']],
    ['hôpital', [SANTE], ['hôpitaux']],
    ['hopitaux', [SANTE], ['hôpitaux']],
    ['réunion', [LOGEMENT], ['Réunions']],
    ['logements', [LOGEMENT], ['logement', 'logements']],
    ['Agence régionale de santé', [SANTE], ['ARS']],
    ['ARS', [SANTE], ['ARS']],
    ['RH', [LOGEMENT], ['RH']],
    ['ressources humaines', [LOGEMENT], ['RH']],
    ['au dela', [LOGEMENT], ['au', 'delà']],
    ['"au-delà"', [LOGEMENT], ['au-delà']],
    ['intercommunaux', [LOGEMENT], ['intercommunal']],
  ];
  for (const [query, ids, expected] of CASES) {
    it(`${JSON.stringify(query)} finds ${ids.join(', ')} and marks ${expected.join(', ')}`, async () => {
      const box = await boxFromSeed();
      await typeSearch(box, query);
      expect(shownIds(box)).to.deep.equal(ids);
      expect(marks(box)).to.include.members(expected);
    });
  }

  it('highlights a match inside an <abbr> and keeps the abbreviation', async () => {
    const box = await boxFromSeed();
    await typeSearch(box, 'RH');
    const inAbbr = deepQueryAll(box, 'abbr > mark');
    expect(inAbbr.map((mark) => mark.textContent)).to.deep.equal(['RH']);
    expect((inAbbr[0].parentElement as HTMLElement).title).to.equal('Ressources humaines');
    await typeSearch(box, 'Agence régionale de santé');
    expect(deepQueryAll(box, 'abbr > mark').map((mark) => mark.textContent)).to.deep.equal(['ARS']);
  });

  it('counts on each theme toggle what the search finds there', async () => {
    const box = await boxFromSeed();
    const names = () => [...root(box).querySelectorAll('.theme-toggle')].map((button) => button.textContent!.trim());
    expect(names()).to.deep.equal(['Logement (1)', 'Emploi (1)', 'Santé (1)']);
    await typeSearch(box, 'stéréotypes');
    expect(names()).to.deep.equal(['Logement (0)', 'Emploi (1)', 'Santé (1)']);
    themeButton(box, 'Emploi').click();
    await settle(box);
    expect(names()).to.deep.equal(['Logement (0)', 'Emploi (1)', 'Santé (1)']);
    expect(count(box)).to.equal('1 chantier sur 3 — Emploi — recherche « stéréotypes »');
  });

  it('suggests the theme where the words are found, and applies it', async () => {
    const box = await boxFromSeed();
    themeButton(box, 'Logement').click();
    await typeSearch(box, 'hôpitaux');
    const suggestion = root(box).querySelector('.empty p:nth-of-type(2)')!;
    expect(normalizeSpace(suggestion.textContent!)).to.equal('Essayez plutôt : « hôpitaux » — Santé : 1 chantier');
    suggestion.querySelector('button')!.click();
    await settle(box);
    expect(shownIds(box)).to.deep.equal([SANTE]);
    expect(themeButton(box, 'Santé').getAttribute('aria-pressed')).to.equal('true');
    expect(themeButton(box, 'Logement').getAttribute('aria-pressed')).to.equal('false');
    expect(root(box).activeElement).to.equal(search(box));
  });

  it('suggests the closest word of the chantiers for a misspelt one', async () => {
    const box = await boxFromSeed();
    await typeSearch(box, 'dicriminations');
    const button = root(box).querySelector<HTMLButtonElement>('.empty p:nth-of-type(2) button')!;
    expect(normalizeSpace(button.textContent!)).to.equal('« discriminations » : 3 chantiers');
    button.click();
    await settle(box);
    expect(search(box).value).to.equal('discriminations');
    expect(shownIds(box)).to.have.length(3);
  });

  it('suggests fewer words when they are never found together', async () => {
    const box = await boxFromSeed();
    await typeSearch(box, 'hôpitaux réunions');
    const button = root(box).querySelector<HTMLButtonElement>('.empty p:nth-of-type(2) button')!;
    expect(normalizeSpace(button.textContent!)).to.match(/^« (hôpitaux|réunions) » : 1 chantier$/);
    await typeSearch(box, 'zzzz qqqq');
    expect(root(box).querySelector('.empty p:nth-of-type(2)')).to.equal(null); // nothing close: no suggestion
    await expect(box).to.be.accessible();
  });

  it('speaks English in the suggestion under lang="en"', async () => {
    const box = await boxFromSeed({ lang: 'en' });
    themeButton(box, 'Emploi').click();
    await typeSearch(box, 'hopital');
    expect(normalizeSpace(root(box).querySelector('.empty p:nth-of-type(2)')!.textContent!)).to.equal('Try instead: “hopital” — Santé: 1 project');
  });

  it('cuts a crafted query from a link and never freezes: a 100 KB query costs what its first 200 characters do', async () => {
    const crafted = Array.from({ length: 50_000 }, (_, index) => 'abcdefghijklmnopqrstuvwxyz'[index % 26]).join(' ');
    // The same URL length and the same first 200 characters both times: what differs is only the length of
    // the query the box is given.
    const hashes = { query: `#boite.q=${crafted}`, other: `#boite.q=${crafted.slice(0, 200)}&autre=${crafted.slice(200)}` };
    const best = { query: Infinity, other: Infinity };
    (await boxFromSeed({ hash: hashes.other })).parentElement!.remove(); // the first box loads the chunks: untimed
    // The best of 9 runs each, interleaved in alternating order, so that a burst of load on a shared machine
    // slows both alike (five of one, then five of the other, loaded CI machines once gave 263 against 59 ms).
    for (let run = 0; run < 9; run += 1) {
      for (const name of run % 2 ? (['query', 'other'] as const) : (['other', 'query'] as const)) {
        const start = performance.now();
        const box = await boxFromSeed({ hash: hashes[name] });
        best[name] = Math.min(best[name], performance.now() - start);
        box.parentElement!.remove();
      }
    }
    const { query, other } = best;
    // A freeze costs seconds (a 500 ms stall before the cut fails it: 524 against 26 ms). The margin is for a
    // loaded machine: at a load of 10 to 12 (three engines at once) the ratio reached 3.0 and 3.3 in Chromium
    // (118 against 40 ms, 102 against 31: twice plus 20 ms failed); at 4 to 7 it stays between 0.5 and 1.4.
    expect(query, `${query.toFixed(0)} ms with a 100 KB query, ${other.toFixed(0)} ms with 200 characters`).to.be.below(3 * other + 50);
    const box = await boxFromSeed({ hash: `#boite.q=${crafted}` });
    expect(search(box).value).to.have.length(200);
  });
});

describe('<boite-a-idees> in the host page\'s URL', () => {
  it('never rewrites the host\'s parameters or fragment: only its own keys change', async () => {
    const hostQuery = 'page_id=12&utm_source=lettre%20info&tri=a+b&x=%2F%C3%A9';
    const box = await boxFromSeed({ query: hostQuery, hash: '#contact' });
    themeButton(box, 'Emploi').click();
    await typeSearch(box, "l'emploi");
    expect(location.href).to.equal(pageUrl(`${hostQuery}&boite.themes=emploi&boite.q=l%27emploi`, '#contact'));
    // Emptied by deleting: back to the entry before the search (the theme's), byte for byte.
    await typeSearch(box, '');
    await until(() => location.href === pageUrl(`${hostQuery}&boite.themes=emploi`, '#contact'), 'back to the entry before the search');
    themeButton(box, 'Emploi').click();
    await settle(box);
    expect(location.href, 'the empty view: the host\'s URL, byte for byte').to.equal(pageUrl(hostQuery, '#contact'));
  });

  it('leaves a hash route as it is', async () => {
    const box = await boxFromSeed({ hash: '#/projets/discriminations' });
    themeButton(box, 'Santé').click();
    await typeSearch(box, 'emploi');
    expect(location.hash).to.equal('#/projets/discriminations');
    expect([params().get('boite.q'), params().get('boite.themes')]).to.deep.equal(['emploi', 'sante']);
  });

  it('keeps its view when the host follows its own anchor or route', async () => {
    const box = await boxFromSeed({ hash: '#contact' });
    await typeSearch(box, 'logement');
    await followHostLink('#haut-de-page');
    await followHostLink('#/projets/autre');
    expect(count(box)).to.equal('1 chantier sur 3 — recherche « logement »');
    // A host navigation that drops the box's keys altogether (a router's own URL), then a popstate.
    history.pushState(null, '', pageUrl('', '#/ailleurs'));
    dispatchEvent(new PopStateEvent('popstate'));
    await settle(box);
    expect(search(box).value).to.equal('logement');
    expect(count(box)).to.equal('1 chantier sur 3 — recherche « logement »');
  });

  it('in the fragment (url-state="fragment"): writes there, and keeps its view on a host anchor click', async () => {
    const box = await boxFromSeed({ urlState: 'fragment' });
    await typeSearch(box, 'logement');
    expect(location.hash).to.equal('#boite.q=logement');
    expect(location.search).to.equal(new URL(PAGE).search);
    await followHostLink('#pied-de-page');
    expect(location.hash).to.equal('#pied-de-page');
    expect(count(box)).to.equal('1 chantier sur 3 — recherche « logement »');
    // The host's anchor is in the fragment now: the box records nothing rather than replace it.
    await typeSearch(box, 'logement jeunes');
    expect(location.hash).to.equal('#pied-de-page');
    expect(count(box)).to.equal('0 chantier sur 3 — recherche « logement jeunes »');
  });

  it('without URL state (url-state="none"): reads and writes nothing, links nowhere', async () => {
    const box = await boxFromSeed({ urlState: 'none', query: 'boite.q=sante' });
    expect(search(box).value).to.equal('');
    await typeSearch(box, 'logement');
    themeButton(box, 'Logement').click();
    await settle(box);
    expect(location.href).to.equal(pageUrl('boite.q=sante'));
    expect(deepQueryAll(box, 'a[part="permalink"]')).to.have.length(0);
  });

  it('opens a link written in the fragment form (older links, server pages)', async () => {
    const box = await boxFromSeed({ hash: '#boite.q=jeunes' });
    expect(count(box)).to.equal('1 chantier sur 3 — recherche « jeunes »');
    await typeSearch(box, 'logement');
    expect(location.hash, 'its keys moved to the query').to.equal('');
    expect(params().get('boite.q')).to.equal('logement');
  });

  it('leaves no extra history entry when a search is emptied by deleting its text', async () => {
    history.replaceState(null, '', pageUrl('avant=1'));
    history.pushState(null, '', PAGE);
    const box = await boxFromSeed();
    await typeThenDelete(box, 'emploi');
    await until(() => location.href === PAGE, 'the box did not return to the entry before the search');
    expect(count(box)).to.equal('3 chantiers sur 3');
    await traverse(-1);
    expect(params().get('avant'), 'one Back leads to the page before, not to the same view again').to.equal('1');
    await traverse(1);
    expect(count(box)).to.equal('3 chantiers sur 3');
  });

  it('keeps working when the browser refuses a history call (Safari: 100 in 10 s), and the URL catches up', async () => {
    const box = await boxFromSeed();
    const { pushState, replaceState } = history;
    const refuse = () => {
      throw new DOMException('Attempt to use history.pushState() more than 100 times per 10 seconds', 'SecurityError');
    };
    history.pushState = refuse;
    history.replaceState = refuse;
    try {
      await typeSearch(box, 'logement');
      expect(count(box)).to.equal('1 chantier sur 3 — recherche « logement »');
      expect(params().get('boite.q')).to.equal(null);
    } finally {
      history.pushState = pushState;
      history.replaceState = replaceState;
    }
    await until(() => params().get('boite.q') === 'logement', 'the URL did not catch up with the view');
  });

  it('goes back from a search to the view before it, and forward again', async () => {
    const box = await boxFromSeed();
    themeButton(box, 'Logement').click();
    await settle(box);
    await typeSearch(box, 'r');
    await typeSearch(box, 'réunions');
    await traverse(-1);
    await settle(box);
    expect(search(box).value).to.equal('');
    expect(count(box)).to.equal('1 chantier sur 3 — Logement');
    await traverse(1);
    await settle(box);
    expect(search(box).value).to.equal('réunions');
  });

  it('gives each box links that change only its own keys', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <boite-a-idees id="nord" src=${SEED_URL}></boite-a-idees>
      <boite-a-idees id="sud" src=${SEED_URL}></boite-a-idees>
    </div>`);
    history.replaceState(null, '', pageUrl('page_id=12', '#contact'));
    const [nord, sud] = wrapper.querySelectorAll('boite-a-idees');
    await until(() => visibleTitles(nord).length === 3 && visibleTitles(sud).length === 3, 'boxes did not load');
    await typeSearch(sud, 'logement');
    themeButton(nord, 'Emploi').click();
    await settle(wrapper);
    const card = deepQueryAll<ChantierCardElement>(nord, 'chantier-card').find((element) => (element.data as { id: string }).id === EMPLOI)!;
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="permalink"]')!;
    expect(link.getAttribute('href')).to.equal(pageUrl(`page_id=12&sud.q=logement&nord.chantier=${EMPLOI}`, '#contact'));
    link.click();
    await until(() => root(nord).activeElement === card, 'the linked card did not take focus');
    expect(location.href).to.equal(pageUrl(`page_id=12&sud.q=logement&nord.chantier=${EMPLOI}`, '#contact'));
    expect(search(sud).value, 'the other box keeps its search').to.equal('logement');
    expect(visibleTitles(sud)).to.deep.equal(['Un accès équitable au logement']);
  });

  it('keys boxes without id by their order on the page, a url-key attribute first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <boite-a-idees src=${SEED_URL}></boite-a-idees>
      <boite-a-idees src=${SEED_URL}></boite-a-idees>
      <boite-a-idees id="ouest" url-key="o" src=${SEED_URL}></boite-a-idees>
    </div>`);
    const boxes = [...wrapper.querySelectorAll('boite-a-idees')];
    await until(() => boxes.every((box) => visibleTitles(box).length === 3), 'boxes did not load');
    for (const [index, box] of boxes.entries()) await typeSearch(box, `mot${index}`);
    expect([params().get('boite.q'), params().get('boite2.q'), params().get('o.q')]).to.deep.equal(['mot0', 'mot1', 'mot2']);
  });
});

describe('<boite-a-idees> styled by its host', () => {
  it('exposes its cards\' parts under names of their own, every heading and the glossary', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .hote boite-a-idees::part(title) { color: rgb(1, 1, 1); }
      .hote boite-a-idees::part(card-title) { color: rgb(2, 2, 2); }
      .hote boite-a-idees::part(card-section-title) { color: rgb(3, 3, 3); }
      .hote boite-a-idees::part(card-theme) { color: rgb(4, 4, 4); }
      .hote boite-a-idees::part(card-table) { color: rgb(5, 5, 5); }
      .hote boite-a-idees::part(glossary-title) { color: rgb(6, 6, 6); }
      .hote boite-a-idees::part(glossary-term) { color: rgb(7, 7, 7); }
      .hote boite-a-idees::part(card-list) { color: rgb(8, 8, 8); }`;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="hote"><boite-a-idees src=${SEED_URL}></boite-a-idees></div>`);
      const box = wrapper.querySelector('boite-a-idees')!;
      await until(() => visibleTitles(box).length === 3, 'the box did not load');
      await settle(box);
      const color = (element: Element) => getComputedStyle(element).color;
      const cards = deepQueryAll<ChantierCardElement>(box, 'chantier-card');
      expect(color(root(box).querySelector('h2')!), 'the meeting\'s title').to.equal('rgb(1, 1, 1)');
      expect(cards.map((card) => color(card.shadowRoot!.querySelector('h3')!)), 'the chantiers\' titles, not the meeting\'s rule').to.deep.equal(['rgb(2, 2, 2)', 'rgb(2, 2, 2)', 'rgb(2, 2, 2)']);
      expect(color(cards[0].shadowRoot!.querySelector('h4')!)).to.equal('rgb(3, 3, 3)');
      expect(color(cards[0].shadowRoot!.querySelector('[part="theme"]')!)).to.equal('rgb(4, 4, 4)');
      expect(color(deepQueryAll(box, 'table')[0])).to.equal('rgb(5, 5, 5)');
      expect(color(root(box).querySelector('#glossary-title')!)).to.equal('rgb(6, 6, 6)');
      expect(color(root(box).querySelector('dt')!)).to.equal('rgb(7, 7, 7)');
      const obstacles = deepQueryAll(box, 'freins-list').map((list) => list.shadowRoot!.querySelector('ul')!);
      expect(obstacles.map(color), 'lists two shadow roots down').to.deep.equal(obstacles.map(() => 'rgb(8, 8, 8)'));
    } finally {
      style.remove();
    }
  });
});
