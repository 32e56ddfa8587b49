/**
 * Restitutions typed the way officers type them (test/fixtures/restitutions/, each line annotated with
 * where a reader would place it): every line is in the chantier and the section its annotation names, or
 * reported when it says so, and « à vérifier » exactly when it says so. No line silently misplaced.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { withinDistance } from '../src/model/restitution-headings.js';
import { importNoteReason, importRestitution } from '../src/model/import-restitution.js';
import { parseDocument } from '../src/model/parse-document.js';
import { checkAnnotations, readAnnotated } from './restitution-annotations.js';

/** The fixtures, with the counts each must give: lines placed, « à vérifier » among them, reported. */
const VARIANTS = {
  'word-txt.txt': { chantiers: 4, placed: 67, toCheck: 4, unplaced: 0 },
  'word-clipboard.txt': { chantiers: 3, placed: 51, toCheck: 4, unplaced: 0 },
  'libreoffice-txt.txt': { chantiers: 4, placed: 51, toCheck: 5, unplaced: 0 },
  'google-docs-markdown.txt': { chantiers: 2, placed: 38, toCheck: 0, unplaced: 2 },
  'typed-by-hand.txt': { chantiers: 2, placed: 31, toCheck: 1, unplaced: 5 },
  'pdf-copy.txt': { chantiers: 2, placed: 38, toCheck: 1, unplaced: 0 },
};

const fixture = (name: string) => fetch(`/test/fixtures/restitutions/${name}`).then((response) => response.text());

describe('importRestitution: restitutions as officers type them', () => {
  for (const [name, counts] of Object.entries(VARIANTS)) {
    it(`${name}: each line where a reader would place it, or reported; honest counts`, async () => {
      const { text, lines } = readAnnotated(await fixture(name));
      const result = importRestitution(text);
      expect(checkAnnotations(result, lines)).to.deep.equal([]);
      const check = parseDocument(result.document);
      expect(check.ok, check.ok ? '' : JSON.stringify(check.errors)).to.equal(true);
      expect(result.placed + result.unplaced.length).to.equal(result.linesRead);
      expect({
        chantiers: result.document.chantiers.length,
        placed: result.placed,
        toCheck: result.warnings.length,
        unplaced: result.unplaced.length,
      }).to.deep.equal(counts);
    });
  }

  it('the same with Windows line endings and a byte order mark', async () => {
    for (const name of Object.keys(VARIANTS)) {
      const { text, lines } = readAnnotated(await fixture(name));
      const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
      expect(checkAnnotations(importRestitution(crlf), lines), name).to.deep.equal([]);
    }
  });

  it('nests Word bullets by their glyph when the export lost the indentation (·, o, §)', async () => {
    const { text } = readAnnotated(await fixture('word-txt.txt'));
    const [first] = importRestitution(text).document.chantiers;
    expect(first.actions!.items![0]).to.deep.equal({
      texte: 'Développer les auto-écoles sociales :',
      items: ['financement par la Région', { texte: 'bénévoles retraités pour la conduite accompagnée', items: ['un binôme par élève'] }],
    });
  });

  it('drops the numbers of a numbered list (the order stays), keeps a lone number, reads "Pilote: …" as a row', async () => {
    const { text } = readAnnotated(await fixture('word-txt.txt'));
    const [first] = importRestitution(text).document.chantiers;
    expect(first.freins!.items).to.deep.equal(['le coût du permis reste élevé', 'le manque de moniteurs', "les délais d'examen"]);
    expect(first.ressources!.items).to.deep.equal(['le fonds social européen', 'les missions locales', 'les auto-écoles volontaires']);
    expect(first.gouvernance!.roles![0]).to.deep.equal({ role: 'Pilote', texte: 'la mairie' });
    const lone = importRestitution('Chantier - "A"\nEnjeu\n2. Un seul point numéroté\n- un autre point').document.chantiers[0];
    expect(lone.enjeu!.items).to.deep.equal(['2. Un seul point numéroté', 'un autre point']);
  });

  it('says which section a guessed heading was read as, in French and in English', async () => {
    const { text } = readAnnotated(await fixture('word-txt.txt'));
    const guessed = importRestitution(text).warnings.find((note) => note.text === 'Ressources')!;
    expect(guessed).to.include({ code: 'heading-guessed', section: 'ressources' });
    expect(guessed.reason).to.equal('rubrique reconnue d’après un nom approchant : lue comme « Les ressources à mobiliser »');
    expect(importNoteReason(guessed, 'en')).to.equal('heading recognised from a close name: read as “Les ressources à mobiliser (resources)”');
  });

  it('a workshop line without its colon counts only when a question or a chantier follows it', () => {
    const text = ['Chantier - "A"', 'En quoi consiste le chantier ?', '- un atelier', '', 'Atelier d’écriture', '- pour les jeunes'].join('\n');
    const result = importRestitution(text);
    expect(result.document.chantiers).to.have.length(1);
    expect(result.document.chantiers[0].atelier).to.equal(undefined);
    expect(result.warnings.map((note) => note.code)).to.not.include('atelier-guessed');
  });

  it('caps a list nested deeper than 16 levels, and says so', () => {
    const bullets = Array.from({ length: 40 }, (_, level) => `${' '.repeat(level)}- niveau ${level + 1}`);
    const result = importRestitution(['Chantier - "Profond"', 'Enjeu', ...bullets].join('\n'));
    expect(parseDocument(result.document).ok).to.equal(true);
    expect(result.warnings.filter((note) => note.code === 'nesting-capped')).to.have.length(40 - 16);
    expect(result.placed).to.equal(result.linesRead);
  });
});

describe('withinDistance (near-miss headings)', () => {
  /** The textbook edit distance, full table. */
  const distance = (a: string, b: string) => {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i += 1) {
      for (let j = 1; j <= b.length; j += 1) rows[i][j] = Math.min(rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), rows[i - 1][j] + 1, rows[i][j - 1] + 1);
    }
    return rows[a.length][b.length];
  };

  it('agrees with the full edit distance within its budget', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' '), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, budget) => withinDistance(a, b, budget) === distance(a, b) <= budget),
      { numRuns: 2000 },
    );
    expect(withinDistance('on aura reussit si', 'on aura reussi si', 1)).to.equal(true);
    expect(withinDistance('ressourcez', 'ressources', 1)).to.equal(true);
    expect(withinDistance('resources', 'ressources', 1)).to.equal(true);
    expect(withinDistance('recettes', 'ressources', 2)).to.equal(false);
  });
});
