/**
 * `<boite-theme-builder>`: a town hall's designer picks the accents (all themes, and each theme), the
 * card surface, the fonts, the radius and the spacing; sees a lone card and the whole box take them, on a
 * light and on a dark page; reads the contrast of each accent against the surface (RGAA 3.2 and 3.3),
 * with a warning and the ratio when one falls short; and copies the CSS to paste into the CMS.
 *
 * Storybook only (stories/theme-builder.stories.ts): never part of the embed bundle. Every field has a
 * label, groups have a legend, the results table has a caption and header cells, warnings and the copy
 * are announced (`role="status"`).
 */
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { customProperties } from '../theme-variables.js';
import { toRGBA } from '../contrast.js';
import { themeBuilderStyles } from './theme-builder.styles.js';
import {
  DEFAULT_PAGE,
  EMPTY_PAIR,
  MODES,
  contrastChecks,
  cssSnippet,
  declarations,
  formatRatio,
  isColour,
  propertyOf,
  suits,
  themeVariables,
  type ColourVariable,
  type ContrastCheck,
  type Mode,
  type Theme,
  type ThemeVariables,
} from './theme.js';

const MODE_LABEL: Record<Mode, string> = { light: 'Mode clair', dark: 'Mode sombre' };
const MODE_SHORT: Record<Mode, string> = { light: 'clair', dark: 'sombre' };
/** Font stacks a town hall often uses; any other can be typed. Only fonts the visitor has will show. */
const FONT_SUGGESTIONS = ['inherit', "Georgia, 'Times New Roman', serif", 'Verdana, Geneva, sans-serif', 'system-ui, sans-serif', "'Luciole', Verdana, sans-serif"];

/** A default as a designer reads it. */
function defaultWords(fallback: string, mode: Mode, sameAsLight: boolean): string {
  if (sameAsLight) return `celle du mode clair (${fallback})`;
  if (/^currentColor$/i.test(fallback)) return 'la couleur du texte de la page';
  if (/^transparent$/i.test(fallback)) return `transparent : le fond de la page (${DEFAULT_PAGE[mode]} ici)`;
  return fallback;
}

/** `#rrggbb` for the colour picker, whatever CSS colour the text field holds (the picker wants hex). */
function pickerValue(colour: string, mode: Mode): string {
  // Transparent: the picker shows what is seen through it, the page.
  const [r, g, b, a] = toRGBA(colour);
  if (a === 0) return pickerValue(DEFAULT_PAGE[mode], mode);
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

export class BoiteThemeBuilderElement extends LitElement {
  static override styles = themeBuilderStyles;

  static override properties: PropertyDeclarations = {
    src: {},
    chantier: {},
    themeNames: { attribute: false },
    initial: { attribute: false },
    theme: { state: true },
    previewMode: { state: true },
    copied: { state: true },
  };

  /** The idea box document the preview shows. */
  src = 'data/chantiers.json';
  /** The chantier of the lone card. */
  chantier = 'logement-acces-equitable';
  /** Theme slug → name as the document writes it (`sante` → `Santé`), for the accents' labels. */
  themeNames: Record<string, string> = {};

  /** A theme to start from (a town's current brand); the designer changes it from there. */
  initial?: Partial<Theme>;

  theme: Theme = { colours: {}, values: {}, page: { ...EMPTY_PAIR } };
  previewMode: Mode = 'light';
  /** What the copy button last did, announced. */
  copied = '';

  private variables?: ThemeVariables;

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('initial') && this.initial) {
      this.theme = { colours: { ...this.initial.colours }, values: { ...this.initial.values }, page: { ...EMPTY_PAIR, ...this.initial.page } };
    }
  }

  private get vars(): ThemeVariables {
    this.variables ??= themeVariables();
    return this.variables;
  }

  private accentLabel(variable: ColourVariable): string {
    if (variable.theme === undefined) return 'Toutes les thématiques';
    return this.themeNames[variable.theme] ?? variable.theme;
  }

  private setColour(name: string, mode: Mode, value: string) {
    const pair = this.theme.colours[name] ?? EMPTY_PAIR;
    this.theme = { ...this.theme, colours: { ...this.theme.colours, [name]: { ...pair, [mode]: value } } };
    this.copied = '';
  }

  private setValue(name: string, value: string) {
    this.theme = { ...this.theme, values: { ...this.theme.values, [name]: value } };
    this.copied = '';
  }

  private setPage(mode: Mode, value: string) {
    this.theme = { ...this.theme, page: { ...this.theme.page, [mode]: value } };
  }

  private onInput(event: Event) {
    const input = event.target as HTMLInputElement;
    const { variable, mode, kind } = input.dataset;
    if (kind === 'colour' && variable && mode) this.setColour(variable, mode as Mode, input.value);
    else if (kind === 'page' && mode) this.setPage(mode as Mode, input.value);
    else if (kind === 'value' && variable) this.setValue(variable, input.value);
    else if (kind === 'preview-mode') this.previewMode = input.value as Mode;
  }

  /** The box's cards folded, so that the preview stays short: titles, badges and section headings show. */
  private async foldBox(event: Event) {
    const box = event.currentTarget as HTMLElement & { updateComplete: Promise<unknown> };
    await box.updateComplete;
    for (const card of box.shadowRoot?.querySelectorAll('chantier-card') ?? []) card.collapseAll();
  }

  private async copy() {
    const snippet = cssSnippet(this.theme, this.vars);
    try {
      await navigator.clipboard.writeText(snippet);
      this.copied = 'Le CSS est copié : collez-le dans le CSS additionnel de votre site.';
    } catch {
      // No clipboard (a page without the permission): select the code, for Ctrl+C.
      const code = this.renderRoot.querySelector('pre code')!;
      getSelection()?.selectAllChildren(code);
      this.copied = 'Le CSS est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).';
    }
  }

  /** A labelled text field, described by its default (and its mistake, when `valid` is false). */
  private textField(id: string, label: string, value: string, placeholder: string, valid: boolean, data: Record<string, string>, list?: string) {
    return html`<label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        spellcheck="false"
        autocomplete="off"
        list=${list ?? nothing}
        .value=${value}
        placeholder=${placeholder}
        aria-describedby="${id}-default${valid ? '' : ` ${id}-invalid`}"
        aria-invalid=${valid ? 'false' : 'true'}
        data-kind=${data.kind}
        data-variable=${data.variable ?? ''}
        data-mode=${data.mode ?? ''}
      />`;
  }

  /** One colour field (text, with a picker beside it), for a variable and a mode. */
  private colourField(id: string, label: string, kind: 'colour' | 'page', value: string, fallback: string, data: { variable?: string; mode: Mode }) {
    const valid = isColour(value);
    return html`<div class="field">
      ${this.textField(id, label, value, fallback, valid, { kind, variable: data.variable ?? '', mode: data.mode })}
      <input
        type="color"
        aria-label=${`${label} : nuancier`}
        .value=${pickerValue(valid && value.trim() ? value : fallback, data.mode)}
        data-kind=${kind}
        data-variable=${data.variable ?? ''}
        data-mode=${data.mode}
      />
      <span class="default" id="${id}-default">Par défaut : ${defaultWords(fallback, data.mode, kind === 'colour' ? this.sameAsLight(data.variable, data.mode) : false)}</span>
      ${valid ? nothing : html`<p class="invalid" id="${id}-invalid">« ${value} » n'est pas une couleur CSS (par exemple #6d2077).</p>`}
    </div>`;
  }

  /** Whether the dark field of a variable shows the light value as its default (a light value is set). */
  private sameAsLight(variable: string | undefined, mode: Mode): boolean {
    return mode === 'dark' && Boolean(variable && (this.theme.colours[variable] ?? EMPTY_PAIR).light.trim());
  }

  private colourGroup(variable: ColourVariable, legend: string) {
    const pair = this.theme.colours[variable.name] ?? EMPTY_PAIR;
    // A colour set for light pages applies to dark ones too, unless a dark one is set.
    const fallback = (mode: Mode) => (mode === 'dark' && pair.light.trim() ? pair.light.trim() : variable.fallback[mode]);
    return html`<fieldset>
      <legend>${legend} <code>${variable.name}</code></legend>
      ${MODES.map((mode) =>
        this.colourField(`${variable.name.slice(2)}-${mode}`, MODE_LABEL[mode], 'colour', pair[mode], fallback(mode), { variable: variable.name, mode }),
      )}
    </fieldset>`;
  }

  private valueField(name: string, label: string, fallback: string, list?: string) {
    const value = this.theme.values[name] ?? '';
    const valid = suits(propertyOf(name), value);
    const id = name.slice(2);
    return html`<div class="field">
      ${this.textField(id, label, value, fallback, valid, { kind: 'value', variable: name }, list)}
      <span class="default" id="${id}-default">Par défaut : ${fallback} (<code>${name}</code>)</span>
      ${valid ? nothing : html`<p class="invalid" id="${id}-invalid">« ${value} » ne convient pas ici.</p>`}
    </div>`;
  }

  private renderChoices() {
    const { accents, surface, fonts, radius, space } = this.vars;
    const global = accents.filter((accent) => accent.theme === undefined);
    const perTheme = accents.filter((accent) => accent.theme !== undefined);
    return html`<form class="choices" @input=${this.onInput} @submit=${(event: Event) => event.preventDefault()}>
      <h2>Vos choix</h2>
      <fieldset>
        <legend>Couleurs d'accent</legend>
        <p class="hint">
          L'accent borde chaque carte, son badge de thématique et ses titres de rubrique. Une couleur pour le mode clair
          suffit ; celle du mode sombre est facultative. Laissez vide pour garder la couleur par défaut.
        </p>
        ${global.map((accent) => this.colourGroup(accent, this.accentLabel(accent)))}
        ${perTheme.map((accent) => this.colourGroup(accent, `Thématique ${this.accentLabel(accent)}`))}
      </fieldset>
      <fieldset>
        <legend>Fonds</legend>
        ${surface ? this.colourGroup(surface, 'Fond des cartes') : nothing}
        <fieldset>
          <legend>Fond de votre page (pour le calcul du contraste, pas dans le CSS)</legend>
          ${MODES.map((mode) => this.colourField(`page-${mode}`, MODE_LABEL[mode], 'page', this.theme.page[mode], DEFAULT_PAGE[mode], { mode }))}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>Texte et formes</legend>
        <datalist id="fonts">${FONT_SUGGESTIONS.map((font) => html`<option value=${font}></option>`)}</datalist>
        ${fonts.map((font) => this.valueField(font.name, font.name.includes('heading') ? 'Police des titres' : 'Police du texte', font.default ?? 'inherit', 'fonts'))}
        ${radius ? this.valueField(radius.name, 'Arrondi des coins', radius.default ?? '') : nothing}
        ${space ? this.valueField(space.name, 'Marge intérieure', space.default ?? '') : nothing}
      </fieldset>
    </form>`;
  }

  private renderPreview() {
    return html`<section class="preview-column" aria-labelledby="preview-title">
      <h2 id="preview-title">Aperçu</h2>
      <fieldset class="modes" @change=${this.onInput}>
        <legend>Page de l'aperçu</legend>
        ${MODES.map(
          (mode) => html`<label
            ><input type="radio" name="preview-mode" value=${mode} data-kind="preview-mode" .checked=${this.previewMode === mode} />
            ${MODE_LABEL[mode]}</label
          >`,
        )}
      </fieldset>
      <div class="preview" data-mode=${this.previewMode} ${customProperties(Object.fromEntries(declarations(this.theme, this.vars)))}>
        <h3>Une carte seule</h3>
        <chantier-card src=${this.src} chantier=${this.chantier} heading-level="4"></chantier-card>
        <h3>La boîte à idées, chantiers repliés</h3>
        <boite-a-idees src=${this.src} heading-level="4" url-state="none" @boite-a-idees-load=${this.foldBox}></boite-a-idees>
      </div>
    </section>`;
  }

  private checkLabel(check: ContrastCheck) {
    return `${this.accentLabel(check.variable)}, ${MODE_SHORT[check.mode]}`;
  }

  private renderContrast() {
    const checks = contrastChecks(this.theme, this.vars);
    const failing = checks.filter((check) => !check.border || !check.text);
    const borderFailures = checks.filter((check) => !check.border);
    const summary = borderFailures.length
      ? `${borderFailures.length} accent${borderFailures.length > 1 ? 's' : ''} sous 3:1 : insuffisant pour les bordures et le focus (RGAA 3.3).`
      : failing.length
        ? 'Tous les accents atteignent 3:1 pour les bordures ; certains ne conviennent pas à du texte (4,5:1).'
        : 'Tous les accents atteignent 4,5:1 : ils conviennent aux bordures, au focus et au texte.';
    return html`<section aria-labelledby="contrast-title">
      <h2 id="contrast-title">Contraste (RGAA 3.2 et 3.3)</h2>
      <p role="status">${summary}</p>
      ${failing.length
        ? html`<div class="warnings">
            <h3>À corriger avant publication</h3>
            <ul>
              ${failing.map(
                (check) => html`<li>
                  ${this.checkLabel(check)} : ${check.colour} sur ${check.background}, ${formatRatio(check.ratio)} —
                  ${check.border
                    ? 'suffisant pour une bordure ou le focus, pas pour du texte (4,5:1 au moins).'
                    : 'insuffisant pour une bordure ou le focus (3:1 au moins) comme pour du texte (4,5:1).'}
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <table>
        <caption>
          Chaque accent contre le fond des cartes (ou de la page quand les cartes n'en ont pas)
        </caption>
        <thead>
          <tr>
            <th scope="col">Accent</th>
            <th scope="col">Couleur et fond</th>
            <th scope="col">Rapport</th>
            <th scope="col">Bordures, focus (3:1)</th>
            <th scope="col">Texte (4,5:1)</th>
          </tr>
        </thead>
        <tbody>
          ${checks.map(
            (check) => html`<tr>
              <th scope="row">${this.checkLabel(check)}</th>
              <td>${check.colour} sur ${check.background}</td>
              <td>${formatRatio(check.ratio)}</td>
              <td class=${check.border ? '' : 'fails'}>${check.border ? 'oui' : 'non'}</td>
              <td class=${check.text ? '' : 'fails'}>${check.text ? 'oui' : 'non'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderSnippet() {
    return html`<section aria-labelledby="snippet-title">
      <h2 id="snippet-title">Le CSS à copier</h2>
      <p class="hint">
        Collez-le dans le CSS de votre site : « CSS additionnel » du thème (WordPress : Apparence › Personnaliser), la feuille
        de style du thème (Drupal), ou le champ « CSS personnalisé » de votre outil de site. Il vaut pour toutes les boîtes et
        cartes de la page.
      </p>
      <pre><code>${cssSnippet(this.theme, this.vars)}</code></pre>
      <button type="button" @click=${this.copy}>Copier le CSS</button>
      <span class="copied" role="status">${this.copied}</span>
    </section>`;
  }

  protected override render() {
    return html`<div class="layout">
      <div>${this.renderChoices()}</div>
      <div>${this.renderPreview()} ${this.renderContrast()} ${this.renderSnippet()}</div>
    </div>`;
  }
}

/**
 * Registers `<boite-theme-builder>` (safe to call twice). A function to call rather than an import for
 * its side effect: package.json's `sideEffects` list would let the bundler drop such an import.
 */
export function defineThemeBuilder(): void {
  if (!customElements.get('boite-theme-builder')) customElements.define('boite-theme-builder', BoiteThemeBuilderElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'boite-theme-builder': BoiteThemeBuilderElement;
  }
}
