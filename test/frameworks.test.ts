/**
 * The framework examples of docs/frameworks.md, run as written: docs/examples/react-example.tsx (React 19),
 * vue-example.ts (Vue 3) and plain.html. scripts/check-package.mjs (a pre-step of `npm test`) bundles the
 * first two in a consumer project that installed the packed package, so they use `boite-a-idees` as
 * published, into .tmp/frameworks/frameworks.js; plain.html is copied there with its /assets/ URLs
 * pointing at this repository's dist/ and data/. That script also checks that docs/frameworks.md quotes
 * each example verbatim (here the test server would hand over the .ts files compiled).
 */
import { expect } from '@open-wc/testing';
import { deepText, loadSeed, SEED_URL, until } from './helpers.js';
import type { BoiteAIdeesElement, BoiteAIdeesFilterEvent, ChantierCardElement, ChantierCardLoadEvent, IdeaBoxDocument } from '../src/index.js';

const BUNDLE: string = '/.tmp/frameworks/frameworks.js';
const PLAIN_PAGE = '/.tmp/frameworks/plain.html';
const CHANTIER_ID = 'sante-creer-reseau-vigilance';

interface Examples {
  mountReact(container: Element, document: IdeaBoxDocument, src: string): { unmount(): void };
  mountVue(container: Element, document: IdeaBoxDocument, src: string): { unmount(): void };
}

let examples: Examples;
let container: HTMLElement;

/** Types into the box's search field as a visitor would, and resolves with the filter event. */
function search(box: BoiteAIdeesElement, query: string): Promise<BoiteAIdeesFilterEvent> {
  const filtered = new Promise<BoiteAIdeesFilterEvent>((resolve) => box.addEventListener('boite-a-idees-filter', resolve, { once: true }));
  const input = box.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return filtered;
}

/** What both framework examples render: the box from `data`, the card from `src`, each event shown. */
async function checkExample(mount: () => { unmount(): void }, seed: IdeaBoxDocument): Promise<void> {
  const loaded = new Promise<ChantierCardLoadEvent>((resolve) => container.addEventListener('chantier-card-load', resolve, { once: true }));
  const app = mount();
  try {
    await until(() => container.querySelector('boite-a-idees') !== null && container.querySelector('chantier-card') !== null, 'the elements');
    const box = container.querySelector('boite-a-idees')!;
    const card = container.querySelector('chantier-card') as ChantierCardElement;
    // An object goes in as a property, never as an attribute ("[object Object]").
    expect(box.data).to.deep.equal(seed);
    expect(box.hasAttribute('data')).to.equal(false);
    expect(box.headingLevel).to.equal(2);
    expect(card.collapsible).to.equal(true);
    await box.updateComplete;
    await until(() => seed.chantiers.every((chantier) => deepText(box).includes(chantier.titre)), 'every chantier in the box');

    // chantier-card-load, shown by the framework's own state.
    expect((await loaded).value.id).to.equal(CHANTIER_ID);
    await until(() => container.querySelector('.load-summary')?.textContent?.includes('Chargé : ') ?? false, 'the load summary');
    const titre = seed.chantiers.find((chantier) => chantier.id === CHANTIER_ID)!.titre;
    expect(container.querySelector('.load-summary')!.textContent).to.equal(`Chargé : ${titre}`);

    // boite-a-idees-filter, shown by the framework's own state.
    expect((await search(box, 'jeunes')).shown).to.equal(1);
    await until(() => container.querySelector('.filter-summary')?.textContent !== '', 'the filter summary');
    expect(container.querySelector('.filter-summary')!.textContent).to.equal('1 chantier(s) pour « jeunes »');
    await search(box, '');
  } finally {
    app.unmount();
  }
  expect(container.querySelector('boite-a-idees'), 'unmounted').to.equal(null);
}

describe('framework examples (docs/frameworks.md)', () => {
  const url = location.pathname + location.search;

  before(async () => {
    const response = await fetch(BUNDLE);
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`node scripts/check-package.mjs\` (a pre-step of npm test) first.`);
    examples = (await import(BUNDLE)) as Examples;
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    history.replaceState(null, '', url); // the box writes its view into the URL
  });

  it('React 19: sets the data property, listens to the events', async () => {
    const seed = await loadSeed();
    await checkExample(() => examples.mountReact(container, seed, SEED_URL), seed);
  });

  it('Vue 3: sets the data property, listens to the events', async () => {
    const seed = await loadSeed();
    await checkExample(() => examples.mountVue(container, seed, SEED_URL), seed);
  });

  it('plain HTML: the box from src, a card from JavaScript, the events on the document', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Exemple HTML';
    const loadedFrame = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = PLAIN_PAGE;
    container.append(frame);
    await loadedFrame;
    const doc = frame.contentDocument!;
    const seed = await loadSeed();
    const titre = seed.chantiers.find((chantier) => chantier.id === CHANTIER_ID)!.titre;
    await until(() => doc.querySelector('.load-summary')?.textContent === `Chargé : ${titre}`, 'the load summary');
    const box = doc.querySelector('boite-a-idees') as BoiteAIdeesElement;
    const card = doc.querySelector('chantier-card') as ChantierCardElement;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal(titre);
    const filtered = new Promise<{ shown: number }>((resolve) => box.addEventListener('boite-a-idees-filter', (event) => resolve(event as unknown as { shown: number }), { once: true }));
    const input = box.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'logement';
    input.dispatchEvent(new (frame.contentWindow as Window & typeof globalThis).Event('input', { bubbles: true, composed: true }));
    expect((await filtered).shown).to.be.greaterThan(0);
    await until(() => /chantier\(s\) pour « logement »/.test(doc.querySelector('.filter-summary')?.textContent ?? ''), 'the filter summary');
  });
});
