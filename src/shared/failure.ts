/**
 * What the elements load only when something fails (src/shared/messages.ts, a chunk of its own in the
 * embed): the words of the alert, and the parsers that say what is wrong with an invalid document. A page
 * whose data is fine never downloads it. If even that download fails (the network is gone), the alert
 * still says that the data could not be shown, and where it came from.
 */
import type { ParseResult } from '../model/parse-document.js';
import type { LoadError } from './load-error.js';
import { onDemand } from './on-demand.js';

const unexplained = (): ParseResult<never> => ({ ok: false, errors: [], errorCount: 0 });

export const failure = onDemand(() => import('./messages.js'), {
  describeLoadError: (error: LoadError) => error.url ?? '',
  formatValidationError: (error: { path: string; expected: string }) => `${error.path} (${error.expected})`,
  moreErrors: (count: number) => `+ ${count}`,
  parseDocument: unexplained,
  parseChantier: unexplained,
  parseSection: unexplained,
  parseGouvernance: unexplained,
});

/** The failure module, or its stand-in. */
export type Failure = NonNullable<ReturnType<typeof failure.get>>;
