/**
 * A host page's own context provider (outside any card) feeding a `<freins-list>` and a `<gouvernance-table>`
 * of the built embed whose network drops the file that comes beside the data (its checks and the elements'
 * renderings: src/shared/beside-data.ts). Their rendering is in that file, so they show what a card shows
 * when it is cut: the `unchecked` alert, never nothing. The bundle runs in this page (not in a frame, as in
 * test/csp.test.ts's validate-cut.html) so that axe checks the alert; no test here imports the sources' elements,
 * which would take the same tags.
 */
import { expect } from '@open-wc/testing';
import { describeLoadError } from '../src/shared/messages.js';
import { inPageContext, nextEvent, normalizeSpace, PAGE_CHANTIER, until } from './helpers.js';

/** dist/boite-a-idees.js, from the route that drops dist/chunks/beside-data-*.js (test/server-routes.mjs). */
const CUT_EMBED = '/test-server/beside-data-cut/dist/boite-a-idees.js';

/** Renders `element` in a page's own context provider and waits for its alert. */
async function alertedInPageContext<E extends HTMLElement>(element: E): Promise<E> {
  await inPageContext(element);
  await until(() => element.shadowRoot?.querySelector('[role="alert"]'), `<${element.localName}> shows an alert`);
  return element;
}

const alertText = (element: Element) => normalizeSpace(element.shadowRoot!.querySelector('[role="alert"]')!.textContent!);

describe('a page\'s own context provider, the file beside the data cut by the network', () => {
  before(async () => {
    const bundle = await fetch('/dist/boite-a-idees.js', { method: 'HEAD' });
    expect(bundle.ok, 'dist/boite-a-idees.js is missing: run `npm run build:embed` first (`npm test` does)').to.equal(true);
    await import(/* @vite-ignore */ CUT_EMBED);
  });

  // The page in French by default, in English under lang="en"; each element's data stays unshown.
  const cases = [
    { tag: 'freins-list', lang: 'fr', says: "Ces données n'ont pas pu être affichées.", notShown: PAGE_CHANTIER.freins.items[0] },
    { tag: 'gouvernance-table', lang: 'en', says: 'This data could not be displayed.', notShown: PAGE_CHANTIER.gouvernance.roles[0].role },
  ] as const;
  for (const { tag, lang, says, notShown } of cases) {
    it(`<${tag} lang="${lang}"> says its data could not be shown, fires its error, and stays accessible`, async () => {
      const element = document.createElement(tag);
      element.lang = lang;
      const failed = nextEvent(element, `${tag}-error`);
      await alertedInPageContext(element);
      expect((await failed).error).to.deep.equal({ origin: 'context', kind: 'unchecked' });
      await element.updateComplete;
      expect(element.incomplete, 'it waits for nothing more').to.equal(false);
      // The failure messages share the parsers with the cut file: their stand-in (failure.ts) adds nothing.
      expect(alertText(element)).to.equal(says);
      expect(normalizeSpace(element.shadowRoot!.textContent!)).to.not.contain(notShown);
      await expect(element).to.be.accessible();
    });
  }

  it('has describeLoadError (public, and the alert\'s words wherever they load) name the page\'s context provider', () => {
    const error = { origin: 'context', kind: 'unchecked' } as const;
    expect(describeLoadError(error, 'fr')).to.equal(
      "Les données de la page (son fournisseur de contexte) n'ont pas pu être vérifiées (le fichier qui les vérifie n'a pas pu être chargé) : rechargez la page.",
    );
    expect(describeLoadError(error, 'en')).to.equal(
      'The data of the page (its context provider) could not be checked (the file that checks it could not be loaded): reload the page.',
    );
  });
});
