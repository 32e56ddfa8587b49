// Registers <gouvernance-table>; safe to run twice.
import { defineElement } from '../shared/define-element.js';
import { GouvernanceTableElement } from './gouvernance-table.js';

defineElement('gouvernance-table', GouvernanceTableElement);
