/**
 * The rules that only style a rendered chantier come, in the embed, beside the data with its rendering
 * (beside-data.ts), not in the entry: nothing of a document is shown before that file has arrived. There an
 * element's `static styles` keep what it shows without it (its host, the loading status, the failure alert,
 * focus; view-styles.ts), and its view adopts the rest as the element first renders its data, before that
 * render is committed, so no chantier shows unstyled. Where `static styles` hold every rule (lib/, server
 * rendering, hydration, the tests), this does nothing.
 */
import { adoptStyles, type CSSResult, type LitElement } from './entry-lit.js';

const adopted = new WeakSet<ShadowRoot>();

/** Adds `styles` after the element's own sheets, once a shadow root, unless the element lists it already. */
export function adoptViewStyles(host: LitElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  if ((host.constructor as typeof LitElement).elementStyles.includes(styles) || adopted.has(root)) return;
  adopted.add(root);
  // Lit's adoptStyles sets the adopted sheets (or, where a root has none, appends a <style> a sheet).
  adoptStyles(root, [...(root.adoptedStyleSheets ?? []), styles]);
}
