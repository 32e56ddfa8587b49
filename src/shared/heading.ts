import { literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a `heading-level` attribute to 1–6; anything unparsable falls back to the default. */
export function clampLevel(level: number, fallback = 2): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : fallback;
}

/** The `<hN>` tag for a level, as a static value (only these six literals can ever be produced). */
export function headingTag(level: number): StaticValue {
  return HEADING_TAGS[clampLevel(level) - 1];
}
