// The `boite-a-idees` command line, run as an installed package runs it (./support/installed-cli.mjs):
// `validate` and `import`. Run: node --test test/node/
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { installedCli, root } from './support/installed-cli.mjs';

const seedJsonPath = join(root, 'data/chantiers.json');
const seedTextPath = join(root, 'data/restitution.txt');
let dir;
let run;
let remove;

before(async () => {
  ({ dir, run, remove } = await installedCli('boite-a-idees-cli-'));
});
after(() => remove());

/** 1-based line and column of the first occurrence of `needle`. */
function whereIs(text, needle) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

describe('boite-a-idees validate', () => {
  it('accepts data/chantiers.json with one short OK line', () => {
    const { code, stdout, stderr } = run('validate', seedJsonPath);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, `${seedJsonPath} : valide (3 chantiers)\n`);
  });

  it('names the file, line, column and path of a wrong value, in French or English', async () => {
    const text = await readFile(seedJsonPath, 'utf8');
    const wrong = JSON.stringify(JSON.parse(text).chantiers[1].freins.items[0]);
    await writeFile(join(dir, 'casse.json'), text.replace(wrong, '42'));
    const { line, column } = whereIs(text, wrong);

    const fr = run('validate', 'casse.json');
    assert.equal(fr.code, 1);
    assert.equal(fr.stdout, `casse.json:${line}:${column}: chantiers[1].freins.items[0] : attendu un texte ou {texte, items}, reçu 42\n`);

    const en = run('validate', '--lang', 'en', 'casse.json');
    assert.equal(en.code, 1);
    assert.equal(en.stdout, `casse.json:${line}:${column}: chantiers[1].freins.items[0]: expected a text or {texte, items}, received 42\n`);
  });

  it('points a missing field at its object and an unknown one at its value', async () => {
    const text = await readFile(seedJsonPath, 'utf8');
    const titre = `"titre": ${JSON.stringify(JSON.parse(text).chantiers[2].titre)}`;
    const broken = text.replace(titre, titre.replace('"titre"', '"titr"'));
    await writeFile(join(dir, 'titre.json'), broken);
    const object = whereIs(broken, '{\n      "id": "sante');
    const value = whereIs(broken, `"titr": `);
    const { code, stdout } = run('validate', 'titre.json');
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      `titre.json:${object.line}:${object.column}: chantiers[2].titre : attendu un champ obligatoire, absent ici, reçu undefined`,
      `titre.json:${value.line}:${value.column + 8}: chantiers[2].titr : attendu aucun autre champ (champ inconnu), reçu "titr"`,
    ]);
  });

  it('gives the line and column of invalid JSON, and goes on with the other files', async () => {
    const text = await readFile(seedJsonPath, 'utf8');
    // A trailing comma before the document's last brace, in a file with Windows line endings.
    const last = text.lastIndexOf('}');
    await writeFile(join(dir, 'virgule.json'), `${text.slice(0, last)},${text.slice(last)}`.replace(/\n/g, '\r\n'));
    const line = text.slice(0, last).split('\n').length;
    const { code, stdout } = run('validate', 'virgule.json', seedJsonPath);
    assert.equal(code, 1);
    const [first, second] = stdout.trim().split('\n');
    assert.equal(first, `virgule.json:${line}:2: JSON invalide : caractère inattendu « } »`);
    assert.equal(second, `${seedJsonPath} : valide (3 chantiers)`);
  });

  it('reports unreadable and empty files without a stack trace', async () => {
    await writeFile(join(dir, 'vide.json'), '\n');
    const { code, stdout, stderr } = run('validate', 'absent.json', 'vide.json', '.');
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      'absent.json: lecture impossible : fichier introuvable',
      'vide.json:1:1: le fichier est vide',
      ".: lecture impossible : c'est un dossier, pas un fichier",
    ]);
    assert.equal(stderr, '');
  });

  it('explains its usage and exits 2 when the command line is wrong', () => {
    assert.equal(run('--help').code, 0);
    assert.match(run('--help').stdout, /validate FICHIER/);
    assert.match(run('--help', '--lang', 'en').stdout, /validate FILE/);
    for (const args of [[], ['frobnicate'], ['validate'], ['validate', '--strict', 'x.json'], ['import', 'a', 'b'], ['validate', '--lang', 'de', 'x']]) {
      const { code, stderr } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /boite-a-idees --help/);
    }
  });
});

describe('boite-a-idees import', () => {
  it('turns data/restitution.txt into data/chantiers.json (glossary aside)', async () => {
    const seed = JSON.parse(await readFile(seedJsonPath, 'utf8'));
    const { code, stdout, stderr } = run('import', seedTextPath);
    assert.equal(code, 0, stderr);
    const document = JSON.parse(stdout);
    assert.deepEqual(document.chantiers, seed.chantiers);
    const { glossaire, ...withoutGlossary } = seed;
    assert.ok(glossaire.length > 0);
    assert.deepEqual(document, withoutGlossary);
    // Byte for byte, as the seed is written (two-space indentation, key order).
    assert.equal(stdout, `${JSON.stringify(withoutGlossary, null, 2)}\n`);
    const nonBlank = (await readFile(seedTextPath, 'utf8')).split('\n').filter((line) => line.trim()).length;
    assert.match(stderr, new RegExp(`^${nonBlank} lignes lues, ${nonBlank} placées, 0 signalées$`, 'm'));
    assert.match(stderr, /restitution\.txt:\d+: attention, thématique différente/);
  });

  it('reports the lines it cannot place with their line numbers, on stderr', async () => {
    const lines = (await readFile(seedTextPath, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line.includes('Les freins')) + 1;
    lines.splice(at - 1, 0, 'Calendrier :', '', '- au printemps', '');
    await writeFile(join(dir, 'inconnu.txt'), lines.join('\r\n'));
    const { code, stdout, stderr } = run('import', 'inconnu.txt', '--lang', 'en');
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).chantiers.length, 3);
    assert.match(stderr, new RegExp(`^inconnu\\.txt:${at}: unknown heading.*“Calendrier :”$`, 'm'));
    assert.match(stderr, new RegExp(`^inconnu\\.txt:${at + 2}: text under an unknown heading.*“- au printemps”$`, 'm'));
    assert.match(stderr, /^\d+ lines read, \d+ placed, 2 reported$/m);
  });

  it('exits 1 on an unreadable file', () => {
    const { code, stdout, stderr } = run('import', 'absent.txt');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'absent.txt: lecture impossible : fichier introuvable\n');
  });
});

describe('the package', () => {
  it('declares the bin and a launcher that imports the built command', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.bin?.['boite-a-idees'], 'bin/boite-a-idees.mjs');
    assert.match(pkg.scripts['build:cli'], /scripts\/build-cli\.mjs/);
    assert.match(pkg.scripts.build, /vite build.*build:cli/);
    assert.match(await readFile(join(root, 'bin/boite-a-idees.mjs'), 'utf8'), /import\('\.\.\/dist\/cli\.mjs'\)/);
    assert.match(await readFile(join(dir, 'package/dist/cli.mjs'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});
