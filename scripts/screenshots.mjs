// Screenshot checks of the demo pages in headless Chromium: 320 px and 1280 px wide, light and dark,
// a host brand, the overview of a box of 30 chantiers (which axe-core also checks, as shown), and forced
// colours (light and dark palettes). Each image is compared with its reference in test/screenshots/chromium/; a
// difference above the tolerance fails, and the new image and a diff are written to .tmp/screenshots/.
// `node scripts/screenshots.mjs --update` (npm run screenshots:update) rewrites the references.
// Chromium only: engines draw fonts differently, so Firefox and WebKit check layout, not pixels.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './serve.mjs';
import { fontEnvironment, useTestFonts } from './test-fonts.mjs';

const update = process.argv.includes('--update');
const REFERENCES = 'test/screenshots/chromium';
const OUT = '.tmp/screenshots';
/** Share of pixels allowed to differ (antialiasing noise), and how far a channel may move unnoticed. */
const TOLERANCE = 0.002;
const CHANNEL_THRESHOLD = 40;

const CASES = [
  { name: 'demo-320-light', page: '/demo/', width: 320, scheme: 'light' },
  { name: 'demo-320-dark', page: '/demo/', width: 320, scheme: 'dark' },
  { name: 'demo-1280-light', page: '/demo/', width: 1280, scheme: 'light' },
  { name: 'demo-1280-dark', page: '/demo/', width: 1280, scheme: 'dark' },
  { name: 'brand-1280-light', page: '/demo/marque.html', width: 1280, scheme: 'light' },
  // The overview of many chantiers (issue 16), checked by axe-core as it is pictured.
  { name: 'overview-320-light', page: '/demo/grande-boite.html', width: 320, scheme: 'light', axe: true },
  { name: 'overview-320-dark', page: '/demo/grande-boite.html', width: 320, scheme: 'dark', axe: true },
  // `print`: Chromium's own printing (page.pdf fires beforeprint) gives every chantier in full: at least
  // one page each (each starts a page), where the overview alone fits on three.
  { name: 'overview-1280-light', page: '/demo/grande-boite.html', width: 1280, scheme: 'light', axe: true, print: 30 },
  { name: 'overview-1280-dark', page: '/demo/grande-boite.html', width: 1280, scheme: 'dark', axe: true },
  // Forced colours (Windows high contrast, Chromium's emulation), with every state of the box at once: a
  // link to a chantier (outlined, its title focused), two themes pressed, a search highlighted.
  ...['light', 'dark'].map((scheme) => ({
    name: `forced-1280-${scheme}`,
    page: '/demo/?boite.themes=logement,emploi&boite.q=discriminations&boite.chantier=logement-acces-equitable',
    width: 1280,
    scheme,
    forcedColors: 'active',
  })),
];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const { server, url } = await serve({ port: 0 });
// Only the fonts a fresh machine has, with pinned rendering, and web fonts for the pages' text
// (scripts/test-fonts.mjs): the references hold on any machine of this kind, whatever fonts it was given.
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  env: fontEnvironment(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync'],
});
mkdirSync(OUT, { recursive: true });
mkdirSync(REFERENCES, { recursive: true });
let failures = 0;
try {
  for (const test of CASES) {
    const page = await browser.newPage({
      viewport: { width: test.width, height: 800 },
      colorScheme: test.scheme,
      reducedMotion: 'reduce',
      forcedColors: test.forcedColors ?? 'none',
      bypassCSP: true, // the test fonts come in an injected style sheet
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && !message.text().includes('favicon') && errors.push(message.text()));
    await page.goto(url + test.page);
    // Every element shown: the box's count is rendered and no element is still loading.
    await page.waitForFunction(() => {
      const box = document.querySelector('boite-a-idees');
      return box?.shadowRoot?.querySelector('.count') && !box.shadowRoot.querySelector('[aria-busy="true"]');
    });
    await useTestFonts(page);
    // Grow the window to the whole page, until the height holds: one layout, captured in one paint.
    for (let round = 0, height = 0; round < 6; round += 1) {
      const next = await page.evaluate(() => document.documentElement.scrollHeight);
      if (next === height) break;
      height = next;
      await page.setViewportSize({ width: test.width, height });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (test.print) {
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      if (pages < test.print) errors.push(`printing gave ${pages} pages, fewer than the ${test.print} chantiers`);
      else console.log(`${test.name}: printed on ${pages} pages`);
    }
    if (test.axe) {
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const { violations } = await window.axe.run(document.querySelector('boite-a-idees'));
        return violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.help}`);
      });
      if (violations.length) errors.push(`axe: ${violations.join('; ')}`);
    }
    const image = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    const reference = `${REFERENCES}/${test.name}.png`;
    if (overflow > 0) errors.push(`horizontal scrolling: the page is ${overflow}px wider than the window`);
    if (update) {
      writeFileSync(reference, image);
      console.log(`updated ${reference}`);
    } else if (!existsSync(reference)) {
      errors.push(`no reference image ${reference}: run npm run screenshots:update and look at it`);
    } else {
      const diff = await compare(page, image, readFileSync(reference));
      if (diff.message) errors.push(diff.message);
      if (diff.image) writeFileSync(`${OUT}/${test.name}.diff.png`, diff.image);
      console.log(`${test.name}: ${(diff.ratio * 100).toFixed(3)} % of pixels differ`);
    }
    if (errors.length) {
      failures += 1;
      writeFileSync(`${OUT}/${test.name}.png`, image);
      console.error(`✗ ${test.name}: ${errors.join('; ')} (new image in ${OUT}/)`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(failures ? `screenshots: ${failures} of ${CASES.length} differ` : `screenshots: ${CASES.length} match`);
process.exit(failures ? 1 : 0);

/** Compares two PNGs pixel by pixel in the browser's canvas (no image library needed). */
async function compare(page, actual, expected) {
  return page.evaluate(
    async ({ actual, expected, threshold, tolerance }) => {
      const load = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const [a, b] = await Promise.all([load(actual), load(expected)]);
      if (a.width !== b.width || a.height !== b.height) {
        return { ratio: 1, message: `size ${a.width}×${a.height} differs from the reference's ${b.width}×${b.height}` };
      }
      const pixels = (image) => {
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const pa = pixels(a);
      const pb = pixels(b).data;
      const out = new ImageData(a.width, a.height);
      let differing = 0;
      for (let i = 0; i < pa.data.length; i += 4) {
        const delta = Math.max(Math.abs(pa.data[i] - pb[i]), Math.abs(pa.data[i + 1] - pb[i + 1]), Math.abs(pa.data[i + 2] - pb[i + 2]));
        const differs = delta > threshold;
        if (differs) differing += 1;
        out.data.set(differs ? [255, 0, 0, 255] : [pa.data[i], pa.data[i + 1], pa.data[i + 2], 60], i);
      }
      const ratio = differing / (a.width * a.height);
      let image;
      if (differing) {
        const canvas = new OffscreenCanvas(a.width, a.height);
        canvas.getContext('2d').putImageData(out, 0, 0);
        const blob = await canvas.convertToBlob({ type: 'image/png' });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        image = btoa(binary);
      }
      return { ratio, image, message: ratio > tolerance ? `${(ratio * 100).toFixed(3)} % of pixels differ (tolerance ${tolerance * 100} %)` : undefined };
    },
    { actual: actual.toString('base64'), expected: expected.toString('base64'), threshold: CHANNEL_THRESHOLD, tolerance: TOLERANCE },
  ).then((result) => ({ ...result, image: result.image && Buffer.from(result.image, 'base64') }));
}
