import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps a `heading-level` attribute to 1–6; anything unparsable falls back to the default. */
export function clampLevel(level: number, fallback = 2): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : fallback;
}

export interface HeadingOptions {
  readonly id?: string;
  readonly class?: string;
  readonly part?: string;
  readonly lang?: string;
}

type Heading = (options: HeadingOptions, content: unknown) => TemplateResult;

// One template per level: a real <h1>…<h6> whose level the page chooses (RGAA 9.1), without the static
// templates' runtime (lit/static-html), which the embed bundle's size budget cannot afford.
const HEADINGS: readonly Heading[] = [
  (o, c) => html`<h1 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} lang=${ifDefined(o.lang)}>${c}</h1>`,
  (o, c) => html`<h2 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} lang=${ifDefined(o.lang)}>${c}</h2>`,
  (o, c) => html`<h3 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} lang=${ifDefined(o.lang)}>${c}</h3>`,
  (o, c) => html`<h4 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} lang=${ifDefined(o.lang)}>${c}</h4>`,
  (o, c) => html`<h5 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} lang=${ifDefined(o.lang)}>${c}</h5>`,
  (o, c) => html`<h6 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} lang=${ifDefined(o.lang)}>${c}</h6>`,
];

/** A heading of the given level (clamped to 1–6). */
export function heading(level: number, options: HeadingOptions, content: unknown): TemplateResult {
  return HEADINGS[clampLevel(level) - 1](options, content);
}
