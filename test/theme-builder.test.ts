/**
 * The theme builder of the Storybook (stories/support/theme-builder/): a town hall's designer types the
 * accents, fonts, radius and spacing, sees the card and the box take them, reads the contrast warnings
 * with their ratio, and copies the CSS. Run like a designer would: keyboard typing, labelled fields.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { setManifest, variablesOf, type Manifest } from '../stories/support/manifest.js';
import { defineThemeBuilder, type BoiteThemeBuilderElement } from '../stories/support/theme-builder/theme-builder.js';
import { deepQueryAll, settle, until, SEED_URL } from './helpers.js';

setManifest((await (await fetch('/custom-elements.json')).json()) as Manifest);
defineThemeBuilder();

const THEMES = { logement: 'Logement', emploi: 'Emploi', sante: 'Santé' };

async function renderBuilder() {
  const builder = await fixture<BoiteThemeBuilderElement>(
    html`<boite-theme-builder lang="fr" src=${SEED_URL} chantier="logement-acces-equitable" .themeNames=${THEMES}></boite-theme-builder>`,
  );
  await until(() => deepQueryAll(builder, 'chantier-card').length >= 4 && deepQueryAll(builder, 'article').length >= 4, 'the preview card and box');
  await settle(builder);
  return builder;
}

const root = (builder: BoiteThemeBuilderElement) => builder.shadowRoot!;
/** The text field labelled `label` inside the group whose legend starts with `legend`. */
function field(builder: BoiteThemeBuilderElement, legend: string, label: string): HTMLInputElement {
  const group = [...root(builder).querySelectorAll('fieldset')].find((fieldset) => fieldset.querySelector('legend')!.textContent!.trim().startsWith(legend));
  if (!group) throw new Error(`no group "${legend}"`);
  const labelElement = [...group.querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === label);
  if (!labelElement) throw new Error(`no field "${label}" in "${legend}"`);
  return group.querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`)!;
}

/** Types into a field with the keyboard, as a designer does. */
async function typeInto(builder: BoiteThemeBuilderElement, input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  // One key at a time: WebKit's WebDriver merges a repeated key within one sequence ("2077" → "207").
  for (const key of text) await sendKeys({ type: key });
  await settle(builder);
}

const loneCardArticle = (builder: BoiteThemeBuilderElement) => root(builder).querySelector('chantier-card')!.shadowRoot!.querySelector('article')!;
const snippet = (builder: BoiteThemeBuilderElement) => root(builder).querySelector('pre code')!.textContent!;
const status = (builder: BoiteThemeBuilderElement, section: string) =>
  root(builder).querySelector(`section[aria-labelledby="${section}"] [role="status"]`)!.textContent!.trim();

describe('theme builder', () => {
  it('offers a labelled field for every accent, font, the radius and the spacing that custom-elements.json documents', async () => {
    const builder = await renderBuilder();
    const documented = variablesOf(['boite-a-idees', 'chantier-card'])
      .map((variable) => variable.name)
      .filter((name) => /^--boite-accent(-[a-z0-9-]+)?$|-font$|^--boite-(radius|space|surface)$/.test(name));
    expect(documented).to.include.members(['--boite-accent', '--boite-accent-logement', '--boite-font', '--boite-radius', '--boite-space', '--boite-surface']);
    const offered = [...root(builder).querySelectorAll<HTMLInputElement>('input[data-variable]')].map((input) => input.dataset.variable);
    for (const name of documented) expect(offered, name).to.include(name);
    for (const input of root(builder).querySelectorAll<HTMLInputElement>('input[type="text"]')) {
      expect(root(builder).querySelector(`label[for="${input.id}"]`), `a label for #${input.id}`).to.not.equal(null);
    }
    await expect(builder).to.be.accessible();
  });

  it('applies an accent typed with the keyboard to the lone card, light then dark, and writes it in the CSS', async () => {
    const builder = await renderBuilder();
    const before = getComputedStyle(loneCardArticle(builder)).borderInlineStartColor;
    await typeInto(builder, field(builder, 'Thématique Logement', 'Mode clair'), '#6d2077');
    expect(getComputedStyle(loneCardArticle(builder)).borderInlineStartColor).to.equal('rgb(109, 32, 119)');
    expect(before).to.not.equal('rgb(109, 32, 119)');
    expect(snippet(builder)).to.contain('--boite-accent-logement: #6d2077;');

    await typeInto(builder, field(builder, 'Thématique Logement', 'Mode sombre'), '#e3a3d7');
    expect(snippet(builder)).to.contain('--boite-accent-logement: light-dark(#6d2077, #e3a3d7);');
    root(builder).querySelector<HTMLInputElement>('input[value="dark"]')!.click();
    await settle(builder);
    expect(getComputedStyle(loneCardArticle(builder)).borderInlineStartColor).to.equal('rgb(227, 163, 215)');
    await expect(builder).to.be.accessible();
  });

  it('applies the font, the radius and the spacing to the card and the box', async () => {
    const builder = await renderBuilder();
    // The card's padding is --boite-space, or three quarters of it in a narrow column: measured, then doubled.
    const padding = parseFloat(getComputedStyle(loneCardArticle(builder)).paddingTop);
    await typeInto(builder, field(builder, 'Texte et formes', 'Police du texte'), 'Georgia, serif');
    await typeInto(builder, field(builder, 'Texte et formes', 'Arrondi des coins'), '0px');
    await typeInto(builder, field(builder, 'Texte et formes', 'Marge intérieure'), '2rem');
    const article = loneCardArticle(builder);
    expect(getComputedStyle(article).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(article).borderTopLeftRadius).to.equal('0px');
    expect(parseFloat(getComputedStyle(article).paddingTop)).to.equal(padding * 2);
    const boxControls = root(builder).querySelector('boite-a-idees')!.shadowRoot!.querySelector('.controls')!;
    expect(getComputedStyle(boxControls).borderTopLeftRadius).to.equal('0px');
    expect(snippet(builder)).to.contain('--boite-font: Georgia, serif;');
    expect(snippet(builder)).to.contain('--boite-radius: 0px;');
    expect(snippet(builder)).to.contain('--boite-space: 2rem;');
  });

  it('warns, with the ratio, when an accent fails 3:1 against the surface, in light and in dark', async () => {
    const builder = await renderBuilder();
    expect(status(builder, 'contrast-title')).to.contain('Tous les accents atteignent');
    await typeInto(builder, field(builder, 'Thématique Logement', 'Mode clair'), '#f2c400');
    // #f2c400 on white: 1.65:1, under 3:1 for a border.
    expect(status(builder, 'contrast-title')).to.contain('1 accent sous 3:1');
    const warnings = root(builder).querySelector('.warnings')!.textContent!.replace(/\s+/g, ' ');
    expect(warnings).to.contain('Logement, clair : #f2c400 sur #ffffff, 1,65:1');
    expect(warnings).to.contain('insuffisant pour une bordure ou le focus');

    // A dark accent for dark pages: too dark against #121212.
    await typeInto(builder, field(builder, 'Thématique Logement', 'Mode clair'), '#1d5fa0');
    await typeInto(builder, field(builder, 'Thématique Logement', 'Mode sombre'), '#3a2a00');
    expect(root(builder).querySelector('.warnings')!.textContent!.replace(/\s+/g, ' ')).to.match(/Logement, sombre : #3a2a00 sur #121212, 1,\d\d:1/);

    // Against the card's own surface when there is one: a dark surface makes the light accent pass.
    await typeInto(builder, field(builder, 'Thématique Logement', 'Mode sombre'), '');
    const row = () => [...root(builder).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === 'Logement, clair')!;
    expect(row().textContent).to.contain('#ffffff');
    await typeInto(builder, field(builder, 'Fond des cartes', 'Mode clair'), '#fbf5fa');
    expect(row().textContent).to.contain('#fbf5fa');
    await expect(builder).to.be.accessible();
  });

  it('names a value that is not a colour, next to its field', async () => {
    const builder = await renderBuilder();
    const input = field(builder, 'Toutes les thématiques', 'Mode clair');
    await typeInto(builder, input, 'violet mairie');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const message = root(builder).querySelector(`#${input.id}-invalid`)!;
    expect(message.textContent).to.contain("« violet mairie » n'est pas une couleur CSS");
    expect(input.getAttribute('aria-describedby')).to.contain(message.id);
    expect(snippet(builder)).to.not.contain('violet mairie');
  });

  it('copies the CSS to the clipboard and says so', async () => {
    const builder = await renderBuilder();
    await typeInto(builder, field(builder, 'Toutes les thématiques', 'Mode clair'), '#6d2077');
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      root(builder).querySelector<HTMLButtonElement>('section[aria-labelledby="snippet-title"] button')!.click();
      await until(() => written.length === 1, 'the clipboard write');
      await settle(builder);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(written[0]).to.equal(snippet(builder));
    expect(written[0]).to.match(/:root \{\n {2}--boite-accent: #6d2077;\n\}/);
    expect(status(builder, 'snippet-title')).to.contain('Le CSS est copié');
  });
});
