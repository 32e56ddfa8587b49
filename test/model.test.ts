import { expect } from '@open-wc/testing';
import { MAX_DEPTH, parseChantier, parseDocument, type ValidationError } from '../src/model/parse-document.js';
import { formatValidationError } from '../src/shared/messages.js';
import { loadSeed } from './helpers.js';

const only = (result: ReturnType<typeof parseDocument>): ValidationError[] => {
  expect(result.ok, 'expected the document to be refused').to.equal(false);
  return result.ok ? [] : result.errors;
};

describe('parseDocument', () => {
  it('accepts the seed document, with unique readable ids', async () => {
    const result = parseDocument(await loadSeed());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const ids = result.value.chantiers.map((chantier) => chantier.id);
    expect(ids).to.deep.equal(['logement-acces-equitable', 'emploi-lutter-discriminations-jeunes', 'sante-creer-reseau-vigilance']);
    expect(result.value.chantiers.map((chantier) => chantier.thematique)).to.deep.equal(['Logement', 'Emploi', 'Santé']);
  });

  it('names the path and the expectation of a wrong list item', async () => {
    const document = (await loadSeed()) as unknown as { chantiers: { freins: { items: unknown[] } }[] };
    document.chantiers[1].freins.items[0] = 42;
    const [error] = only(parseDocument(document));
    expect(error).to.deep.equal({ path: 'chantiers[1].freins.items[0]', expected: 'item', received: '42' });
    expect(formatValidationError(error, 'fr')).to.equal('chantiers[1].freins.items[0] : attendu un texte ou {texte, items}, reçu 42');
    expect(formatValidationError(error, 'en')).to.equal('chantiers[1].freins.items[0]: expected a text or {texte, items}, received 42');
  });

  it('reports an error deep inside a nested list at its own path', async () => {
    const document = (await loadSeed()) as unknown as { chantiers: { ressources: { items: { items: unknown[] }[] } }[] };
    document.chantiers[0].ressources.items[0].items[1] = { texte: '', items: [] };
    expect(only(parseDocument(document))).to.deep.equal([
      { path: 'chantiers[0].ressources.items[0].items[1].texte', expected: 'text', received: '""' },
    ]);
  });

  it('reports missing required fields and unknown fields by name', async () => {
    const document = (await loadSeed()) as unknown as { chantiers: Record<string, unknown>[] };
    delete document.chantiers[2].titre;
    document.chantiers[0].titree = 'faute de frappe';
    const errors = only(parseDocument(document));
    expect(errors).to.deep.include({ path: 'chantiers[2].titre', expected: 'required', received: 'undefined' });
    expect(errors).to.deep.include({ path: 'chantiers[0].titree', expected: 'unknown-key', received: '"titree"' });
  });

  it('refuses what is not a document: null, an array, a string', () => {
    for (const input of [null, [], 'chantiers', 3]) {
      expect(only(parseDocument(input))[0]).to.include({ path: '', expected: 'document' });
    }
  });

  it('refuses an array where an object is expected', async () => {
    const document = (await loadSeed()) as unknown as { chantiers: unknown[] };
    document.chantiers[1] = ['emploi'];
    expect(only(parseDocument(document))).to.deep.equal([{ path: 'chantiers[1]', expected: 'object', received: '[…1]' }]);
  });

  it('reports a future format version alone, without noise', async () => {
    expect(only(parseDocument({ version: 2, chantiers: 'autre format' }))).to.deep.equal([
      { path: 'version', expected: 'version', received: '2' },
    ]);
  });

  it('refuses duplicate and malformed ids', async () => {
    const document = await loadSeed();
    document.chantiers[2].id = document.chantiers[0].id;
    expect(only(parseDocument(document))).to.deep.equal([
      { path: 'chantiers[2].id', expected: 'unique-id', received: '"logement-acces-equitable"' },
    ]);
    document.chantiers[2].id = 'Santé Réseau';
    expect(only(parseDocument(document))[0]).to.include({ path: 'chantiers[2].id', expected: 'id' });
  });

  it('refuses a section with neither text nor items', async () => {
    const document = await loadSeed();
    document.chantiers[0].enjeu = {};
    expect(only(parseDocument(document))[0]).to.include({ path: 'chantiers[0].enjeu', expected: 'section' });
  });

  it('reports very deep nesting as "too deep" instead of overflowing the stack', () => {
    let items: unknown = 'fond';
    for (let depth = 0; depth < 5000; depth += 1) items = { texte: 'niveau', items: [items] };
    const errors = only(parseDocument({ version: 1, chantiers: [{ id: 'a', thematique: 'T', titre: 'T', freins: { items: [items] } }] }));
    expect(errors).to.have.length(1);
    expect(errors[0].expected).to.equal('too-deep');
    expect(errors[0].path.startsWith('chantiers[0].freins.items[0].items[0]')).to.equal(true);
    expect(errors[0].received).to.equal(`> ${MAX_DEPTH}`);
  });

  it('treats a "__proto__" key as an unknown field, and pollutes nothing', () => {
    const input = JSON.parse('{"version": 1, "chantiers": [], "__proto__": {"polluted": true}}');
    expect(only(parseDocument(input))).to.deep.equal([{ path: '__proto__', expected: 'unknown-key', received: '"__proto__"' }]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('parseChantier', () => {
  it('accepts each seed chantier on its own', async () => {
    for (const chantier of (await loadSeed()).chantiers) expect(parseChantier(chantier).ok).to.equal(true);
  });

  it('names the field of a chantier given on its own', async () => {
    const [chantier] = (await loadSeed()).chantiers as unknown as Record<string, unknown>[];
    chantier.thematique = 7;
    expect(parseChantier(chantier)).to.deep.equal({ ok: false, errors: [{ path: 'thematique', expected: 'text', received: '7' }], errorCount: 1 });
  });
});
