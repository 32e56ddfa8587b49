import { defineConfig } from 'vite';

// The embed bundle: one self-contained ES module (Lit included) that registers every element, so a
// CMS page needs a single <script type="module"> tag.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'boite-a-idees.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        banner: '/*! boite-a-idees — MIT. Includes Lit and @lit/context (BSD-3-Clause, Google LLC) and valibot (MIT). */',
      },
    },
  },
});
