// Pictures for the Storybook Introduction (`npm run pictures`, after `npm run build-storybook`):
// - the CSS parts: for each element of custom-elements.json and each part it documents, the first story of
//   the built Storybook that shows that part, with the part outlined and named, cropped around it. Written to
//   stories/assets/parts/<tag>--<part>.png, with stories/assets/parts/index.json (which story each comes from);
// - the theme builder in use: a town's accent typed in, the preview in dark mode, the contrast warning and
//   the CSS to copy (stories/assets/theme-builder/*.png).
//
// Chromium with the fonts of a fresh machine and pinned rendering (scripts/test-fonts.mjs), so the pictures
// do not change with the machine that makes them. Look at them before committing.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { fontEnvironment } from './test-fonts.mjs';

const OUT = 'stories/assets/parts';
const STATIC = 'storybook-static';
/** The window the stories are shown in, and the largest picture cut from it. */
const VIEWPORT = { width: 720, height: 900 };
const MAX_HEIGHT = 320;
const MARGIN = 16;
/** A small part (a marked word) is shown with some of the text around it. */
const MIN_WIDTH = 420;
const MIN_HEIGHT = 96;

if (!existsSync(`${STATIC}/index.json`)) {
  console.error(`docs-pictures: ${STATIC}/index.json is missing: build Storybook first (npm run build-storybook).`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName && declaration.cssParts?.length);
const stories = Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries).filter((entry) => entry.type === 'story');

// A fixed port: the error stories' messages name the URL they failed on, and so do their pictures.
const PORT = Number(process.env.PICTURES_PORT ?? 46007);
const { server, url } = await serve({ port: PORT, folders: [STATIC] }).catch((error) => {
  console.error(`docs-pictures: cannot listen on port ${PORT} (${error.code ?? error.message}); set PICTURES_PORT to a free port.`);
  process.exit(1);
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  env: fontEnvironment(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync'],
});

/**
 * In the page: the first element of `tag` (shadow roots included), its first element with part `name`
 * (followed through `exportparts` when the element passes a nested element's part on), outlined and labelled.
 * Returns the outline's box, or null when the story does not show that part.
 */
function outlinePart({ tag, name }) {
  const deepFirst = (root, selector) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.matches(selector)) return element;
      const inner = element.shadowRoot && deepFirst(element.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };
  const resolve = (host, part) => {
    const shadow = host.shadowRoot;
    if (!shadow) return null;
    const own = [...shadow.querySelectorAll('[part]')].find((element) => element.getAttribute('part').split(/\s+/).includes(part));
    if (own) return own;
    for (const element of shadow.querySelectorAll('[exportparts]')) {
      for (const mapping of element.getAttribute('exportparts').split(',')) {
        const [inner, outer = inner] = mapping.split(':').map((text) => text.trim());
        if (outer !== part) continue;
        const found = resolve(element, inner);
        if (found) return found;
      }
    }
    return null;
  };
  const host = deepFirst(document, tag);
  const target = host && resolve(host, name);
  if (!target) return null;
  // Room above the story for the label of a part at its top.
  document.body.style.paddingBlockStart = '48px';
  // A part taller than the window shows from its top (and its label above it); others in the middle.
  if (target.getBoundingClientRect().height > window.innerHeight - 120) {
    target.scrollIntoView({ block: 'start', inline: 'nearest' });
    window.scrollBy(0, -48);
  } else {
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  const rect = target.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  const outline = document.createElement('div');
  outline.dataset.partPicture = '';
  outline.style.cssText = `position:fixed;left:${rect.left - 3}px;top:${rect.top - 3}px;width:${rect.width + 6}px;height:${rect.height + 6}px;` +
    'border:3px solid #c2185b;box-shadow:0 0 0 2px #ffffff;pointer-events:none;z-index:2147483647;box-sizing:border-box';
  const label = document.createElement('div');
  label.dataset.partPicture = '';
  label.textContent = `::part(${name})`;
  const above = rect.top >= 30;
  label.style.cssText = `position:fixed;left:${Math.max(0, rect.left - 3)}px;top:${above ? rect.top - 29 : rect.top + 3}px;` +
    'background:#c2185b;color:#ffffff;font:bold 14px/1 DejaVu Sans Mono, monospace;padding:5px 8px;z-index:2147483647';
  document.body.append(outline, label);
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

/** Waits until the story's elements are done: no update pending, nothing loading (a loading story excepted). */
async function settled(page, loading) {
  await page.waitForFunction(
    (loading) => {
      const all = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          all.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      const custom = all.filter((element) => element.localName.includes('-'));
      return custom.length > 0 && custom.every((element) => !element.isUpdatePending) && (loading || !all.some((element) => element.getAttribute('aria-busy') === 'true'));
    },
    loading,
    { polling: 100 },
  );
}

/**
 * The theme builder as a designer uses it: the town's purple typed for every theme, a yellow for Logement
 * that is too pale, the preview switched to dark; four pictures of the page's sections.
 */
async function themeBuilderPictures(page) {
  const out = 'stories/assets/theme-builder';
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${url}/${STATIC}/iframe.html?viewMode=story&id=theme-builder--constructeur`);
  await page.waitForSelector('boite-theme-builder');
  await settled(page, false);
  const type = async (id, text) => {
    const field = page.locator(`boite-theme-builder #${id}`);
    await field.click();
    await field.press('Control+a');
    await page.keyboard.type(text);
  };
  await type('boite-accent-light', '#6d2077');
  await type('boite-accent-dark', '#e3a3d7');
  await type('boite-accent-logement-light', '#f2c400');
  await type('boite-font', "Georgia, 'Times New Roman', serif");
  await type('boite-radius', '0');
  await settled(page, false);
  const shoot = async (name, selector) => {
    const section = page.locator(`boite-theme-builder ${selector}`).first();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${out}/${name}.png`, animations: 'disabled', caret: 'hide' });
    console.log(`theme builder: ${out}/${name}.png`);
  };
  await shoot('1-choix', 'form');
  await shoot('2-contraste', 'section[aria-labelledby="contrast-title"]');
  await shoot('3-css', 'section[aria-labelledby="snippet-title"]');
  await page.locator('boite-theme-builder input[value="dark"]').check();
  await settled(page, false);
  // The preview's top: the lone card on a dark page (the whole preview is several screens long).
  const preview = page.locator('boite-theme-builder .preview');
  await preview.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const box = await preview.boundingBox();
  await page.screenshot({
    path: `${out}/4-apercu-sombre.png`,
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 860) },
    animations: 'disabled',
    caret: 'hide',
  });
  console.log(`theme builder: ${out}/4-apercu-sombre.png`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const index = {};
const missing = [];
try {
  const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  for (const element of elements) {
    const tag = element.tagName;
    const wanted = new Set(element.cssParts.map((part) => part.name));
    index[tag] = {};
    for (const story of stories.filter((entry) => entry.importPath === `./stories/${tag}.stories.ts`)) {
      if (wanted.size === 0) break;
      await page.goto(`${url}/${STATIC}/iframe.html?viewMode=story&id=${story.id}`);
      await page.waitForSelector(tag, { state: 'attached' });
      await settled(page, /loading/i.test(story.id));
      for (const name of [...wanted]) {
        const box = await page.evaluate(outlinePart, { tag, name });
        if (!box) continue;
        const width = Math.min(VIEWPORT.width, Math.max(MIN_WIDTH, Math.ceil(box.width + 2 * MARGIN)));
        const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(box.height + 2 * MARGIN + 30)));
        // Centred on the part when it is smaller than the picture, kept inside the window.
        const x = Math.min(VIEWPORT.width - width, Math.max(0, Math.floor(box.x + box.width / 2 - width / 2)));
        const y = Math.min(VIEWPORT.height - height, Math.max(0, Math.floor(box.y - MARGIN - 30)));
        const clip = { x, y, width, height };
        await page.screenshot({ path: `${OUT}/${tag}--${name}.png`, clip, animations: 'disabled', caret: 'hide' });
        await page.evaluate(() => document.querySelectorAll('[data-part-picture]').forEach((node) => node.remove()));
        index[tag][name] = story.id;
        wanted.delete(name);
        console.log(`${tag}::part(${name}) from ${story.id}`);
      }
    }
    missing.push(...[...wanted].map((name) => `${tag}::part(${name})`));
  }
  await themeBuilderPictures(page);
} finally {
  await browser.close();
  server.close();
}
writeFileSync(`${OUT}/index.json`, `${JSON.stringify(index, null, 2)}\n`);
if (missing.length) {
  console.error(`docs-pictures: no story shows ${missing.join(', ')}: add a story that does.`);
  process.exit(1);
}
