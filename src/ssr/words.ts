/**
 * Server rendering and hydration cannot wait for words loaded on demand (the server renders in one pass;
 * the client must render exactly what the server did): both include the English labels and the failure
 * messages, and provide them before any element renders.
 */
import { en } from '../shared/labels-en.js';
import { labelsOf } from '../shared/labels.js';
import * as messages from '../shared/messages.js';
import { failureMessages } from '../shared/render.js';

export function provideAllWords(): void {
  labelsOf('en').set(en);
  failureMessages.set(messages);
}
