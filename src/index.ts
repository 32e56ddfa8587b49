/**
 * boite-a-idees: the element classes, their events, the data types and the document parser.
 * Importing this module registers nothing; import `boite-a-idees/define.js` (or one element's
 * `…/define.js`) to register the tags.
 */
export { ChantierCardElement, ChantierCardLoadEvent, ChantierCardErrorEvent } from './chantier-card/chantier-card.js';
export { FreinsListElement, FreinsListLoadEvent, FreinsListErrorEvent } from './freins-list/freins-list.js';
export {
  GouvernanceTableElement,
  GouvernanceTableLoadEvent,
  GouvernanceTableErrorEvent,
  type GouvernanceOfChantier,
} from './gouvernance-table/gouvernance-table.js';
export {
  BoiteAIdeesElement,
  BoiteAIdeesLoadEvent,
  BoiteAIdeesErrorEvent,
  BoiteAIdeesFilterEvent,
} from './boite-a-idees/boite-a-idees.js';
export { DataLoadEvent, DataErrorEvent } from './shared/events.js';
export type { LoadError, LoadFailure, Origin } from './shared/load-error.js';
export { parseDocument, parseChantier, parseSection, parseGouvernance, MAX_DEPTH, MAX_ERRORS } from './model/parse-document.js';
export type { ValidationError, ParseResult, ParseOptions } from './model/parse-document.js';
export { FORMAT_VERSION } from './model/version.js';
export type * from './model/types.js';
export type { Lang } from './shared/labels.js';
export { formatValidationError, describeLoadError } from './shared/messages.js';
