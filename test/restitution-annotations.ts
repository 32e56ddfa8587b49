/**
 * Reads the annotated restitutions of test/fixtures/restitutions/ (see its README) and checks an import
 * against them, line by line: each line is where its annotation says, or reported when it says so, and
 * « à vérifier » exactly when it says so. Pure, so a Node script can run it as well as the browser tests.
 */
import { fold } from '../src/model/fold.js';
import type { ImportResult } from '../src/model/import-restitution.js';
import type { Chantier, IdeaBoxDocument, Item } from '../src/model/types.js';
import { listMarker } from '../src/model/restitution-lines.js';

export interface AnnotatedLine {
  /** 1-based, in the restitution (comment lines of the fixture removed). */
  readonly no: number;
  readonly annotation: string;
  readonly text: string;
}

/** The restitution and each of its lines' annotation. Lines starting with `#` at column 0 are comments. */
export function readAnnotated(fixture: string): { text: string; lines: AnnotatedLine[] } {
  const lines: AnnotatedLine[] = [];
  for (const row of fixture.split(/\r?\n/)) {
    if (row.startsWith('#') || (!row.trim() && !lines.length)) continue;
    const bar = row.indexOf('|');
    if (bar < 0) {
      if (row.trim()) throw new Error(`fixture row without "|": ${row}`);
      continue;
    }
    const text = row.slice(bar + 1).replace(/^ /, '');
    lines.push({ no: lines.length + 1, annotation: row.slice(0, bar).trim(), text });
  }
  while (lines.length && !lines.at(-1)!.text && !lines.at(-1)!.annotation) lines.pop();
  return { text: lines.map((line) => line.text).join('\n'), lines };
}

/** Letters and digits only, folded: what must survive whatever the importer did with spaces and markers. */
const letters = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '');

function itemStrings(items: readonly Item[] | undefined, into: string[]): string[] {
  for (const item of items ?? []) {
    if (typeof item === 'string') into.push(item);
    else {
      into.push(item.texte);
      itemStrings(item.items, into);
    }
  }
  return into;
}

/** Every string of a chantier's section, a governance row read as "role texte". */
function sectionStrings(chantier: Chantier, key: string): string[] | undefined {
  if (key === 'gouvernance') {
    const gouvernance = chantier.gouvernance;
    if (!gouvernance) return undefined;
    return [...(gouvernance.roles ?? []).map((row) => `${row.role} ${row.texte}`), ...itemStrings(gouvernance.notes, [])];
  }
  const section = chantier[key as 'enjeu'];
  if (!section) return undefined;
  return [...(section.texte !== undefined ? [section.texte] : []), ...itemStrings(section.items, [])];
}

function rencontreStrings(document: IdeaBoxDocument): string[] {
  const rencontre = document.rencontre;
  if (!rencontre) return [];
  return [rencontre.titre, rencontre.intitule ?? '', rencontre.organisateur ?? '', ...(rencontre.presentation ?? [])];
}

/** Every string of the document's chantiers. */
function documentStrings(document: IdeaBoxDocument): string[] {
  const keys = ['enjeu', 'reussite', 'actions', 'ressources', 'questions', 'gouvernance', 'freins'];
  return document.chantiers.flatMap((chantier) => keys.flatMap((key) => sectionStrings(chantier, key) ?? []));
}

/** The words of a line that must be found: its text without list marker, or what follows "Heading :". */
function wordsOf(text: string): string[] {
  const trimmed = text.trim();
  const body = listMarker(trimmed)?.body ?? trimmed;
  const colon = body.indexOf(':');
  return colon > 0 ? [letters(body), letters(body.slice(colon + 1))] : [letters(body)];
}

const contains = (strings: readonly string[], text: string) => {
  const haystack = strings.map(letters);
  return wordsOf(text).some((needle) => needle !== '' && haystack.some((each) => each.includes(needle)));
};

/** Every mismatch between the import and the annotations, one sentence each; empty when all agree. */
export function checkAnnotations(result: ImportResult, lines: readonly AnnotatedLine[]): string[] {
  const problems: string[] = [];
  const unplaced = new Map(result.unplaced.map((note) => [note.line, note]));
  const toCheck = new Map(result.warnings.map((note) => [note.line, note]));
  const chantiers = result.document.chantiers;
  for (const line of lines) {
    const where = `line ${line.no} «${line.text.trim()}» (${line.annotation || 'blank'})`;
    let annotation = line.annotation;
    const guessed = annotation.startsWith('?');
    if (guessed) annotation = annotation.slice(1).trim();
    if (!annotation) {
      if (line.text.trim()) problems.push(`${where}: a non-blank line needs an annotation`);
      continue;
    }
    if (guessed !== toCheck.has(line.no)) {
      problems.push(`${where}: ${guessed ? 'should be' : 'should not be'} « à vérifier »${toCheck.has(line.no) ? ` (${toCheck.get(line.no)!.code})` : ''}`);
    }
    if (annotation.startsWith('!')) {
      const code = annotation.slice(1).trim();
      const note = unplaced.get(line.no);
      if (!note) problems.push(`${where}: should be reported`);
      else if (code && note.code !== code) problems.push(`${where}: reported as ${note.code}, expected ${code}`);
      continue;
    }
    if (unplaced.has(line.no)) {
      problems.push(`${where}: reported (${unplaced.get(line.no)!.code}) instead of placed`);
      continue;
    }
    const [first, second] = annotation.split(/\s+/);
    const chantierAt = (label: string) => {
      const chantier = chantiers[Number(label) - 1];
      if (!chantier) problems.push(`${where}: there is no chantier ${label} (${chantiers.length} chantiers)`);
      return chantier;
    };
    if (first === 'top') {
      if (!contains(rencontreStrings(result.document), line.text)) problems.push(`${where}: not in the meeting`);
    } else if (first === 'layout') {
      // Placed as layout: it must not have become a paragraph or an item of its own.
      if (documentStrings(result.document).some((each) => letters(each) === letters(line.text))) problems.push(`${where}: layout copied into the document`);
    } else if (first === 'atelier') {
      const chantier = chantierAt(second);
      if (chantier && !contains([chantier.atelier?.titre ?? '', chantier.atelier?.question ?? ''], line.text)) {
        problems.push(`${where}: not in chantier ${second}'s workshop ${JSON.stringify(chantier.atelier)}`);
      }
    } else if (first === 'theme') {
      const chantier = chantierAt(second);
      if (chantier && !letters(line.text).endsWith(letters(chantier.thematique))) problems.push(`${where}: chantier ${second}'s theme is ${chantier.thematique}`);
    } else if (first === 'titre') {
      const chantier = chantierAt(second);
      if (chantier && !contains([line.text], chantier.titre) && !letters(line.text).includes(letters(chantier.titre))) {
        problems.push(`${where}: chantier ${second}'s title is ${chantier.titre}`);
      }
    } else if (/^\d+$/.test(first) && second) {
      const chantier = chantierAt(first);
      if (!chantier) continue;
      const heading = second.startsWith('#');
      const key = heading ? second.slice(1) : second;
      const strings = sectionStrings(chantier, key);
      if (!strings) problems.push(`${where}: chantier ${first} has no ${key}`);
      else if (!heading && !contains(strings, line.text)) problems.push(`${where}: not in chantier ${first}'s ${key}: ${JSON.stringify(strings)}`);
    } else problems.push(`${where}: unknown annotation`);
  }
  return problems;
}
