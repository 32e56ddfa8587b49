/**
 * What the command line prints comes partly from the files it reads: a chantier's title, a line it could not
 * place. Control characters there would drive the reader's terminal (ESC sequences retitle the window or
 * clear the screen), C1 controls too, and bidi controls reorder what is shown. Every such character is shown
 * as its escape (`\u001b`), the way JSON writes it; the line breaks the command line writes itself are kept.
 */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
