/**
 * What the authoring page makes of a word processor's work before the importer reads it: clipboard HTML
 * from Word, LibreOffice and Google Docs (test/fixtures/clipboard/), and .docx / .odt files
 * (test/fixtures/office/, written by scripts/build-office-fixtures.mjs). Each must give the same chantier,
 * with its lists nested as in the document; broken, encrypted, empty or mislabelled files a clear refusal.
 */
import { expect } from '@open-wc/testing';
import { expectLinearGrowth } from './helpers.js';
import { strToU8, zipSync } from 'fflate';
import { importRestitution } from '../src/model/import-restitution.js';
import type { Chantier } from '../src/model/types.js';
import { htmlToTemplate, withoutInlineStyles } from '../src/atelier-boite/paste-html.js';
import { MAX_FILE_BYTES, OfficeFileError, officeFileToTemplate, type OfficeFileProblem } from '../src/atelier-boite/office-file.js';

/** The chantier of every source: the restitution of scripts/build-office-fixtures.mjs, nesting included. */
const EXPECTED: Chantier = {
  id: 'mobilite-auto-ecoles-sociales',
  thematique: 'Mobilité',
  atelier: { titre: 'Atelier Mobilité', question: 'Comment lever les freins à la mobilité des habitants ?' },
  titre: 'Des auto-écoles sociales',
  enjeu: { texte: 'Le permis de conduire reste une condition d’accès à l’emploi.' },
  actions: {
    items: [
      {
        texte: 'Développer les auto-écoles sociales :',
        items: ['financement par la Région', { texte: 'bénévoles retraités', items: ['anciens moniteurs', 'anciens chauffeurs de bus'] }],
      },
      'Organiser des sessions de code dans les centres sociaux',
    ],
  },
  ressources: { items: ['le fonds social européen', 'les missions locales'] },
  gouvernance: {
    roles: [
      { role: 'Pilote', texte: 'la mairie' },
      { role: 'Partenaires', texte: 'les auto-écoles, la mission locale' },
    ],
  },
  freins: { items: [{ texte: 'le coût du permis', items: ['surtout pour les jeunes'] }, 'le manque de moniteurs'] },
};

/** Word's no-break spaces before ":" and "?" are French typography: compare the words, not the spaces. */
const sameSpaces = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/\u00a0/g, ' '));

function expectTheRestitution(text: string) {
  const result = importRestitution(text);
  expect(result.unplaced, JSON.stringify(result.unplaced)).to.deep.equal([]);
  expect(sameSpaces(result.document.chantiers)).to.deep.equal([EXPECTED]);
  expect(sameSpaces(result.document.rencontre?.titre)).to.equal('Rencontre départementale « Égalité des chances »');
  return result;
}

const fetchText = (path: string) => fetch(path).then((response) => response.text());
const fetchBytes = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());

describe('clipboard HTML → the text template', () => {
  for (const name of ['word', 'libreoffice', 'google-docs']) {
    it(`${name}: headings, nested lists, numbered list and table kept`, async () => {
      const text = htmlToTemplate(await fetchText(`/test/fixtures/clipboard/${name}.html`))!;
      expect(text).to.contain('\n- Développer les auto-écoles sociales');
      expect(text).to.match(/\n {2}- financement par la Région\n {2}- bénévoles retraités\n {4}- anciens moniteurs\n/);
      expect(text).to.contain('\n1. le fonds social européen\n2. les missions locales\n');
      expectTheRestitution(text);
    });
  }

  it('Word as it writes its own clipboard (<![if !supportLists]>) gives the same text', async () => {
    const html = await fetchText('/test/fixtures/clipboard/word.html');
    const raw = html.replace(/<!--\[if !supportLists\]-->/g, '<![if !supportLists]>').replace(/<!--\[endif\]-->/g, '<![endif]>');
    expect(raw).to.not.equal(html);
    expect(htmlToTemplate(raw)).to.equal(htmlToTemplate(html));
  });

  it('never runs or loads what the HTML holds: it is read, not shown', async () => {
    let ran = false;
    (window as unknown as { pasted: () => void }).pasted = () => (ran = true);
    const requests = performance.getEntriesByType('resource').length;
    const text = htmlToTemplate(
      '<p>Un paragraphe</p><p><img src="/test-server/status/404?pasted" onerror="pasted()">Deux</p><script>pasted()</script><ul><li onclick="pasted()">Un point</li></ul>',
    );
    // A live image of the same kind fails and reports it; by then the inert one would have too, had it loaded.
    await new Promise((resolve) => {
      const control = new Image();
      control.addEventListener('error', resolve, { once: true });
      control.src = '/test-server/status/404?control';
    });
    expect(ran).to.equal(false);
    const loaded = performance.getEntriesByType('resource').slice(requests).map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('?pasted'))).to.deep.equal([]);
    expect(text).to.equal('Un paragraphe\n\nDeux\n\n- Un point\n');
  });

  it('renames style attributes and drops <style> before parsing (a strict page would report each), text untouched', () => {
    expect(withoutInlineStyles(`<style>p{color:red}</style><p class=x STYLE='a>b' id="y">Le mot style="x" reste.</p><!-- <p style="c"> --><b style=font-weight:700>b</b>`)).to.equal(
      `<p class=x data-boite-style='a>b' id="y">Le mot style="x" reste.</p><!-- <p style="c"> --><b data-boite-style=font-weight:700>b</b>`,
    );
    expect(withoutInlineStyles('<p>a</p><style>p{}')).to.equal('<p>a</p>');
    expect(withoutInlineStyles('a < b, <3 et <styles>')).to.equal('a < b, <3 et <styles>');
  });

  it('reads crafted markup in linear time (unclosed tags, quotes and style elements)', () => {
    for (const unit of ['<style', '<a b="', '<p style', '<!--', '<x ']) {
      const small = unit.repeat(25_000 / unit.length);
      const large = unit.repeat(100_000 / unit.length);
      expectLinearGrowth(() => withoutInlineStyles(small), () => withoutInlineStyles(large), unit);
    }
  });

  it('leaves plain HTML without structure to the plain text (a code editor, one paragraph)', () => {
    expect(htmlToTemplate('<meta charset="utf-8"><div style="color:#d4d4d4"><div><span>{"version": 1,</span></div><div><span>"chantiers": []}</span></div></div>')).to.equal(undefined);
    expect(htmlToTemplate('<span>Une seule ligne</span>')).to.equal(undefined);
  });
});

describe('.docx and .odt → the text template', () => {
  for (const name of ['restitution.docx', 'restitution.odt']) {
    it(`${name}: headings, nested lists (three levels), numbered list and table kept`, async () => {
      const { format, text } = officeFileToTemplate(await fetchBytes(`/test/fixtures/office/${name}`));
      expect(format).to.equal(name.split('.').pop());
      expect(text).to.match(/\n- Développer les auto-écoles sociales :\n {2}- financement par la Région\n {2}- bénévoles retraités\n {4}- anciens moniteurs\n/);
      // A tracked deletion (Word) and a footnote (LibreOffice) are not the paragraph's text.
      expect(text).to.not.contain('encore et toujours');
      expect(text).to.not.contain('Source : enquête');
      expectTheRestitution(text);
    });
  }

  const refused = (bytes: Uint8Array): OfficeFileProblem | undefined => {
    try {
      officeFileToTemplate(bytes);
      return undefined;
    } catch (error) {
      expect(error).to.be.instanceOf(OfficeFileError);
      return (error as OfficeFileError).problem;
    }
  };

  it('refuses, with the reason, what it cannot read', async () => {
    const docx = await fetchBytes('/test/fixtures/office/restitution.docx');
    const bytes = (text: string) => strToU8(text);
    const ole = (extra: string) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504), ...extra.split('').flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(refused(new Uint8Array())).to.equal('empty');
    expect(refused(docx.slice(0, docx.length / 2))).to.equal('broken');
    expect(refused(ole('EncryptionInfo'))).to.equal('encrypted');
    expect(refused(ole('WordDocument'))).to.equal('legacy-word');
    expect(refused(bytes('%PDF-1.7\n%âãÏÓ\n'))).to.equal('pdf');
    expect(refused(bytes('{\\rtf1\\ansi Bonjour}'))).to.equal('rtf');
    expect(refused(bytes('Atelier Logement :\nChantier - "Un titre"'))).to.equal('not-a-document');
    expect(refused(zipSync({ 'xl/workbook.xml': bytes('<workbook/>') }))).to.equal('other-office');
    expect(refused(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) }))).to.equal('other-office');
    expect(refused(zipSync({ mimetype: bytes('application/vnd.oasis.opendocument.text'), 'content.xml': bytes('<office:document-content') }))).to.equal('broken');
    const encryptedOdt = zipSync({
      mimetype: bytes('application/vnd.oasis.opendocument.text'),
      'content.xml': new Uint8Array([0x8f, 0x12, 0x00, 0xff]),
      'META-INF/manifest.xml': bytes('<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA256/1K"/></manifest:file-entry></manifest:manifest>'),
    });
    expect(refused(encryptedOdt)).to.equal('encrypted');
    const blank = zipSync({ 'word/document.xml': bytes('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>') });
    expect(refused(blank)).to.equal('no-text');
    expect(refused(new Uint8Array(MAX_FILE_BYTES + 1))).to.equal('too-large');
  });

  it('refuses a zip bomb before inflating it', () => {
    // 100 MB of spaces compress to about 100 KB: the declared size is refused before anything is inflated.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(100 * 1024 * 1024).fill(32) }, { level: 9 });
    expect(bomb.length).to.be.below(MAX_FILE_BYTES);
    expect(refused(bomb)).to.equal('too-large');
  });
});
