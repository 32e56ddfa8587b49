/**
 * The English words of the interface: the same keys as `fr` in labels.ts (one line here for each line
 * there; `enData` has the keys of a chantier's rendering, `frData`; `enView` those of the box's view,
 * `frView`). Loaded on first use by an element under `lang="en"` (its own chunk of the embed).
 */
import type { ViewLabels } from '../boite-a-idees/box-view-labels.js';
import type { DataLabels } from './data-labels.js';
import type { Labels } from './labels.js';

export const en: Labels = {
  loading: 'Loading data…',
  failed: 'This data could not be displayed.',
  retry: 'Try again',
};

/** The words of a chantier's rendering (`frData` in data-labels.ts). */
export const enData: DataLabels = {
  sections: {
    enjeu: 'What is at stake',
    reussite: 'We will have succeeded if…',
    actions: 'What the project consists of',
    ressources: 'Resources to bring together',
    questions: 'Open questions',
    gouvernance: 'Governance: who does what?',
    freins: 'Obstacles to anticipate',
    etapes: 'Follow-up steps',
  },
  theme: 'Theme',
  permalink: 'Link to this project',
  suivi: {
    statut: 'Status',
    colon: ':',
    unavailable: 'The follow-up of this project could not be loaded (network): reload the page to see it.',
    statuts: {
      'a-lancer': 'Not started',
      'en-preparation': 'In preparation',
      'en-cours': 'In progress',
      realise: 'Done',
      suspendu: 'On hold',
      abandonne: 'Abandoned',
    },
  },
  gouvernanceCaption: ['Governance of the project “', '”: who does what'],
  roleHeader: 'Role or aspect',
  whoHeader: 'Who, what',
  notes: 'Other governance points',
};

/** The words of the box's view (`frView` in src/boite-a-idees/box-view-labels.ts). */
export const enView: ViewLabels = {
  glossary: 'Glossary of acronyms',
  search: 'Search the projects',
  searchHint: 'Accents, capitals and plurals do not matter; each added word narrows; “in quotes”: an exact phrase.',
  themes: 'Themes',
  statuts: 'Progress',
  sort: 'Order of the projects',
  sortDocument: 'As in the restitution',
  sortUpdate: 'Latest news first',
  suiviUnavailable: 'The filter by progress and the order by update could not be loaded (network): reload the page to use them.',
  clear: 'Clear filters and search',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  count: (shown: number, total: number) => `${shown} project${shown === 1 ? '' : 's'} of ${total}`,
  searched: (query: string) => `search “${query}”`,
  none: 'No project matches these criteria.',
  empty: 'This box does not hold any project yet.',
  tryInstead: 'Try instead:',
  suggestion: (query: string, themes: string, shown: number) =>
    `“${query}”${themes && ` — ${themes}`}: ${shown} project${shown === 1 ? '' : 's'}`,
  allThemes: 'all themes',
  readAll: 'Read every project in full',
  overview: 'Overview',
  back: 'Back to the overview',
  overviewUnavailable: 'The overview could not be loaded (network): every project is shown in full.',
  more: (count: number, theme: string) => `Show the ${count} other projects: ${theme}`,
};
