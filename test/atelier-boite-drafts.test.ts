/**
 * <atelier-boite> loses nothing the author wrote: the draft is timestamped, texts replaced by an action
 * stay restorable after a reload, an older draft is never restored without saying so, a full storage is
 * said (and the text stays in the field), another tab's changes are noticed before they are overwritten.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_STORAGE_KEY, type AtelierBoiteElement } from '../src/atelier-boite/atelier-boite.js';
import { alertOf, atelier, button, chantiersJson, norm, paste, restitution, root, status, textarea, TEXT_URL } from './atelier-helpers.js';
import { nextEvent, settle, until } from './helpers.js';

const KEY = DEFAULT_STORAGE_KEY;
const HISTORY = `${KEY}:precedents`;
const stored = () => JSON.parse(localStorage.getItem(KEY)!) as { format: string; text: string; savedAt: number; tab: string };
const kept = () => (JSON.parse(localStorage.getItem(HISTORY) ?? '[]') as { text: string; savedAt: number }[]).map((entry) => entry.text);
/** The page goes away and comes back: the element is removed, and a new one reads the storage. */
async function reload(element: AtelierBoiteElement): Promise<AtelierBoiteElement> {
  element.parentElement!.remove();
  return atelier({ attributes: { 'example-src': TEXT_URL } });
}
/** What another tab does: write the draft, then the browser tells this tab with a `storage` event. */
function otherTabWrites(text: string, savedAt = Date.now()) {
  const oldValue = localStorage.getItem(KEY);
  const newValue = JSON.stringify({ format: 'boite-a-idees:brouillon', text, savedAt, tab: 'autre-onglet' });
  localStorage.setItem(KEY, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue, newValue, storageArea: localStorage }));
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<atelier-boite>: drafts that survive', () => {
  it('keeps the draft with its time, and says which draft it restored', async () => {
    const before = Date.now();
    const first = await atelier();
    await paste(first, await restitution());
    expect(stored()).to.include({ format: 'boite-a-idees:brouillon', text: await restitution() });
    expect(stored().savedAt).to.be.within(before, Date.now());
    const second = await reload(first);
    expect(textarea(second).value).to.equal(await restitution());
    expect(status(second)).to.match(/^Brouillon du \d{1,2} \S+ à \d{2}:\d{2} repris\./);
  });

  it('reads the plain-text draft an earlier version of the page kept', async () => {
    localStorage.setItem(KEY, await restitution());
    const element = await atelier();
    expect(textarea(element).value).to.equal(await restitution());
    expect(status(element)).to.match(/^Brouillon repris\./);
  });

  it('the example, clearing, a file or a previous draft never destroy the text they replace: it is restorable after a reload', async () => {
    let element = await atelier({ attributes: { 'example-src': TEXT_URL } });
    await paste(element, 'Mon premier texte, tapé à la main.');
    let changed = nextEvent(element, 'atelier-boite-change');
    button(element, 'Reprendre l’exemple').click();
    await changed;
    changed = nextEvent(element, 'atelier-boite-change');
    button(element, 'Tout effacer').click();
    await changed;
    expect(kept()).to.deep.equal([await restitution(), 'Mon premier texte, tapé à la main.']);

    element = await reload(element);
    expect(textarea(element).value).to.equal('');
    const drafts = root(element).querySelector<HTMLDetailsElement>('[part="drafts"]')!;
    expect(norm(drafts.querySelector('summary')!.textContent)).to.equal('Brouillons précédents (2)');
    drafts.open = true;
    await expect(element).to.be.accessible();
    const restoreButtons = [...drafts.querySelectorAll('button')];
    expect(restoreButtons.map((each) => each.getAttribute('aria-label'))).to.satisfy((labels: string[]) => labels.every((label) => /^Reprendre le brouillon du /.test(label)));
    expect(norm(drafts.querySelectorAll('li')[1].textContent)).to.contain('1 ligne — « Mon premier texte, tapé à la main. »');
    changed = nextEvent(element, 'atelier-boite-change');
    restoreButtons[1].click();
    await changed;
    await settle(element);
    expect(textarea(element).value).to.equal('Mon premier texte, tapé à la main.');
    expect(status(element)).to.contain('le texte qu’il remplace est gardé parmi les brouillons précédents');
    // The restored draft left the list; the empty text it replaced is not worth keeping.
    expect(kept()).to.deep.equal([await restitution()]);
  });

  it('keeps at most five previous drafts, the newest first', async () => {
    const element = await atelier();
    for (let n = 1; n <= 7; n += 1) {
      await paste(element, `Texte ${n}`);
      const changed = nextEvent(element, 'atelier-boite-change');
      button(element, 'Tout effacer').click();
      await changed;
    }
    expect(kept()).to.deep.equal(['Texte 7', 'Texte 6', 'Texte 5', 'Texte 4', 'Texte 3']);
  });

  it('never restores an older draft silently: after a failed save, the reload says the draft is older', async () => {
    const element = await atelier();
    await paste(element, await restitution());
    // The storage refuses the next save (full), but takes the few bytes of the failure's date.
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (value.length > 100) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
    try {
      await paste(element, `${await restitution()}\nUne ligne ajoutée ensuite.`);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(status(element)).to.contain('Le stockage de ce navigateur est plein : vos dernières modifications ne sont plus gardées');
    expect(textarea(element).value).to.contain('Une ligne ajoutée ensuite.');
    const again = await reload(element);
    expect(textarea(again).value).to.equal(await restitution());
    expect(norm(alertOf(again)!.textContent)).to.match(/^Attention : ce brouillon date du .+\. Les modifications faites ensuite \(jusqu’au .+\) n’ont pas pu être gardées, le stockage de ce navigateur était plein\./);
    await expect(again).to.be.accessible();
    // The next save that works ends the warning.
    await paste(again, 'Un texte neuf.');
    expect(alertOf(again)).to.equal(null);
    expect(localStorage.getItem(`${KEY}:echec`)).to.equal(null);
  });

  it('gives up the oldest previous drafts before giving up the current one', async () => {
    const element = await atelier();
    localStorage.setItem(HISTORY, JSON.stringify([{ text: 'ancien 1', savedAt: 1 }, { text: 'ancien 2', savedAt: 2 }]));
    const original = Storage.prototype.setItem;
    let refusals = 1;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === KEY && refusals-- > 0) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
    try {
      await paste(element, 'Le texte du jour.');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(stored().text).to.equal('Le texte du jour.');
    expect(kept()).to.deep.equal(['ancien 1']);
    expect(status(element)).to.not.contain('plein');
  });

  it('says so when the browser refuses any storage', async () => {
    const element = await atelier();
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    try {
      await paste(element, await restitution());
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(status(element)).to.contain('Ce navigateur ne garde pas le brouillon (stockage refusé)');
  });
});

describe('<atelier-boite>: another tab', () => {
  it('notices another tab’s change and overwrites nothing until the author chooses; « Garder ce texte-ci » keeps the other one too', async () => {
    const element = await atelier();
    await paste(element, 'Le texte de cet onglet.');
    otherTabWrites('Le texte de l’autre onglet.');
    await until(() => root(element).querySelector('.conflict'), 'the conflict is shown');
    expect(norm(root(element).querySelector('.conflict')!.textContent)).to.match(/^Ce brouillon a été modifié dans un autre onglet \(le .+\) : ce texte-ci n’est plus enregistré tant que vous n’avez pas choisi\./);
    await expect(element).to.be.accessible();
    // Typing here does not overwrite the other tab's draft.
    await paste(element, 'Le texte de cet onglet, modifié.');
    expect(stored().text).to.equal('Le texte de l’autre onglet.');

    button(element, 'Garder ce texte-ci').click();
    await settle(element);
    expect(root(element).querySelector('.conflict')).to.equal(null);
    expect(stored().text).to.equal('Le texte de cet onglet, modifié.');
    expect(kept()).to.deep.equal(['Le texte de l’autre onglet.']);
    await paste(element, 'Et la suite.');
    expect(stored().text).to.equal('Et la suite.');
  });

  it('« Prendre la version de l’autre onglet » shows it, and keeps this tab’s text among the previous drafts', async () => {
    const element = await atelier();
    await paste(element, 'Le texte de cet onglet.');
    otherTabWrites(await chantiersJson());
    await until(() => root(element).querySelector('.conflict'), 'the conflict is shown');
    const changed = nextEvent(element, 'atelier-boite-change');
    button(element, 'Prendre la version de l’autre onglet').click();
    expect((await changed).format).to.equal('json');
    await settle(element);
    expect(textarea(element).value).to.equal(await chantiersJson());
    expect(kept()).to.deep.equal(['Le texte de cet onglet.']);
    await paste(element, `${await chantiersJson()} `);
    expect(stored().text).to.equal(`${await chantiersJson()} `);
  });

  it('the same text written by another tab asks nothing', async () => {
    const element = await atelier();
    await paste(element, 'Le même texte.');
    otherTabWrites('Le même texte.');
    // The storage event is handled as it is dispatched: the element has already decided.
    await element.updateComplete;
    expect(root(element).querySelector('.conflict')).to.equal(null);
    await paste(element, 'Le même texte, puis la suite.');
    expect(stored().text).to.equal('Le même texte, puis la suite.');
  });

  it('checks before each write, even when no storage event came', async () => {
    const element = await atelier();
    await paste(element, 'Le texte de cet onglet.');
    localStorage.setItem(KEY, JSON.stringify({ format: 'boite-a-idees:brouillon', text: 'Écrit ailleurs.', savedAt: Date.now(), tab: 'autre' }));
    await paste(element, 'Le texte de cet onglet, modifié.');
    expect(root(element).querySelector('.conflict')).to.not.equal(null);
    expect(stored().text).to.equal('Écrit ailleurs.');
  });
});
