/**
 * Done when: a CSV of follow-up rows for the seed's three chantiers, merged by the command line, shows on
 * each card and in the box. The rows are invented (test/fixtures/exemple-suivi-seed.csv, a Windows-1252
 * spreadsheet); the installed `boite-a-idees suivi` merges them into .tmp/suivi/chantiers-suivi.json in
 * scripts/check-package.mjs, a pre-step of `npm test`. data/chantiers.json itself has no follow-up.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { deepText, elementFromSeed, loadSeed, normalizeSpace } from './helpers.js';

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
});
