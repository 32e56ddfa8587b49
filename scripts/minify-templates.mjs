// Our Lit templates minified at build time, with one set of options for every output that serves them: the
// embed and the hydrating bundle (vite.config.ts, vite.hydrate.config.ts), the server's renderer
// (scripts/render.mjs, which also writes dist/styles/) and the package's modules (lib/, `npm run build:lib`).
// The bundlers leave template literals alone, so without it the styles kept their indentation and comments:
// 48 KB of the 104 KB of a server-rendered box of three chantiers with inline styles, against the embed's
// minified sheets in the same box served as static HTML (BENCHMARKS.md, section 2).
//
// `html: false` leaves the HTML templates as written: Lit's hydration compares a digest of the server's
// template text with the client's, and the tests compile src/ unminified. CSS is not in that digest.
// `conservativeCollapse` is required where HTML is minified: without it every minifier drops the visible
// space of `` html` — ${…}` `` ("Logement— Comment"); test/built-bundle.test.ts renders the built bundle
// beside the sources to catch such a slip.
import { minifyHTMLLiterals } from 'minify-literals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `{ code, map }` with the templates of `code` minified, or null when it has none. */
export async function minifyTemplateLiterals(code, fileName, { html = true } = {}) {
  // Only modules with a tagged template (src/shared/css.ts, which has none, would make it warn).
  if (!/(?<![`\w])(?:css|html|svg|staticHtml)`/.test(code)) return null;
  return minifyHTMLLiterals(code, {
    fileName,
    html: html && { conservativeCollapse: true },
    htmlTags: ['html', 'svg', 'staticHtml'],
    cssTags: ['css'],
    // The browsers our styles already need (light-dark(): Chrome 123, Firefox 120, Safari 17.5), so that
    // Lightning CSS writes nothing they lack and adds no fallback they do not need.
    css: { targets: { chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) } },
  });
}

/** An esbuild plugin: the same minification for the TypeScript of src/ that esbuild compiles. */
export function esbuildMinifyTemplates({ html = true } = {}) {
  return {
    name: 'boite-a-idees:minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        const code = readFileSync(path, 'utf8');
        const result = await minifyTemplateLiterals(code, path, { html });
        return { contents: result?.code ?? code, loader: 'ts' };
      });
    },
  };
}

/** Minifies the CSS templates of every module of a folder in place (`node scripts/minify-templates.mjs lib`). */
async function minifyFolder(folder) {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const path = join(entry.parentPath, entry.name);
    const code = readFileSync(path, 'utf8');
    const result = await minifyTemplateLiterals(code, path, { html: false });
    if (result && result.code !== code) writeFileSync(path, result.code);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await minifyFolder(process.argv[2] ?? 'lib');
