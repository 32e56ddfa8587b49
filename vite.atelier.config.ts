import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const LICENSE_BANNER = '/*! boite-a-idees, atelier — MIT. Includes Lit and @lit/context (BSD-3-Clause, Google LLC), valibot (MIT) and PapaParse (MIT). */';

// The authoring workshop, <atelier-boite>, apart from the embed bundle (town halls' pages stay small):
// `npm run build:atelier` writes dist/atelier/, a folder a town hall can host as it is —
//   atelier-boite.js           the ES module (Lit included) registering <atelier-boite> and the
//                              <boite-a-idees> of its preview
//   assets/analysis-worker-*.js  the analysis, run off the page's main thread (a module Worker)
//   assets/office-file-*.js    the .docx/.odt reader (fflate), loaded when such a file is opened
//   index.html, atelier.css    the page (no inline script or style: it holds under a strict CSP)
//   exemple-restitution.txt    the seed's restitution (data/restitution.txt), behind "Reprendre l'exemple"
// Every file is found relative to atelier-boite.js (`base: './'`), so the folder works wherever it is put.
// Run it after `vite build`: that one empties dist/ (demo/atelier.html loads ../dist/atelier/atelier-boite.js).
export default defineConfig({
  plugins: [hostablePage()],
  publicDir: false,
  base: './',
  worker: {
    format: 'es',
    rolldownOptions: { output: { minify: true, comments: false } },
  },
  build: {
    target: 'es2022',
    outDir: 'dist/atelier',
    emptyOutDir: true,
    lib: {
      entry: 'src/atelier-boite/define.ts',
      formats: ['es'],
      fileName: () => 'atelier-boite.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        postBanner: LICENSE_BANNER,
      },
    },
  },
});

/** Adds the page, its stylesheet and the example text beside the bundle (copied, never retyped). */
function hostablePage(): Plugin {
  const files: Record<string, string> = {
    'index.html': 'src/atelier-boite/page/index.html',
    'atelier.css': 'src/atelier-boite/page/atelier.css',
    'exemple-restitution.txt': 'data/restitution.txt',
  };
  return {
    name: 'boite-a-idees:atelier-page',
    apply: 'build',
    generateBundle() {
      for (const [fileName, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(new URL(source, import.meta.url)) });
      }
    },
  };
}
