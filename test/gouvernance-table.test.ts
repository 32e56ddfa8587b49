import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { GouvernanceTableElement } from '../src/gouvernance-table/gouvernance-table.js';
import { elementFromSeed, inPageContext, nextEvent, normalizeSpace, PAGE_CHANTIER, settle } from './helpers.js';

const EMPLOI = 'emploi-lutter-discriminations-jeunes';

describe('<gouvernance-table>', () => {
  it('is a real table: caption naming the chantier, column headers, one row header per role', async () => {
    const table = await elementFromSeed('gouvernance-table', EMPLOI);
    const root = table.shadowRoot!;
    expect(normalizeSpace(root.querySelector('caption')!.textContent!)).to.match(
      /^Gouvernance du chantier « lutter contre les discriminations à l'emploi.* » : qui fait quoi$/,
    );
    expect([...root.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).to.deep.equal([
      ['col', 'Rôle ou aspect'],
      ['col', 'Qui, quoi'],
    ]);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => [
      row.querySelector('th')!.getAttribute('scope'),
      row.querySelector('th')!.textContent,
      row.querySelector('td')!.textContent,
    ]);
    expect(rows[0]).to.deep.equal(['row', 'Le(s) pilote(s)', 'les acteurs institutionnels (Etat et/ou collectivités : ville ou agglo.)']);
    expect(rows[1][1]).to.equal('Les partenaires');
    expect(rows[1][2]).to.match(/^le service public de l'emploi \(Etat- DDTEsPP, France Travail/);
    await expect(table).to.be.accessible();
  });

  it('lists the notes that name no role after the table', async () => {
    const table = await elementFromSeed('gouvernance-table', 'sante-creer-reseau-vigilance');
    const root = table.shadowRoot!;
    expect(root.querySelectorAll('tbody tr')).to.have.length(1);
    const notes = [...root.querySelectorAll('[role="group"] li')].map((item) => item.textContent);
    expect(notes).to.deep.equal([
      'Associer les élus locaux et des représentants des familles, la CAF',
      '1 poste de coordinateur et intégration dans le CLS pour sécuriser un portage politique',
    ]);
    await expect(table).to.be.accessible();
  });

  it('takes a governance set from JavaScript, with its own caption', async () => {
    const table = await fixture<GouvernanceTableElement>(
      html`<gouvernance-table caption="Qui pilote ?" .gouvernance=${{ roles: [{ role: 'Pilote', texte: 'La ville' }] }}></gouvernance-table>`,
    );
    expect(table.shadowRoot!.querySelector('caption')!.textContent).to.equal('Qui pilote ?');
    expect(table.shadowRoot!.querySelector('tbody th')!.textContent).to.equal('Pilote');
  });

  it('shows the governance of the chantier a page provides through its own context, outside any card', async () => {
    const table = document.createElement('gouvernance-table');
    table.lang = 'en';
    await inPageContext(table);
    await settle(table);
    const root = table.shadowRoot!;
    expect(normalizeSpace(root.querySelector('caption')!.textContent!)).to.equal(`Governance of the project “${PAGE_CHANTIER.titre}”: who does what`);
    const [{ role, texte }] = PAGE_CHANTIER.gouvernance.roles;
    expect([root.querySelector('tbody th')!.textContent, root.querySelector('tbody td')!.textContent]).to.deep.equal([role, texte]);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    await expect(table).to.be.accessible();
  });

  it('names the missing field of an invalid governance', async () => {
    const table = document.createElement('gouvernance-table');
    const failed = nextEvent(table, 'gouvernance-table-error');
    table.gouvernance = { roles: [{ role: 'Pilote' }] };
    await fixture(html`<div>${table}</div>`);
    expect((await failed).error.kind).to.equal('invalid');
    await table.updateComplete;
    expect(normalizeSpace(table.shadowRoot!.querySelector('[role="alert"]')!.textContent!)).to.contain('roles[0].texte');
  });

  it('reflows at 320 px without horizontal scrolling, staying a table for assistive technology', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 288px"></div>`);
    const table = await elementFromSeed('gouvernance-table', EMPLOI);
    wrapper.append(table);
    await table.updateComplete;
    const element = table.shadowRoot!.querySelector('table')!;
    expect(getComputedStyle(element).display).to.equal('block');
    expect(table.scrollWidth).to.be.at.most(table.clientWidth);
    expect(element.getAttribute('role')).to.equal('table');
    expect(element.querySelector('tbody th')!.getAttribute('role')).to.equal('rowheader');
    await expect(wrapper).to.be.accessible();
  });
});
