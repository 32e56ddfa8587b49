import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { deepQueryAll, deepText, loadSeed, nextEvent, seedLinesByChantier, settle, SEED_URL, until } from './helpers.js';

const EMPLOI = 'emploi-lutter-discriminations-jeunes';

/** Renders a box of the seed (optionally after setting the URL fragment) and waits until it is shown. */
async function boxFromSeed({ hash = '', id = '', lang = '', src = SEED_URL } = {}): Promise<BoiteAIdeesElement> {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const wrapper = document.createElement('div');
  if (lang) wrapper.lang = lang;
  const box = document.createElement('boite-a-idees');
  if (id) box.id = id;
  box.src = src;
  wrapper.append(box);
  const loaded = nextEvent(box, 'boite-a-idees-load');
  await fixture(wrapper);
  await loaded;
  await settle(box);
  return box;
}

const root = (box: BoiteAIdeesElement) => box.shadowRoot!;
const count = (box: BoiteAIdeesElement) => root(box).querySelector('[role="status"]')!.textContent!.trim();
const visibleTitles = (box: BoiteAIdeesElement) =>
  [...root(box).querySelectorAll<HTMLLIElement>('.cards > li:not([hidden]) chantier-card')].map(
    (card) => card.shadowRoot!.querySelector('.title')!.textContent!,
  );
const themeButton = (box: BoiteAIdeesElement, name: string) =>
  [...root(box).querySelectorAll<HTMLButtonElement>('.theme-toggle')].find((button) => button.textContent!.trim() === name)!;
const search = (box: BoiteAIdeesElement) => root(box).querySelector<HTMLInputElement>('input[type="search"]')!;

async function typeSearch(box: BoiteAIdeesElement, text: string) {
  const input = search(box);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(box);
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<boite-a-idees>', () => {
  it('shows the meeting, its presentation, the three chantiers and the glossary', async () => {
    const box = await boxFromSeed();
    const seed = await loadSeed();
    expect(root(box).querySelector('h2')!.textContent).to.equal(seed.rencontre!.titre);
    expect(deepText(root(box).querySelector('header')!)).to.contain('Voici une “boite à idées” de projets');
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
    await typeSearch(box, 'pilote'); // "Le(s) pilote(s)" of Emploi, "plusieurs copilotes" of Santé
    expect(visibleTitles(box)).to.have.length(2);
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
    empty.querySelector('button')!.click();
    await settle(box);
    expect(visibleTitles(box)).to.have.length(3);
    expect(search(box).value).to.equal('');
    expect(location.hash).to.equal('');
  });

  it('keeps the view in the URL fragment, and a copied link restores it', async () => {
    const box = await boxFromSeed();
    themeButton(box, 'Santé').click();
    await typeSearch(box, 'réseau');
    const link = location.hash;
    const params = new URLSearchParams(link.slice(1));
    expect([params.get('boite.q'), params.get('boite.themes')]).to.deep.equal(['réseau', 'sante']);
    box.parentElement!.remove();

    const restored = await boxFromSeed({ hash: link });
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
    const box = await boxFromSeed({ hash: `#boite.chantier=${EMPLOI}` });
    await until(() => root(box).activeElement?.localName === 'chantier-card', 'no card took focus');
    const card = root(box).activeElement as ChantierCardElement;
    expect(card.shadowRoot!.activeElement!.textContent).to.match(/^lutter contre les discriminations à l'emploi/);
    expect(card.shadowRoot!.activeElement!.localName).to.equal('h3');
  });

  it('shows a linked chantier even when the link also names filters that hide it', async () => {
    const box = await boxFromSeed({ hash: `#boite.themes=logement&boite.chantier=${EMPLOI}` });
    await until(() => root(box).activeElement?.localName === 'chantier-card', 'no card took focus');
    expect(visibleTitles(box)).to.have.length(3);
  });

  it('gives each card a link to itself, which focuses it', async () => {
    const box = await boxFromSeed();
    const card = deepQueryAll<ChantierCardElement>(box, 'chantier-card')[2];
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="permalink"]')!;
    expect(link.getAttribute('href')).to.equal('#boite.chantier=sante-creer-reseau-vigilance');
    expect(link.textContent).to.contain('Lien vers ce chantier');
    link.click();
    await until(() => root(box).activeElement === card, 'the linked card did not take focus');
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
    expect(new URLSearchParams(location.hash.slice(1)).get('nord.themes')).to.equal('emploi');
    expect(new URLSearchParams(location.hash.slice(1)).get('sud.q')).to.equal('logement');
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
    expect(root(box).querySelector('header')!.getAttribute('lang')).to.equal('fr');
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
    expect(root(box).activeElement!.textContent!.trim()).to.equal('Emploi');
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
    expect(location.hash).to.contain('boite.statuts=en-cours');
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
    expect(location.hash).to.contain('boite.tri=maj');
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
