import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './vite.config.js';

const LICENSE_BANNER =
  '/*! boite-a-idees (hydrating build) — MIT. Includes Lit, @lit/context and @lit-labs/ssr-client (BSD-3-Clause, Google LLC) and valibot (MIT). */';

// The script of pages rendered on the server (`npm run render`, `boite-a-idees/ssr.js`): same elements as
// dist/boite-a-idees.js, plus Lit's hydrate support, loaded first, so the elements take over the server's
// DOM instead of rendering it again. A separate build keeps the plain embed bundle small. `vite build -c
// vite.hydrate.config.ts` (after `vite build`: it keeps dist/). Two files: the code, one chunk
// (dist/chunks/hydrate-*.js), and dist/boite-a-idees-hydrate.js, the script the pages name, which imports it
// once the page is parsed (see `importAfterParse`).
//
// Lit checks that the client's templates are the server's (a digest of their text): the HTML templates
// must stay exactly as the server (lib/, compiled by tsc) has them, so unlike vite.config.ts only the
// CSS is minified here.
export default defineConfig({
  plugins: [minifyTemplates({ html: false }), importAfterParse('boite-a-idees-hydrate.js')],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: 'src/ssr/hydrate.ts',
      formats: ['es'],
      fileName: () => 'chunks/hydrate-[hash].js',
    },
    rolldownOptions: {
      checks: { pluginTimings: false },
      // The code in one file: every chunk the embed loads on demand is already in it (src/ssr/words.ts
      // provides them up front), and what only a dynamic import reaches (the host anchor's) goes in too.
      output: { minify: true, comments: false, postBanner: LICENSE_BANNER, codeSplitting: false },
    },
  },
});

/**
 * Writes `fileName`, a script that imports the build's code (its one chunk) and does nothing else. Valid as a
 * classic script (`npm run render` writes `<script defer>`, src/ssr/render.ts says why) and as a module. A
 * deferred or module script runs once the page has been parsed, so the code is requested only then: the server's
 * HTML is the content, and it comes first. Named in the page's tag itself, the code (35 KB gzip) downloaded
 * and compiled while the browser was still parsing, and a box of three chantiers showed 1.26 × later than
 * the same box as static HTML; requested after the parse, 0.85 × as late, and hydrated as soon (BENCHMARKS.md,
 * section 2). Not an entry module of the build: Rolldown would then split the code, and its chunk group put
 * lit-element before Lit's hydrate support, which must run first. If the code cannot be loaded, the page stays
 * what the server wrote: readable, without search, filters or folding.
 */
function importAfterParse(fileName: string): Plugin {
  return {
    name: 'boite-import-after-parse',
    apply: 'build',
    generateBundle(_options, bundle) {
      const code = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!code) throw new Error('importAfterParse: the build has no entry chunk');
      this.emitFile({ type: 'asset', fileName, source: `${LICENSE_BANNER}\nimport('./${code.fileName}');\n` });
    },
  };
}
