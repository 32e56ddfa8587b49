// Types of minify-templates.mjs, for vite.config.ts.
export function minifyTemplateLiterals(
  code: string,
  fileName: string,
  options?: { html?: boolean },
): ReturnType<typeof import('minify-literals').minifyHTMLLiterals>;
export function esbuildMinifyTemplates(options?: { html?: boolean }): import('esbuild').Plugin;
