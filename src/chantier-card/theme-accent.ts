/**
 * The accent of a theme the styles do not name. CSS cannot build a variable's name from data, so a card
 * whose theme is, say, `Éducation` adopts a rule of its own: `--boite-accent-education`, falling back to
 * `--boite-accent`, as the three seed themes do in chantier-card.styles.ts. One constructed sheet per
 * theme, shared by every card; constructed sheets need no `style-src` exception under a strict CSP.
 * Without JavaScript (server-rendered HTML), such a theme takes `--boite-accent`.
 */
const NAMED = ['logement', 'emploi', 'sante'];
const sheets = new Map<string, CSSStyleSheet>();

export function adoptThemeAccent(root: ShadowRoot, slug: string): void {
  // Only a-z, 0-9 and hyphens (what `slugify` makes) go into the rule: safe in a selector and a name.
  if (!/^[a-z0-9-]+$/.test(slug) || NAMED.includes(slug) || !root.adoptedStyleSheets) return;
  let sheet = sheets.get(slug);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`article[data-theme='${slug}']{--_accent:var(--boite-accent-${slug},var(--boite-accent,currentColor))}`);
    sheets.set(slug, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
