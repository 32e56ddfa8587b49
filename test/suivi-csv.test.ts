/**
 * The follow-up from a spreadsheet, in the browser as on the command line (the authoring page runs the same
 * modules): honest decoding, French dates and numbers, every row merged or reported at its line, and the
 * Atom feed of the steps. The command itself is tested in test/node/suivi.test.mjs.
 */
import { expect } from '@open-wc/testing';
import { atomFeed } from '../src/model/atom-feed.js';
import { decodeText } from '../src/model/decode-text.js';
import { parseDocument } from '../src/model/parse-document.js';
import { mergeSuiviCsv, readCritere, readDate, readProgression, readStatut } from '../src/model/suivi-csv.js';
import { DEFAULT_STATUTS } from '../src/model/suivi.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { loadSeed } from './helpers.js';

const FIXTURE = '/test-server/exemple-suivi-seed.csv'; // test/fixtures/, in Windows-1252, byte for byte
const loadExample = async (): Promise<IdeaBoxDocument> => (await fetch('/data/exemple-suivi.json')).json();

describe('decodeText', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it('reads UTF-8, and Windows-1252 when the bytes are not UTF-8, never putting U+FFFD for a letter', () => {
    expect(decodeText(new TextEncoder().encode('Réalisé ; œuvre'))).to.deep.equal({ text: 'Réalisé ; œuvre', encoding: 'utf-8', badLines: [] });
    // "Réalisé ; œuvre ’" as Excel saves it on a French Windows.
    const windows = bytes(0x52, 0xe9, 0x61, 0x6c, 0x69, 0x73, 0xe9, 0x20, 0x3b, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x92);
    expect(decodeText(windows)).to.deep.equal({ text: 'Réalisé ; œuvre ’', encoding: 'windows-1252', badLines: [] });
  });

  it('follows a byte order mark: UTF-8, UTF-16 little and big endian', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x69, 0x64))).to.include({ text: 'id', encoding: 'utf-8' });
    expect(decodeText(bytes(0xff, 0xfe, 0xe9, 0x00, 0x74, 0x00))).to.include({ text: 'ét', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0xe9, 0x00, 0x74))).to.include({ text: 'ét', encoding: 'utf-16be' });
  });

  it('names the lines whose bytes fit neither encoding', () => {
    const text = new TextEncoder().encode('id;etape\na;ok\nb;');
    const broken = new Uint8Array([...text, 0x81, 0x0a, 0x63]);
    expect(decodeText(broken)).to.include({ encoding: 'windows-1252' });
    expect(decodeText(broken).badLines).to.deep.equal([3]);
    // A UTF-8 mark followed by bytes that are not UTF-8: the mark is believed, the line named.
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xe9)).badLines).to.deep.equal([2]);
  });
});

describe('reading the cells', () => {
  it('reads ISO and French dates, refusing impossible ones and two-digit years', () => {
    expect(readDate('2026-03-12')).to.deep.equal({ date: '2026-03-12' });
    expect(readDate('12/03/2026')).to.deep.equal({ date: '2026-03-12' });
    expect(readDate('1/3/2026')).to.deep.equal({ date: '2026-03-01' });
    expect(readDate('12.03.2026')).to.deep.equal({ date: '2026-03-12' });
    expect(readDate('2026-03-12 00:00:00')).to.deep.equal({ date: '2026-03-12' });
    expect(readDate('29/02/2026')).to.deep.equal({ error: 'bad-date' });
    expect(readDate('12/03/26')).to.deep.equal({ error: 'short-year' });
    expect(readDate('mars 2026')).to.deep.equal({ error: 'bad-date' });
  });

  it('reads a progress as a percentage, with a comma or a point, with or without %', () => {
    expect(['45', '45 %', '45%', '45\u202f%', '37,5', '37.5 %', '0', '100'].map(readProgression)).to.deep.equal([45, 45, 45, 45, 37.5, 37.5, 0, 100]);
    expect(['101', '-5', 'moitié', '45 %%', ''].map(readProgression)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads an assessment and its note, after a colon or a dash', () => {
    expect(readCritere('oui')).to.deep.equal({ atteint: 'oui' });
    expect(readCritere('En partie : trois quartiers sur cinq')).to.deep.equal({ atteint: 'en partie', note: 'trois quartiers sur cinq' });
    expect(readCritere('NON — un seul bailleur')).to.deep.equal({ atteint: 'non', note: 'un seul bailleur' });
    expect(readCritere('en  partie')).to.deep.equal({ atteint: 'en partie' });
    expect(['peut-être', 'ouais', 'non merci'].map(readCritere)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('finds a status by its key or its wording, however it is typed', () => {
    expect(['en-cours', 'En cours', 'EN COURS', 'réalisé', 'Realise', 'À lancer'].map((value) => readStatut(value, DEFAULT_STATUTS))).to.deep.equal([
      'en-cours',
      'en-cours',
      'en-cours',
      'realise',
      'realise',
      'a-lancer',
    ]);
    expect(readStatut('terminé', DEFAULT_STATUTS)).to.equal(undefined);
    expect(readStatut('Voté en conseil', [{ cle: 'vote', libelle: 'Voté en conseil' }])).to.equal('vote');
  });
});

describe('mergeSuiviCsv', () => {
  it("merges the fixture's rows for the seed's three chantiers, as the command line does", async () => {
    const { text, encoding } = decodeText(new Uint8Array(await (await fetch(FIXTURE)).arrayBuffer()));
    expect(encoding).to.equal('windows-1252');
    const seed = await loadSeed();
    const result = mergeSuiviCsv(text, seed);
    expect(result).to.include({ separator: ';', rowsRead: 7, merged: 7, stepsAdded: 7, stepsKnown: 0 });
    expect(result.notes).to.deep.equal([]);
    expect(result.updated).to.deep.equal(seed.chantiers.map((chantier) => chantier.id));
    expect(parseDocument(result.document).ok).to.equal(true);
    expect(seed.chantiers.some((chantier) => chantier.suivi), 'the input is left as it was').to.equal(false);
    expect(result.document.chantiers[0].suivi?.etapes?.[1].texte).to.equal(
      "Réunion d'information du public : 40 personnes ; questions sur les critères d'attribution",
    );
    expect(result.document.chantiers.map((chantier) => chantier.suivi?.criteres?.length)).to.deep.equal([3, 4, 3]);
    const again = mergeSuiviCsv(text, result.document);
    expect(again).to.include({ stepsAdded: 0, stepsKnown: 7 });
    expect(again.document).to.deep.equal(result.document);
  });

  it('counts lines across quoted line breaks, blank lines and both line endings', async () => {
    const csv = [
      '',
      'id,date,etape',
      'sante-creer-reseau-vigilance,2026-01-01,"un',
      'deux',
      'trois"',
      '',
      ',,',
      'inconnu,2026-01-02,x',
    ].join('\r\n');
    const result = mergeSuiviCsv(csv.replace('deux\r\n', 'deux\n'), await loadSeed());
    expect(result.notes).to.deep.equal([{ line: 8, code: 'unknown-id', value: 'inconnu', rejected: true, hint: undefined }]);
    expect(result).to.include({ rowsRead: 2, merged: 1 });
    expect(result.document.chantiers[2].suivi?.etapes).to.deep.equal([{ date: '2026-01-01', texte: 'un\ndeux\ntrois' }]);
  });

  it('takes the state from the latest row that gives it, whatever the order of the lines', async () => {
    const csv = 'id;statut;progression;porteur;date;etape\n' +
      'sante-creer-reseau-vigilance;realise;;La ville;2026-06-01;\n' +
      'sante-creer-reseau-vigilance;en cours;40;;2026-03-01;Début\n';
    const suivi = mergeSuiviCsv(csv, await loadSeed()).document.chantiers[2].suivi;
    expect(suivi).to.deep.equal({
      statut: 'realise',
      progression: 40,
      porteur: 'La ville',
      miseAJour: '2026-06-01',
      etapes: [{ date: '2026-03-01', texte: 'Début' }],
    });
  });

  it("takes a document's own statuses", async () => {
    const document: IdeaBoxDocument = { ...(await loadSeed()), statuts: [{ cle: 'vote', libelle: 'Voté en conseil municipal' }] };
    const result = mergeSuiviCsv('id;statut;date\nsante-creer-reseau-vigilance;Voté en conseil municipal;2026-01-01\nsante-creer-reseau-vigilance;en cours;2026-01-02\n', document);
    expect(result.document.chantiers[2].suivi?.statut).to.equal('vote');
    expect(result.notes).to.deep.equal([{ line: 3, code: 'unknown-statut', value: 'en cours', rejected: true, hint: 'Voté en conseil municipal' }]);
  });
});

describe('atomFeed', () => {
  const options = { base: 'https://mairie.example/idees', linkOf: (id: string) => `https://mairie.example/idees#boite.chantier=${id}`, today: '2026-11-30' };

  it('is well-formed XML in the Atom namespace, one entry per step, newest first', async () => {
    const { xml, entries } = atomFeed(await loadExample(), options);
    const feed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(feed.querySelector('parsererror')).to.equal(null);
    expect(feed.documentElement.namespaceURI).to.equal('http://www.w3.org/2005/Atom');
    const updated = [...feed.querySelectorAll('entry > updated')].map((element) => element.textContent);
    expect(updated).to.have.length(entries).and.to.have.length(8);
    expect(updated).to.deep.equal([...updated].sort().reverse());
  });

  it('gives a step the same id in every feed, and a new id when its text changes', async () => {
    const example = await loadExample();
    const idsOf = (document: IdeaBoxDocument) =>
      [...new DOMParser().parseFromString(atomFeed(document, options).xml, 'application/xml').querySelectorAll('entry > id')].map((id) => id.textContent);
    const before = idsOf(example);
    expect(idsOf(structuredClone(example))).to.deep.equal(before);
    const edited = structuredClone(example);
    edited.chantiers[0].suivi!.etapes![0].texte = 'Première permanence, maison de quartier du Centre';
    const after = idsOf(edited);
    expect(after.filter((id) => !before.includes(id))).to.have.length(1);
  });

  it('dates an empty feed with today', async () => {
    const { xml, entries } = atomFeed(await loadSeed(), options);
    expect(entries).to.equal(0);
    expect(xml).to.contain('<updated>2026-11-30T00:00:00Z</updated>');
  });
});
