import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { deepQueryAll, deepText, loadSeed, nextEvent, normalizeSpace, seedLinesByChantier, settle, SEED_URL, until } from './helpers.js';

const EMPLOI = 'emploi-lutter-discriminations-jeunes';

/** Renders a box of the seed (optionally after setting the URL fragment) and waits until it is shown. */
async function boxFromSeed({ hash = '', id = '', lang = '' } = {}): Promise<BoiteAIdeesElement> {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const wrapper = document.createElement('div');
  if (lang) wrapper.lang = lang;
  const box = document.createElement('boite-a-idees');
  if (id) box.id = id;
  box.src = SEED_URL;
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
  [...root(box).querySelectorAll<HTMLButtonElement>('.theme-toggle')].find((button) => button.textContent!.trim().startsWith(`${name} (`))!;
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
    const time = async (hash: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run += 1) {
        const start = performance.now();
        const box = await boxFromSeed({ hash });
        best = Math.min(best, performance.now() - start);
        box.parentElement!.remove();
      }
      return best;
    };
    const other = await time(`#boite.q=${crafted.slice(0, 200)}&autre=${crafted.slice(200)}`);
    const query = await time(`#boite.q=${crafted}`);
    expect(query, `${query.toFixed(0)} ms with a 100 KB query, ${other.toFixed(0)} ms with 200 characters`).to.be.below(2 * other + 20);
    const box = await boxFromSeed({ hash: `#boite.q=${crafted}` });
    expect(search(box).value).to.have.length(200);
  });
});
