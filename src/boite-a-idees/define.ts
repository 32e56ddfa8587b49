// Registers <boite-a-idees> and the elements it renders inside; safe to run twice.
import '../chantier-card/define.js';
import { defineElement } from '../shared/define-element.js';
import { BoiteAIdeesElement } from './boite-a-idees.js';

defineElement('boite-a-idees', BoiteAIdeesElement);
