// Registers <atelier-boite>, its <atelier-suivi> and the <boite-a-idees> of its preview; safe to run twice. The entry of the
// authoring page's own bundle (vite.atelier.config.ts → dist/atelier/atelier-boite.js), never of the embed
// bundle: town halls' pages do not need it.
import '../boite-a-idees/define.js';
import { defineElement } from '../shared/define-element.js';
import { AtelierBoiteElement } from './atelier-boite.js';
import { AtelierSuiviElement } from './atelier-suivi.js';

defineElement('atelier-boite', AtelierBoiteElement);
defineElement('atelier-suivi', AtelierSuiviElement);
