/**
 * The follow-up's steps as an Atom feed (RFC 4287), so residents and partners follow the chantiers from
 * any feed reader: one entry per dated step, newest first, each linking to its chantier in the idea box.
 *
 * Entry ids are stable: the same step (chantier, date, text) gets the same id at every regeneration, so a
 * reader shows each step once; a step whose text is corrected becomes a new entry. No Node API.
 */
import { slugify } from './fold.js';
import type { Chantier, Etape, IdeaBoxDocument } from './types.js';

export interface FeedOptions {
  /** Absolute http(s) URL of the page that shows the idea box: the feed's id and its alternate link. */
  readonly base: string;
  /** The link to one chantier in that page (the box's own permalink). */
  readonly linkOf: (chantierId: string) => string;
  /** Absolute URL where the feed itself is published (`rel="self"`), when known. */
  readonly self?: string;
  /** The feed's `updated` when no chantier has a date yet (`YYYY-MM-DD`, usually today). */
  readonly today: string;
}

export interface FeedResult {
  readonly xml: string;
  readonly entries: number;
  /** JSON paths of texts holding characters XML cannot carry (control characters), written as U+FFFD. */
  readonly replaced: readonly string[];
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';

interface Entry {
  chantier: Chantier;
  etape: Etape;
  path: string;
}

/** The Atom document of the steps of every chantier. */
export function atomFeed(document: IdeaBoxDocument, options: FeedOptions): FeedResult {
  const replaced: string[] = [];
  const text = (value: string, path: string) => {
    const clean = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    if (clean !== value && !replaced.includes(path)) replaced.push(path);
    return escapeXml(clean);
  };

  const entries: Entry[] = [];
  document.chantiers.forEach((chantier, index) =>
    (chantier.suivi?.etapes ?? []).forEach((etape, step) => entries.push({ chantier, etape, path: `chantiers[${index}].suivi.etapes[${step}]` })),
  );
  // Newest first; the same day keeps the document's order.
  entries.sort((a, b) => (a.etape.date < b.etape.date ? 1 : a.etape.date > b.etape.date ? -1 : 0));

  let updated = '';
  for (const chantier of document.chantiers) {
    for (const date of [chantier.suivi?.miseAJour, ...(chantier.suivi?.etapes ?? []).map((etape) => etape.date)]) {
      if (date && date > updated) updated = date;
    }
  }
  const page = options.base.replace(/#.*$/, ''); // entry ids add their own fragment
  const rencontre = document.rencontre;
  const title = rencontre ? `Suivi des chantiers : ${rencontre.titre}` : 'Suivi des chantiers';
  const author = rencontre?.organisateur ?? rencontre?.titre ?? 'Boîte à idées';
  const seen = new Map<string, number>();

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="fr">`,
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${text(title, 'rencontre.titre')}</title>`,
    `  <updated>${dateTime(updated || options.today)}</updated>`,
    `  <author><name>${text(author, 'rencontre.organisateur')}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.base)}"/>`,
    ...(options.self ? [`  <link rel="self" type="application/atom+xml" href="${escapeXml(options.self)}"/>`] : []),
    '  <generator>boite-a-idees</generator>',
  ];
  for (const { chantier, etape, path } of entries) {
    // The id names the chantier, the day and the text; a true duplicate (same day, same text) gets a suffix.
    let id = `${page}#suivi/${chantier.id}/${etape.date}/${hash(etape.texte)}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) id += `-${count}`;
    const when = dateTime(etape.date);
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(id)}</id>`,
      `    <title>${text(`${chantier.titre} : ${etape.texte}`, path)}</title>`,
      `    <published>${when}</published>`,
      `    <updated>${when}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(options.linkOf(chantier.id))}"/>`,
      `    <category term="${escapeXml(slugify(chantier.thematique) || 'chantier')}" label="${text(chantier.thematique, `${path.replace(/\.suivi.*/, '')}.thematique`)}"/>`,
      `    <content type="text">${text(etape.texte, `${path}.texte`)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return { xml: lines.join('\n'), entries: entries.length, replaced };
}

/** A calendar day as an RFC 3339 date-time: the day's start, UTC. */
const dateTime = (date: string) => `${date}T00:00:00Z`;

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable name for a step's text. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    h ^= value.charCodeAt(index);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
