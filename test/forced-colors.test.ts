/**
 * Every state of the box stays perceivable in forced colours (Windows high contrast): a pressed theme
 * toggle, the focus, the highlighted search words, an error, the chantier a link points to.
 *
 * Chromium emulates forced colours (test/browser-commands.mjs, as Playwright's `forcedColors: 'active'`),
 * in a light and a dark palette: the test reads the pixels the engine painted, not the styles it computed,
 * since a label can compute to HighlightText on Highlight and still be painted white on the white
 * backplate Chromium draws behind forced text. Firefox and WebKit cannot emulate forced colours; there the
 * test checks what forced colours keep, because they only replace colours: each state also has a shape
 * (a check mark and bold text, an outline, a border).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { deepQueryAll, nextEvent, settle, SEED_URL, until } from './helpers.js';

const PAGE = location.href;
const LOGEMENT = 'logement-acces-equitable';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const forcedColors = (active: boolean, scheme?: 'light' | 'dark') =>
  executeServerCommand<boolean, { active: boolean; scheme?: string }>('forced-colors', { active, scheme });

/** The page's pixels in `rect` (CSS pixels of the window), as the engine painted them. */
async function capture(rect: Rect): Promise<ImageData> {
  // The protocol clips in the document's coordinates: the window's, plus how far it scrolled.
  const clip = { x: Math.floor(rect.x + scrollX), y: Math.floor(rect.y + scrollY), width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
  const base64 = await executeServerCommand<string, Rect>('screenshot', clip);
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** WCAG relative luminance of an sRGB pixel. */
function luminance(data: Uint8ClampedArray, index: number): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(data[index]) + 0.7152 * channel(data[index + 1]) + 0.0722 * channel(data[index + 2]);
}

/** The highest contrast ratio between two pixels of the image: text drawn on its background, or not. */
function contrastWithin(image: ImageData): number {
  let low = 1;
  let high = 0;
  for (let index = 0; index < image.data.length; index += 4) {
    const value = luminance(image.data, index);
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return (high + 0.05) / (low + 0.05);
}

/** The rectangle of an element's own text (its `::before` left out), where its glyphs are painted. */
function textRect(element: Element): Rect {
  const range = document.createRange();
  range.selectNodeContents(element);
  const rect = range.getBoundingClientRect();
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}

/**
 * A band of `width` px just outside an element's border box, on its left side, where an outline shows:
 * the part of it in the window (what lies beyond is not painted).
 */
function bandLeftOf(element: Element, from: number, width: number): Rect {
  const rect = element.getBoundingClientRect();
  const top = Math.max(rect.top, 0) + 8;
  return { x: rect.left - from - width, y: top, width, height: Math.min(rect.bottom, innerHeight) - 8 - top };
}

function inView(element: Element) {
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
}

async function painted() {
  for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
}

/**
 * A box showing every state at once: a link to the Logement chantier, two themes pressed (Logement,
 * Emploi), "discriminations" highlighted; and a box whose data fails, with its alert.
 */
async function statesPage() {
  history.replaceState(null, '', `${PAGE}&boite.themes=logement,emploi&boite.q=discriminations&boite.chantier=${LOGEMENT}`);
  const box = document.createElement('boite-a-idees');
  box.src = SEED_URL;
  const broken = document.createElement('boite-a-idees');
  broken.setAttribute('url-state', 'none');
  broken.src = '/test-server/status/404';
  const loaded = nextEvent(box, 'boite-a-idees-load');
  const failed = nextEvent(broken, 'boite-a-idees-error');
  const wrapper = await fixture<HTMLElement>(html`<main>${box}${broken}</main>`);
  await Promise.all([loaded, failed]);
  await settle(wrapper);
  await until(() => box.shadowRoot!.querySelector('li[aria-current]'), 'the linked chantier is not selected');
  const root = box.shadowRoot!;
  const toggles = [...root.querySelectorAll<HTMLButtonElement>('.theme-toggle')];
  return {
    box,
    pressed: toggles.find((toggle) => toggle.getAttribute('aria-pressed') === 'true')!,
    unpressed: toggles.find((toggle) => toggle.getAttribute('aria-pressed') === 'false')!,
    selected: root.querySelector('li[aria-current] > chantier-card')!,
    unselected: root.querySelector('li:not([aria-current]):not([hidden]) > chantier-card')!,
    mark: deepQueryAll(box, 'mark')[0],
    alert: broken.shadowRoot!.querySelector('[role="alert"]')!,
  };
}

afterEach(() => history.replaceState(null, '', PAGE));

describe('forced colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every state perceivable in a ${scheme} forced palette (Chromium, pixels) or by its shape (Firefox, WebKit)`, async () => {
      const emulated = await forcedColors(true, scheme);
      try {
        const states = await statesPage();
        expect(states.mark, 'a highlighted word').to.exist;
        expect(states.unselected, 'another chantier shown').to.exist;
        if (emulated) {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          await checkPixels(states);
        } else {
          checkShapes(states);
        }
      } finally {
        if (emulated) await forcedColors(false);
      }
    });
  }
});

type States = Awaited<ReturnType<typeof statesPage>>;

async function checkPixels(states: States) {
  // Labels of the theme toggles, pressed and not: their text on their own background.
  for (const [name, toggle] of [['pressed', states.pressed], ['unpressed', states.unpressed]] as const) {
    inView(toggle);
    await painted();
    const contrast = contrastWithin(await capture(textRect(toggle)));
    expect(contrast, `the ${name} toggle's label`).to.be.at.least(4.5);
  }
  // A highlighted word: its text on the highlight, and the highlight against the page.
  inView(states.mark);
  await painted();
  expect(contrastWithin(await capture(textRect(states.mark))), 'a highlighted word').to.be.at.least(4.5);
  // The alert's text.
  inView(states.alert);
  await painted();
  expect(contrastWithin(await capture(textRect(states.alert.querySelector('p')!))), 'the alert\'s text').to.be.at.least(4.5);
  // The linked chantier: an outline around its card, where another card has none.
  for (const [card, outlined] of [[states.selected, true], [states.unselected, false]] as const) {
    inView(card);
    await painted();
    const contrast = contrastWithin(await capture(bandLeftOf(card, 3, 5)));
    if (outlined) expect(contrast, 'the outline of the linked chantier').to.be.at.least(3);
    else expect(contrast, 'no outline around another chantier').to.be.below(1.5);
  }
  // Focus from the keyboard: the ring around the unpressed toggle appears, and shows against the page.
  inView(states.unpressed);
  await painted();
  const ring = bandLeftOf(states.unpressed, 1, 6);
  const before = contrastWithin(await capture({ ...ring, y: ring.y - 8, height: 4 }));
  (states.unpressed.previousElementSibling as HTMLElement).focus();
  await sendKeys({ press: 'Tab' });
  expect(states.box.shadowRoot!.activeElement).to.equal(states.unpressed);
  await painted();
  const after = contrastWithin(await capture({ ...ring, y: ring.y - 8, height: 4 }));
  expect(before, 'no ring before focus').to.be.below(1.5);
  expect(after, 'the focus ring').to.be.at.least(3);
}

function checkShapes(states: States) {
  const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
  expect(style(states.pressed, '::before').content, 'the pressed toggle\'s check mark').to.contain('✓');
  expect(Number(style(states.pressed).fontWeight)).to.be.at.least(700);
  expect(style(states.unpressed, '::before').content).to.be.oneOf(['none', 'normal']);
  expect(style(states.selected).outlineStyle, 'the linked chantier\'s outline').to.equal('solid');
  expect(parseFloat(style(states.selected).outlineWidth)).to.be.at.least(3);
  expect(style(states.unselected).outlineStyle).to.equal('none');
  expect(parseFloat(style(states.alert).borderInlineStartWidth), 'the alert\'s border').to.be.at.least(6);
  expect(states.mark.localName, 'a highlight is a <mark>, announced as such').to.equal('mark');
  states.unpressed.focus({ focusVisible: true } as FocusOptions);
  expect(style(states.unpressed).outlineStyle, 'the focus ring').to.equal('solid');
  expect(parseFloat(style(states.unpressed).outlineWidth)).to.be.at.least(2);
}
