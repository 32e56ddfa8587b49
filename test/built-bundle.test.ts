/**
 * The built embed bundle, dist/boite-a-idees.js, against the sources. The other browser tests compile src
 * with esbuild and never see the build's template minifier (vite.config.ts): a minifier slip — a visible
 * space dropped from `` html` — ${…}` ``, a CSS rule lost (`@container`) — would reach town halls unseen.
 * Here the same elements render twice, from the bundle in a frame and from the sources in this page, and
 * must show the same text and carry the same style rules.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { flatText, loadSeed, SEED_URL, settle, until } from './helpers.js';

const LOGEMENT = 'logement-acces-equitable';
const MARKUP = `
  <chantier-card src="${SEED_URL}" chantier="${LOGEMENT}" collapsible permalink="#logement"></chantier-card>
  <freins-list src="${SEED_URL}" chantier="${LOGEMENT}"></freins-list>
  <gouvernance-table src="${SEED_URL}" chantier="${LOGEMENT}"></gouvernance-table>
  <boite-a-idees src="${SEED_URL}"></boite-a-idees>`;
const TAGS = ['chantier-card', 'freins-list', 'gouvernance-table', 'boite-a-idees'];

interface RuleShape {
  head: string;
  properties: string[];
  rules: RuleShape[];
}

/**
 * What the style rules of an element's shadow root say, as the browser parsed them: each rule's selector or
 * condition and the properties it sets (longhands). Values are left out: the minifier rewrites them into
 * equivalents (`#dddddd` → `#ddd`, `transparent` → `0 0`); a lost rule or declaration still shows.
 */
function rulesOf(element: Element): RuleShape[] {
  const shapeOf = (rule: CSSRule): RuleShape => {
    const style = (rule as CSSStyleRule).style;
    return {
      head:
        (rule as CSSStyleRule).selectorText ??
        // The minifier writes `(max-width: 30rem)` in the range syntax, `(width <= 30rem)`: the same query.
        (rule as CSSConditionRule).conditionText?.replace(/\((max|min)-width: ([^)]+)\)/g, (_, bound, size) => `(width ${bound === 'max' ? '<=' : '>='} ${size})`) ??
        rule.constructor.name,
      properties: style ? [...style].sort() : [],
      rules: 'cssRules' in rule ? [...(rule as CSSGroupingRule).cssRules].map(shapeOf) : [],
    };
  };
  const shadow = element.shadowRoot!;
  const sheets = [...shadow.adoptedStyleSheets, ...[...shadow.querySelectorAll('style')].map((style) => style.sheet!)];
  return sheets.flatMap((sheet) => [...sheet.cssRules].map(shapeOf));
}

/**
 * The same rules in the same order, each setting at least the properties the source sets. At least: for the
 * browsers it targets, the minifier adds prefixed fallbacks (`-webkit-text-decoration`), which WebKit reads
 * where it ignores the unprefixed `text-decoration: underline dotted` of the source.
 */
function expectSameRules(built: RuleShape[], source: RuleShape[], where: string): void {
  expect(built.map((rule) => rule.head), where).to.deep.equal(source.map((rule) => rule.head));
  built.forEach((rule, index) => {
    expect(rule.properties, `${where} ${rule.head}`).to.include.members(source[index].properties);
    expectSameRules(rule.rules, source[index].rules, `${where} ${rule.head}`);
  });
}

/** The container queries of an element's styles. */
const containerRules = (element: Element) =>
  element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].filter((rule) => rule.constructor.name === 'CSSContainerRule'));

describe('the built embed bundle (dist/boite-a-idees.js) renders as the sources do', () => {
  let frame: HTMLIFrameElement;
  let built: Document;
  let source: HTMLElement;

  before(async () => {
    const bundle = await fetch('/dist/boite-a-idees.js', { method: 'HEAD' });
    expect(bundle.ok, 'dist/boite-a-idees.js is missing: run `npx vite build` first (`npm test` does)').to.equal(true);
    frame = document.createElement('iframe');
    frame.title = 'Le bundle construit';
    frame.width = '1024';
    frame.height = '768';
    frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bundle</title>
      <script type="module" src="/dist/boite-a-idees.js"></script></head><body>${MARKUP}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    built = frame.contentDocument!;
    source = document.createElement('div');
    source.lang = 'fr';
    source.innerHTML = MARKUP;
    document.body.append(source);
    const titre = (await loadSeed()).chantiers[0].titre;
    const rendered = (root: ParentNode) => TAGS.every((tag) => flatText(root.querySelector(tag)!).includes(tag === 'chantier-card' || tag === 'boite-a-idees' ? titre : ''));
    await until(() => rendered(built) && rendered(source), 'both render the seed');
    await settle(source);
    await settle(built.body);
  });

  after(() => {
    frame.remove();
    source.remove();
  });

  it('shows the same text, spaces included ("Atelier Logement — Comment …")', async () => {
    const { atelier } = (await loadSeed()).chantiers[0];
    expect(flatText(built.querySelector('chantier-card')!)).to.contain(`${atelier!.titre} — ${atelier!.question}`);
    for (const tag of TAGS) expect(flatText(built.querySelector(tag)!), tag).to.equal(flatText(source.querySelector(tag)!));
  });

  it('carries the same style rules, @container queries included', () => {
    for (const tag of TAGS) {
      expectSameRules(rulesOf(built.querySelector(tag)!), rulesOf(source.querySelector(tag)!), tag);
      // The card has two: the alert's list indent with the host's rules, the frame's with the chantier's.
      const expected = containerRules(source.querySelector(tag)!).length;
      if (tag !== 'freins-list') expect(expected, `${tag}: @container rules in the sources`).to.be.above(0);
      expect(containerRules(built.querySelector(tag)!), `${tag}: its @container rules`).to.have.length(expected);
    }
  });
});
