/**
 * What every document needs before it is shown: the data's checks (src/model/validate.ts: the generated
 * schema checks and the follow-up's rules), and the text renderer that marks up the glossary's acronyms and
 * the search terms (decorate-text.ts), two chunks of the embed fetched side by side. A DataSource starts
 * loading them beside its fetch, so they cost a page no waiting; inline data and properties wait for them
 * (the element renders asynchronously anyway). No data is ever shown before it has passed the checks: while
 * they load, the element shows nothing; if they cannot be loaded, it says so (`unchecked`) and shows nothing
 * of the data. So the renderer is there whenever text is (text-renderer.ts), and the entries go without it;
 * should the renderer's chunk alone be cut, the data is shown as plain text (test/csp/decorate-text-cut.html).
 * Server rendering and hydration set it up front (src/ssr/words.ts), as the library's own users get it with
 * parseDocument.
 */
import type { TextDecorations, TextRenderer } from './decorate-text.js';
import { onDemand } from './on-demand.js';

/** Without its chunk (a network cut), text is shown plain: no acronym expanded, no search term marked. */
const plainText: { createTextRenderer(decorations: TextDecorations): TextRenderer } = { createTextRenderer: () => (text) => text };

// One chunk each, not one for both: the failure messages' parsers share validate.ts (not the renderer),
// so a single import of both would make Rolldown load the checks from a third file, after the first.
export const validation = onDemand(() =>
  Promise.all([import('../model/validate.js'), import('./decorate-text.js').catch(() => plainText)]).then(([checks, text]) => ({
    ...checks,
    createTextRenderer: text.createTextRenderer,
  })),
);

/** The checks (validDocument, validChantier, validSection, validGouvernance…) and createTextRenderer. */
export type Validation = NonNullable<ReturnType<typeof validation.get>>;
