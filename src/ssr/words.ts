/**
 * Server rendering and hydration cannot wait for words loaded on demand (the server renders in one pass;
 * the client must render exactly what the server did): both include the English labels, the failure
 * messages, what comes beside the data (beside-box.ts: the checks, the text renderer, the card's rendering
 * and the box's view), the follow-up's rendering, the search, and the box's overview and follow-up
 * features, and provide them before any element renders.
 */
import { en, enData, enView } from '../shared/labels-en.js';
import { dataLabelsOf } from '../shared/data-labels.js';
import { labelsOf } from '../shared/labels.js';
import { viewLabelsOf } from '../boite-a-idees/box-view-labels.js';
import * as messages from '../shared/messages.js';
import { failure } from '../shared/failure.js';
import * as besideData from '../shared/beside-box.js';
import { validation } from '../shared/validation.js';
import * as suivi from '../shared/render-suivi.js';
import { suiviRendering } from '../shared/suivi-rendering.js';
import * as search from '../shared/search.js';
import { searching } from '../shared/searching.js';
import * as overview from '../boite-a-idees/overview.js';
import { overviewing } from '../boite-a-idees/overview-layout.js';
import * as suiviView from '../boite-a-idees/suivi-view.js';
import { followingUp } from '../boite-a-idees/follow-up.js';

export function provideAllWords(): void {
  labelsOf('en').set(en);
  dataLabelsOf('en').set(enData);
  viewLabelsOf('en').set(enView);
  failure.set(messages);
  validation.set(besideData);
  suiviRendering.set(suivi);
  searching.set(search);
  overviewing.set(overview);
  followingUp.set(suiviView);
}
