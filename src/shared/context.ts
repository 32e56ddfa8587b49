import { createContext } from '@lit/context';
import type { Chantier } from '../model/types.js';
import type { TextDecorations } from './decorate-text.js';

/**
 * The chantier a `<chantier-card>` shows, provided to the `<freins-list>` and `<gouvernance-table>` it
 * renders (and to any a page author slots inside). Keyed by a global symbol so two copies of the library
 * on one page still understand each other.
 */
export const chantierContext = createContext<Chantier | undefined>(Symbol.for('boite-a-idees/chantier'));

/** The glossary and search terms a card applies to its text, shared with the elements inside it. */
export const decorationsContext = createContext<TextDecorations | undefined>(Symbol.for('boite-a-idees/decorations'));
