import { resolve } from 'node:path';
import type { ChunkingContext } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from './scripts/minify-templates.mjs';

const LICENSE_BANNER = '/*! boite-a-idees — MIT. Includes Lit and @lit/context (BSD-3-Clause, Google LLC). */';

/**
 * The embed's entries, one build each (`vite build` for the first, `vite build --mode card` for the
 * second; `npm run build:embed` runs both): each is one ES module with Lit included, so a CMS page needs a
 * single <script type="module"> tag, and no page waits for a second file before it renders. What is rarely
 * needed (English words, failure messages) is a chunk in `dist/chunks/`, loaded on first use. Budgets
 * (`node scripts/size.mjs`, BENCHMARKS.md): 15 KB gzip for the whole box, 11 KB for the card.
 */
const ENTRIES = {
  /** Every element: the idea box, and the cards, lists and tables it renders or a page uses alone. */
  production: { entry: 'src/define.ts', fileName: 'boite-a-idees.js', emptyOutDir: true },
  /** A page that shows one chantier: <chantier-card> with <freins-list> and <gouvernance-table>. */
  card: { entry: 'src/chantier-card/define.ts', fileName: 'chantier-card.js', emptyOutDir: false },
};

/**
 * What every page with data loads at the same moment, beside the fetch of its data (or as inline data
 * connects): src/shared/beside-data.ts, one module (the data's checks and the reading of its bytes, the
 * text's markup, the rendering of a chantier and, in the box's build, the box's view) loaded by one
 * `import()` (src/shared/validation.ts), so a consumer's own bundle of lib/ makes it one chunk too. Here it
 * becomes one file, `dist/chunks/beside-data-*.js`, with what it imports that the entry does not (a chunk
 * group, below). The rare chunks (failure messages, English, search, overview, follow-up…) stay apart, on
 * demand.
 */
const BESIDE_DATA = ['src/shared/beside-data.ts', 'src/shared/beside-box.ts'];

/**
 * Rolldown's chunk group for BESIDE_DATA: that module and every module it imports that the entry does
 * not. A group of the module alone would leave what it shares with a rare chunk (validate.ts's blocks,
 * which the failure messages' parsers use too) to the automatic splitting, which makes it a third file
 * fetched after the first; what the entry has stays in the entry (its modules are never captured, so
 * no chunk can take Lit out of it: the trap of src/shared/entry-lit.ts).
 */
function besideTheData(entry: string) {
  const roots = BESIDE_DATA.map((path) => resolve(path));
  const membersOf = new WeakMap<ChunkingContext, Set<string>>();
  /** The modules `from` imports statically, transitively, without entering `stop`. */
  const reach = (context: ChunkingContext, from: string[], stop = new Set<string>()) => {
    const seen = new Set<string>();
    for (const todo = [...from]; todo.length; ) {
      const id = todo.pop()!;
      if (seen.has(id) || stop.has(id)) continue;
      seen.add(id);
      todo.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  return (id: string, context: ChunkingContext): string | null => {
    let members = membersOf.get(context);
    if (!members) {
      // Only in the embed's builds (Storybook's has another entry: its splitting is left alone).
      const inEntry = context.getModuleInfo(resolve(entry))?.isEntry ? reach(context, [resolve(entry)]) : undefined;
      members = inEntry ? reach(context, roots.filter((root) => context.getModuleInfo(root)), inEntry) : new Set();
      membersOf.set(context, members);
    }
    return members.has(id) ? 'beside-data' : null;
  };
}

export default defineConfig(({ mode }) => {
  // Any other mode (Storybook's `development`) is the whole box's.
  const target = ENTRIES[mode as keyof typeof ENTRIES] ?? ENTRIES.production;
  return {
    // Lit's packages resolve to their production builds through the default conditions (no `development`
    // condition in a build); the bundle must never contain Lit's dev-mode warnings (scripts/size.mjs checks).
    plugins: [minifyTemplates()],
    // The embed is never hydrated: src/shared/render.ts drops the lists' template branch (server and hydration only).
    define: { BOITE_EMBED: 'true' },
    // The card's build has no box: the module loaded beside the data (src/shared/validation.ts) goes
    // without the box's view there.
    // In the embed, the sheets of a rendered chantier come beside the data, adopted by the views: the
    // elements' `static styles` list none of them (src/shared/view-styles.ts).
    resolve: {
      alias: [
        { find: /^.*\/view-styles\.js$/, replacement: resolve('src/shared/view-styles-embed.ts') },
        ...(mode === 'card' ? [{ find: /^\.\/beside-box\.js$/, replacement: resolve('src/shared/beside-data.ts') }] : []),
      ],
    },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: target.emptyOutDir,
      lib: {
        entry: target.entry,
        formats: ['es'],
        fileName: () => target.fileName,
      },
      rolldownOptions: {
        // minify-literals takes most of the build's time, by design: no need to be told at every build.
        checks: { pluginTimings: false },
        // The entry exports nothing, so what it shares with an on-demand chunk can stay in it (the chunk
        // imports it from there): without this, Rolldown moves the shared modules into a third file that the
        // entry must fetch before it runs.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // BESIDE_DATA in one file. Its modules' own dependencies are already in the group or in the entry.
          codeSplitting: { groups: [{ name: besideTheData(target.entry), includeDependenciesRecursively: false }] },
          minify: true,
          // The minifier keeps `/* @__PURE__ */` annotations (no use once bundled) and drops `banner`:
          // strip every comment, then add the licence notice after minification.
          comments: false,
          postBanner: LICENSE_BANNER,
        },
      },
    },
  };
});

/** Our templates minified for the build only (scripts/minify-templates.mjs says why and how). */
export function minifyTemplates({ html = true } = {}): Plugin {
  return {
    name: 'boite-a-idees:minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const result = await minifyTemplateLiterals(code, id, { html });
      return result && { code: result.code, map: result.map };
    },
  };
}
