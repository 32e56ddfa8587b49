import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { defineElement } from '../src/shared/define-element.js';
import { deepQueryAll, deepText, elementFromSeed, loadSeed, nextEvent, normalizeSpace, seedLinesByChantier, settle, SEED_URL, until } from './helpers.js';

const LOGEMENT = 'logement-acces-equitable';

const cardFromSeed = (id: string, attributes: Record<string, string> = {}, lang?: string) =>
  elementFromSeed('chantier-card', id, attributes, lang);

const shadow = (card: Element) => card.shadowRoot!;

describe('<chantier-card>', () => {
  it('shows every line of the seed for each of the three chantiers', async () => {
    const seedChantiers = await seedLinesByChantier();
    expect(seedChantiers.map((chantier) => chantier.titre)).to.have.length(3);
    const ids = (await loadSeed()).chantiers.map((chantier) => chantier.id);
    for (const [index, expected] of seedChantiers.entries()) {
      const card = await cardFromSeed(ids[index]);
      const text = deepText(card);
      const missing = expected.lines.filter((line) => !text.includes(normalizeSpace(line)));
      expect(missing, `lines of "${expected.titre}" missing from its card`).to.deep.equal([]);
      expect(expected.lines.length).to.be.greaterThan(15);
    }
  });

  it('renders the theme, the workshop question and the title as a level-2 heading by default', async () => {
    const card = await cardFromSeed(LOGEMENT);
    const title = shadow(card).querySelector('h2')!;
    expect(title.textContent).to.equal('Un accès équitable au logement');
    expect(shadow(card).querySelector('[part="theme"]')!.textContent).to.equal('Thématique : Logement');
    expect(deepText(shadow(card).querySelector('header')!)).to.contain(
      'Comment mieux agir ensemble contre les discriminations dans le domaine du logement?',
    );
    const sectionHeadings = [...shadow(card).querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(sectionHeadings).to.deep.equal([
      'Enjeu',
      'On aura réussi si…',
      'En quoi consiste le chantier ?',
      'Les ressources à mobiliser',
      'Questions en suspens',
      'La gouvernance : qui fait quoi ?',
      'Les freins éventuels à anticiper',
    ]);
    await expect(card).to.be.accessible();
  });

  it('follows heading-level for the title and the sections', async () => {
    const card = await cardFromSeed(LOGEMENT, { 'heading-level': '4' });
    expect(shadow(card).querySelector('h4')!.textContent).to.equal('Un accès équitable au logement');
    expect(shadow(card).querySelectorAll('h5')).to.have.length(7);
    expect(shadow(card).querySelector('h2, h3')).to.equal(null);
    card.headingLevel = 1;
    await card.updateComplete;
    expect(shadow(card).querySelector('h1')).to.not.equal(null);
    expect(shadow(card).querySelectorAll('h2')).to.have.length(7);
  });

  it('folds a section from its button with Enter and Space, and nothing from a click elsewhere in the card', async () => {
    const card = await cardFromSeed(LOGEMENT, { collapsible: '' });
    const buttons = [...shadow(card).querySelectorAll<HTMLButtonElement>('button.disclosure')];
    expect(buttons.map((button) => button.getAttribute('aria-controls'))).to.deep.equal(
      ['enjeu', 'reussite', 'actions', 'ressources', 'questions', 'gouvernance', 'freins'].map((key) => `content-${key}`),
    );
    const content = (button: HTMLButtonElement) => shadow(card).getElementById(button.getAttribute('aria-controls')!)!;
    const expanded = () => buttons.map((button) => button.getAttribute('aria-expanded'));
    const everyExpanded = buttons.map(() => 'true');
    // Clicks on the title, a heading's text, a section's content and the article itself fold nothing.
    for (const element of [shadow(card).querySelector<HTMLElement>('#title')!, content(buttons[2]), shadow(card).querySelector('article')!]) element.click();
    content(buttons[5]).querySelector('gouvernance-table')!.shadowRoot!.querySelector('table')!.click();
    await card.updateComplete;
    expect(expanded()).to.deep.equal(everyExpanded);
    buttons[1].focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(expanded()).to.deep.equal(everyExpanded.map((value, index) => (index === 1 ? 'false' : value)));
    expect(content(buttons[1]).hidden).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(card).activeElement).to.equal(buttons[2]);
    await sendKeys({ press: ' ' });
    await card.updateComplete;
    expect(content(buttons[2]).hidden).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(content(buttons[2]).hidden).to.equal(false);
    expect(buttons[2].getAttribute('aria-expanded')).to.equal('true');
    expect(content(buttons[1]).hidden).to.equal(true);
    await expect(card).to.be.accessible();
  });

  it('marks the highlighted words, and unmarks them when the highlight attribute is removed', async () => {
    const card = await cardFromSeed(LOGEMENT, { highlight: 'logement' });
    expect(deepQueryAll(card, 'mark').length).to.be.greaterThan(0);
    card.removeAttribute('highlight');
    await settle(card);
    expect(deepQueryAll(card, 'mark')).to.have.length(0);
    expect(shadow(card).querySelector('h2')!.textContent).to.equal('Un accès équitable au logement');
  });

  it('nests the nested lists: "Souhait d\'associer" and "Il s\'agit de"', async () => {
    const card = await cardFromSeed(LOGEMENT);
    const nested = deepQueryAll(card, 'li > ul > li').map((item) => normalizeSpace(item.textContent!));
    expect(nested).to.have.length(5);
    expect(nested[0]).to.match(/^tout l'écosystème du logement/);
    expect(nested[2]).to.equal("lutter contre la peur d'une sanction venant du propriétaire,");
  });

  it('shows the Santé introduction before its actions, and a paragraph for its stake', async () => {
    const card = await cardFromSeed('sante-creer-reseau-vigilance');
    const actions = shadow(card).querySelector('section:has(#section-actions)')!;
    expect(actions.querySelector('p')!.textContent).to.match(/^Il s'agit de créer et d'animer un réseau de référents/);
    expect(actions.querySelector('ul')!.children).to.have.length(4);
    expect(shadow(card).querySelector('section:has(#section-enjeu) p')!.textContent).to.match(/^Les personnes précaires/);
  });

  it('changes chantier when the chantier attribute changes, and fires load', async () => {
    const card = await cardFromSeed(LOGEMENT);
    const loaded = nextEvent(card, 'chantier-card-load');
    card.chantier = 'emploi-lutter-discriminations-jeunes';
    const event = await loaded;
    expect(event.value.id).to.equal('emploi-lutter-discriminations-jeunes');
    expect(event.origin).to.equal('src');
    await card.updateComplete;
    expect(shadow(card).querySelector('h2')!.textContent).to.match(/^lutter contre les discriminations à l'emploi/);
  });

  it('provides its chantier to the inner <freins-list> and <gouvernance-table> through context', async () => {
    const card = await cardFromSeed('emploi-lutter-discriminations-jeunes');
    const freins = shadow(card).querySelector('freins-list')!;
    const table = shadow(card).querySelector('gouvernance-table')!;
    expect(freins.src).to.equal(undefined);
    expect(freins.shadowRoot!.querySelectorAll('li')).to.have.length(4);
    expect(deepText(freins)).to.contain("L'autocensure des demandeurs d'emploi comme des employeurs");
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
    card.data = (await loadSeed()).chantiers[2];
    await settle(card);
    expect(deepText(freins)).to.contain('La mobilisation des familles dans la gouvernance');
  });

  it('renders a chantier set from JavaScript, without a load event', async () => {
    const [, emploi] = (await loadSeed()).chantiers;
    const card = await fixture<ChantierCardElement>(html`<chantier-card .data=${emploi}></chantier-card>`);
    let events = 0;
    card.addEventListener('chantier-card-load', () => (events += 1));
    await settle(card);
    expect(shadow(card).querySelector('h2')!.textContent).to.equal(emploi.titre);
    expect(events).to.equal(0);
  });

  it('renders an inline JSON chantier, and an inline document with a chantier id', async () => {
    const seed = await loadSeed();
    const wrapper = await fixture<HTMLDivElement>(`<div>
      <chantier-card id="one"><script type="application/json">${JSON.stringify(seed.chantiers[2])}</script></chantier-card>
      <chantier-card id="doc" chantier="${LOGEMENT}"><script type="application/json">${JSON.stringify(seed)}</script></chantier-card>
    </div>`);
    await settle(wrapper);
    expect(wrapper.querySelector('#one')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(seed.chantiers[2].titre);
    expect(wrapper.querySelector('#doc')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(seed.chantiers[0].titre);
  });

  it('says it is loading while fetching, accessibly', async () => {
    const card = await fixture<ChantierCardElement>(html`<chantier-card src="/test-server/slow?ms=3000"></chantier-card>`);
    const status = shadow(card).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Chargement des données…');
    expect(status.closest('[aria-busy="true"]')).to.not.equal(null);
    await expect(card).to.be.accessible();
  });

  it('shows an alert naming the URL and status on HTTP 404, with a retry button, and fires error', async () => {
    const card = document.createElement('chantier-card');
    const failed = nextEvent(card, 'chantier-card-error');
    card.src = '/test-server/status/404';
    await fixture(html`<div>${card}</div>`);
    const event = await failed;
    expect(event.error).to.include({ kind: 'http', status: 404 });
    await card.updateComplete;
    const alert = shadow(card).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('404');
    expect(alert.textContent).to.contain(`${location.origin}/test-server/status/404`);
    expect(alert.querySelector('button')!.textContent).to.equal('Réessayer');
    await expect(card).to.be.accessible();
  });

  it('names the invalid field of invalid data, in the alert and the event', async () => {
    const [logement] = (await loadSeed()).chantiers as unknown as Record<string, unknown>[];
    logement.freins = { items: [42] };
    const card = document.createElement('chantier-card');
    const failed = nextEvent(card, 'chantier-card-error');
    card.data = logement;
    await fixture(html`<div>${card}</div>`);
    const event = await failed;
    expect(event.error.kind).to.equal('invalid');
    await card.updateComplete;
    const alert = shadow(card).querySelector('[role="alert"]')!;
    expect(normalizeSpace(alert.textContent!)).to.contain('freins.items[0] : attendu un texte ou {texte, items}, reçu 42');
    await expect(card).to.be.accessible();
  });

  it('names an unknown id and lists the known ones', async () => {
    const card = document.createElement('chantier-card');
    const failed = nextEvent(card, 'chantier-card-error');
    card.src = SEED_URL;
    card.chantier = 'culture';
    await fixture(html`<div>${card}</div>`);
    expect((await failed).error).to.include({ kind: 'unknown-id', id: 'culture' });
    await card.updateComplete;
    expect(shadow(card).querySelector('[role="alert"]')!.textContent).to.contain(`Aucun chantier n'a l'identifiant « culture »`);
    expect(shadow(card).querySelector('[role="alert"]')!.textContent).to.contain(LOGEMENT);
  });

  it('reports invalid JSON with the content type received', async () => {
    const card = document.createElement('chantier-card');
    const failed = nextEvent(card, 'chantier-card-error');
    card.src = '/test-server/html';
    await fixture(html`<div>${card}</div>`);
    expect((await failed).error).to.include({ kind: 'json', contentType: 'text/html' });
  });

  it('speaks English under lang="en"', async () => {
    const card = await cardFromSeed(LOGEMENT, {}, 'en');
    expect(shadow(card).querySelector('[part="theme"]')!.textContent).to.equal('Theme : Logement');
    expect(shadow(card).querySelector('h3')!.textContent).to.equal('What is at stake');
    // The participants' words stay French; the change of language is marked for screen readers.
    expect(shadow(card).querySelector('h2')!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
  });

  it('leaves its neighbours intact when it fails', async () => {
    const wrapper = await fixture<HTMLDivElement>(`<div>
      <chantier-card id="broken" src="/test-server/truncated"></chantier-card>
      <chantier-card id="healthy" src="${SEED_URL}" chantier="${LOGEMENT}"></chantier-card>
    </div>`);
    const ready = (id: string, selector: string) =>
      until(() => wrapper.querySelector(id)!.shadowRoot!.querySelector(selector), `${id} never showed ${selector}`);
    await Promise.all([ready('#broken', '[role="alert"]'), ready('#healthy', 'h2')]);
    expect(wrapper.querySelector('#broken')!.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(wrapper.querySelector('#healthy')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Un accès équitable au logement');
  });

  it('can be registered twice without throwing', () => {
    expect(() => defineElement('chantier-card', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('chantier-card')!.name).to.equal('ChantierCardElement');
  });

  it('gives any theme its accent variable: --boite-accent-<slug>, else --boite-accent', async () => {
    const seed = await loadSeed();
    const education = { ...seed.chantiers[0], id: 'education-ecole-egalite', thematique: 'Éducation populaire' };
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <chantier-card class="own" .data=${education}></chantier-card>
      <chantier-card class="fallback" .data=${education}></chantier-card>
      <chantier-card class="seed" .data=${seed.chantiers[1]}></chantier-card>
    </div>`);
    await settle(wrapper);
    const border = (selector: string) => getComputedStyle(shadow(wrapper.querySelector(selector)!).querySelector('article')!).borderInlineStartColor;
    wrapper.querySelector<HTMLElement>('.own')!.style.setProperty('--boite-accent-education-populaire', 'rgb(10, 20, 30)');
    wrapper.style.setProperty('--boite-accent', 'rgb(200, 0, 100)');
    expect(border('.own'), 'the theme\'s own variable').to.equal('rgb(10, 20, 30)');
    expect(border('.fallback'), '--boite-accent for a theme without a variable').to.equal('rgb(200, 0, 100)');
    wrapper.querySelector<HTMLElement>('.seed')!.style.setProperty('--boite-accent-emploi', 'rgb(1, 2, 3)');
    expect(border('.seed'), 'a seed theme keeps its variable').to.equal('rgb(1, 2, 3)');
  });

  it('sets every heading in --boite-heading-font, and the text in --boite-font', async () => {
    const card = await cardFromSeed(LOGEMENT);
    card.style.setProperty('--boite-heading-font', 'monospace');
    card.style.setProperty('--boite-font', 'serif');
    const headings = [...shadow(card).querySelectorAll('h2, h3')];
    expect(headings.length).to.be.greaterThan(5);
    expect(headings.map((heading) => getComputedStyle(heading).fontFamily)).to.deep.equal(headings.map(() => 'monospace'));
    expect(getComputedStyle(shadow(card).querySelector('p')!).fontFamily).to.equal('serif');
  });

  it('exposes the parts of its obstacles and governance table as its own (::part(table), ::part(list))', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .parts chantier-card::part(table) { outline: 3px solid rgb(0, 128, 0); }
      .parts chantier-card::part(caption) { color: rgb(0, 0, 128); }
      .parts chantier-card::part(list) { color: rgb(128, 0, 0); }`;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="parts">
        <chantier-card src=${SEED_URL} chantier="emploi-lutter-discriminations-jeunes"></chantier-card>
      </div>`);
      await until(() => deepQueryAll(wrapper, 'table').length > 0, 'no table');
      await settle(wrapper);
      expect(getComputedStyle(deepQueryAll(wrapper, 'table')[0]).outlineColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(deepQueryAll(wrapper, 'caption')[0]).color).to.equal('rgb(0, 0, 128)');
      const obstacles = deepQueryAll(wrapper, 'freins-list').flatMap((list) => [...list.shadowRoot!.querySelectorAll('ul')]);
      expect(obstacles.length).to.be.greaterThan(0);
      expect(obstacles.map((list) => getComputedStyle(list).color)).to.deep.equal(obstacles.map(() => 'rgb(128, 0, 0)'));
    } finally {
      style.remove();
    }
  });
});

describe('<chantier-card> with a follow-up (suivi)', () => {
  const EXAMPLE = '/data/exemple-suivi.json';
  const fromExample = (id: string, lang?: string, attributes: Record<string, string> = {}) =>
    cardFromSeed(id, { src: EXAMPLE, ...attributes }, lang);
  const summary = (card: Element) => shadow(card).querySelector('[part="suivi"]');
  const itemsOf = (card: Element, key: string) =>
    [...shadow(card).querySelectorAll(`#content-${key} li`)].map((item) => normalizeSpace(deepText(item)));

  it('says the status in words, with a real progress bar, the carrier and the last update as <time>', async () => {
    const card = await fromExample('logement-permanences-quartiers');
    expect(normalizeSpace(deepText(summary(card)!))).to.equal(
      "Statut : En cours Avancement : 45 % Porté par : Service logement de la commune, avec l'ADIL Mis à jour le : 20 juin 2026",
    );
    expect(shadow(card).querySelector('[part="statut"]')!.textContent).to.equal('En cours');
    const progress = shadow(card).querySelector('progress')!;
    expect(progress.value).to.equal(45);
    expect(progress.max).to.equal(100);
    expect([...progress.labels].map((label) => label.textContent)).to.deep.equal(['Avancement']);
    const time = summary(card)!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-06-20');
    expect(time.textContent).to.equal('20 juin 2026');
    await expect(card).to.be.accessible();
  });

  it('says under each success criterion whether it is met, with its note', async () => {
    const card = await fromExample('logement-permanences-quartiers');
    expect(itemsOf(card, 'reussite')).to.deep.equal([
      "chaque quartier dispose d'une permanence mensuelle En partie atteint — trois quartiers sur cinq",
      'les personnes reçues connaissent les recours possibles Atteint',
      'les bailleurs participent à au moins une permanence par trimestre Non atteint — un seul bailleur est venu à ce jour',
    ]);
    // A criterion written as a paragraph (no list) gets its assessment too.
    const sport = await fromExample('sport-clubs-ouverts');
    expect(normalizeSpace(deepText(shadow(sport).querySelector('#content-reussite')!))).to.equal(
      'les clubs accueillent des licenciés de tous les quartiers Non atteint',
    );
  });

  it('lists the dated steps oldest first, as an ordered list after the other sections', async () => {
    const card = await fromExample('sport-clubs-ouverts');
    const headings = [...shadow(card).querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(headings.at(-1)).to.equal('Étapes du suivi');
    const list = shadow(card).querySelector('#content-etapes ol')!;
    expect(list.getAttribute('role'), 'a list without bullets keeps its role in WebKit').to.equal('list');
    expect(itemsOf(card, 'etapes')).to.deep.equal([
      '5 février 2026 — Recensement des clubs volontaires : neuf clubs sur quatorze',
      '18 avril 2026 — Projet suspendu en attendant le renouvellement de la subvention',
    ]);
    expect([...list.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal(['2026-02-05', '2026-04-18']);
    // Without a miseAJour, the last update is the latest step.
    expect(summary(card)!.querySelector('time')!.dateTime).to.equal('2026-04-18');
    await expect(card).to.be.accessible();
  });

  it('shows the progress a status implies when the follow-up gives none', async () => {
    const card = await fromExample('emploi-parrainage-jeunes');
    expect(shadow(card).querySelector('[part="statut"]')!.textContent).to.equal('Réalisé');
    expect(shadow(card).querySelector('progress')!.value).to.equal(100);
    const started = await fromExample('sante-guide-droits');
    expect(shadow(started).querySelector('[part="statut"]')!.textContent).to.equal('À lancer');
    expect(shadow(started).querySelector('progress')!.value).to.equal(0);
    expect(shadow(started).querySelector('#content-etapes'), 'no steps, no section').to.equal(null);
  });

  it('looks as before without a follow-up', async () => {
    const card = await fromExample('logement-charte-agences');
    expect(summary(card)).to.equal(null);
    expect(shadow(card).querySelector('progress, time, .critere')).to.equal(null);
    expect([...shadow(card).querySelectorAll('h3')].map((heading) => heading.textContent)).to.deep.equal(['Enjeu']);
  });

  it('speaks English under lang="en", keeping the data French and marked so', async () => {
    const card = await fromExample('logement-permanences-quartiers', 'en');
    expect(normalizeSpace(deepText(summary(card)!))).to.equal(
      "Status: In progress Progress: 45% Carried by: Service logement de la commune, avec l'ADIL Updated on: June 20, 2026",
    );
    expect(shadow(card).querySelector('[part="statut"]')!.hasAttribute('lang'), 'a default status is an interface word').to.equal(false);
    const critere = shadow(card).querySelector('.critere')!;
    expect(critere.getAttribute('lang'), 'interface words inside French data').to.equal('en');
    expect(critere.textContent).to.contain('Partly met');
    expect(critere.querySelector('[lang="fr"]')!.textContent).to.equal('trois quartiers sur cinq');
    const step = shadow(card).querySelector('#content-etapes li')!;
    expect(step.closest('[lang="fr"]'), 'the date is English').to.equal(null);
    expect(step.querySelector('time')!.textContent).to.equal('January 14, 2026');
    expect(step.querySelector('[lang="fr"]')!.textContent).to.equal('Première permanence, à la maison de quartier du Centre');
    await expect(card).to.be.accessible();
  });

  it("shows a document's own statuses as written, and refuses a status its list lacks", async () => {
    const example = await (await fetch(EXAMPLE)).json();
    const statuts = [{ cle: 'en-travaux', libelle: 'En travaux', progression: 60 }];
    const chantier = { ...example.chantiers[0], suivi: { ...example.chantiers[0].suivi, statut: 'en-travaux', progression: undefined } };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><chantier-card .statuts=${statuts} .data=${chantier}></chantier-card></div>`);
    const card = wrapper.querySelector('chantier-card')!;
    await settle(card);
    const statut = shadow(card).querySelector('[part="statut"]')!;
    expect(statut.textContent).to.equal('En travaux');
    expect(statut.getAttribute('lang'), "the document's words are French").to.equal('fr');
    expect(shadow(card).querySelector('progress')!.value).to.equal(60);

    const alone = await fixture<ChantierCardElement>(html`<chantier-card .data=${chantier}></chantier-card>`);
    await settle(alone);
    expect(shadow(alone).querySelector('[role="alert"]')!.textContent).to.contain('suivi.statut : attendu un statut');
  });

  it('keeps the status in view when every section is folded, and prints the steps', async () => {
    const card = await fromExample('logement-permanences-quartiers', undefined, { collapsible: '' });
    card.collapseAll();
    await card.updateComplete;
    expect(shadow(card).querySelector<HTMLElement>('#content-etapes')!.hidden).to.equal(true);
    expect(summary(card)!.checkVisibility()).to.equal(true);
    expect(shadow(card).querySelector('[part="statut"]')!.textContent).to.equal('En cours');
  });
});
