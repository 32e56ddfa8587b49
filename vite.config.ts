import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const LICENSE_BANNER = '/*! boite-a-idees — MIT. Includes Lit and @lit/context (BSD-3-Clause, Google LLC) and valibot (MIT). */';

// The embed bundle: one self-contained ES module (Lit included) that registers every element, so a
// CMS page needs a single <script type="module"> tag. Budget: 20 KB gzip (`node scripts/size.mjs`,
// BENCHMARKS.md).
export default defineConfig({
  // Lit's packages resolve to their production builds through the default conditions (no `development`
  // condition in a build); the bundle must never contain Lit's dev-mode warnings (scripts/size.mjs checks).
  plugins: [minifyTemplates()],
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
      // minify-literals takes most of the build's time, by design: no need to be told at every build.
      checks: { pluginTimings: false },
      output: {
        minify: true,
        // The minifier keeps `/* @__PURE__ */` annotations (no use once bundled) and drops `banner`:
        // strip every comment, then add the licence notice after minification.
        comments: false,
        postBanner: LICENSE_BANNER,
      },
    },
  },
});

/**
 * The bundler's minifier leaves template literals alone, so Lit's `css` and `html` templates kept their
 * indentation and comments (≈ 1 KB gzip; BENCHMARKS.md). For the build only, minify-literals minifies our own
 * templates: CSS with Lightning CSS, HTML with html-minifier-next. `html: false` leaves the HTML as written
 * (the hydrating build: see vite.hydrate.config.ts).
 *
 * `conservativeCollapse` is required: without it every minifier drops the visible space of
 * `` html` — ${…}` `` ("Logement— Comment"). test/built-bundle.test.ts renders the built bundle beside the
 * sources to catch such a slip (the other browser tests compile src with esbuild and never see this plugin).
 */
export function minifyTemplates({ html = true } = {}): Plugin {
  return {
    name: 'boite-a-idees:minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        html: html && { conservativeCollapse: true },
        htmlTags: ['html', 'svg', 'staticHtml'],
        cssTags: ['css'],
        // The browsers our styles already need (light-dark(): Chrome 123, Firefox 120, Safari 17.5), so that
        // Lightning CSS writes nothing they lack and adds no fallback they do not need.
        css: { targets: { chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) } },
      });
      return result && { code: result.code, map: result.map };
    },
  };
}
