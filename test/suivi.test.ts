/** The follow-up (`suivi`) in the model: its format, the rules that need the whole document, its helpers. */
import { expect } from '@open-wc/testing';
import { parseChantier, parseDocument, type ValidationError } from '../src/model/parse-document.js';
import { criteresOf } from '../src/model/suivi-rules.js';
import { DEFAULT_STATUTS } from '../src/model/suivi.js';
import { etapesInOrder, lastUpdate, progressionOf } from '../src/model/suivi-timeline.js';
import type { Chantier, IdeaBoxDocument } from '../src/model/types.js';
import { formatValidationError } from '../src/shared/messages.js';
import { loadSeed } from './helpers.js';

export const EXAMPLE_URL = '/data/exemple-suivi.json';
const loadExample = async (): Promise<IdeaBoxDocument> => (await fetch(EXAMPLE_URL)).json();

const errorsOf = (result: { ok: boolean; errors?: ValidationError[] }): ValidationError[] => {
  expect(result.ok, 'expected the document to be refused').to.equal(false);
  return result.errors ?? [];
};

/** The seed's Logement chantier with a follow-up, as a test would add it (never in data/chantiers.json). */
async function seedWith(suivi: unknown, extra: Record<string, unknown> = {}) {
  const document = (await loadSeed()) as unknown as Record<string, unknown> & { chantiers: Record<string, unknown>[] };
  document.chantiers[0].suivi = suivi;
  return Object.assign(document, extra);
}

describe('suivi: the format', () => {
  it('accepts the example document, and the seed that has no follow-up', async () => {
    const example = parseDocument(await loadExample());
    expect(example.ok, JSON.stringify(!example.ok && example.errors)).to.equal(true);
    const seed = parseDocument(await loadSeed());
    expect(seed.ok).to.equal(true);
    if (seed.ok) expect(seed.value.chantiers.some((chantier) => chantier.suivi)).to.equal(false);
  });

  it('refuses dates that are not written AAAA-MM-JJ or do not exist, at their path', async () => {
    const document = await seedWith({
      miseAJour: '2026-02-30',
      etapes: [
        { date: '12/03/2026', texte: 'Réunion' },
        { date: '2026-03-12', texte: 'Réunion' },
      ],
    });
    const errors = errorsOf(parseDocument(document));
    expect(errors).to.deep.equal([
      { path: 'chantiers[0].suivi.miseAJour', expected: 'date', received: '"2026-02-30"' },
      { path: 'chantiers[0].suivi.etapes[0].date', expected: 'date', received: '"12/03/2026"' },
    ]);
    expect(formatValidationError(errors[0], 'fr')).to.equal(
      'chantiers[0].suivi.miseAJour : attendu une date AAAA-MM-JJ qui existe, reçu "2026-02-30"',
    );
    expect(formatValidationError(errors[0], 'en')).to.equal(
      'chantiers[0].suivi.miseAJour: expected an existing YYYY-MM-DD date, received "2026-02-30"',
    );
  });

  it('accepts 29 February of a leap year only', async () => {
    expect(parseDocument(await seedWith({ miseAJour: '2028-02-29' })).ok).to.equal(true);
    expect(errorsOf(parseDocument(await seedWith({ miseAJour: '2026-02-29' })))[0].expected).to.equal('date');
  });

  it('refuses a progress outside 0–100, an unknown assessment and an empty follow-up', async () => {
    expect(errorsOf(parseDocument(await seedWith({ progression: 120 })))).to.deep.equal([
      { path: 'chantiers[0].suivi.progression', expected: 'progression', received: '120' },
    ]);
    expect(errorsOf(parseDocument(await seedWith({ progression: '45 %' })))[0].expected).to.equal('progression');
    const criteres = [{ atteint: 'oui' }, { atteint: 'presque' }, { atteint: 'non' }];
    const [atteint] = errorsOf(parseDocument(await seedWith({ criteres })));
    expect(atteint).to.deep.equal({ path: 'chantiers[0].suivi.criteres[1].atteint', expected: 'atteint', received: '"presque"' });
    expect(formatValidationError(atteint, 'fr')).to.contain('attendu « oui », « en partie » ou « non »');
    const [empty] = errorsOf(parseDocument(await seedWith({})));
    expect(empty).to.deep.equal({ path: 'chantiers[0].suivi', expected: 'suivi', received: '{…}' });
  });

  it('reports an unknown field of a follow-up by name', async () => {
    expect(errorsOf(parseDocument(await seedWith({ statut: 'en-cours', avancement: 45 })))).to.deep.equal([
      { path: 'chantiers[0].suivi.avancement', expected: 'unknown-key', received: '"avancement"' },
    ]);
  });
});

describe('suivi: rules across the document', () => {
  it('takes a status from the default list when the document has none', async () => {
    expect(parseDocument(await seedWith({ statut: 'en-cours' })).ok).to.equal(true);
    const [error] = errorsOf(parseDocument(await seedWith({ statut: 'termine' })));
    expect(error).to.deep.equal({ path: 'chantiers[0].suivi.statut', expected: 'statut', received: '"termine"' });
    expect(formatValidationError(error, 'fr')).to.contain('en-cours, realise, suspendu, abandonne');
  });

  it("takes a status from the document's own list, which replaces the default one", async () => {
    const statuts = [
      { cle: 'a-l-etude', libelle: "À l'étude", progression: 0 },
      { cle: 'livre', libelle: 'Livré', progression: 100 },
    ];
    expect(parseDocument(await seedWith({ statut: 'livre' }, { statuts })).ok).to.equal(true);
    expect(errorsOf(parseDocument(await seedWith({ statut: 'en-cours' }, { statuts })))[0]).to.include({
      path: 'chantiers[0].suivi.statut',
      expected: 'statut',
    });
  });

  it('refuses a status key used twice and an empty list of statuses', async () => {
    const twice = [
      { cle: 'livre', libelle: 'Livré' },
      { cle: 'livre', libelle: 'Terminé' },
    ];
    expect(errorsOf(parseDocument(await seedWith({ statut: 'livre' }, { statuts: twice })))).to.deep.equal([
      { path: 'statuts[1].cle', expected: 'unique-id', received: '"livre"' },
    ]);
    expect(errorsOf(parseDocument(await seedWith({ porteur: 'La commune' }, { statuts: [] })))).to.deep.equal([
      { path: 'statuts', expected: 'non-empty', received: '[…0]' },
    ]);
  });

  it('wants one assessment per success criterion, in their order', async () => {
    // The seed's Logement chantier has three criteria.
    const three = [{ atteint: 'oui' }, { atteint: 'en partie', note: 'deux réunions sur trois' }, { atteint: 'non' }];
    expect(parseDocument(await seedWith({ criteres: three })).ok).to.equal(true);
    const [error] = errorsOf(parseDocument(await seedWith({ criteres: three.slice(0, 2) })));
    expect(error).to.deep.equal({ path: 'chantiers[0].suivi.criteres', expected: 'criteres', received: '[…2]' });
    expect(formatValidationError(error, 'fr')).to.equal(
      'chantiers[0].suivi.criteres : attendu une entrée par critère de « reussite », reçu […2]',
    );
  });

  it('checks a chantier given alone against the default statuses, or the ones it is told', async () => {
    const document = await loadExample();
    const chantier = structuredClone(document.chantiers[0]) as Chantier;
    expect(parseChantier(chantier).ok).to.equal(true);
    const custom = { ...chantier, suivi: { ...chantier.suivi, statut: 'livre' } };
    expect(errorsOf(parseChantier(custom))[0]).to.deep.equal({ path: 'suivi.statut', expected: 'statut', received: '"livre"' });
    expect(parseChantier(custom, { statuts: [{ cle: 'livre', libelle: 'Livré' }] }).ok).to.equal(true);
  });
});

describe('suivi: what the elements show', () => {
  it('puts the steps in date order, keeping the written order within a day', () => {
    const etapes = [
      { date: '2026-04-18', texte: 'c' },
      { date: '2026-02-05', texte: 'a' },
      { date: '2026-04-18', texte: 'd' },
      { date: '2026-03-01', texte: 'b' },
    ];
    expect(etapesInOrder(etapes).map((etape) => etape.texte)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(etapes[0].texte, 'the data itself is not reordered').to.equal('c');
  });

  it('dates the last update from miseAJour or the latest step, whichever is later', () => {
    expect(lastUpdate({ miseAJour: '2026-06-20', etapes: [{ date: '2026-01-14', texte: 'a' }] })).to.equal('2026-06-20');
    expect(lastUpdate({ miseAJour: '2026-01-01', etapes: [{ date: '2026-01-14', texte: 'a' }] })).to.equal('2026-01-14');
    expect(lastUpdate({ etapes: [{ date: '2025-12-10', texte: 'a' }, { date: '2025-09-02', texte: 'b' }] })).to.equal('2025-12-10');
    expect(lastUpdate({ statut: 'en-cours' })).to.equal(undefined);
  });

  it("shows the chantier's own progress, else the one its status implies", () => {
    expect(progressionOf({ statut: 'realise' }, DEFAULT_STATUTS)).to.equal(100);
    expect(progressionOf({ statut: 'realise', progression: 90 }, DEFAULT_STATUTS)).to.equal(90);
    expect(progressionOf({ statut: 'en-cours' }, DEFAULT_STATUTS)).to.equal(undefined);
    expect(progressionOf({ statut: 'a-lancer' }, DEFAULT_STATUTS)).to.equal(0);
  });

  it("lists the success criteria as the top-level lines of reussite, or its paragraph", async () => {
    const [logement] = (await loadSeed()).chantiers;
    expect(criteresOf(logement)).to.have.length(3);
    expect(criteresOf({ ...logement, reussite: { texte: 'une seule phrase' } })).to.deep.equal(['une seule phrase']);
    expect(criteresOf({ ...logement, reussite: undefined })).to.deep.equal([]);
  });
});
