// Fonts for pixel comparisons that hold on any machine of our kind (issue 13).
//
// A screenshot depends on the fonts the machine has: a developer's machine given extra fonts by hand renders
// other glyphs, other line breaks and other page heights than a fresh CI machine with Debian's DejaVu only.
// Two measures, both needed (measured in docs/testing.md):
// - the pages' text is drawn with web fonts from npm (Noto Sans and Noto Serif, Latin subset: every French
//   character, œ « » ’ … included), declared under the family names the pages ask for, so no system font is
//   consulted for it;
// - Chromium runs with a fontconfig that knows only Debian's DejaVu fonts and pins hinting and antialiasing
//   (test/screenshots/fonts.conf), for whatever the web fonts do not cover (the UA's defaults, symbols).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The environment to launch Chromium with: only the fonts of a fresh machine, rendered the same way. */
export function fontEnvironment(env = process.env) {
  return { ...env, FONTCONFIG_FILE: join(root, 'test/screenshots/fonts.conf') };
}

/** Family names our pages ask for, and the npm font that stands in for each group. */
const FAMILIES = [
  { names: ['Segoe UI', 'Roboto', 'Helvetica Neue', 'Helvetica', 'Arial'], package: '@fontsource/noto-sans', file: 'noto-sans' },
  { names: ['Georgia', 'Times New Roman', 'DejaVu Serif'], package: '@fontsource/noto-serif', file: 'noto-serif' },
];
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
];

let css;
/** `@font-face` rules (fonts inlined as data: URLs, so no server or CSP font-src is involved). */
export function testFontCss() {
  if (css) return css;
  const rules = [];
  for (const family of FAMILIES) {
    const folder = join(dirname(require.resolve(`${family.package}/package.json`)), 'files');
    for (const face of FACES) {
      const data = readFileSync(join(folder, `${family.file}-latin-${face.weight}-${face.style}.woff2`)).toString('base64');
      for (const name of family.names) {
        rules.push(
          `@font-face{font-family:'${name}';font-style:${face.style};font-weight:${face.weight};font-display:block;` +
            `src:url(data:font/woff2;base64,${data}) format('woff2')}`,
        );
      }
    }
  }
  return (css = rules.join('\n'));
}

/**
 * Gives a Playwright page the test fonts, then waits until every face is loaded. Call it once the page's
 * content is rendered (the context needs `bypassCSP: true` when a page has a strict style-src).
 */
export async function useTestFonts(page) {
  await page.addStyleTag({ content: testFontCss() });
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].filter((face) => face.status !== 'loaded').map((face) => face.load()));
    await document.fonts.ready;
  });
}
