/**
 * The look, as people get it: contrast computed from the rendered styles (light and dark), reflow at
 * 320 px and at 200 % zoom with increased text spacing, visible focus, print, theming by the host.
 * These run in every engine; the pixel screenshots (Chromium) are in scripts/screenshots.mjs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { BoiteAIdeesElement } from '../src/boite-a-idees/boite-a-idees.js';
import { applyPrintRules } from '../stories/support/print-preview.js';
import { contrast, over, toRGBA, type RGBA } from '../stories/support/contrast.js';
import { deepQueryAll, settle, showBoxIn, SEED_URL, until } from './helpers.js';

/** The opaque colour behind an element: its backgrounds and its ancestors', across shadow roots. */
function backgroundOf(element: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node instanceof Element) {
      const color = toRGBA(getComputedStyle(node).backgroundColor);
      if (color[3] > 0) layers.push(color);
      if (color[3] === 1) break;
    }
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

const HOSTS = {
  light: { background: '#ffffff', color: '#1b1b1b', scheme: 'light' },
  dark: { background: '#121212', color: '#ececec', scheme: 'dark' },
};

async function renderBox(host: (typeof HOSTS)['light'], width = '') {
  const wrapper = document.createElement('div');
  wrapper.style.cssText = `background:${host.background};color:${host.color};color-scheme:${host.scheme};${width ? `inline-size:${width};` : ''}`;
  const box = document.createElement('boite-a-idees');
  box.src = SEED_URL;
  await showBoxIn(wrapper, box);
  return { wrapper, box };
}

/** Every element of the box that draws text directly, with its colour and background. */
function textElements(root: Element) {
  return deepQueryAll(root, '*').filter((element) =>
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) &&
    element.getClientRects().length > 0,
  );
}

function isLargeText(element: Element) {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

for (const [name, host] of Object.entries(HOSTS)) {
  describe(`look (${name} host page)`, () => {
    it('gives every text at least 4.5:1 (3:1 when large), computed from the rendered styles', async () => {
      const { box } = await renderBox(host);
      // Include a highlighted word and a pressed toggle, whose colours are ours.
      const input = box.shadowRoot!.querySelector('input')!;
      input.value = 'logement';
      input.dispatchEvent(new InputEvent('input'));
      box.shadowRoot!.querySelector<HTMLButtonElement>('.theme-toggle')!.click();
      await settle(box);
      const failures: string[] = [];
      const elements = textElements(box);
      expect(elements.length).to.be.greaterThan(60);
      for (const element of elements) {
        const ratio = contrast(over(toRGBA(getComputedStyle(element).color), backgroundOf(element)), backgroundOf(element));
        const needed = isLargeText(element) ? 3 : 4.5;
        if (ratio < needed) failures.push(`${element.localName}.${element.className} "${element.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
      }
      expect(failures).to.deep.equal([]);
    });

    it('gives the theme accents and control borders at least 3:1 against the page', async () => {
      const { box } = await renderBox(host);
      const checks: [string, Element, string][] = [];
      for (const card of deepQueryAll(box, 'chantier-card')) {
        const root = card.shadowRoot!;
        checks.push([`${card.shadowRoot!.querySelector('[part="theme"]')!.textContent} badge`, root.querySelector('.theme')!, 'borderTopColor']);
        checks.push(['card accent', root.querySelector('article')!, 'borderInlineStartColor']);
      }
      for (const control of box.shadowRoot!.querySelectorAll('button, input')) checks.push([control.localName, control, 'borderTopColor']);
      const failures = checks
        .map(([label, element, property]) => {
          const color = over(toRGBA((getComputedStyle(element) as unknown as Record<string, string>)[property]), backgroundOf(element));
          return [label, contrast(color, backgroundOf(element.parentElement ?? element))] as const;
        })
        .filter(([, ratio]) => ratio < 3)
        .map(([label, ratio]) => `${label}: ${ratio.toFixed(2)}`);
      expect(checks.length).to.be.greaterThan(8);
      expect(failures).to.deep.equal([]);
    });
  });
}

describe('look: layout', () => {
  for (const width of ['320px', '640px']) {
    it(`reflows without horizontal scrolling at ${width} (${width === '640px' ? '1280 px at 200 % zoom' : 'a phone'}), with increased text spacing`, async () => {
      const { wrapper, box } = await renderBox(HOSTS.light, width);
      // RGAA 10.12 / WCAG 1.4.12: the spacing a reader may impose; inherited into the shadow roots.
      wrapper.style.lineHeight = '1.5';
      wrapper.style.letterSpacing = '0.12em';
      wrapper.style.wordSpacing = '0.16em';
      box.style.setProperty('--boite-line-height', '1.5');
      await settle(box);
      const overflowing = deepQueryAll(box, '*').filter((element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 1 && getComputedStyle(element).overflowX !== 'visible');
      expect(overflowing.map((element) => element.localName)).to.deep.equal([]);
      const limit = wrapper.getBoundingClientRect().right + 1;
      // Visually hidden text (1 px, clipped) is for screen readers and may sit anywhere.
      const beyond = deepQueryAll(box, '*').filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 1 && rect.right > limit;
      });
      expect(beyond.map((element) => `${element.localName}.${element.className}`)).to.deep.equal([]);
    });
  }

  it('shows a visible focus indicator on every control reached with the keyboard', async () => {
    const { box } = await renderBox(HOSTS.light);
    box.shadowRoot!.querySelector('input')!.focus();
    const seen: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || !box.contains(active.getRootNode() instanceof ShadowRoot ? (active.getRootNode() as ShadowRoot).host : active)) break;
      const style = getComputedStyle(active);
      seen.push(active.localName);
      expect(style.outlineStyle, `${active.localName} "${active.textContent?.trim()}"`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'Tab' });
    }
    expect(seen.length).to.be.greaterThan(6);
  });
});

describe('look: print', () => {
  it('prints every section unfolded, without controls, one chantier per page', async () => {
    const { box } = await renderBox(HOSTS.light);
    [...box.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Tout replier')!.click();
    await settle(box);
    expect(applyPrintRules(box)).to.be.greaterThan(5);
    expect(getComputedStyle(box.shadowRoot!.querySelector('.controls')!).display).to.equal('none');
    const sections = deepQueryAll(box, '.section-content');
    expect(sections.length).to.be.greaterThan(15);
    expect(sections.filter((section) => getComputedStyle(section).display === 'none')).to.have.length(0);
    expect(deepQueryAll(box, '.disclosure').every((button) => getComputedStyle(button, '::before').display === 'none')).to.equal(true);
    const items = box.shadowRoot!.querySelectorAll('.cards > li');
    expect(getComputedStyle(items[1]).breakBefore).to.equal('page');
  });
});

describe('look: theming by the host', () => {
  it('takes a brand from three custom properties set on the page', async () => {
    const style = document.createElement('style');
    style.textContent = ':root { --boite-accent: rgb(107, 29, 77); --boite-font: Georgia, serif; --boite-radius: 0px; }';
    document.head.append(style);
    try {
      const { box } = await renderBox(HOSTS.light);
      const card = deepQueryAll(box, 'chantier-card')[1];
      const article = card.shadowRoot!.querySelector('article')!;
      expect(getComputedStyle(article).borderInlineStartColor).to.equal('rgb(107, 29, 77)');
      expect(getComputedStyle(article).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(card.shadowRoot!.querySelector('.title')!).fontFamily).to.contain('Georgia');
    } finally {
      style.remove();
    }
  });

  it('uses its own accents by default, different per theme and dark-aware', async () => {
    const { box } = await renderBox(HOSTS.light);
    const accents = deepQueryAll(box, 'chantier-card').map((card) => getComputedStyle(card.shadowRoot!.querySelector('article')!).borderInlineStartColor);
    expect(new Set(accents).size).to.equal(3);
    box.colorScheme = 'dark';
    await settle(box);
    const dark = deepQueryAll(box, 'chantier-card').map((card) => getComputedStyle(card.shadowRoot!.querySelector('article')!).borderInlineStartColor);
    expect(dark[0]).to.not.equal(accents[0]);
  });

  it('reads the DSFR variables only when asked with design="dsfr"', async () => {
    const style = document.createElement('style');
    style.textContent = ':root { --border-plain-blue-france: rgb(0, 0, 145); }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <chantier-card id="neutral" src=${SEED_URL} chantier="logement-acces-equitable"></chantier-card>
        <chantier-card id="dsfr" design="dsfr" src=${SEED_URL} chantier="logement-acces-equitable"></chantier-card>
      </div>`);
      await until(() => wrapper.querySelectorAll('chantier-card').length === 2 && [...wrapper.querySelectorAll('chantier-card')].every((card) => card.shadowRoot!.querySelector('article')), 'both cards render their article');
      const accent = (id: string) => getComputedStyle(wrapper.querySelector(`#${id}`)!.shadowRoot!.querySelector('article')!).borderInlineStartColor;
      expect(accent('dsfr')).to.equal('rgb(0, 0, 145)');
      expect(accent('neutral')).to.not.equal('rgb(0, 0, 145)');
    } finally {
      style.remove();
    }
  });
});

export type { BoiteAIdeesElement };
