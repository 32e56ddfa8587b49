/**
 * The search rules (src/model/search.ts) against a table of French cases: what visitors type, the text
 * a chantier holds, whether it is found, and what the highlight marks. Then the bounds: a crafted query
 * of any size reads into a few terms, and matching grows linearly with the text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  closestWord,
  findMatches,
  foldLines,
  foldMapped,
  foldWords,
  matchesTerms,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  otherNumber,
  parseQuery,
} from '../src/model/search.js';
import type { Sigle } from '../src/model/types.js';
import { expectLinearGrowth, growthBetween, loadSeed } from './helpers.js';

/** The seed's glossary, as the box reads it. */
let glossaire: Sigle[];
before(async () => {
  glossaire = (await loadSeed()).glossaire ?? [];
});

const finds = (query: string, text: string) => matchesTerms(foldWords(text), parseQuery(query, glossaire));
const marked = (query: string, text: string) => findMatches(text, parseQuery(query, glossaire)).map(([start, end]) => text.slice(start, end));

interface Case {
  readonly query: string;
  readonly text: string;
  /** What the highlight marks, in order; `[]`: the text is not found. */
  readonly marks: readonly string[];
}

const CASES: Record<string, readonly Case[]> = {
  'typographic apostrophes fold to one': [
    { query: 'l’emploi', text: "lutter contre les discriminations à l'emploi", marks: ['emploi'] },
    { query: "l'emploi", text: 'l’emploi des jeunes', marks: ['emploi'] },
    { query: 'lʼemploi', text: "l'emploi", marks: ['emploi'] },
    { query: 'l‘emploi', text: "l'emploi", marks: ['emploi'] },
    { query: 'l′emploi', text: "l'emploi", marks: ['emploi'] },
    { query: 'qu’il', text: "pour qu'il comprenne le motif du refus", marks: ['il'] },
    { query: 'd’emploi', text: "Les demandeurs d'emploi", marks: ['emploi'] },
    { query: 'aujourd’hui', text: "aujourd'hui encore", marks: ["aujourd'hui"] },
  ],
  'ligatures are spelled out': [
    { query: 'oeuvre', text: 'Mettre en œuvre des actions de sensibilisation', marks: ['œuvre'] },
    { query: 'œuvre', text: 'mise en oeuvre', marks: ['oeuvre'] },
    { query: 'OEUVRE', text: 'ŒUVRE collective', marks: ['ŒUVRE'] },
    { query: 'curriculum vitae', text: 'un curriculum vitæ anonyme', marks: ['curriculum', 'vitæ'] },
    { query: 'soeur', text: 'sa sœur', marks: ['sœur'] },
  ],
  'non-breaking and narrow spaces are spaces': [
    { query: '"santé publique"', text: 'la santé\u00a0publique', marks: ['santé\u00a0publique'] },
    { query: '"« vigilance »"', text: 'un réseau de «\u202fvigilance\u202f»', marks: ['vigilance'] },
    { query: 'santé\u00a0publique', text: 'publique, la santé', marks: ['publique', 'santé'] },
    { query: '"10 000 habitants"', text: 'plus de 10\u202f000\u2009habitants', marks: ['10\u202f000\u2009habitants'] },
  ],
  'accents and capitals do not matter': [
    { query: 'SANTÉ', text: 'la santé des personnes', marks: ['santé'] },
    { query: 'sante', text: 'SANTÉ', marks: ['SANTÉ'] },
    { query: 'equitable', text: 'Un accès équitable au logement', marks: ['équitable'] },
    { query: 'ecole', text: 'l’École de la République', marks: ['École'] },
  ],
  'a word finds the words it starts, marked whole': [
    { query: 'sant', text: 'les discriminations en santé', marks: ['santé'] },
    { query: 'discrimin', text: 'Les discriminations', marks: ['discriminations'] },
    { query: 'logement', text: 'les logements sociaux', marks: ['logements'] },
  ],
  'singular and plural, both ways': [
    { query: 'hôpitaux', text: 'avec l’hôpital de proximité', marks: ['hôpital'] },
    { query: 'hôpital', text: "l'ARS, les collectivités, les hôpitaux", marks: ['hôpitaux'] },
    { query: 'logements', text: 'un accès équitable au logement', marks: ['logement'] },
    { query: 'discriminations', text: 'toute discrimination', marks: ['discrimination'] },
    { query: 'jeux', text: 'le jeu des acteurs', marks: ['jeu'] },
    { query: 'bureau', text: 'des bureaux partagés', marks: ['bureaux'] },
    { query: 'bureaux', text: 'un bureau partagé', marks: ['bureau'] },
    { query: 'travaux', text: 'le travail en réseau', marks: ['travail'] },
    { query: 'travail', text: 'des travaux', marks: ['travaux'] },
    { query: 'locaux', text: 'le partenaire local', marks: ['local'] },
    { query: 'sociaux', text: 'le logement social', marks: ['social'] },
    { query: 'propriétaires', text: 'propriétaire, agence et locataire', marks: ['propriétaire'] },
  ],
  'a plural never strays beyond its word': [
    { query: 'sans', text: 'les discriminations en santé', marks: [] },
    { query: 'vers', text: 'des acteurs divers', marks: [] },
    { query: 'des', text: 'de la santé', marks: [] },
  ],
  'an acronym and its expansion find each other': [
    { query: 'Agence régionale de santé', text: "Copilotes : l'ARS, les collectivités", marks: ['ARS'] },
    { query: 'agence regionale de sante', text: "l'ARS", marks: ['ARS'] },
    { query: 'ARS', text: "avec l'Agence régionale de santé", marks: ['Agence régionale de santé'] },
    { query: 'ars', text: "l'agence régionale de santé", marks: ['agence régionale de santé'] },
    { query: 'RH', text: 'les ressources humaines des entreprises', marks: ['ressources humaines'] },
    { query: 'Ressources humaines', text: 'freins RH.', marks: ['RH'] },
    { query: 'rh', text: 'freins RH.', marks: ['RH'] },
    { query: 'caisse d’allocations familiales', text: 'la CAF et la PMI', marks: ['CAF'] },
    { query: 'ARS hôpitaux', text: 'agence régionale de santé et hôpital', marks: ['agence régionale de santé', 'hôpital'] },
  ],
  'hyphens and spaces alike': [
    { query: 'au dela', text: 'rayonnement intercommunal, voire au-delà.', marks: ['au', 'delà'] },
    { query: 'au-delà', text: 'et au delà', marks: ['au', 'delà'] },
    { query: '"au dela"', text: 'voire au-delà.', marks: ['au-delà'] },
    { query: '"au-delà"', text: 'voire au delà.', marks: ['au delà'] },
    { query: 'Ile de France', text: 'en Île-de-France', marks: ['Île', 'de', 'France'] },
    { query: 'co-pilotes', text: 'plusieurs copilotes', marks: [] },
    { query: 'co pilotes', text: 'les co-pilotes', marks: ['co', 'pilotes'] },
    { query: 'Nouvelle‑Aquitaine', text: 'Pays et Quartiers de Nouvelle-Aquitaine', marks: ['Nouvelle', 'Aquitaine'] },
  ],
  'a quoted phrase is found as written': [
    { query: '"mise en oeuvre"', text: 'la mise en œuvre des actions', marks: ['mise en œuvre'] },
    { query: '«\u00a0mise en œuvre\u00a0»', text: 'la Mise en Œuvre', marks: ['Mise en Œuvre'] },
    { query: '“mise en œuvre”', text: 'la mise en œuvre', marks: ['mise en œuvre'] },
    { query: '"en santé"', text: 'la santé en question', marks: [] },
    { query: '"sant"', text: 'la santé', marks: [] },
    { query: '"logement social"', text: 'les logements sociaux', marks: [] },
    { query: '"réseau" vigilance', text: 'un réseau de vigilance', marks: ['réseau', 'vigilance'] },
    { query: '"réseau de vigil', text: 'un réseau de vigilance', marks: ['réseau de vigilance'] },
  ],
  'a lone letter narrows nothing; a digit does': [
    { query: 'a priori', text: 'faire tomber les a priori', marks: ['priori'] },
    { query: '"a priori"', text: 'faire tomber les a priori', marks: ['a priori'] },
    { query: '3', text: 'les 3 ateliers', marks: ['3'] },
  ],
  'every word is required': [
    { query: 'discriminations reunions propriétaire', text: "Réunions d'information sur les discriminations au logement (propriétaire)", marks: ['Réunions', 'discriminations', 'propriétaire'] },
    { query: 'discriminations zzz', text: 'les discriminations', marks: [] },
  ],
};

describe('French search: the table of cases', () => {
  for (const [rule, cases] of Object.entries(CASES)) {
    describe(rule, () => {
      for (const { query, text, marks } of cases) {
        it(`${JSON.stringify(query)} ${marks.length ? 'finds' : 'does not find'} ${JSON.stringify(text)}`, () => {
          expect(finds(query, text), 'found').to.equal(marks.length > 0);
          if (marks.length) expect(marked(query, text)).to.deep.equal(marks);
        });
      }
    });
  }

  it('expands a two-letter acronym only as written ("DE", not the word "de")', () => {
    const needles = (query: string) => parseQuery(query, glossaire).flatMap((term) => term.needles);
    expect(needles('DE')).to.include(" demandeurs d emploi ");
    expect(needles('de')).to.not.include(" demandeurs d emploi ");
    expect(needles('rh')).to.not.include(' ressources humaines ');
  });

  it('reads a lone letter as no term: everything stays shown, nothing is marked', () => {
    expect(parseQuery('s', glossaire)).to.deep.equal([]);
    expect(parseQuery('l’ d', glossaire)).to.deep.equal([]);
    expect(finds('s', 'la santé')).to.equal(true);
    expect(marked('s', 'la santé')).to.deep.equal([]);
  });

  it('names the other number of regular plurals', () => {
    expect(otherNumber('hopitaux')).to.include('hopital');
    expect(otherNumber('hopital')).to.deep.equal(['hopitaux']);
    expect(otherNumber('jeux')).to.deep.equal(['jeu']);
    expect(otherNumber('logements')).to.deep.equal(['logement']);
    expect(otherNumber('ars')).to.deep.equal([]);
  });

  it('suggests the closest word of the chantiers, within two edits', () => {
    const vocabulary = ['discriminations', 'logement', 'sante', 'hopitaux', 'emploi'];
    expect(closestWord('dicriminations', vocabulary)).to.equal('discriminations');
    expect(closestWord('logemnt', vocabulary)).to.equal('logement');
    expect(closestWord('emploo', vocabulary)).to.equal('emploi');
    expect(closestWord('xyzxyz', vocabulary)).to.equal(undefined);
    expect(closestWord('ab', vocabulary)).to.equal(undefined);
  });
});

describe('French search: folding', () => {
  it('folds spaces, hyphens, apostrophes and punctuation into single spaces around words', () => {
    expect(foldWords('L’Œuvre\u00a0 au-delà… (2026)')).to.equal(' l oeuvre au dela 2026 ');
    expect(foldWords('')).to.equal(' ');
    expect(foldWords(' « »  ')).to.equal(' ');
  });

  it('maps the folded text back to the original, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...'aéœÆß  \u00a0\u202f-’\'ΣςİǅﬁǺx'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 40 }), (text) => {
        const { folded, origin } = foldMapped(text);
        expect(folded).to.equal(foldWords(text));
        expect(origin.length).to.be.at.least(folded.length);
        for (let index = 1; index < folded.length; index += 1) expect(origin[index]).to.be.at.least(origin[index - 1]);
      }),
      { numRuns: 300 },
    );
  });

  it('folds strings into lines in one pass as it folds each (property)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...'aé œ\n\u00a0-’\u0301Σ'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (strings) => {
        expect(foldLines(strings)).to.equal(strings.map(foldWords).join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('marks exactly the texts it finds (property)', () => {
    const word = fc.constantFrom('santé', 'sante', 'hôpital', 'hôpitaux', 'l’emploi', 'œuvre', 'au-delà', 'RH', 'ARS', 'x', '"mise en');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 3 }), fc.array(word, { maxLength: 6 }), (query, text) => {
        const terms = parseQuery(query.join(' '), glossaire);
        const joined = text.join(' ');
        if (terms.length !== 1) return;
        expect(findMatches(joined, terms).length > 0).to.equal(matchesTerms(foldWords(joined), terms));
      }),
      { numRuns: 300 },
    );
  });
});

describe('French search: bounded work', () => {
  it('reads any query into at most MAX_TERMS distinct terms of bounded needles', () => {
    const crafted = [
      Array.from({ length: 50_000 }, (_, index) => `mot${index}`).join(' '),
      '"'.repeat(100_000),
      'a'.repeat(100_000),
      '« '.repeat(50_000),
      'l’'.repeat(50_000),
      'agence régionale de santé '.repeat(4_000),
      'de '.repeat(33_000),
    ];
    for (const query of crafted) {
      const terms = parseQuery(query, glossaire);
      expect(terms.length).to.be.at.most(MAX_TERMS);
      for (const term of terms) {
        expect(term.needles.length).to.be.at.most(6);
        for (const needle of term.needles) expect(needle.length).to.be.at.most(MAX_QUERY_LENGTH + 2);
      }
    }
    expect(parseQuery('logement Logement LOGEMENT logement', glossaire)).to.have.length(1);
  });

  it('costs no more for a 100 KB query than for a 200-character one', () => {
    const text = foldWords('les discriminations au logement '.repeat(20_000));
    const short = Array.from({ length: 40 }, (_, index) => `m${index}`).join(' ').slice(0, MAX_QUERY_LENGTH);
    const long = Array.from({ length: 20_000 }, (_, index) => `m${index}`).join(' ');
    expect(long.length).to.be.greaterThan(100_000);
    const work = (query: string) => () => matchesTerms(text, parseQuery(query, glossaire)) || findMatches(text.slice(0, 50_000), parseQuery(query, glossaire));
    // The long query is read into the same few terms as the short one: about the same time (1), not 500 ×.
    const { ratio, summary } = growthBetween(work(short), work(long), { limit: 3 });
    expect(ratio, summary).to.be.below(3);
  });

  it('grows linearly with the text: time(4n) < 8 × time(n)', () => {
    const query = parseQuery('discriminations logement "mise en oeuvre" hôpitaux ARS', glossaire);
    const line = "Réunions d'information sur les discriminations au logement, l’hôpital et la mise en œuvre. ";
    const work = (copies: number) => {
      const text = line.repeat(copies);
      return () => {
        findMatches(text, query);
        matchesTerms(foldWords(text), query);
      };
    };
    // One string of 90 KB, then 360 KB: a chantier's longest line, as a hostile document may write it.
    expectLinearGrowth(work(1_000), work(4_000));
  });
});
