/**
 * The decorator that makes the `--boite-*` controls act: every arg whose name is a custom property
 * (`--boite-accent`, set from the Controls panel or a story's args) is set on a wrapper around the story,
 * as a host page sets them on an ancestor. The elements read them with fallbacks, so an empty control
 * leaves the element's own default.
 *
 * The values go through the CSSOM (`style.setProperty`), never a `style` attribute written in a template,
 * which a strict Content-Security-Policy would refuse.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** The custom properties among a story's args, with a value (an empty control is not set). */
export function themeVariablesOf(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args)
      .filter(([name, value]) => name.startsWith('--') && value !== undefined && value !== null && String(value).trim() !== '')
      .map(([name, value]) => [name, String(value).trim()]),
  );
}

class CustomPropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('customProperties() belongs on an element');
  }

  render(_values: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.applied) if (!(name in values)) style.removeProperty(name);
    for (const [name, value] of Object.entries(values)) style.setProperty(name, value);
    this.applied = new Set(Object.keys(values));
    return noChange;
  }
}

/** Sets custom properties on the element it is bound to, and removes the ones that go away. */
export const customProperties = directive(CustomPropertiesDirective);

/**
 * The decorator (preview.ts): the story inside a wrapper that carries its `--boite-*` args. A story shown
 * on its own is a page, as on a host site: its content sits in the page's `<main>` landmark (a docs page
 * has its own `<main>`, around every story it shows).
 */
export function withThemeVariables(story: () => unknown, context: { args: Record<string, unknown>; viewMode?: string }): TemplateResult {
  const themed = html`<div class="boite-story-theme" ${customProperties(themeVariablesOf(context.args))}>${story()}</div>`;
  return context.viewMode === 'docs' ? themed : html`<main class="boite-story-page">${themed}</main>`;
}
