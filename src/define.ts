// Registers every element of boite-a-idees; the entry of the embed bundle (dist/boite-a-idees.js).
import './chantier-card/define.js';
import './freins-list/define.js';
import './gouvernance-table/define.js';
import './boite-a-idees/define.js';

export * from './index.js';
