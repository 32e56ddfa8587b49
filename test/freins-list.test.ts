import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { FreinsListElement } from '../src/freins-list/freins-list.js';
import { deepText, elementFromSeed, inPageContext, loadSeed, nextEvent, normalizeSpace, PAGE_CHANTIER, settle } from './helpers.js';

describe('<freins-list>', () => {
  it('shows a chantier\'s obstacles from src + chantier as a real list, nested items nested', async () => {
    const list = await elementFromSeed('freins-list', 'logement-acces-equitable');
    const root = list.shadowRoot!;
    const topItems = root.querySelector('ul')!.children;
    expect(topItems).to.have.length(4);
    expect([...topItems].every((item) => item.tagName === 'LI')).to.equal(true);
    const nested = [...root.querySelectorAll('li > ul > li')].map((item) => normalizeSpace(item.textContent!));
    expect(nested).to.deep.equal([
      "lutter contre la peur d'une sanction venant du propriétaire,",
      'lever la peur de dénoncer un propriétaire,',
      "accepter de dire qu'on est victime de discrimination",
    ]);
    await expect(list).to.be.accessible();
  });

  it('fires load for src, and follows a change of chantier', async () => {
    const list = await elementFromSeed('freins-list', 'logement-acces-equitable');
    const loaded = nextEvent(list, 'freins-list-load');
    list.chantier = 'sante-creer-reseau-vigilance';
    expect((await loaded).value!.items).to.have.length(4);
    await list.updateComplete;
    expect(deepText(list)).to.contain('La pénurie de professionnels de santé et médico-sociaux et le manque de temps');
  });

  it('shows obstacles set from JavaScript', async () => {
    const list = await fixture<FreinsListElement>(
      html`<freins-list .freins=${{ items: ['Un frein', { texte: 'Un frein détaillé :', items: ['premier point'] }] }}></freins-list>`,
    );
    expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(3);
    expect(list.shadowRoot!.querySelector('li > ul > li')!.textContent).to.equal('premier point');
  });

  it('shows the obstacles of the chantier a page provides through its own context, outside any card', async () => {
    const list = await inPageContext(document.createElement('freins-list'));
    await settle(list);
    expect([...list.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([...PAGE_CHANTIER.freins.items]);
    expect(list.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(list).to.be.accessible();
  });

  it('names the invalid item of obstacles set from JavaScript', async () => {
    const list = document.createElement('freins-list');
    const failed = nextEvent(list, 'freins-list-error');
    list.freins = { items: ['ok', { texte: 'sans liste' }] };
    await fixture(html`<div>${list}</div>`);
    expect((await failed).error.kind).to.equal('invalid');
    await list.updateComplete;
    expect(normalizeSpace(list.shadowRoot!.querySelector('[role="alert"]')!.textContent!)).to.contain(
      'items[1].items : attendu un champ obligatoire, absent ici',
    );
    await expect(list).to.be.accessible();
  });

  it('reads an inline JSON document with a chantier id', async () => {
    const seed = await loadSeed();
    const wrapper = await fixture<HTMLDivElement>(
      `<div><freins-list chantier="emploi-lutter-discriminations-jeunes"><script type="application/json">${JSON.stringify(seed)}</script></freins-list></div>`,
    );
    const list = wrapper.querySelector('freins-list')!;
    await settle(list);
    expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(4);
  });

  it('asks which chantier to show when the document has several and no id is given', async () => {
    const list = document.createElement('freins-list');
    const failed = nextEvent(list, 'freins-list-error');
    list.src = '/data/chantiers.json';
    await fixture(html`<div>${list}</div>`);
    expect((await failed).error.kind).to.equal('missing-id');
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('attribut chantier');
  });
});
