/**
 * Registers a tag unless it is already registered: the embed script may be loaded twice (two CMS blocks,
 * or the bundle beside the npm package), and `customElements.define` would throw the second time.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
