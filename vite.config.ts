import { defineConfig, type Plugin } from 'vite';

const LICENSE_BANNER = '/*! boite-a-idees — MIT. Includes Lit and @lit/context (BSD-3-Clause, Google LLC) and valibot (MIT). */';

// The embed bundle: one self-contained ES module (Lit included) that registers every element, so a
// CMS page needs a single <script type="module"> tag. Budget: 20 KB gzip (`node scripts/size.mjs`,
// BENCHMARKS.md).
export default defineConfig({
  // Lit's packages resolve to their production builds through the default conditions (no `development`
  // condition in a build); the bundle must never contain Lit's dev-mode warnings (scripts/size.mjs checks).
  plugins: [minifyLitTemplates()],
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
        // The minifier keeps `/* @__PURE__ */` annotations (no use once bundled) and drops `banner`:
        // strip every comment, then add the licence notice after minification.
        comments: false,
        postBanner: LICENSE_BANNER,
      },
    },
  },
});

/**
 * The minifier leaves template literals alone, so Lit's `css` and `html` templates kept their
 * indentation and comments (≈ 1 KB gzip; BENCHMARKS.md). This plugin, for the build only, rewrites the literal text
 * of templates tagged `css`, `html`, `svg` or `staticHtml` in our own sources:
 * - CSS: comments removed, whitespace collapsed and dropped around `{ } ; , >` and after `:`; strings kept.
 * - HTML: every run of whitespace that contains a line break becomes one space. Rendering is unchanged
 *   (HTML collapses such runs to one space anyway); a template with `<pre>` or `<textarea>` is left alone,
 *   and none of ours styles text with `white-space: pre`.
 */
export function minifyLitTemplates(): Plugin {
  const TAGS: Record<string, 'css' | 'html'> = { css: 'css', html: 'html', svg: 'html', staticHtml: 'html' };
  return {
    name: 'boite-a-idees:minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg|staticHtml)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag?.type !== 'Identifier') return;
        const kind = TAGS[node.tag.name as string];
        if (!kind) return;
        const quasis = node.quasi.quasis as { start: number; end: number; value: { raw: string } }[];
        // Whitespace is content in <pre> and <textarea>: such a template is left as written.
        if (kind === 'html' && quasis.some((quasi) => /<(?:pre|textarea)\b/i.test(quasi.value.raw))) return;
        quasis.forEach((quasi, index) => {
          const raw = quasi.value.raw;
          if (code.slice(quasi.start, quasi.end) !== raw) this.error(`minify-lit-templates: unexpected template position in ${id}`);
          const text = kind === 'css' ? minifyCss(raw, index === 0, index === quasis.length - 1) : raw.replace(/\s*\n\s*/g, ' ');
          if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
        });
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      // The edits stay inside template literals: module-level mappings stay right (scripts/size.mjs).
      return { code: out, map: null };
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) child && typeof child.type === 'string' && walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** Minifies the text of one CSS template part; `first`/`last` say whether its ends touch the backticks. */
export function minifyCss(raw: string, first = true, last = true): string {
  // Comments out first (keeping strings), then strings apart, so nothing inside a string is touched.
  const STRING = /'(?:\\[\s\S]|[^'\\])*'|"(?:\\[\s\S]|[^"\\])*"/;
  const noComments = raw.replace(new RegExp(`${STRING.source}|\\/\\*[\\s\\S]*?\\*\\/`, 'g'), (match) => (match.startsWith('/*') ? ' ' : match));
  const tokens = noComments.split(new RegExp(`(${STRING.source})`));
  let out = tokens
    .map((token, index) =>
      index % 2 === 1
        ? token
        : token
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            .replace(/(^|[ :,(])0\.(\d)/g, '$1.$2'),
    )
    .join('');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}
