/**
 * Lit's hydrate support keeps a server-rendered shadow root as it is and does not adopt the element's styles,
 * counting on the server's <style>. A strict Content-Security-Policy (`style-src 'self'`) blocks that <style>,
 * and a page rendered with linked style sheets may not have them where it says: either way the element would
 * stay unstyled for good. Adopting the element's constructable style sheets on hydration styles it in every
 * case (the policy does not apply to them); where the server's styles did apply, the same rules twice change
 * nothing.
 *
 * A module of its own, imported by hydrate.ts after Lit's hydrate support and before the elements are
 * defined: defining them upgrades the server-rendered elements already in the page, right away.
 */
import { adoptStyles, LitElement } from 'lit';

type RenderRootFactory = { createRenderRoot(this: LitElement): HTMLElement | DocumentFragment };
const prototype = LitElement.prototype as unknown as RenderRootFactory;
const hydratingRenderRoot = prototype.createRenderRoot;
prototype.createRenderRoot = function (this: LitElement) {
  const serverRendered = this.shadowRoot;
  const root = hydratingRenderRoot.call(this);
  if (serverRendered && root === serverRendered) adoptStyles(serverRendered, (this.constructor as typeof LitElement).elementStyles);
  return root;
};
