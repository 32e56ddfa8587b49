/**
 * A host page's own CSS reaching inside the elements, as a town hall's theme would write it: through the
 * custom properties and the parts the elements expose (`::part(card-title)` through `<boite-a-idees>`).
 * Adopted by the document as a constructed stylesheet, like the looks of frame.ts: no `<style>` element.
 * Each rule set applies inside a wrapper of its class. The custom properties a host would set with them are
 * the story's args (controls), like the brand of frame.ts.
 */
import { FIELDS } from '../../src/boite-a-idees/view-state.js';

const hostStyles = `
  .boite-story-host-parts boite-a-idees::part(title) {
    letter-spacing: -0.01em;
    border-block-end: 4px double currentColor;
  }
  .boite-story-host-parts boite-a-idees::part(card-title) {
    color: #1f4e79;
  }
  .boite-story-host-parts boite-a-idees::part(card-theme) {
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .boite-story-host-parts boite-a-idees::part(card-section-title) {
    font-variant: small-caps;
  }
  .boite-story-host-parts boite-a-idees::part(card-mark) {
    background: #ffe08a;
    outline: 1px solid #8a6d00;
  }
  .boite-story-host-parts boite-a-idees::part(card-table) {
    font-size: 0.9375em;
  }
  .boite-story-host-parts boite-a-idees::part(glossary-title) {
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .boite-story-host-parts boite-a-idees::part(glossary-term) {
    color: #1f4e79;
  }
`;

const adopted = new WeakSet<Document>();

/** Adopts the host rules once per document; a story wraps its element in the rules' class. */
export function adoptHostStyles(doc: Document = document): void {
  if (adopted.has(doc)) return;
  adopted.add(doc);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(hostStyles);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * A key of an idea box's view, whatever the box's name: every field the box writes (`…q`, `…themes`,
 * `…statuts`, `…tri`, `…chantier`, `…lire`), taken from the box itself so that a new one is cleared too.
 */
const BOX_KEY = new RegExp(`^[^=&]+\\.(${FIELDS.join('|')})=`);

/** Removes every key of an idea box from the page's query and fragment. */
export function withoutBoxKeys(href: string): string {
  const clean = (text: string) =>
    text
      .split('&')
      .filter((segment) => !BOX_KEY.test(segment))
      .join('&');
  const [beforeHash, hash] = href.split('#');
  const [base, query] = beforeHash.split('?');
  const cleanQuery = query === undefined ? '' : clean(query);
  const cleanHash = hash === undefined ? '' : clean(hash);
  return `${base}${cleanQuery ? `?${cleanQuery}` : ''}${cleanHash ? `#${cleanHash}` : ''}`;
}
