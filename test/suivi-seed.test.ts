/**
 * Done when: a CSV of follow-up rows for the seed's three chantiers, merged by the command line, shows on
 * each card and in the box. The rows are invented (test/fixtures/exemple-suivi-seed.csv, a Windows-1252
 * spreadsheet); the installed `boite-a-idees suivi` merges them into .tmp/suivi/chantiers-suivi.json in
 * scripts/check-package.mjs, a pre-step of `npm test`. data/chantiers.json itself has no follow-up.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { deepText, elementFromSeed, loadSeed, nextEvent, normalizeSpace, settle } from './helpers.js';

const MERGED = '/.tmp/suivi/chantiers-suivi.json';

const shadow = (element: Element) => element.shadowRoot!;

describe('the seed with a follow-up merged by `boite-a-idees suivi`', () => {
  before(async () => {
    if (!(await fetch(MERGED)).ok) throw new Error(`${MERGED} is missing: run \`node scripts/check-package.mjs\` (a pre-step of npm test) first.`);
  });

  it('shows on each card the status in words, the progress announced, the dated steps and the criteria', async () => {
    const expected = [
      { statut: 'En cours', progression: 35, steps: ['15 janvier 2026', '12 mars 2026', '4 juin 2026'], criteres: ['En partie atteint', 'Non atteint', 'Atteint'] },
      { statut: 'En préparation', progression: 15, steps: ['20 février 2026', '11 mai 2026'], criteres: ['En partie atteint', 'Non atteint', 'Non atteint', 'Non atteint'] },
      { statut: 'En cours', progression: 60, steps: ['10 décembre 2025', '28 avril 2026'], criteres: ['Non atteint', 'Atteint', 'En partie atteint'] },
    ];
    const ids = (await loadSeed()).chantiers.map((chantier) => chantier.id);
    for (const [index, id] of ids.entries()) {
      const card = await elementFromSeed('chantier-card', id, { src: MERGED });
      const root = shadow(card);
      expect(root.querySelector('[part="statut"]')!.textContent, id).to.equal(expected[index].statut);
      const progress = root.querySelector('progress')!;
      expect(progress.value, id).to.equal(expected[index].progression);
      expect([...progress.labels].map((label) => label.textContent)).to.deep.equal(['Avancement']);
      expect([...root.querySelectorAll('#content-etapes time')].map((time) => time.textContent), id).to.deep.equal(expected[index].steps);
      expect([...root.querySelectorAll('#content-reussite .critere strong')].map((mark) => mark.textContent), id).to.deep.equal(expected[index].criteres);
      // The participants' words are all still there.
      expect(normalizeSpace(deepText(root))).to.contain(normalizeSpace((await loadSeed()).chantiers[index].titre));
      await expect(card).to.be.accessible();
    }
  });

  it('shows the statuses in the box, which filters by status and sorts by last update', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    // Listening before the box is connected: a fast answer cannot slip by.
    const box = document.createElement('boite-a-idees');
    box.src = MERGED;
    const loaded = nextEvent(box, 'boite-a-idees-load');
    await fixture(html`<div>${box}</div>`);
    await loaded;
    await settle(box);
    const root = shadow(box);
    const toggles = [...root.querySelectorAll<HTMLButtonElement>('[aria-labelledby="statuts-label"] button')];
    expect(toggles.map((button) => button.textContent!.trim())).to.deep.equal(['En préparation (1)', 'En cours (2)']);
    const shown = () =>
      [...root.querySelectorAll<ChantierCardElement>('.cards > li:not([hidden]) chantier-card')].map((card) => shadow(card).querySelector('[part="statut"]')!.textContent);
    expect(shown()).to.deep.equal(['En cours', 'En préparation', 'En cours']);
    toggles[1].click();
    await settle(box);
    expect(shown()).to.deep.equal(['En cours', 'En cours']);
    expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.equal('2 chantiers sur 3 — En cours');
    const sort = root.querySelector('select')!;
    sort.value = 'maj';
    sort.dispatchEvent(new Event('change'));
    await settle(box);
    const titles = [...root.querySelectorAll<ChantierCardElement>('.cards > li:not([hidden]) chantier-card')].map((card) => (card.data as { id: string }).id);
    expect(titles).to.deep.equal(['logement-acces-equitable', 'sante-creer-reseau-vigilance']); // 4 June, then 28 April
    await expect(box).to.be.accessible();
    history.replaceState(null, '', location.pathname + location.search);
  });
});
