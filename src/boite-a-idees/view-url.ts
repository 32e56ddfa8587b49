/**
 * The writing of a box's view into the page's URL (view-state.ts says where and how): in the box's view
 * chunk (box-view.ts), since only a visitor's actions and the chantiers' links write it, and both come
 * with that chunk. The entry only reads the URL (`readView`).
 */
import { EMPTY_VIEW, encode, fieldOf, FIELDS, split, type Field, type UrlPlace, type ViewState } from './view-state.js';

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

