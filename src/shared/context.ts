import { createContext } from '@lit/context';
import type { Chantier } from '../model/types.js';

/**
 * The chantier a `<chantier-card>` shows, provided to the `<freins-list>` and `<gouvernance-table>` it
 * renders (and to any a page author slots inside). Keyed by a global symbol so two copies of the library
 * on one page still understand each other.
 */
export const chantierContext = createContext<Chantier | undefined>(Symbol.for('boite-a-idees/chantier'));
