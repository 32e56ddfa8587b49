// Registers <freins-list>; safe to run twice.
import { defineElement } from '../shared/define-element.js';
import { FreinsListElement } from './freins-list.js';

defineElement('freins-list', FreinsListElement);
