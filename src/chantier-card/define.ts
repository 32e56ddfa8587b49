// Registers <chantier-card> and the elements it renders inside; safe to run twice.
import '../freins-list/define.js';
import '../gouvernance-table/define.js';
import { defineElement } from '../shared/define-element.js';
import { ChantierCardElement } from './chantier-card.js';

defineElement('chantier-card', ChantierCardElement);
