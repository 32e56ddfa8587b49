/**
 * <atelier-boite> with what officers actually bring: a paste from Word, LibreOffice or Google Docs, a
 * .docx or .odt file (picked or dropped), files it must refuse without touching the draft; the messages
 * grouped by cause and all reachable; JSON errors in plain French with hints; the confirmation before a
 * download that would leave lines out; the analysis off the page's main thread.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_STORAGE_KEY, type AtelierBoiteElement } from '../src/atelier-boite/atelier-boite.js';
import { MAX_FILE_BYTES } from '../src/atelier-boite/file-kind.js';
import {
  alertOf,
  atelier,
  button,
  captureDownload,
  cards,
  chantiersJson,
  gotoButtons,
  norm,
  paste,
  restitution,
  root,
  status,
  textarea,
} from './atelier-helpers.js';
import { deepQueryAll, nextEvent, settle, until } from './helpers.js';

const fetchText = (path: string) => fetch(path).then((response) => response.text());
const fetchBlob = (path: string) => fetch(path).then((response) => response.blob());

/** The nesting the preview shows: for each obstacle of the first card, its text and its sub-items. */
function previewActions(element: AtelierBoiteElement): string[] {
  const card = deepQueryAll(element, 'chantier-card')[0];
  // Every nested list item of the card's actions, as "depth:text".
  const items = deepQueryAll<HTMLLIElement>(card, 'li');
  return items
    .map((item) => {
      let depth = 0;
      for (let parent = item.parentElement; parent; parent = parent.parentElement) if (parent.localName === 'li') depth += 1;
      // The item's own words: its text and inline elements (glossary <abbr>), not its nested list.
      const own = [...item.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'ul'))
        .map((node) => node.textContent)
        .join('');
      return `${depth}:${norm(own)}`;
    })
    .filter((entry) => /financement|bénévoles|anciens moniteurs|Développer/.test(entry));
}
const NESTED = ['0:Développer les auto-écoles sociales :', '1:financement par la Région', '1:bénévoles retraités', '2:anciens moniteurs'];

/** A paste as the browser fires it: a ClipboardEvent carrying both flavours, on the focused, selected field. */
async function pasteClipboard(element: AtelierBoiteElement, flavours: Record<string, string>) {
  const field = textarea(element);
  field.focus();
  field.select();
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(flavours)) data.setData(type, value);
  const changed = nextEvent(element, 'atelier-boite-change');
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Firefox gives a constructed ClipboardEvent an empty DataTransfer of its own: hand it ours, as a real paste would.
  if (!event.clipboardData?.types.length) Object.defineProperty(event, 'clipboardData', { value: data });
  const notCancelled = field.dispatchEvent(event);
  // No rich content: the browser would insert the plain text itself; a synthetic event does not, so do it here.
  if (notCancelled) {
    field.setRangeText(flavours['text/plain'] ?? '', field.selectionStart, field.selectionEnd, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  }
  await changed;
  await settle(element);
  return { converted: !notCancelled };
}

/** Picks a file with the file input, as the author does. */
async function pick(element: AtelierBoiteElement, file: File) {
  const input = root(element).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The seed with `lines` inserted after the first workshop's question, where nothing is placed: the lines
 * are reported "hors de tout chantier". `at` is the 1-based number of the first one.
 */
function withLines(seed: string, lines: string[]): { text: string; at: number } {
  const all = seed.split('\n');
  const index = all.findIndex((line) => line.startsWith('Thématique : Logement'));
  all.splice(index, 0, ...lines, '');
  return { text: all.join('\n'), at: index + 1 };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<atelier-boite>: pasting from a word processor', () => {
  for (const source of ['word', 'libreoffice', 'google-docs']) {
    it(`${source}: the clipboard's HTML becomes the text template, and the preview keeps the nesting`, async () => {
      const element = await atelier();
      const html = await fetchText(`/test/fixtures/clipboard/${source}.html`);
      const { converted } = await pasteClipboard(element, { 'text/html': html, 'text/plain': 'Développer les auto-écoles sociales : financement par la Région bénévoles retraités' });
      expect(converted).to.equal(true);
      expect(textarea(element).value).to.match(/\n- Développer les auto-écoles sociales\s?:\n {2}- financement par la Région\n/);
      expect(status(element)).to.contain('Collé avec sa mise en forme');
      expect(cards(element)).to.have.length(1);
      expect(previewActions(element)).to.deep.equal(NESTED.map((entry) => entry.replace(' :', source === 'word' ? '\u00a0:' : ' :')).map(norm));
      await expect(element).to.be.accessible();
    });
  }

  it('keeps the field’s own undo: Ctrl+Z after the paste gives back the text before it', async () => {
    const element = await atelier();
    await paste(element, 'Un texte tapé avant.');
    await pasteClipboard(element, { 'text/html': await fetchText('/test/fixtures/clipboard/libreoffice.html'), 'text/plain': 'x' });
    expect(textarea(element).value).to.contain('Développer');
    textarea(element).focus();
    expect(document.execCommand('undo'), 'the field has an undo step for the paste').to.equal(true);
    expect(textarea(element).value).to.equal('Un texte tapé avant.');
  });

  it('pastes plain text as it is when the HTML has no structure, or when it is JSON', async () => {
    const element = await atelier();
    const json = await chantiersJson();
    const { converted } = await pasteClipboard(element, { 'text/html': `<pre>${json}</pre><p>a</p><p>b</p>`, 'text/plain': json });
    expect(converted).to.equal(false);
    expect(textarea(element).value).to.equal(json);
    expect(status(element)).to.contain('Document JSON valide');
  });

  it('a paste over the whole text keeps that text among the previous drafts', async () => {
    const element = await atelier();
    await paste(element, await restitution());
    await pasteClipboard(element, { 'text/plain': 'Autre chose' });
    const kept = JSON.parse(localStorage.getItem(`${DEFAULT_STORAGE_KEY}:precedents`)!);
    expect(kept.map((entry: { text: string }) => entry.text)).to.deep.equal([await restitution()]);
  });
});

describe('<atelier-boite>: opening the officer’s file', () => {
  for (const [name, format] of [
    ['restitution.docx', 'Word'],
    ['restitution.odt', 'LibreOffice'],
  ]) {
    it(`${name}: picked or dropped, it becomes the text template, and the preview keeps the nesting`, async () => {
      const element = await atelier();
      const file = new File([await fetchBlob(`/test/fixtures/office/${name}`)], name);
      let changed = nextEvent(element, 'atelier-boite-change');
      await pick(element, file);
      expect((await changed).document!.chantiers).to.have.length(1);
      await settle(element);
      expect(status(element)).to.contain(`Fichier ${name} ouvert (${format})`);
      expect(textarea(element).value).to.match(/\n {2}- bénévoles retraités\n {4}- anciens moniteurs\n/);
      expect(previewActions(element)).to.deep.equal(NESTED);
      await expect(element).to.be.accessible();

      // Dropped on the field, the same.
      button(element, 'Tout effacer').click();
      await settle(element);
      changed = nextEvent(element, 'atelier-boite-change');
      const drop = new DataTransfer();
      drop.items.add(file);
      textarea(element).dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true, composed: true }));
      await changed;
      await settle(element);
      expect(previewActions(element)).to.deep.equal(NESTED);
    });
  }

  it('refuses broken, encrypted, empty, huge and mislabelled files with a clear message, and never replaces the draft', async () => {
    const element = await atelier();
    const draft = await restitution();
    await paste(element, draft);
    let changes = 0;
    element.addEventListener('atelier-boite-change', () => (changes += 1));
    const docx = new Uint8Array(await (await fetchBlob('/test/fixtures/office/restitution.docx')).arrayBuffer());
    const ole = (stream: string) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504), ...[...stream].flatMap((char) => [char.charCodeAt(0), 0])]);
    const cases: [File, RegExp][] = [
      [new File([docx.slice(0, 1500)], 'coupé.docx'), /Le fichier coupé\.docx est endommagé ou incomplet/],
      [new File([ole('EncryptionInfo')], 'secret.docx'), /Le fichier secret\.docx est protégé par un mot de passe/],
      [new File([ole('WordDocument')], 'ancien.doc'), /Le fichier ancien\.doc est un document Word de l’ancien format \(\.doc\)/],
      [new File([], 'vide.odt'), /Le fichier vide\.odt est vide/],
      [new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'énorme.docx'), /Le fichier énorme\.docx est trop gros/],
      [new File(['%PDF-1.7\n'], 'restitution.docx'), /Le fichier restitution\.docx est un PDF/],
      [new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'photo.txt'), /Le fichier photo\.txt n’est pas un texte/],
    ];
    for (const [file, message] of cases) {
      await pick(element, file);
      await until(() => message.test(norm(alertOf(element)?.textContent ?? '')), file.name);
      expect(norm(alertOf(element)!.textContent)).to.contain('Votre texte reste tel quel.');
      expect(textarea(element).value, file.name).to.equal(draft);
    }
    await expect(element).to.be.accessible();
    expect(changes, 'the draft never changed').to.equal(0);
  });

  it('reads a file that is not what its name says for what it is', async () => {
    const element = await atelier();
    // A LibreOffice document named .docx: read as LibreOffice; a text named .docx: read as text.
    await pick(element, new File([await fetchBlob('/test/fixtures/office/restitution.odt')], 'restitution.docx'));
    await until(() => cards(element).length === 1, 'the .odt read');
    expect(status(element)).to.contain('(LibreOffice)');
    const changed = nextEvent(element, 'atelier-boite-change');
    await pick(element, new File([await restitution()], 'restitution.docx'));
    await changed;
    await settle(element);
    expect(textarea(element).value).to.equal(await restitution());
    expect(cards(element)).to.have.length(3);
  });
});

describe('<atelier-boite>: messages an officer can act on', () => {
  it('groups the reported lines by cause, with counts and what to do; every one is reachable; the panel scrolls', async () => {
    const element = await atelier();
    const stray = Array.from({ length: 150 }, (_, index) => `Une note volante numéro ${index + 1}.`);
    const { text, at } = withLines(await restitution(), stray);
    await paste(element, text);
    const group = root(element).querySelector<HTMLDetailsElement>('details.group')!;
    expect(norm(group.querySelector('summary')!.textContent)).to.equal(
      '150 lignes hors de tout chantier : placez-les sous une rubrique d’un chantier, ou ajoutez au-dessus une ligne « Chantier - "Titre" ».',
    );
    expect(group.querySelectorAll('button.goto')).to.have.length(100);
    const more = button(element, 'Afficher 50 de plus');
    more.click();
    await settle(element);
    expect(group.querySelectorAll('button.goto')).to.have.length(150);
    expect(norm(group.querySelectorAll('button.goto')[149].textContent)).to.contain(`Ligne ${at + 149} — « Une note volante numéro 150. »`);
    // The panel scrolls on its own: its height is bounded, its content is not.
    const report = root(element).querySelector<HTMLElement>('.report')!;
    expect(getComputedStyle(report).overflowY).to.equal('auto');
    expect(report.scrollHeight).to.be.greaterThan(report.clientHeight * 3);
    expect(report.clientHeight).to.be.below(window.innerHeight);
    await expect(element).to.be.accessible();
  });

  it('the counts say placed, to check and reported honestly', async () => {
    const element = await atelier();
    const text = ['Atelier Mobilité', 'Comment se déplacer ?', 'Chantier 1 - "Auto-écoles"', 'Enjeu', '- le permis', 'Ressources', '- la Région', '', 'Calendrier :', '', '- printemps'].join('\n');
    const event = await paste(element, text);
    expect(event.unplaced).to.equal(2);
    expect(event.toCheck).to.equal(3);
    expect(status(element)).to.contain('9 lignes lues : 7 placées, dont 3 à vérifier ; 2 signalées.');
    expect(norm(root(element).textContent)).to.contain('3 lignes à vérifier');
    const guessed = gotoButtons(element).find((candidate) => norm(candidate.textContent).includes('« Ressources »'))!;
    expect(norm(guessed.textContent)).to.contain('lue comme « Les ressources à mobiliser »');
  });

  it('JSON: the usual slips get a hint and send the caret to the slip', async () => {
    const element = await atelier();
    const seed = await chantiersJson();
    const cases: [string, string, (text: string) => number][] = [
      // The last entry of the glossary followed by a comma.
      [seed.replace(/\}\n {2}\]\n\}\n$/, '},\n  ]\n}\n'), 'virgule en trop', (text) => text.lastIndexOf('},') + 1],
      [seed.replace('"version": 1,', '"version": “1”,'), 'guillemets typographiques', (text) => text.indexOf('“1”')],
      [seed.replace('"version": 1,', '"version": 1'), 'il manque sans doute une virgule', (text) => text.indexOf('"version": 1') + '"version": 1'.length],
    ];
    for (const [text, hint, offset] of cases) {
      await paste(element, text);
      const [message] = gotoButtons(element);
      expect(norm(message.textContent)).to.contain(hint);
      message.click();
      expect(textarea(element).selectionStart, hint).to.equal(offset(text));
    }
  });

  it('JSON: an unknown field and a missing one, named in the document’s terms', async () => {
    const element = await atelier();
    const document = JSON.parse(await chantiersJson());
    document.chantiers[0].tittre = 'faute de frappe';
    delete document.chantiers[2].thematique;
    await paste(element, JSON.stringify(document, null, 2));
    const messages = gotoButtons(element).map((message) => norm(message.textContent));
    expect(messages.some((text) => text.includes('Chantier 1 « Un accès équitable au logement » : le champ "tittre" n’existe pas dans le format (une faute de frappe ?)'))).to.equal(true);
    expect(messages.some((text) => text.includes('Chantier 3 « Créer un réseau de vigilance pour lutter contre les… », thématique : ce champ obligatoire manque')), messages.join('\n')).to.equal(true);
  });

  it('asks before downloading while lines are reported or to check, and says what is at stake', async () => {
    const element = await atelier();
    await paste(element, withLines(await restitution(), ['Une note volante.']).text);
    button(element, 'Télécharger le JSON').click();
    const dialog = root(element).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(norm(dialog.textContent)).to.contain('1 ligne signalée ne sera pas dans le fichier');
    expect(norm(dialog.textContent)).to.contain('2 lignes à vérifier y seront à la place devinée');
    await expect(element).to.be.accessible();
    // "Revoir les lignes": no download, and the first message has the focus.
    let downloads = 0;
    const original = URL.createObjectURL;
    URL.createObjectURL = (object) => {
      downloads += 1;
      return original.call(URL, object);
    };
    try {
      button(element, 'Revoir les lignes').click();
      await until(() => !dialog.open && root(element).activeElement === gotoButtons(element)[0], 'the dialog closes, the first message has the focus');
      expect(downloads).to.equal(0);
    } finally {
      URL.createObjectURL = original;
    }
    button(element, 'Télécharger le JSON').click();
    const captured = await captureDownload(() => button(element, 'Télécharger quand même').click());
    expect(JSON.parse(await captured.blob.text()).chantiers).to.have.length(3);
  });

  it('downloads at once when nothing is reported or to check', async () => {
    const element = await atelier();
    await paste(element, await chantiersJson());
    const captured = await captureDownload(() => button(element, 'Télécharger le JSON').click());
    expect(captured.name).to.equal('chantiers.json');
    expect(root(element).querySelector('dialog')!.open).to.equal(false);
  });
});

describe('<atelier-boite>: the analysis never freezes the page', () => {
  /** A 100 KB restitution that once took minutes: a chantier title of no-break spaces (issue 14). */
  const crafted = () => `Chantier - "${'\u00a0'.repeat(50_000)}x\n${'Enjeu\n- une ligne\n'.repeat(2_500)}`;

  it('runs in a Worker: the page answers while a long paste is analysed', async () => {
    const element = await atelier({ attributes: { debounce: '0' } });
    const field = textarea(element);
    field.value = crafted();
    const changed = nextEvent(element, 'atelier-boite-change');
    let ticked = false;
    let analysed = false;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // Two turns of the page's event loop after the debounce: a Worker leaves them free while it works.
    setTimeout(() => setTimeout(() => (ticked = !analysed), 0), 0);
    await changed.then(() => (analysed = true));
    expect(element.analysisMode).to.equal('worker');
    expect(ticked, 'the page ran other work while the text was analysed').to.equal(true);
    await settle(element);
    expect(status(element)).to.match(/lignes lues/);
  });

  it('restores a long stored draft without blocking the page', async () => {
    localStorage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ format: 'boite-a-idees:brouillon', text: crafted(), savedAt: Date.now() - 60_000, tab: 'autre' }));
    const wrapper = document.createElement('div');
    const element = document.createElement('atelier-boite');
    wrapper.append(element);
    document.body.append(wrapper);
    try {
      // One turn of the event loop after the page shows it, the draft is in the field and the page is free,
      // the analysis still running in the Worker (a synchronous one would have held the page to its end).
      const atTick = await new Promise<{ length: number; status: string }>((resolve) =>
        setTimeout(() => resolve({ length: textarea(element).value.length, status: status(element) }), 0),
      );
      expect(atTick.length).to.be.greaterThan(90_000);
      expect(atTick.status).to.not.contain('lignes lues');
      expect(element.analysisMode).to.equal('worker');
      await settle(element);
      expect(status(element)).to.match(/^Brouillon du .* repris\./);
    } finally {
      wrapper.remove();
    }
  });
});
