/**
 * What a visitor is looking at in one idea box — search words, selected themes, the chantier in focus
 * (`ViewState`, view.ts) — in the page's URL, so a copied link opens the same view.
 *
 * The URL belongs to the host page. A box reads and writes only its own keys (`boite.q`, `boite.themes`,
 * `boite.chantier`, prefixed per box), edits the text of the query or fragment segment by segment, and
 * leaves every other byte as it found it: other boxes' keys, the host's parameters, its anchor
 * (`#contact`) or its hash route (`#/projets/discriminations`), in their order and their encoding.
 *
 * Where the keys live (`url-state` attribute):
 * - `query` (default): `page?boite.q=logement#contact`. The fragment stays the host's, so its anchors and
 *   hash routers keep working, and a host anchor click keeps the view. The query of a `pushState` is never
 *   sent until the page is reloaded, and web servers ignore parameters they do not know.
 * - `fragment`: `page#boite.q=logement`, for a host that wants nothing of it sent to its server. The box
 *   writes there only while the fragment is empty or made of `key=value` pairs: a host anchor or route in
 *   the fragment is left alone, and the view is then not recorded.
 * - `none`: the box neither reads nor writes the URL (and shows no "link to this chantier").
 * A box reads its keys from the other place when its own has none, so a link written under one setting
 * still opens under the other.
 *
 * Only the box's view chunk (box-view.ts) reads and writes the URL: the box renders its document only once
 * that chunk is there. What the element itself needs of a view is in view.ts.
 */
import { MAX_QUERY_LENGTH } from '../model/query.js';
import { EMPTY_VIEW, type UrlPlace, type ViewState } from './view.js';

/** Whether two views show the same (the query's outer spaces aside). */
export const sameView = (a: ViewState, b: ViewState) =>
  a.query.trim() === b.query.trim() &&
  a.themes.join(',') === b.themes.join(',') &&
  (a.statuts ?? []).join(',') === (b.statuts ?? []).join(',') &&
  (a.tri || '') === (b.tri || '') &&
  a.chantier === b.chantier &&
  !a.full === !b.full;

type Field = 'q' | 'themes' | 'statuts' | 'tri' | 'chantier' | 'lire';
/** Every key a box writes after its own name (`boite.q`…): the stories clear them all between stories. */
export const FIELDS: readonly Field[] = ['q', 'themes', 'statuts', 'tri', 'chantier', 'lire'];

/** How much of a value is read: a query's 200 characters, each up to 12 characters escaped (`%F0%9F%98%80`). */
const MAX_RAW = MAX_QUERY_LENGTH * 12;

/**
 * Decodes like a form (`+` is a space); a malformed escape from a crafted link reads as nothing. A link
 * may carry megabytes: only what a view can use is decoded, and an escape that the cut split is dropped.
 */
function decode(raw: string): string | undefined {
  let text = raw.slice(0, MAX_RAW).replace(/\+/g, ' ');
  for (let attempt = 0; attempt <= (raw.length > MAX_RAW ? 12 : 0); attempt += 1, text = text.slice(0, -1)) {
    try {
      return decodeURIComponent(text);
    } catch {
      // a malformed escape, or the end of one the cut split: one character less
    }
  }
  return undefined;
}

/**
 * Encoded as a form encodes it (a space is `+`; `'` too is escaped, so the browser keeps the URL as written),
 * with `,` left readable. A lone surrogate (typed text can hold one) becomes U+FFFD instead of throwing.
 */
export const encode = (text: string) => new URLSearchParams({ v: text }).toString().slice(2).replace(/%2C/g, ',');

/**
 * A URL split where the host's parts begin: what comes before `?`, the query and the fragment, raw and
 * without their `?` and `#`; `undefined` for a part the URL does not have (kept apart from an empty one).
 */
function split(href: string): [base: string, query?: string, fragment?: string] {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const fragment = hashAt < 0 ? undefined : href.slice(hashAt + 1);
  return queryAt < 0 ? [beforeHash, undefined, fragment] : [beforeHash.slice(0, queryAt), beforeHash.slice(queryAt + 1), fragment];
}

/** The field of this box (its keys' `prefix`, `boite.`) that a raw `name=value` segment holds, if any. */
const fieldOf = (segment: string, prefix: string) => FIELDS.find((field) => segment.startsWith(`${prefix}${field}=`));

/** This box's fields in a `name=value&…` text, decoded (the first of each); `undefined` when none. */
function readFields(text: string | undefined, prefix: string): Partial<Record<Field, string>> | undefined {
  let fields: Partial<Record<Field, string>> | undefined;
  for (const segment of text ? text.split('&') : []) {
    const field = fieldOf(segment, prefix);
    if (field && !(fields && field in fields)) (fields ??= {})[field] = decode(segment.slice(prefix.length + field.length + 1)) ?? '';
  }
  return fields;
}

/**
 * The text with this box's fields set to `view`: each of its segments rewritten in place (or dropped when
 * empty), new ones appended; every other segment kept byte for byte, in its order. The text itself when
 * that changes nothing.
 */
function writeFields(text: string | undefined, prefix: string, view: ViewState): string | undefined {
  const values: Record<Field, string> = {
    q: view.query.trim(),
    themes: view.themes.join(','),
    statuts: view.statuts?.join(',') ?? '',
    tri: view.tri ?? '',
    chantier: view.chantier ?? '',
    lire: view.full ? 'tout' : '',
  };
  const written = new Set<Field>();
  const segment = (field: Field) => (written.add(field), `${prefix}${field}=${encode(values[field])}`);
  const segments = (text ? text.split('&') : []).flatMap((raw) => {
    const field = fieldOf(raw, prefix);
    return !field ? [raw] : written.has(field) || !values[field] ? [] : [segment(field)];
  });
  for (const field of FIELDS) if (values[field] && !written.has(field)) segments.push(segment(field));
  const result = segments.join('&');
  return result === (text ?? '') ? text : result || undefined;
}

/** A fragment the box may write into: none, or only `name=value` pairs (no anchor, no `#/route`). */
const isParameterText = (text: string | undefined) => !text || text.split('&').every((segment) => /^[\w.%~-]+=/.test(segment));

/** The follow-up's part of a view, only what a link sets (a view without it compares and reads as before). */
function followUp(fields: Partial<Record<Field, string>>): Pick<ViewState, 'statuts' | 'tri'> {
  const statuts = [...new Set((fields.statuts ?? '').split(',').filter(Boolean))].slice(0, 32);
  return { ...(statuts.length ? { statuts } : {}), ...(fields.tri === 'maj' ? { tri: 'maj' as const } : {}) };
}

/**
 * The box's view in a URL, or `undefined` when the URL carries none of its keys (then the host navigated
 * on its own, or the view is the empty one). Its own place first, then the other one.
 */
export function readView(href: string, key: string, place: UrlPlace): ViewState | undefined {
  if (place === 'none') return undefined;
  const [, query, fragment] = split(href);
  const prefix = `${encode(key)}.`;
  const fields = readFields(place === 'query' ? query : fragment, prefix) ?? readFields(place === 'query' ? fragment : query, prefix);
  return (
    fields && {
      // A crafted link may hold a query of any length: it is cut where a typed one would be.
      query: (fields.q ?? '').slice(0, MAX_QUERY_LENGTH),
      // Distinct and few (no document has dozens of themes), so filtering stays one pass per chantier.
      themes: [...new Set((fields.themes ?? '').split(',').filter(Boolean))].slice(0, 32),
      ...followUp(fields),
      chantier: fields.chantier || undefined,
      full: fields.lire === 'tout',
    }
  );
}

/**
 * The URL with this box's view written in its place, and its keys removed from the other place;
 * `undefined` when it cannot be written there (`none`, or a fragment the host uses).
 */
export function writeView(href: string, key: string, place: UrlPlace, view: ViewState): string | undefined {
  const [base, query, fragment] = split(href);
  if (place === 'none' || (place === 'fragment' && !isParameterText(fragment))) return undefined;
  const prefix = `${encode(key)}.`;
  const newQuery = writeFields(query, prefix, place === 'query' ? view : EMPTY_VIEW);
  const newFragment = writeFields(fragment, prefix, place === 'fragment' ? view : EMPTY_VIEW);
  return base + (newQuery === undefined ? '' : `?${newQuery}`) + (newFragment === undefined ? '' : `#${newFragment}`);
}

/**
 * The link to one chantier that a server writes, which knows nothing of the page's URL: only the box's own
 * key, in the fragment, so that following it before the script runs never leaves the page.
 */
export const serverPermalink = (key: string, chantier: string) => `#${encode(key)}.chantier=${encode(chantier)}`;
