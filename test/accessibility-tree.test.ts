/**
 * What assistive technology gets, read from each engine's own accessibility tree rather than the DOM
 * (axe reads the DOM, so it cannot see a chantier the engine left out). test/browser-commands.mjs asks:
 * Chromium for its full tree (DevTools protocol), Firefox through WebDriver BiDi's accessibility locator,
 * WebKit for the computed role and label of each heading (WebDriver). At load, without any scrolling,
 * every heading of every chantier must be there, with its name: a visitor who lists the headings finds
 * every chantier.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import { deepQueryAll, loadSeed, nextEvent, settle, SEED_URL } from './helpers.js';

interface AccessibleHeadings {
  engine: 'chromium' | 'firefox' | 'webkit';
  headings: { name: string; level?: number }[];
  /** Chromium only: nodes in the tree (not ignored), headings it ignores and why, landmarks. */
  nodes?: number;
  ignoredHeadings?: { name: string; reasons: string[] }[];
  landmarks?: string[];
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const counts = (names: string[]) => names.reduce((map, name) => map.set(name, (map.get(name) ?? 0) + 1), new Map<string, number>());

async function shownBox(): Promise<BoiteAIdeesElement> {
  const box = document.createElement('boite-a-idees');
  box.src = SEED_URL;
  const loaded = nextEvent(box, 'boite-a-idees-load');
  await fixture(html`<main>${box}</main>`);
  await loaded;
  await settle(box);
  // Two frames: the engines build their tree after layout.
  for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
  return box;
}

describe('the accessibility tree of <boite-a-idees>, as the engine builds it', () => {
  it('holds every heading of every chantier at load, named, without scrolling', async () => {
    const box = await shownBox();
    expect(scrollY).to.equal(0);
    const seed = await loadSeed();
    const domHeadings = deepQueryAll(box, 'h1, h2, h3, h4, h5, h6').map((element) => normalize(element.textContent!));
    expect(domHeadings.length, 'headings in the DOM').to.be.greaterThan(20);

    const tree = await executeServerCommand<AccessibleHeadings, undefined>('accessibility-headings');
    const names = tree.headings.map((heading) => normalize(heading.name));
    for (const chantier of seed.chantiers) {
      expect(names.filter((name) => name === normalize(chantier.titre)), `${tree.engine}: heading "${chantier.titre}"`).to.have.length(1);
    }
    // Every heading of the DOM is one in the tree, as many times as in the DOM ("Enjeu" once per chantier).
    expect([...counts(names)].sort(), `${tree.engine}: the headings of the tree`).to.deep.equal([...counts(domHeadings)].sort());
    if (tree.engine === 'chromium') {
      expect(tree.ignoredHeadings, 'headings Chromium leaves out (notRendered…)').to.deep.equal([]);
      const levels = tree.headings.filter((heading) => seed.chantiers.some((chantier) => normalize(chantier.titre) === normalize(heading.name)));
      expect(levels.map((heading) => heading.level)).to.deep.equal([3, 3, 3]);
      // Figures for the report: nodes and headings of the whole tree at load.
      console.log(`Chromium accessibility tree at load: ${tree.nodes} nodes, ${tree.headings.length} headings`);
    }
  });

  it('gives each box no banner landmark of its own (two boxes, no duplicate banners)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <boite-a-idees id="un" src=${SEED_URL}></boite-a-idees>
      <boite-a-idees id="deux" src=${SEED_URL}></boite-a-idees>
    </div>`);
    await Promise.all([...wrapper.querySelectorAll('boite-a-idees')].map((box) => box.updateComplete));
    await settle(wrapper);
    for (const box of wrapper.querySelectorAll('boite-a-idees')) {
      await new Promise((resolve) => (box.shadowRoot!.querySelector('.intro') ? resolve(null) : box.addEventListener('boite-a-idees-load', resolve, { once: true })));
    }
    await settle(wrapper);
    expect(deepQueryAll(wrapper, 'header:not(article header), [role="banner"]'), 'a header outside any article is a banner').to.deep.equal([]);
    const tree = await executeServerCommand<AccessibleHeadings, undefined>('accessibility-headings');
    if (tree.engine === 'chromium') {
      expect(tree.landmarks!.filter((role) => role === 'banner')).to.deep.equal([]);
      expect(tree.landmarks!.filter((role) => role === 'search')).to.have.length(2);
    }
  });
});
