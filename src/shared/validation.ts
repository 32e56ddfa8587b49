/**
 * The checks every document goes through before it is shown (src/model/validate.ts: the generated schema
 * checks and the follow-up's rules), a chunk of its own in the embed. A DataSource starts loading it beside
 * its fetch, so it costs a page no waiting; inline data and properties wait for it (the element renders
 * asynchronously anyway). No data is ever shown before it has passed them: while they load, the element
 * shows nothing; if they cannot be loaded, it says so (`unchecked`) and shows nothing of the data. Server
 * rendering and hydration set it up front (src/ssr/words.ts), as the library's own users get it with
 * parseDocument.
 */
import { onDemand } from './on-demand.js';

export const validation = onDemand(() => import('../model/validate.js'));

/** The validation module (validDocument, validChantier, validSection, validGouvernance). */
export type Validation = NonNullable<ReturnType<typeof validation.get>>;
