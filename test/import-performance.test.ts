/**
 * The restitution importer stays linear on inputs crafted against it (issue 14): each crafted text is
 * imported at about 25 KB and at about 100 KB, and the larger one must take less than 8 times as long as
 * the smaller (linear: about 4 times; quadratic: 16; the cubic `unquote` of old: 64). No wall-clock limit:
 * the ratio is measured within one run, best of several (`expectLinearGrowth`), so a loaded machine slows
 * both sizes alike.
 */
import { expect } from '@open-wc/testing';
import { importRestitution } from '../src/model/import-restitution.js';
import { analyzeDraft } from '../src/atelier-boite/analyze-draft.js';
import { expectLinearGrowth } from './helpers.js';

const NBSP = '\u00a0';
/** Each family makes a text of about `size` characters that once sent a part of the importer super-linear. */
const CRAFTED: Record<string, (size: number) => string> = {
  // unquote(): /^["“«'‘]\s*(.*?)\s*["”»'’]$/ on a title of no-break spaces without its closing quote.
  'a chantier title of no-break spaces': (size) => `Chantier - "${NBSP.repeat(size - 14)}x`,
  // stripDecoration(): /[-–—=*_~\s]+$/ retried from every position of a long run of decorations.
  'a long decorated line at the top': (size) => `x${`${NBSP}-`.repeat(size / 2 - 1)}x`,
  // findPageHeader(): a look-back over every line before each "Atelier … :", and indexOf among candidates.
  'thousands of "Atelier … :" lines': (size) => lines(size, (index) => `Atelier ${index} :`),
  // The chantier line: /^(?:Chantier\s*[-–—:]\s*)+(.+)$/, nested quantifiers.
  'a chantier line repeating "Chantier -"': (size) => `${'Chantier -  '.repeat(size / 12)}`,
  // chantiers.find() per chantier line, and suffixes retried from 2 for each equal id.
  'thousands of chantiers with equal titles': (size) => lines(size, (index) => `Chantier - "Titre ${index % 2 ? index : 'commun'}"\nEnjeu\n- a`),
  // The governance row: /^(.+?)\s:\s+(.+)$/ on a long line of colons.
  'a governance line of colons': (size) => `Chantier - "A"\nGouvernance\n- Pilote${' :'.repeat(size / 2 - 20)}`,
  // Runs of spaces made one: a global replace slowed down on 50,000 runs in one line.
  'a line of short runs of spaces and tabs': (size) => `Chantier - "A"\nEnjeu\n- ${'a \t'.repeat(size / 3 - 10)}`,
  // Headings guessed by edit distance: many short stand-alone lines close to a heading.
  'thousands of near-miss headings': (size) => `Chantier - "A"\nEnjeu\n${lines(size, (index) => (index % 2 ? 'Ressourcez' : 'On aura réussit si'))}`,
  // Nesting: one more space of indentation on each line.
  'a list indented one more space per line': (size) => `Chantier - "A"\nEnjeu\n${lines(size, (index) => `${' '.repeat(index % 4000)}- x`)}`,
};

/** Lines made by `make` until the text reaches about `size` characters. */
function lines(size: number, make: (index: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const line = make(index);
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}

const SMALL = 25_000;
const LARGE = 100_000;

describe('importRestitution: linear time on crafted input (100 KB)', () => {
  for (const [name, make] of Object.entries(CRAFTED)) {
    it(`${name}: time(4n) < 8 × time(n)`, () => {
      const small = make(SMALL);
      const large = make(LARGE);
      expect(large.length).to.be.within(LARGE * 0.9, LARGE * 1.1);
      expectLinearGrowth(() => importRestitution(small), () => importRestitution(large), 'time(100 KB) / time(25 KB)');
    });
  }

  it('the whole analysis of the authoring page too (import, validation, places of the notes)', () => {
    const make = CRAFTED['thousands of chantiers with equal titles'];
    const small = make(SMALL);
    const large = make(LARGE);
    expectLinearGrowth(() => analyzeDraft(small), () => analyzeDraft(large), 'time(100 KB) / time(25 KB)', 3);
  });
});
