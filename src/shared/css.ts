import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag of our style sheets: Lit's `css` without its check that every interpolation is a `css` result,
 * whose long error message weighed ≈ 100 B gzip in each entry (BENCHMARKS.md). TypeScript makes that check
 * here: only our own `css` results, never a string, can go in. Named `css` so that the build minifies the
 * templates it tags (vite.config.ts; minify-literals leaves alone a file that calls Lit's escape hatch,
 * hence this module of its own). Each sheet is made once, when its module runs, so Lit's cache of sheets
 * by template, which only `css` feeds, had nothing to share.
 */
export const css = (strings: TemplateStringsArray, ...values: CSSResult[]): CSSResult =>
  unsafeCSS(strings.reduce((text, part, index) => text + values[index - 1] + part));
