// `boite-a-idees suivi` and `boite-a-idees flux`, run as an installed package runs them (the built
// dist/cli.mjs, copied beside the bin launcher into a temporary folder): the follow-up of a spreadsheet
// merged into the seed, every row that cannot be merged reported with its line, and the Atom feed of the
// steps checked against RFC 4287's RELAX NG grammar (test/atom/atom.rng) with libxml2 (xmllint-wasm).
// The follow-up rows are invented (test/fixtures/exemple-suivi-seed.csv); data/chantiers.json has none.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { installedCli, root } from './support/installed-cli.mjs';

const seedPath = join(root, 'data/chantiers.json');
const examplePath = join(root, 'data/exemple-suivi.json');
const csvPath = join(root, 'test/fixtures/exemple-suivi-seed.csv');
let dir;
let run;
let remove;

before(async () => {
  ({ dir, run, remove } = await installedCli('boite-a-idees-suivi-'));
});
after(() => remove());

/** The fixture as a spreadsheet saved in UTF-8 with `,` separators (quotes where a comma needs them). */
async function utf8CommaCopy() {
  const text = new TextDecoder('windows-1252').decode(await readFile(csvPath));
  const rows = text.split('\r\n').map((line) =>
    line
      .match(/("([^"]|"")*"|[^;]*)(;|$)/g)
      .filter((cell, index, cells) => index < cells.length - 1 || cell !== '')
      .map((cell) => cell.replace(/;$/, ''))
      .map((cell) => (/^".*"$/s.test(cell) || !cell.includes(',') ? cell : `"${cell}"`))
      .join(','),
  );
  return `\uFEFF${rows.join('\n')}`;
}

describe('boite-a-idees suivi', () => {
  it('merges a Windows-1252 spreadsheet with ; separators into the seed, accents intact', async () => {
    const { code, stdout, stderr } = run('suivi', csvPath, seedPath);
    assert.equal(code, 0, stderr);
    assert.ok(!stdout.includes('\uFFFD'), 'no replacement character in place of a letter');
    const merged = JSON.parse(stdout);
    const seed = JSON.parse(await readFile(seedPath, 'utf8'));
    // Only the follow-up is added: the participants' words are untouched.
    assert.deepEqual(
      merged.chantiers.map(({ suivi, ...rest }) => rest),
      seed.chantiers,
    );
    const [logement, emploi, sante] = merged.chantiers.map((chantier) => chantier.suivi);
    assert.deepEqual(logement, {
      statut: 'en-cours',
      progression: 35,
      porteur: "Service habitat de l'intercommunalité, avec l'ADIL",
      miseAJour: '2026-06-04',
      etapes: [
        { date: '2026-01-15', texte: "Premier tour de table avec l'ADIL et deux agences immobilières" },
        { date: '2026-03-12', texte: "Réunion d'information du public : 40 personnes ; questions sur les critères d'attribution" },
        { date: '2026-06-04', texte: 'Deuxième réunion, ouverte aux propriétaires' },
      ],
      criteres: [
        { atteint: 'en partie', note: 'deux réunions sur trois tenues' },
        { atteint: 'non' },
        { atteint: 'oui', note: 'le motif des refus est expliqué en réunion' },
      ],
    });
    assert.equal(emploi.criteres.length, 4); // "critère 4" is given for the one chantier that has four
    assert.equal(emploi.statut, 'en-preparation'); // written "En préparation" in the sheet
    assert.equal(sante.progression, 60); // "60 %", the latest row giving one
    assert.equal(sante.statut, 'en-cours'); // from an earlier row: the latest row gives no status
    assert.match(stderr, /exemple-suivi-seed\.csv: pas en UTF-8 : lu en Windows-1252/);
    assert.match(
      stderr,
      /^7 lignes lues, 7 fusionnées, 0 signalée ; 7 étapes ajoutées, 0 déjà présente ; chantiers mis à jour : logement-acces-equitable, emploi-lutter-discriminations-jeunes, sante-creer-reseau-vigilance$/m,
    );
    await writeFile(join(dir, 'fusion.json'), stdout);
    assert.equal(run('validate', 'fusion.json').code, 0);
  });

  it('reads the same rows from UTF-8 with a byte order mark and , separators', async () => {
    await writeFile(join(dir, 'virgules.csv'), await utf8CommaCopy());
    const comma = run('suivi', 'virgules.csv', seedPath);
    assert.equal(comma.code, 0, comma.stderr);
    assert.equal(comma.stdout, run('suivi', csvPath, seedPath).stdout);
    assert.doesNotMatch(comma.stderr, /lu en/);
  });

  it('adds nothing when merged twice, and keeps a document’s criteria', async () => {
    const once = run('suivi', csvPath, seedPath);
    await writeFile(join(dir, 'une-fois.json'), once.stdout);
    const twice = run('suivi', csvPath, 'une-fois.json');
    assert.equal(twice.code, 0, twice.stderr);
    assert.equal(twice.stdout, once.stdout);
    assert.match(twice.stderr, /0 étape ajoutée, 7 déjà présentes/);

    const example = JSON.parse(await readFile(examplePath, 'utf8'));
    await writeFile(join(dir, 'exemple.csv'), 'id;date;etape\nlogement-permanences-quartiers;2026-07-01;Quatrième quartier ouvert\n');
    const merged = run('suivi', 'exemple.csv', examplePath);
    assert.equal(merged.code, 0, merged.stderr);
    const suivi = JSON.parse(merged.stdout).chantiers[0].suivi;
    assert.deepEqual(suivi.criteres, example.chantiers[0].suivi.criteres);
    assert.equal(suivi.statut, 'en-cours');
    assert.equal(suivi.miseAJour, '2026-07-01');
    assert.deepEqual(suivi.etapes.at(-1), { date: '2026-07-01', texte: 'Quatrième quartier ouvert' });
  });

  it('reports every row it leaves out as FILE:LINE, and exits 1', async () => {
    const rows = [
      'Id,Statut,Date,Étape,Commentaire',
      'logement-acces-equitable,terminé,2026-01-10,x,',
      '',
      'logement-acces-equitabl,en cours,2026-01-10,y,',
      'sante-creer-reseau-vigilance,en cours,31/02/2026,z,',
      'sante-creer-reseau-vigilance,en cours,1/2/26,z,',
      'sante-creer-reseau-vigilance,,,z,',
      ',en cours,2026-01-01,z,',
      'sante-creer-reseau-vigilance,en cours,2026-01-01,a,b,c',
      'sante-creer-reseau-vigilance,,2026-01-01,,',
      'emploi-lutter-discriminations-jeunes,réalisé,2026-02-02,"Bilan, sur',
      'deux lignes",note',
      'emploi-lutter-discriminations-jeunes,Réalisé,2026-02-03,"jamais fermé,',
      'x,y',
    ];
    await writeFile(join(dir, 'erreurs.csv'), rows.join('\r\n'));
    const { code, stdout, stderr } = run('suivi', 'erreurs.csv', seedPath);
    assert.equal(code, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      'erreurs.csv:1: colonne inconnue, ignorée (colonnes lues : id, statut, progression, porteur, date, etape, critère 1, critère 2…) : « Commentaire »',
      'erreurs.csv:2: statut inconnu du document, ligne non fusionnée : « terminé » (statuts du document : À lancer, En préparation, En cours, Réalisé, Suspendu, Abandonné)',
      'erreurs.csv:4: aucun chantier du document n’a cet identifiant, ligne non fusionnée : « logement-acces-equitabl » (vouliez-vous dire « logement-acces-equitable » ?)',
      'erreurs.csv:5: date illisible ou inexistante (attendu AAAA-MM-JJ ou JJ/MM/AAAA), ligne non fusionnée : « 31/02/2026 »',
      'erreurs.csv:6: année sur deux chiffres, siècle incertain (écrivez JJ/MM/AAAA), ligne non fusionnée : « 1/2/26 »',
      'erreurs.csv:7: date manquante, ligne non fusionnée',
      'erreurs.csv:8: identifiant de chantier manquant, ligne non fusionnée',
      'erreurs.csv:9: plus de cellules que de colonnes (un séparateur dans un texte sans guillemets ?), ligne non fusionnée : « c »',
      'erreurs.csv:10: ni statut, ni progression, ni porteur, ni étape, ni critère : rien à fusionner : « sante-creer-reseau-vigilance »',
      'erreurs.csv:13: guillemet ouvert jamais refermé : la suite du fichier est lue comme un seul champ, ligne non fusionnée : « emploi-lutter-discriminations-jeunes,Réalisé,2026-02-03,"jam »',
      '10 lignes lues, 1 fusionnée, 9 signalées ; 1 étape ajoutée, 0 déjà présente ; chantiers mis à jour : emploi-lutter-discriminations-jeunes',
    ]);
    // The one good row (a step over two lines) is in the document written out.
    const emploi = JSON.parse(stdout).chantiers[1].suivi;
    assert.deepEqual(emploi.etapes, [{ date: '2026-02-02', texte: 'Bilan, sur\ndeux lignes' }]);
    assert.equal(emploi.statut, 'realise');
  });

  it('reads the criteria columns, and reports an assessment it cannot place', async () => {
    const rows = [
      'id;date;critère 1;critère 2;critère 3;critère 4',
      'sante-creer-reseau-vigilance;2026-01-01;oui;non;;',
      'sante-creer-reseau-vigilance;2026-01-01;oui;non;peut-être;',
      'sante-creer-reseau-vigilance;2026-01-01;oui;non;non;oui',
      'sante-creer-reseau-vigilance;2026-01-02;Oui;NON : pas encore;En partie — à suivre;',
      'sante-creer-reseau-vigilance;2026-02-01;;;oui;',
    ];
    await writeFile(join(dir, 'criteres.csv'), rows.join('\n'));
    const { code, stdout, stderr } = run('suivi', 'criteres.csv', seedPath);
    assert.equal(code, 1);
    assert.deepEqual(stderr.trim().split('\n').slice(0, 3), [
      'criteres.csv:2: critère non évalué : la première évaluation d’un chantier donne tous ses critères, ligne non fusionnée : « 3 »',
      'criteres.csv:3: critère illisible (attendu « oui », « en partie » ou « non », puis « : note » si besoin), ligne non fusionnée : « peut-être »',
      'criteres.csv:4: ce chantier n’a pas autant de critères de réussite, ligne non fusionnée : « oui (4 > 3) »',
    ]);
    // Once assessed in full, a later row may update one criterion.
    assert.deepEqual(JSON.parse(stdout).chantiers[2].suivi.criteres, [
      { atteint: 'oui' },
      { atteint: 'non', note: 'pas encore' },
      { atteint: 'oui' },
    ]);
  });

  it('stops at bytes that are neither UTF-8 nor Windows-1252, naming their line', async () => {
    const bytes = Buffer.concat([Buffer.from('id;date;etape\nsante-creer-reseau-vigilance;2026-01-01;ok\nsante-creer-reseau-vigilance;2026-01-02;'), Buffer.from([0x81, 0xe9]), Buffer.from('\n')]);
    await writeFile(join(dir, 'octets.csv'), bytes);
    const { code, stdout, stderr } = run('suivi', 'octets.csv', seedPath);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'octets.csv:3: octets qui ne sont ni de l’UTF-8 ni du Windows-1252 : vérifiez l’encodage du fichier\n');
  });

  it('refuses a header without the id or date column, merging nothing', async () => {
    await writeFile(join(dir, 'entete.csv'), 'chantier;date;etape\nsante-creer-reseau-vigilance;2026-01-01;ok\n');
    const { code, stderr } = run('suivi', 'entete.csv', seedPath);
    assert.equal(code, 1);
    assert.match(stderr, /^entete\.csv:1: colonne inconnue, ignorée .* : « chantier »$/m);
    assert.match(stderr, /^entete\.csv:1: colonne obligatoire absente de la ligne d’en-tête .* : « id »$/m);
    assert.match(stderr, /^1 ligne lue, 0 fusionnée, 1 signalée/m);
  });

  it('speaks English with --lang en, and checks its arguments', () => {
    const { code, stderr } = run('suivi', '--lang', 'en', csvPath, seedPath);
    assert.equal(code, 0);
    assert.match(stderr, /not UTF-8: read as Windows-1252/);
    assert.match(stderr, /^7 rows read, 7 merged, 0 reported; 7 steps added, 0 already there; chantiers updated: /m);
    const usage = run('suivi', csvPath);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /suivi lit un tableau CSV puis un document JSON/);
  });

  it('reports an invalid document as validate does, with its line', async () => {
    const text = (await readFile(examplePath, 'utf8')).replace('"statut": "en-cours"', '"statut": "fini"');
    await writeFile(join(dir, 'statut.json'), text);
    const line = text.slice(0, text.indexOf('"fini"')).split('\n').length;
    const { code, stdout, stderr } = run('suivi', csvPath, 'statut.json');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^statut\\.json:${line}:\\d+: chantiers\\[0\\]\\.suivi\\.statut : attendu un statut`, 'm'));
  });
});

/** Validates an Atom document against RFC 4287's grammar; the messages of libxml2 when it fails. */
async function atomErrors(xml) {
  const schema = await readFile(join(root, 'test/atom/atom.rng'), 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'suivi.xml', contents: xml }], schema: [{ fileName: 'atom.rng', contents: schema }], extension: 'relaxng' });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage ?? error.message);
}

const entries = (xml) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => body);
const field = (body, name) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(body)?.[1];

describe('boite-a-idees flux', () => {
  it('writes a valid Atom feed of the steps, newest first, linking each to its chantier', async () => {
    const { code, stdout, stderr } = run('flux', examplePath, '--base', 'https://mairie.example/idees/', '--self', 'https://mairie.example/idees/suivi.xml');
    assert.equal(code, 0, stderr);
    assert.deepEqual(await atomErrors(stdout), []);
    assert.match(stdout, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="fr">/);
    // RFC 4287's rules that the grammar leaves to Schematron: an author for the feed, a link for each entry.
    assert.match(stdout, /^ {2}<author><name>Commune de Bellerive \(commune et données inventées\)<\/name><\/author>$/m);
    assert.match(stdout, /<link rel="self" type="application\/atom\+xml" href="https:\/\/mairie\.example\/idees\/suivi\.xml"\/>/);
    const list = entries(stdout);
    assert.equal(list.length, 8);
    assert.equal(stderr, '8 étapes dans le flux\n');
    const dates = list.map((body) => field(body, 'updated'));
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(field(stdout, 'updated'), '2026-06-20T00:00:00Z');
    for (const body of list) assert.match(body, /<link rel="alternate" type="text\/html" href="https:\/\/mairie\.example\/idees\/#boite\.chantier=[a-z-]+"\/>/);
    assert.equal(field(list[0], 'title'), "Des permanences d'information sur le logement dans chaque quartier : Permanences ouvertes dans trois quartiers sur cinq");
    assert.equal(new Set(list.map((body) => field(body, 'id'))).size, list.length, 'ids are unique');
  });

  it('keeps every entry id when the feed is written again with a new step', async () => {
    const before = entries(run('flux', examplePath, '--base', 'https://mairie.example/idees/').stdout).map((body) => field(body, 'id'));
    await writeFile(join(dir, 'etape.csv'), 'id;date;etape\nsport-clubs-ouverts;2026-09-01;Subvention renouvelée, projet relancé\n');
    const merged = run('suivi', 'etape.csv', examplePath);
    await writeFile(join(dir, 'plus.json'), merged.stdout);
    const after = run('flux', 'plus.json', '--base', 'https://mairie.example/idees/', '--id', 'idees');
    assert.deepEqual(await atomErrors(after.stdout), []);
    const ids = entries(after.stdout).map((body) => field(body, 'id'));
    assert.equal(ids.length, before.length + 1);
    assert.deepEqual(ids.slice(1), before);
    assert.match(entries(after.stdout)[0], /href="https:\/\/mairie\.example\/idees\/#idees\.chantier=sport-clubs-ouverts"/);
  });

  it('is valid for a document without any step, and escapes what XML cannot take as is', async () => {
    const empty = run('flux', seedPath, '--base', 'https://mairie.example/');
    assert.equal(empty.code, 0);
    assert.deepEqual(await atomErrors(empty.stdout), []);
    assert.equal(entries(empty.stdout).length, 0);

    const example = JSON.parse(await readFile(examplePath, 'utf8'));
    example.chantiers[0].suivi.etapes[0].texte = 'Réunion <publique> & "ouverte"\u0007';
    await writeFile(join(dir, 'controle.json'), JSON.stringify(example));
    const { code, stdout, stderr } = run('flux', 'controle.json', '--base', 'https://mairie.example/');
    assert.equal(code, 0);
    assert.deepEqual(await atomErrors(stdout), []);
    assert.match(stdout, /<content type="text">Réunion &lt;publique&gt; &amp; &quot;ouverte&quot;\uFFFD<\/content>/);
    assert.match(stderr, /^controle\.json: chantiers\[0\]\.suivi\.etapes\[0\]\.texte : caractère de contrôle impossible en XML, écrit U\+FFFD dans le flux$/m);
  });

  it('wants an absolute http(s) --base', () => {
    assert.equal(run('flux', examplePath).code, 2);
    const relative = run('flux', examplePath, '--base', 'idees.html');
    assert.equal(relative.code, 2);
    assert.match(relative.stderr, /adresse invalide « idees\.html »/);
  });

  it('is checked by a grammar that refuses a broken feed', async () => {
    const { stdout } = run('flux', examplePath, '--base', 'https://mairie.example/');
    assert.notDeepEqual(await atomErrors(stdout.replace('<updated>2026-06-20T00:00:00Z</updated>', '<updated>20 juin 2026</updated>')), []);
    assert.notDeepEqual(await atomErrors(stdout.replace(/<id>[^<]*<\/id>/, '')), []);
  });
});
