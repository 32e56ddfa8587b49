/**
 * <boite-a-idees> with many chantiers in full: every card rendered (no content-visibility: in the
 * accessibility tree and find-in-page), and a keystroke that re-renders only the cards near the viewport.
 * A file of its own: a page of its own, whose history no other test has used (WebKit allows 100 history
 * changes per 10 s to a page, and the box writes its view into the URL).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import type { ChantierCardElement } from '../src/chantier-card/chantier-card.js';
import { deepQueryAll, deepText, loadSeed, settle, until } from './helpers.js';

async function typeSearch(box: BoiteAIdeesElement, text: string) {
  const input = box.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(box);
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<boite-a-idees> with many chantiers', () => {
  /** 60 chantiers made from the seed's three, distinct ids, as `.data`. */
  async function bigBox(): Promise<BoiteAIdeesElement> {
    const seed = await loadSeed();
    const chantiers = Array.from({ length: 60 }, (_, index) => ({ ...seed.chantiers[index % 3], id: `${seed.chantiers[index % 3].id}-${index + 1}` }));
    // Every chantier in full (layout="full"): the overview would show 60 titles, not 60 cards.
    const box = await fixture<BoiteAIdeesElement>(html`<boite-a-idees layout="full" .data=${{ ...seed, chantiers }}></boite-a-idees>`);
    await settle(box);
    return box;
  }
  const cards = (box: BoiteAIdeesElement) => deepQueryAll<ChantierCardElement>(box, 'chantier-card');
  const marksIn = (card: Element) => deepQueryAll(card, 'mark').length;

  it('renders every card in full, and highlights the search only near the viewport', async () => {
    const box = await bigBox();
    const all = cards(box);
    expect(all).to.have.length(60);
    // Every card is rendered and laid out (no content-visibility): its words are in the DOM, for the
    // accessibility tree and find-in-page, wherever it is on the page.
    const last = all.at(-1)!;
    expect(deepText(last)).to.contain(last.data && (last.data as { titre: string }).titre);
    expect(getComputedStyle(last).contentVisibility ?? 'visible').to.equal('visible');
    // Wait until the observer has told which cards are near, then search.
    await until(() => (box as unknown as { nearKnown: boolean }).nearKnown, 'the box knows which cards are near');
    await typeSearch(box, 'logement');
    const shown = all.filter((card) => !card.closest('li')!.hidden);
    expect(shown.length).to.be.greaterThan(15);
    const far = shown.at(-1)!;
    await until(() => marksIn(shown[0]) > 0, 'the first card, on screen, highlights the search');
    expect(marksIn(far), 'a card a dozen screens away is not re-rendered for a keystroke').to.equal(0);
    // The visitor scrolls to it: it takes the highlight as it comes near.
    far.scrollIntoView();
    await until(() => marksIn(far) > 0, 'the last card shown highlights the search once near');
    await typeSearch(box, '');
    await until(() => marksIn(far) === 0, 'clearing the search clears its highlight');
  });
});
