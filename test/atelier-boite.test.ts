import { expect } from '@open-wc/testing';
import { DEFAULT_STORAGE_KEY, type AtelierBoiteElement } from '../src/atelier-boite/atelier-boite.js';
import { importRestitution } from '../src/model/import-restitution.js';
import { parseDocument } from '../src/model/parse-document.js';
import {
  alertOf,
  atelier,
  button,
  captureDownload,
  cards,
  chantiersJson,
  gotoButtons,
  lineAt,
  norm,
  paste,
  previewOf,
  restitution,
  root,
  status,
  textarea,
  TEXT_URL,
} from './atelier-helpers.js';
import { deepText, loadSeed, nextEvent, settle, until } from './helpers.js';

beforeEach(() => localStorage.removeItem(DEFAULT_STORAGE_KEY));
afterEach(() => {
  localStorage.removeItem(DEFAULT_STORAGE_KEY);
  history.replaceState(null, '', location.pathname + location.search);
});


/** Clicks an error's message and checks that it moved focus and caret to the place it names; the field. */
function goesToLine(element: AtelierBoiteElement, message: HTMLButtonElement, offset: number, line: number): HTMLTextAreaElement {
  message.click();
  const field = textarea(element);
  expect(root(element).activeElement).to.equal(field);
  expect(field.selectionStart).to.equal(offset);
  expect(lineAt(field.value, field.selectionStart)).to.equal(line);
  return field;
}

describe('<atelier-boite>', () => {
  it('starts empty: a labelled text field, the actions, a placeholder preview', async () => {
    const element = await atelier();
    const field = textarea(element);
    const label = root(element).querySelector(`label[for="${field.id}"]`)!;
    expect(label.textContent!.trim()).to.equal('Texte de la restitution ou document JSON');
    expect(field.value).to.equal('');
    expect(root(element).querySelector<HTMLInputElement>('input[type="file"]')!.labels![0].textContent!.trim()).to.equal('Ouvrir un fichier (.docx, .odt, .txt, .json)');
    expect(button(element, 'Télécharger le JSON').disabled).to.be.true;
    expect(button(element, 'Tout effacer').disabled).to.be.true;
    expect(cards(element)).to.have.length(0);
    expect(deepText(previewOf(element))).to.contain('L’aperçu s’affichera ici');
    expect(alertOf(element)).to.equal(null);
    expect(element.currentDocument).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('pasting the seed restitution shows its three chantiers, the line counts and the lines to check', async () => {
    const element = await atelier();
    const text = await restitution();
    const event = await paste(element, text);
    expect(event.format).to.equal('text');
    expect(event.errors).to.equal(0);
    expect(event.document!.chantiers).to.have.length(3);

    const seed = await loadSeed();
    const titles = cards(element).map((card) => card.shadowRoot!.querySelector('.title')!.textContent);
    expect(titles).to.deep.equal(seed.chantiers.map((chantier) => chantier.titre));

    const report = importRestitution(text);
    expect(report.unplaced).to.deep.equal([]);
    expect(status(element)).to.contain(`${report.linesRead} lignes lues : ${report.placed} placées, dont ${report.warnings.length} à vérifier ; 0 signalée.`);
    expect(status(element)).to.contain('3 chantiers dans l’aperçu.');
    expect(deepText(root(element))).to.contain('Format reconnu : texte de restitution.');
    // The seed's misplaced "Thématique : Logement" header is placed, and shown as a line to check.
    expect(report.warnings.length).to.be.greaterThan(0);
    const warning = gotoButtons(element).find((candidate) => norm(candidate.textContent).includes(`Ligne ${report.warnings[0].line}`));
    expect(warning, 'the warning is listed with its line').to.exist;
    expect(alertOf(element)).to.equal(null);
    expect(button(element, 'Télécharger le JSON').disabled).to.be.false;
    await expect(element).to.be.accessible();
  });

  it('waits for a pause in the typing before checking (debounce)', async () => {
    const element = await atelier();
    let changes = 0;
    element.addEventListener('atelier-boite-change', () => (changes += 1));
    const field = textarea(element);
    // Three keystrokes in one task: however slow the machine, none of them can reach the end of the pause.
    for (const text of ['{', '{"version"', '{"version": 1']) {
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await element.updateComplete;
    expect(previewOf(element).getAttribute('aria-busy')).to.equal('true');
    expect(changes).to.equal(0);
    expect(status(element)).to.equal('');
    await until(() => changes === 1, 'one change after the pause');
    await element.updateComplete;
    expect(previewOf(element).getAttribute('aria-busy')).to.equal('false');
    // What the author typed stays as typed: the checks never write an older text back into the field.
    expect(field.value).to.equal('{"version": 1');
    expect(element.value).to.equal('{"version": 1');
    field.value = '{"version": 1,';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(field.value).to.equal('{"version": 1,');
    await until(() => changes === 2, 'a second change after the next pause');
    expect(field.value).to.equal('{"version": 1,');
  });

  it('a JSON with a wrong type names the path, the line and the column; the message moves the caret there', async () => {
    const element = await atelier();
    const document = JSON.parse(await chantiersJson());
    document.chantiers[1].freins.items[0] = 4242;
    const text = JSON.stringify(document, null, 2);
    const offset = text.indexOf('4242');
    const line = lineAt(text, offset);
    const column = offset - text.lastIndexOf('\n', offset - 1);

    const event = await paste(element, text);
    expect(event.format).to.equal('json');
    expect(event.errors).to.equal(1);
    expect(event.document).to.equal(undefined);
    expect(deepText(alertOf(element)!)).to.contain('Le document JSON contient 1 erreur');
    const [message] = gotoButtons(element);
    // In the document's terms, 1-based, with the chantier's title: no 0-based path.
    expect(norm(message.textContent)).to.contain(
      'Chantier 2 « lutter contre les discriminations à l\'emploi, et des… », Freins, 1er élément : un texte, ou { "texte": …, "items": [ … ] }, est attendu, reçu 4242',
    );
    expect(norm(message.textContent)).to.not.contain('chantiers[1]');
    expect(norm(message.textContent)).to.contain(`Ligne ${line}, colonne ${column}`);
    expect(textarea(element).getAttribute('aria-invalid')).to.equal('true');
    expect(button(element, 'Télécharger le JSON').disabled).to.be.true;
    expect(cards(element)).to.have.length(0);
    await expect(element).to.be.accessible();

    const field = goesToLine(element, message, offset, line);
    // The field scrolled to the line (about line 137 of 244), and shows it in its upper part, not at an edge.
    expect(field.scrollTop).to.be.greaterThan(0);
    const y = caretY(field) - field.scrollTop;
    expect(y, `caret ${y}px from the top of a ${field.clientHeight}px field`).to.be.within(0, field.clientHeight * 0.6);
  });

  it('lists the errors of a JSON in the order of its lines, each with its own line', async () => {
    const element = await atelier();
    const { glossaire, ...rest } = JSON.parse(await chantiersJson());
    // The glossary written first: the validator reports the chantiers first, the author reads the glossary first.
    const document = { glossaire, ...rest };
    document.glossaire[0].definition = 7;
    document.chantiers[0].freins.items[0] = 4242;
    const text = JSON.stringify(document, null, 2);
    const expected = ['"definition": 7', '4242'].map((needle) => lineAt(text, text.indexOf(needle)));
    expect(expected[0]).to.be.lessThan(expected[1]);
    await paste(element, text);
    expect(status(element)).to.equal('Document JSON : 2 erreurs.');
    const lines = gotoButtons(element).map((message) => Number(/Ligne (\d+)/.exec(norm(message.textContent))![1]));
    expect(lines).to.deep.equal(expected);
  });

  it('a JSON syntax error names its line and column; the message moves the caret there', async () => {
    const element = await atelier();
    const seed = await chantiersJson();
    expect(seed).to.contain('"version": 1,');
    const text = seed.replace('"version": 1,', '"version": 1');
    // The scanner stops at the next key; the slip is at the end of the line before: the caret goes there.
    const offset = text.indexOf('"version": 1') + '"version": 1'.length;
    const line = lineAt(text, offset);
    const column = offset - text.lastIndexOf('\n', offset - 1);

    const event = await paste(element, text);
    expect(event.format).to.equal('json');
    expect(event.errors).to.equal(1);
    expect(alertOf(element)).to.exist;
    const [message] = gotoButtons(element);
    expect(norm(message.textContent)).to.contain(`Ligne ${line}, colonne ${column}`);
    expect(norm(message.textContent)).to.contain('JSON mal formé : caractère inattendu « " » — il manque sans doute une virgule à la fin de cette ligne');
    await expect(element).to.be.accessible();

    goesToLine(element, message, offset, line);
  });

  it('a key written twice is an error at its second place, and nothing can be downloaded', async () => {
    const element = await atelier();
    const seed = await chantiersJson();
    const titre = '"titre": "Rencontre';
    expect(seed).to.contain(titre);
    // The meeting's title written twice: JSON.parse would keep the second one, silently.
    const text = seed.replace(titre, `"titre": "Un autre titre",\n    ${titre}`);
    const offset = text.indexOf(titre);

    const event = await paste(element, text);
    expect(event.errors).to.equal(1);
    expect(event.document).to.equal(undefined);
    expect(button(element, 'Télécharger le JSON').disabled).to.be.true;
    const [message] = gotoButtons(element);
    expect(norm(message.textContent)).to.contain(`Ligne ${lineAt(text, offset)}, colonne 5`);
    expect(norm(message.textContent)).to.contain('champ écrit deux fois dans le même objet');
    await expect(element).to.be.accessible();
    message.click();
    expect(textarea(element).selectionStart).to.equal(offset);
  });

  it('lists each line of a text it could not place, with its number; a click selects that line', async () => {
    const element = await atelier();
    const seed = await restitution();
    const text = seed.replace('Chantier - "Un accès', 'Une note volante\n\nChantier - "Un accès');
    const report = importRestitution(text);
    expect(report.unplaced.length, 'the stray line is reported by the importer').to.equal(1);
    const { line } = report.unplaced[0];

    const event = await paste(element, text);
    expect(event.unplaced).to.equal(1);
    expect(status(element)).to.contain(`${report.linesRead} lignes lues : ${report.placed} placées, dont ${report.warnings.length} à vérifier ; 1 signalée.`);
    const message = gotoButtons(element).find((candidate) => norm(candidate.textContent).includes('Une note volante'))!;
    expect(norm(message.textContent)).to.contain(`Ligne ${line}`);
    expect(deepText(root(element))).to.contain('1 ligne signalée, hors du document');
    await expect(element).to.be.accessible();

    message.click();
    const field = textarea(element);
    expect(root(element).activeElement).to.equal(field);
    expect(lineAt(field.value, field.selectionStart)).to.equal(line);
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).to.equal('Une note volante');
  });

  it('keeps the last valid preview while the JSON is broken by typing, and says so', async () => {
    const element = await atelier();
    const seed = await chantiersJson();
    await paste(element, seed);
    expect(cards(element)).to.have.length(3);
    await paste(element, seed.slice(0, -5));
    expect(cards(element)).to.have.length(3);
    expect(deepText(previewOf(element))).to.contain('cet aperçu montre son dernier état valide');
    await expect(element).to.be.accessible();
  });

  it('downloads chantiers.json: the current document, valid, 2-space indented, "$schema" first', async () => {
    const element = await atelier();
    await paste(element, await restitution());
    // The seed has two lines to check: the download asks first.
    button(element, 'Télécharger le JSON').click();
    const dialog = root(element).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const captured = await captureDownload(() => button(element, 'Télécharger quand même').click());
    expect(captured.name).to.equal('chantiers.json');
    expect(captured.blob.type).to.equal('application/json');
    const text = await captured.blob.text();
    const json = JSON.parse(text);
    expect(text).to.equal(`${JSON.stringify(json, null, 2)}\n`);
    expect(Object.keys(json)[0]).to.equal('$schema');
    expect(json.$schema).to.equal('./chantiers.schema.json');
    const parsed = parseDocument(json);
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors)).to.be.true;
    expect(json.chantiers.map((chantier: { id: string }) => chantier.id)).to.deep.equal((await loadSeed()).chantiers.map((chantier) => chantier.id));
    expect(status(element)).to.contain('chantiers.json téléchargé.');
  });

  it('downloads a pasted JSON document unchanged in content', async () => {
    const element = await atelier();
    await paste(element, await chantiersJson());
    const captured = await captureDownload(() => button(element, 'Télécharger le JSON').click());
    expect(JSON.parse(await captured.blob.text())).to.deep.equal(await loadSeed());
  });

  it('keeps the draft across a reload, even one right after a keystroke', async () => {
    const text = await restitution();
    const first = await atelier();
    await paste(first, text);
    first.parentElement!.remove();

    const second = await atelier();
    expect(textarea(second).value).to.equal(text);
    expect(cards(second)).to.have.length(3);
    expect(status(second)).to.contain('3 chantiers dans l’aperçu.');

    // Typed, then the page goes away before the pause: the draft is saved all the same.
    const field = textarea(second);
    field.value = `${text}\nUne dernière ligne`;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    second.parentElement!.remove();
    const third = await atelier();
    expect(textarea(third).value).to.equal(`${text}\nUne dernière ligne`);
  });

  it('keeps no draft with an empty storage-key', async () => {
    const element = await atelier({ attributes: { 'storage-key': '' } });
    await paste(element, await restitution());
    expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
  });

  it('says so when the storage of the browser is full, and keeps the text in the field', async () => {
    const element = await atelier();
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await paste(element, await restitution());
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(status(element)).to.contain('Le stockage de ce navigateur est plein');
    expect(textarea(element).value).to.equal(await restitution());
    expect(cards(element)).to.have.length(3);
  });

  it('loads the example, clears, and restores the previous text', async () => {
    const element = await atelier({ attributes: { 'example-src': TEXT_URL } });
    let changed = nextEvent(element, 'atelier-boite-change');
    button(element, 'Reprendre l’exemple').click();
    expect((await changed).document!.chantiers).to.have.length(3);
    await settle(element);
    expect(textarea(element).value).to.equal(await restitution());
    expect(status(element)).to.match(/^Exemple chargé\. /);
    expect(cards(element)).to.have.length(3);

    changed = nextEvent(element, 'atelier-boite-change');
    button(element, 'Tout effacer').click();
    expect((await changed).format).to.equal('empty');
    await settle(element);
    expect(textarea(element).value).to.equal('');
    expect(root(element).activeElement).to.equal(textarea(element));
    expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
    expect(cards(element)).to.have.length(0);
    expect(status(element)).to.equal('Texte effacé.');

    changed = nextEvent(element, 'atelier-boite-change');
    button(element, 'Rétablir le texte précédent').click();
    await changed;
    await settle(element);
    expect(textarea(element).value).to.equal(await restitution());
    expect(cards(element)).to.have.length(3);
  });

  it('says so when the example cannot be loaded', async () => {
    const element = await atelier({ attributes: { 'example-src': '/test-server/status/404' } });
    button(element, 'Reprendre l’exemple').click();
    await until(() => alertOf(element), 'an alert');
    expect(deepText(alertOf(element)!)).to.contain('/test-server/status/404');
    expect(deepText(alertOf(element)!)).to.contain('404');
    await expect(element).to.be.accessible();
  });

  /** Opens a file through the "Ouvrir un fichier" input, as an author's click would. */
  const openFile = (element: AtelierBoiteElement, file: File) => {
    const input = root(element).querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('refuses a Windows-1252 file at its first bad byte and keeps the text as it was; reads UTF-16 with its mark', async () => {
    const element = await atelier();
    await paste(element, 'Mon brouillon');
    // "Un accès" as Notepad writes it in Windows-1252: "è" is the single byte 0xE8.
    openFile(element, new File([new Uint8Array([...new TextEncoder().encode('Atelier :\r\nUn acc'), 0xe8, ...new TextEncoder().encode('s')])], 'vieux.txt'));
    await until(() => alertOf(element), 'an alert');
    const message = norm(alertOf(element)!.textContent);
    expect(message).to.contain('vieux.txt n’a pas été ouvert (ligne 2, colonne 7) : ce n\'est pas du texte UTF-8 : octet 0xE8 inattendu (octet n° 18 du fichier)');
    expect(message).to.contain('Enregistrez-le en UTF-8');
    expect(message).to.contain('Votre texte reste tel quel.');
    expect(textarea(element).value).to.equal('Mon brouillon');
    expect(deepText(root(element))).not.to.contain('\ufffd');
    await expect(element).to.be.accessible();

    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Un accès'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const changed = nextEvent(element, 'atelier-boite-change');
    openFile(element, new File([utf16], 'unicode.txt'));
    await changed;
    expect(textarea(element).value).to.equal('Un accès');
  });

  it('opens a .json file', async () => {
    const element = await atelier();
    const input = root(element).querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([await chantiersJson()], 'chantiers.json', { type: 'application/json' }));
    input.files = transfer.files;
    const changed = nextEvent(element, 'atelier-boite-change');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const event = await changed;
    await settle(element);
    expect(event.format).to.equal('json');
    expect(event.errors).to.equal(0);
    expect(status(element)).to.contain('Fichier chantiers.json ouvert.');
    expect(status(element)).to.contain('Document JSON valide : 3 chantiers.');
    expect(cards(element)).to.have.length(3);
    await expect(element).to.be.accessible();
  });

  it('fires no event when the owner sets the value', async () => {
    const element = await atelier();
    let changes = 0;
    element.addEventListener('atelier-boite-change', () => (changes += 1));
    element.value = await chantiersJson();
    await settle(element);
    expect(cards(element)).to.have.length(3);
    expect(textarea(element).value).to.equal(element.value);
    // Past the typing pause (debounce) that would fire an event for a visitor's change.
    await new Promise((resolve) => setTimeout(resolve, element.debounce + 1));
    await settle(element);
    expect(changes).to.equal(0);
    expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
  });

  it('gives its look (color-scheme, design) to its follow-up section, as to its preview', async () => {
    const element = await atelier({ attributes: { 'color-scheme': 'dark', design: 'dsfr' } });
    const suivi = root(element).querySelector('atelier-suivi')!;
    await suivi.updateComplete;
    expect([suivi.getAttribute('color-scheme'), suivi.getAttribute('design')]).to.deep.equal(['dark', 'dsfr']);
    // What shows: the DSFR's grey border, in its dark variant, above the section.
    expect(getComputedStyle(suivi.shadowRoot!.querySelector('section')!).borderTopColor).to.equal('rgb(53, 53, 53)');
  });

  it('speaks English under lang="en"', async () => {
    const element = await atelier({ lang: 'en' });
    expect(button(element, 'Download the JSON').disabled).to.be.true;
    const document = JSON.parse(await chantiersJson());
    document.chantiers[1].freins.items[0] = 4242;
    await paste(element, JSON.stringify(document, null, 2));
    expect(deepText(alertOf(element)!)).to.contain('The JSON document has 1 error');
    expect(norm(gotoButtons(element)[0].textContent)).to.match(/Line \d+, column 11/);
    expect(norm(gotoButtons(element)[0].textContent)).to.contain(
      'Project 2 “lutter contre les discriminations à l\'emploi, et des…”, Freins (obstacles), 1st item: a text, or { "texte": …, "items": [ … ] }, is expected, received 4242',
    );
    expect(textarea(element).getAttribute('lang')).to.equal('fr');
    await expect(element).to.be.accessible();
  });
});

/**
 * How far below the top of a textarea's text its caret is, lines wrapped as the field wraps them: measured
 * on a copy of the field (same width, font and spacing) holding the text up to the caret.
 */
function caretY(field: HTMLTextAreaElement): number {
  const style = getComputedStyle(field);
  const copy = document.createElement('div');
  for (const name of ['box-sizing', 'width', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'tab-size',
    'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width',
    'border-bottom-width', 'border-left-width', 'border-style', 'white-space', 'overflow-wrap', 'word-break', 'overflow-y', 'scrollbar-gutter']) {
    copy.style.setProperty(name, style.getPropertyValue(name));
  }
  copy.style.position = 'absolute';
  copy.style.visibility = 'hidden';
  copy.textContent = field.value.slice(0, field.selectionStart);
  const marker = document.createElement('span');
  marker.textContent = '|';
  copy.append(marker);
  document.body.append(copy);
  const y = marker.offsetTop;
  copy.remove();
  return y;
}
