/**
 * Folds text for comparison: no accents, no case ("SANTÉ", "santé" and "sante" are equal), so searches,
 * theme names and the importer's headings match the way people type them.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A readable identifier from a name: "Santé publique" → "sante-publique". */
export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
