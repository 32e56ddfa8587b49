/**
 * <atelier-suivi>: the follow-up of a spreadsheet merged into the authoring page's document, with a preview
 * first; and inside <atelier-boite>, where the merged document becomes the draft ("Rétablir" undoes it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/atelier-boite/define.js';
import type { AtelierBoiteElement } from '../src/atelier-boite/atelier-boite.js';
import type { AtelierSuiviElement } from '../src/atelier-boite/atelier-suivi.js';
import { decodeText } from '../src/model/decode-text.js';
import { mergeSuiviCsv } from '../src/model/suivi-csv.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { deepQueryAll, loadSeed, nextEvent, settle, SEED_URL, until } from './helpers.js';

/** The invented rows for the seed, as Excel saves them on a French Windows (test/fixtures/, byte for byte). */
const sheet = async () => new File([await (await fetch('/test-server/exemple-suivi-seed.csv')).arrayBuffer()], 'suivi.csv', { type: 'text/csv' });
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (element: Element) => element.shadowRoot!;
const button = (element: Element, name: string) => {
  const found = [...root(element).querySelectorAll<HTMLButtonElement>('button')].find((candidate) => norm(candidate.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

async function suivi(document?: IdeaBoxDocument, lang = 'fr'): Promise<AtelierSuiviElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><atelier-suivi .document=${document}></atelier-suivi></div>`);
  const element = wrapper.querySelector('atelier-suivi')!;
  await element.updateComplete;
  return element;
}

describe('<atelier-suivi>', () => {
  it('asks for a valid document first, and offers no file before', async () => {
    const element = await suivi();
    expect(norm(root(element).textContent)).to.contain('Le suivi se fusionne dans un document valide');
    expect(root(element).querySelector('input[type="file"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('reads a Windows-1252 sheet and previews what changes, chantier by chantier, before merging', async () => {
    const seed = await loadSeed();
    const element = await suivi(seed);
    const input = root(element).querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.labels![0].textContent).to.equal('Ouvrir un tableau CSV…');
    await element.openFile(await sheet());
    await element.updateComplete;
    expect(norm(root(element).querySelector('[role="status"]')!.textContent)).to.equal(
      'suivi.csv : pas en UTF-8, lu en Windows-1252 (l’encodage des tableurs sous Windows). 7 lignes lues, 7 à fusionner, 0 signalée ; 7 étapes nouvelles, 0 déjà dans le document.',
    );
    const rows = [...root(element).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => norm(cell.textContent)));
    expect(rows.map((row) => row.slice(0, 4))).to.deep.equal([
      ['Un accès équitable au logement', 'En cours', '35 %', '4 juin 2026'],
      [seed.chantiers[1].titre, 'En préparation', '15 %', '11 mai 2026'],
      [seed.chantiers[2].titre, 'En cours', '60 %', '28 avril 2026'],
    ]);
    expect(rows[0][4]).to.contain("12 mars 2026 — Réunion d'information du public : 40 personnes ; questions sur les critères d'attribution");
    expect(root(element).querySelector('th[scope="row"]')).to.not.equal(null);
    await expect(element).to.be.accessible();

    const merged = nextEvent(element, 'atelier-suivi-merge');
    button(element, 'Fusionner dans le document').click();
    const event = await merged;
    const { text } = decodeText(new Uint8Array(await (await sheet()).arrayBuffer()));
    expect(event.document).to.deep.equal(mergeSuiviCsv(text, seed).document);
    await element.updateComplete;
    expect(root(element).querySelector('table'), 'the preview closes once merged').to.equal(null);
  });

  it('lists each reported row with its line, and merges nothing when nothing can be', async () => {
    const element = await suivi(await loadSeed());
    const rows = 'id;date;etape\nlogement-acces-equitabl;2026-01-01;x\nsante-creer-reseau-vigilance;31/02/2026;y\n';
    await element.openFile(new File([rows], 'suivi.csv'));
    await element.updateComplete;
    const messages = [...root(element).querySelectorAll('[part="report"] li')].map((item) => norm(item.textContent));
    expect(messages).to.deep.equal([
      'Ligne 2 — aucun chantier du document n’a cet identifiant, ligne non fusionnée : « logement-acces-equitabl » (vouliez-vous dire « logement-acces-equitable » ?)',
      'Ligne 3 — date illisible ou inexistante (attendu AAAA-MM-JJ ou JJ/MM/AAAA), ligne non fusionnée : « 31/02/2026 »',
    ]);
    expect(norm(root(element).querySelector('[part="report"] h4')!.textContent)).to.equal('2 lignes signalées');
    expect(button(element, 'Fusionner dans le document').disabled).to.equal(true);
    button(element, 'Annuler').click();
    await element.updateComplete;
    expect(norm(root(element).querySelector('[role="status"]')!.textContent)).to.equal('Fusion annulée : le document n’a pas changé.');
    await expect(element).to.be.accessible();
  });

  it('refuses bytes that are not text, naming the line, in English too', async () => {
    const element = await suivi(await loadSeed(), 'en');
    await element.openFile(new File([new Uint8Array([0x69, 0x64, 0x0a, 0x81])], 'bad.csv'));
    await element.updateComplete;
    expect(norm(root(element).querySelector('[role="alert"]')!.textContent)).to.equal(
      "bad.csv: bytes that are neither UTF-8 nor Windows-1252 (line 2). Check the file's encoding; nothing is merged.",
    );
    expect(root(element).querySelector('table')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});

describe('<atelier-boite> with a follow-up sheet', () => {
  it('takes the merged document as its draft, shows it in the preview, and "Rétablir" undoes it', async () => {
    const seedJson = await (await fetch(SEED_URL)).text();
    const element = await fixture<AtelierBoiteElement>(html`<atelier-boite storage-key="" .value=${seedJson}></atelier-boite>`);
    await settle(element);
    const part = root(element).querySelector('atelier-suivi')!;
    expect(part.document?.chantiers).to.have.length(3);
    await part.openFile(await sheet());
    await part.updateComplete;
    const changed = nextEvent(element, 'atelier-boite-change');
    button(part, 'Fusionner dans le document').click();
    const change = await changed;
    expect(change.format).to.equal('json');
    expect(change.document?.chantiers.map((chantier) => chantier.suivi?.statut)).to.deep.equal(['en-cours', 'en-preparation', 'en-cours']);
    expect(JSON.parse(element.value).chantiers[0].suivi.etapes).to.have.length(3);
    await settle(element);
    expect(norm(root(element).querySelector('[part="status"]')!.textContent)).to.contain('Suivi fusionné : 7 lignes, 7 nouvelles étapes.');
    // The preview's box loads its follow-up features (a chunk) before it shows the merged document again.
    const statuses = () => deepQueryAll(root(element).querySelector('boite-a-idees')!, '[part="statut"]').map((node) => node.textContent);
    await until(() => statuses().length > 0, 'the preview shows the statuses');
    expect(statuses()).to.deep.equal(['En cours', 'En préparation', 'En cours']);

    const restored = nextEvent(element, 'atelier-boite-change');
    button(element, 'Rétablir le texte précédent').click();
    await restored;
    expect(element.value).to.equal(seedJson);
  });
});
