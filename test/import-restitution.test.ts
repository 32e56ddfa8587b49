import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chantierId, importRestitution, type ImportResult } from '../src/model/import-restitution.js';
import { parseDocument } from '../src/model/parse-document.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { loadSeed } from './helpers.js';

let seedText: Promise<string> | undefined;
/** The seed's restitution (`data/restitution.txt`), the importer's reference input. */
const restitution = () => (seedText ??= fetch('/data/restitution.txt').then((response) => response.text()));

/** Every string of a value, sorted: the words a document carries, whatever their structure. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, into));
  return into.sort();
}

const nonBlankLines = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => line.trim()).length;

/** What every import must give: a valid document, and each non-blank line placed or reported, once. */
function expectSound(result: ImportResult, text: string): void {
  const check = parseDocument(result.document);
  expect(check.ok, check.ok ? '' : JSON.stringify(check.errors)).to.equal(true);
  expect(result.document.version).to.equal(1);
  expect(result.document.$schema).to.equal('./chantiers.schema.json');
  expect(result.linesRead).to.equal(nonBlankLines(text));
  expect(result.placed + result.unplaced.length).to.equal(result.linesRead);
  const lines = text.split(/\r\n|\r|\n/);
  for (const entry of result.unplaced) expect(lines[entry.line - 1], `line ${entry.line}`).to.equal(entry.text);
  expect(new Set(result.unplaced.map((entry) => entry.line)).size).to.equal(result.unplaced.length);
}

/** The seed's text with `lines` inserted before the first line that starts with `before`. */
function insertBefore(text: string, before: string, lines: string[]): { text: string; at: number } {
  const all = text.split('\n');
  const index = all.findIndex((line) => line.startsWith(before));
  expect(index, before).to.be.greaterThan(-1);
  all.splice(index, 0, ...lines);
  return { text: all.join('\n'), at: index + 1 };
}

const withoutGlossary = ({ glossaire: _glossaire, ...rest }: IdeaBoxDocument) => rest;

describe('importRestitution: the seed', () => {
  it('gives data/chantiers.json (glossary aside): same ids, same structure, every string', async () => {
    const text = await restitution();
    const seed = await loadSeed();
    const result = importRestitution(text);
    expectSound(result, text);
    expect(result.document.chantiers.map((chantier) => chantier.id)).to.deep.equal(seed.chantiers.map((chantier) => chantier.id));
    expect(strings([result.document.chantiers, result.document.rencontre])).to.deep.equal(strings([seed.chantiers, seed.rencontre]));
    expect(result.document).to.deep.equal(withoutGlossary(seed));
    expect(result.document).not.to.have.property('glossaire');
  });

  it('places every line of the seed and reports none', async () => {
    const text = await restitution();
    const result = importRestitution(text);
    expect(result.unplaced).to.deep.equal([]);
    expect(result.placed).to.equal(nonBlankLines(text));
  });

  it('attaches the Emploi obstacles page to the Emploi chantier, with a warning on its misplaced theme', async () => {
    const text = await restitution();
    const seed = await loadSeed();
    const result = importRestitution(text);
    const emploi = result.document.chantiers.find((chantier) => chantier.id === 'emploi-lutter-discriminations-jeunes')!;
    expect(emploi.thematique).to.equal('Emploi');
    expect(emploi.freins).to.deep.equal(seed.chantiers.find((chantier) => chantier.id === emploi.id)!.freins);
    // The misplaced header is the "Thématique" line just above the repeated "Chantier - Chantier -".
    const lines = text.split('\n');
    const repeated = lines.findIndex((line) => line.startsWith('Chantier - Chantier -'));
    const misplaced = lines.slice(0, repeated).findLastIndex((line) => line.startsWith('Thématique'));
    // The other line to check: "Il s'agit de:", attached without a bullet to the list item above it.
    const joined = lines.findIndex((line) => line.startsWith("Il s'agit de:"));
    expect(result.warnings.map(({ line, code }) => ({ line, code }))).to.deep.equal([
      { line: joined + 1, code: 'joined-to-item' },
      { line: misplaced + 1, code: 'theme-mismatch' },
    ]);
  });
});

describe('importRestitution: layout variations of the seed', () => {
  const same = async (transform: (text: string) => string) => {
    const original = importRestitution(await restitution());
    const text = transform(await restitution());
    const result = importRestitution(text);
    expectSound(result, text);
    expect(result.document).to.deep.equal(original.document);
    expect(result.unplaced).to.deep.equal([]);
    return result;
  };

  it('reads Windows (CRLF) and old Mac (CR) line endings, and a byte order mark', async () => {
    await same((text) => text.replace(/\n/g, '\r\n'));
    await same((text) => text.replace(/\n/g, '\r'));
    await same((text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
  });

  it('reads tabs as indentation and as spaces', async () => {
    const result = await same((text) => text.replace(/^ - /gm, '\t- ').replace(/^- /gm, '-\t').replace(/ : /g, ' :\t'));
    expect(result.linesRead).to.be.greaterThan(100);
  });

  it('reads "•" and "*" bullets, with or without a space after "•"', async () => {
    await same((text) => {
      const start = text.indexOf('Atelier');
      let count = 0;
      const body = text
        .slice(start)
        .replace(/^- /gm, () => (count++ % 2 ? '• ' : '* '))
        .replace(/^ - /gm, ' •');
      return text.slice(0, start) + body;
    });
  });

  it('accepts a missing section: the chantier simply has no such key', async () => {
    const original = importRestitution(await restitution()).document;
    const lines = (await restitution()).split('\n');
    const start = lines.findIndex((line) => line.startsWith('Questions en suspens'));
    const end = lines.findIndex((line, index) => index > start && line.startsWith('La gouvernance'));
    lines.splice(start, end - start);
    const text = lines.join('\n');
    const result = importRestitution(text);
    expectSound(result, text);
    expect(result.unplaced).to.deep.equal([]);
    const { questions, ...rest } = original.chantiers[0];
    expect(questions).to.not.equal(undefined);
    expect(result.document.chantiers[0]).to.deep.equal(rest);
    expect(result.document.chantiers.slice(1)).to.deep.equal(original.chantiers.slice(1));
  });

  it('reports, with its line number, text left without its heading', async () => {
    const lines = (await restitution()).split('\n');
    const heading = lines.findIndex((line) => /Enjeu$/.test(line));
    const content = lines.findIndex((line, index) => index > heading && line.trim());
    lines.splice(heading, 1);
    const text = lines.join('\n');
    const result = importRestitution(text);
    expectSound(result, text);
    expect(result.unplaced).to.deep.equal([
      { line: content, text: lines[content - 1], code: 'outside-section', reason: result.unplaced[0].reason },
    ]);
    expect(result.unplaced[0].reason).to.match(/avant la première rubrique|première rubrique/);
    expect(result.document.chantiers[0]).to.not.have.property('enjeu');
  });

  it('reports an unknown heading and its content, and keeps them out of the document', async () => {
    const original = importRestitution(await restitution()).document;
    for (const heading of ['Calendrier :', '? Calendrier']) {
      const { text, at } = insertBefore(await restitution(), '✘ Les freins', [heading, '', '- premier semestre', '- second semestre', '']);
      const result = importRestitution(text);
      expectSound(result, text);
      expect(result.unplaced.map(({ line, code }) => ({ line, code }))).to.deep.equal([
        { line: at, code: 'unknown-heading' },
        { line: at + 2, code: 'under-unknown-heading' },
        { line: at + 3, code: 'under-unknown-heading' },
      ]);
      // The next known heading ends the unknown section: the obstacles are still in place.
      expect(result.document).to.deep.equal(original);
    }
  });

  it('gives an empty document for an empty or blank file', () => {
    for (const text of ['', '\r\n  \r\n\t\n', '\uFEFF']) {
      const result = importRestitution(text);
      expectSound(result, text);
      expect(result).to.deep.include({ linesRead: 0, placed: 0, unplaced: [], warnings: [] });
      expect(result.document).to.deep.equal({ $schema: './chantiers.schema.json', version: 1, chantiers: [] });
    }
  });

  it('reads the chantiers without the top of the document (no meeting then)', async () => {
    const text = await restitution();
    const result = importRestitution(text.slice(text.indexOf('Atelier')));
    expect(result.document).to.not.have.property('rencontre');
    expect(result.document.chantiers).to.deep.equal(importRestitution(text).document.chantiers);
    expect(result.unplaced).to.deep.equal([]);
  });

  it('never throws and always accounts for every line, whatever the order of the seed lines', async () => {
    const seedLines = (await restitution()).split('\n');
    const line = fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom('', '  - x', 'Calendrier :', '? Truc', 'Chantier - ""', 'Atelier :'), fc.string());
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), fc.constantFrom('\n', '\r\n'), (lines, end) => {
        const text = lines.join(end);
        expectSound(importRestitution(text), text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('importRestitution: the template', () => {
  const sample = [
    'Atelier Culture :',
    '',
    'Comment agir ensemble',
    'dans la culture ?',
    '',
    'Chantier - « Ouvrir les lieux culturels »',
    '',
    'Enjeu',
    '',
    "Un paragraphe d'enjeu",
    'sur deux lignes.',
    '',
    'En quoi consiste le chantier ?',
    '',
    '1. Premier pas',
    '2. Second pas',
    '   - un détail',
    '',
    'Les ressources à mobiliser :',
    '',
    '- Des lieux. Il faut:',
    '    - une salle',
    '    - un accueil',
    '',
    'Partenaires possibles:',
    '- la médiathèque',
    '',
    'La gouvernance : qui fait quoi ?',
    '',
    '- Pilote : la ville : service culture',
    '- Une note sans rôle',
    '',
    'Chantier - "Ouvrir les lieux culturels bis"',
    '',
    'Enjeu',
    '- Un autre enjeu',
  ].join('\n');

  it('nests lists, joins wrapped lines, drops the numbers of a numbered list, splits governance rows at the first " : "', () => {
    const result = importRestitution(sample);
    expectSound(result, sample);
    const [first, second] = result.document.chantiers;
    expect(first.atelier).to.deep.equal({ titre: 'Atelier Culture', question: 'Comment agir ensemble dans la culture ?' });
    expect(first.titre).to.equal('Ouvrir les lieux culturels');
    expect(first.enjeu).to.deep.equal({ texte: "Un paragraphe d'enjeu sur deux lignes." });
    expect(first.actions).to.deep.equal({ items: ['Premier pas', { texte: 'Second pas', items: ['un détail'] }] });
    expect(first.ressources).to.deep.equal({
      items: [
        { texte: 'Des lieux. Il faut:', items: ['une salle', 'un accueil'] },
        { texte: 'Partenaires possibles:', items: ['la médiathèque'] },
      ],
    });
    expect(first.gouvernance).to.deep.equal({ roles: [{ role: 'Pilote', texte: 'la ville : service culture' }], notes: ['Une note sans rôle'] });
    expect(second.atelier).to.deep.equal(first.atelier);
  });

  it('takes the theme from the workshop when a page has no "Thématique" line, and says so', () => {
    const result = importRestitution(sample);
    expect(result.document.chantiers.map((chantier) => chantier.thematique)).to.deep.equal(['Culture', 'Culture']);
    expect(result.warnings.map(({ line, code }) => ({ line, code }))).to.deep.equal([
      { line: 6, code: 'theme-missing' },
      { line: 33, code: 'theme-missing' },
    ]);
  });

  it('derives readable ids from theme and title, and keeps them unique', () => {
    expect(chantierId('Santé', 'Créer un réseau de vigilance pour lutter')).to.equal('sante-creer-reseau-vigilance');
    expect(chantierId('Emploi', "Mettre en œuvre l'égalité à l'emploi")).to.equal('emploi-mettre-oeuvre-egalite');
    expect(chantierId('Logement', 'Le logement')).to.equal('logement');
    const text = ['Thématique : Logement', 'Chantier - "Accès équitable"', 'Enjeu', '- a', 'Thématique : Logement', 'Chantier - "Un accès équitable au logement"', 'Enjeu', '- b'].join('\n');
    const result = importRestitution(text);
    expectSound(result, text);
    expect(result.document.chantiers.map((chantier) => chantier.id)).to.deep.equal(['logement-acces-equitable', 'logement-acces-equitable-2']);
  });

  it('reports what has no place: text before any chantier, a workshop or theme without chantier', () => {
    const text = ['Enjeu', '', 'Atelier Vide :', 'Une question ?', '', 'Thématique : Rien', '', 'Une phrase perdue.'].join('\n');
    const result = importRestitution(text);
    expectSound(result, text);
    expect(result.document.chantiers).to.deep.equal([]);
    expect(result.unplaced.map(({ line, code }) => ({ line, code }))).to.deep.equal([
      { line: 1, code: 'outside-chantier' },
      { line: 3, code: 'atelier-without-chantier' },
      { line: 4, code: 'atelier-without-chantier' },
      { line: 6, code: 'theme-without-chantier' },
      { line: 8, code: 'outside-chantier' },
    ]);
    expect(result.placed).to.equal(0);
  });

  it('reports a presentation that has no meeting title, rather than inventing one', () => {
    const text = 'Quelques mots de présentation.\n\nThématique : Emploi\nChantier - "Un chantier"\nEnjeu\n- a';
    const result = importRestitution(text);
    expectSound(result, text);
    expect(result.document).to.not.have.property('rencontre');
    expect(result.unplaced.map(({ line, code }) => ({ line, code }))).to.deep.equal([{ line: 1, code: 'presentation-without-title' }]);
  });
});
