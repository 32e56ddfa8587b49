import { defineConfig } from 'vite';
import { minifyTemplates } from './vite.config.js';

const LICENSE_BANNER =
  '/*! boite-a-idees (hydrating build) — MIT. Includes Lit, @lit/context and @lit-labs/ssr-client (BSD-3-Clause, Google LLC) and valibot (MIT). */';

// dist/boite-a-idees-hydrate.js: the embed bundle for pages rendered on the server (`npm run render`,
// `boite-a-idees/ssr.js`). Same elements as dist/boite-a-idees.js, plus Lit's hydrate support, loaded
// first, so the elements take over the server's DOM instead of rendering it again. A separate file keeps
// the plain embed bundle small. `vite build -c vite.hydrate.config.ts` (after `vite build`: it keeps dist/).
//
// Lit checks that the client's templates are the server's (a digest of their text): the HTML templates
// must stay exactly as the server (lib/, compiled by tsc) has them, so unlike vite.config.ts only the
// CSS is minified here.
export default defineConfig({
  plugins: [minifyTemplates({ html: false })],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: 'src/ssr/hydrate.ts',
      formats: ['es'],
      fileName: () => 'boite-a-idees-hydrate.js',
    },
    rolldownOptions: {
      checks: { pluginTimings: false },
      // One file, as the README says: every chunk the embed loads on demand is already in it (src/ssr/words.ts
      // provides them up front), and what only a dynamic import reaches (the host anchor's) goes in too.
      output: { minify: true, comments: false, postBanner: LICENSE_BANNER, codeSplitting: false },
    },
  },
});
