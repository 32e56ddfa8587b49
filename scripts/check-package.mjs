// The npm package as published: `npm pack` (its prepack builds everything), the tarball's contents, then a
// throw-away consumer project in a temporary folder that installs the tarball offline from npm's cache
// (or, when the cache lacks the registry's metadata, as after a bare `npm ci`, with the registry's help),
// type-checks a use of every entry (this project's tsc), bundles it with this project's Vite (tree-shaking
// checked), renders the idea box with `boite-a-idees/ssr.js` in Node and runs the `boite-a-idees` command.
//
// It also leaves, for the browser tests, what they load: the framework examples of docs/examples/ bundled
// in that consumer from the installed package (.tmp/frameworks/), the pages of `npm run render`
// (.tmp/ssr/), and the seed with a follow-up merged by the installed command (.tmp/suivi/). A pre-step of
// `npm test`; alone: `node scripts/check-package.mjs [--keep]` (--keep leaves the temporary folder and prints
// where it is; --built packs the build already made, as `npm test` does right after its build pre-step).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const built = process.argv.includes('--built');
const started = Date.now();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const check = (condition, message) => condition || problems.push(message);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let last = Date.now();
const step = (label) => {
  console.log(`  ${label} (${((Date.now() - last) / 1000).toFixed(1)} s)`);
  last = Date.now();
};

/** Whether minified code calls a function with the tag and a class, as `defineElement("tag", Class)`. */
const registers = (code, tag) => new RegExp(`\\(([\`"'])${tag}\\1,\\s*[\\w$]+\\)`).test(code);

/** Runs a command; its output is shown only when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout;
}

/** Starts a command; resolves with its output, rejects with it when it fails (runs beside other steps). */
function start(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolvePromise(output) : reject(new Error(`${[command, ...args].join(' ')} failed (exit ${status})\n${output}`))));
  });
}

function finish() {
  if (problems.length > 0) {
    console.error(`\npackage check: ${problems.length} problem(s)\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`package check: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'boite-a-idees-package-'));
try {
  // --- 1. the package.json fields, against the sources ----------------------------------------------
  // Every tag that src/define.ts registers has its two entries and its registration in `sideEffects`.
  const tags = [...readFileSync(join(root, 'src/define.ts'), 'utf8').matchAll(/import '\.\/([a-z-]+)\/define\.js'/g)].map((match) => match[1]);
  check(tags.length >= 4, `src/define.ts registers ${tags.length} tags`);
  for (const tag of tags) {
    check(pkg.exports[`./${tag}.js`]?.default === `./lib/${tag}/${tag}.js`, `exports["./${tag}.js"] should be ./lib/${tag}/${tag}.js`);
    check(pkg.exports[`./${tag}/define.js`]?.default === `./lib/${tag}/define.js`, `exports["./${tag}/define.js"] should be ./lib/${tag}/define.js`);
    check(pkg.sideEffects.includes(`./lib/${tag}/define.js`), `sideEffects should list ./lib/${tag}/define.js`);
  }
  // `sideEffects` lists exactly the modules that register or patch: the published ones (define files, the
  // bundles, the SSR modules, the hydration patch) and their sources, since bundlers apply the field to this
  // package's own src/ too (the embed bundle, Storybook): a module missing there is silently dropped.
  const sourceFiles = readdirSync(join(root, 'src'), { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
  const SSR_MODULES = /^ssr\/(hydrate|render|adopt-styles-on-hydration)\.ts$/;
  const registering = [
    './lib/define.js', ...tags.map((tag) => `./lib/${tag}/define.js`),
    ...sourceFiles.filter((file) => SSR_MODULES.test(file)).map((file) => `./lib/${file.replace(/\.ts$/, '.js')}`),
    './dist/boite-a-idees.js', './dist/boite-a-idees-hydrate.js', './dist/chantier-card.js',
    ...sourceFiles.filter((file) => /(^|\/)define\.ts$/.test(file) || SSR_MODULES.test(file)).map((file) => `./src/${file}`),
  ];
  check(
    JSON.stringify([...pkg.sideEffects].sort()) === JSON.stringify([...registering].sort()),
    `sideEffects should be exactly ${[...registering].sort().join(', ')}; it is ${[...pkg.sideEffects].sort().join(', ')}`,
  );
  // Every module of ours that a bundled file imports only for its effect (`import './x/define.js'`) is in
  // the list: src/ (the bundles), stories/ and .storybook/ (Storybook's build).
  for (const dir of ['src', 'stories', '.storybook']) {
    if (!existsSync(join(root, dir))) continue;
    for (const file of readdirSync(join(root, dir), { recursive: true }).map(String).filter((name) => /\.(ts|js|mjs)$/.test(name))) {
      for (const [, target] of readFileSync(join(root, dir, file), 'utf8').matchAll(/^import '(\.{1,2}\/[^']+)\.js';/gm)) {
        const source = `./${join(dir, file, '..', `${target}.ts`)}`;
        check(pkg.sideEffects.includes(source), `${dir}/${file} imports ${target}.js for its effect: sideEffects should list ${source}`);
      }
    }
  }

  // The framework guide quotes each example verbatim: what the tests run is what people read.
  const guide = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');
  for (const file of readdirSync(join(root, 'docs/examples'))) {
    check(guide.includes(readFileSync(join(root, 'docs/examples', file), 'utf8').trim()), `docs/frameworks.md should quote docs/examples/${file} verbatim`);
  }

  // --- 2. npm pack (prepack: npm run build) --------------------------------------------------------
  // With --built, the build `npm test` has just made (the same `npm run build`) is packed as it is: a
  // second build would only repeat the first.
  const packArgs = ['pack', '--pack-destination', work, '--loglevel=error', ...(built ? ['--ignore-scripts'] : [])];
  run('npm', packArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${work}`);
  const tarballPath = join(work, tarball);
  const files = run('tar', ['-tzf', tarballPath]).split('\n').filter(Boolean).map((file) => file.replace(/^package\//, ''));
  step(`npm pack: ${tarball}, ${files.length} files, ${kb(statSync(tarballPath).size)} packed`);

  // --- 3. what the tarball holds ---------------------------------------------------------------------
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const published = pkg.sideEffects.filter((file) => !file.startsWith('./src/'));
  for (const target of [...new Set([...targets, ...published, pkg.main, pkg.types, `./${pkg.customElements}`, ...Object.values(pkg.bin).map((bin) => `./${bin}`)])]) {
    // A subpath pattern (`./dist/styles/*`) needs at least one file under its folder.
    const path = target.replace(/^\.\//, '');
    const present = path.endsWith('*') ? files.some((file) => file.startsWith(path.slice(0, -1))) : files.includes(path);
    check(present, `the tarball lacks ${target}`);
  }
  for (const tag of ['boite-a-idees', 'chantier-card', 'freins-list', 'gouvernance-table']) {
    check(files.includes(`dist/styles/${tag}.css`), `the tarball lacks dist/styles/${tag}.css (server-rendered pages link it)`);
  }
  for (const file of files) {
    check(!/^(src|test|stories|scripts|demo|\.tmp|node_modules|storybook-static)\//.test(file), `the tarball should not hold ${file}`);
    check(!/^lib\/(cli|atelier-boite)\//.test(file), `lib/ should not hold ${file}`);
  }
  check(files.includes('dist/cli.mjs'), 'the tarball lacks dist/cli.mjs (the bin runs it)');
  check(files.includes('README.md'), 'the tarball lacks README.md');
  // The sample document the README's npm example fetches, as the seed is.
  check(files.includes('data/chantiers.json'), 'the tarball lacks the sample data/chantiers.json');
  // The bundles register every tag (a wrong `sideEffects` empties them without any error); the
  // single-chantier entry registers the card and what it renders, not the box.
  const cardTags = ['chantier-card', 'freins-list', 'gouvernance-table'];
  for (const bundle of ['dist/boite-a-idees.js', 'dist/boite-a-idees-hydrate.js', 'dist/chantier-card.js']) {
    let code = readFileSync(join(root, bundle), 'utf8');
    // Every chunk an embed file loads on demand is in the tarball, beside it (dist/chunks/).
    for (const [, chunk] of code.matchAll(/["'`]\.\/(chunks\/[^"'`]+\.js)["'`]/g)) {
      check(files.includes(`dist/${chunk}`), `${bundle} loads dist/${chunk}, which the tarball lacks`);
    }
    // The hydrating script only imports its code once the page is parsed (src/ssr/hydrate-after-parse.ts):
    // that code is what must register the tags.
    if (bundle.endsWith('hydrate.js')) {
      const hydrating = /\.\/(chunks\/hydrate-[\w-]+\.js)/.exec(code)?.[1];
      check(hydrating !== undefined, `${bundle} should import its hydrating code from dist/chunks/hydrate-*.js`);
      if (hydrating) code = readFileSync(join(root, 'dist', hydrating), 'utf8');
      check(code.includes('litElementHydrateSupport'), `${bundle} lacks Lit's hydrate support`);
    }
    const expected = bundle.endsWith('chantier-card.js') ? cardTags : tags;
    for (const tag of tags) check(registers(code, tag) === expected.includes(tag), `${bundle} ${expected.includes(tag) ? 'does not register' : 'should not register'} <${tag}>`);
    if (!bundle.endsWith('hydrate.js')) {
      check(/chunks\/messages-/.test(code), `${bundle} should load its failure messages on demand (dist/chunks/)`);
      check(/chunks\/search-/.test(code) && !code.includes('NFKD'), `${bundle} should load its French search on demand (dist/chunks/)`);
    }
  }

  // --- 7. (started here, beside the install: they need only src/) the pages of `npm run render`, which
  // test/ssr.test.ts loads ------------------------------------------------------------------------------
  const ssrDir = join(root, '.tmp/ssr');
  rmSync(ssrDir, { recursive: true, force: true });
  mkdirSync(ssrDir, { recursive: true });
  // The tests' recorder first in <head>: errors, policy violations, and what the parser built before any
  // script ran. A file, not an inline script: the pages are served with the strict CSP (test/server-routes.mjs).
  writeFileSync(join(ssrDir, 'recorder.js'), recorder());
  const render = async (name, args, file = 'data/chantiers.json') => {
    const out = join(ssrDir, name);
    const said = await start('node', ['scripts/render.mjs', file, '--script', '/dist/boite-a-idees-hydrate.js', '-o', out, ...args]);
    writeFileSync(out, readFileSync(out, 'utf8').replace('<head>', '<head>\n<script src="/.tmp/ssr/recorder.js"></script>'));
    // --inline-script: the hash the command printed, which the test server adds to the page's policy
    // (test/server-routes.mjs): the page hydrates under it only if the hash is the loader's.
    if (args.includes('--inline-script')) {
      const hash = /'sha256-[\w+/=]+'/.exec(said)?.[0];
      check(hash, `render ${args.join(' ')}: no script-src hash printed (${said.trim()})`);
      writeFileSync(`${out}.script-hash`, hash ?? '');
    }
  };
  // Three boxes without id, rendered apart and pasted on one page as a CMS editor would: the seed, another
  // meeting (its title changed), and the seed again.
  const seedDocument = JSON.parse(readFileSync(join(root, 'data/chantiers.json'), 'utf8'));
  const other = { ...seedDocument, rencontre: { ...seedDocument.rencontre, titre: 'Une autre rencontre' } };
  writeFileSync(join(ssrDir, 'autre.json'), JSON.stringify(other));
  const fragment = async (file, index) => {
    const out = join(ssrDir, `fragment-${index}.html`);
    await start('node', ['scripts/render.mjs', file, '--fragment', '--no-script', '--styles', '/dist/styles/', '-o', out]);
    return readFileSync(out, 'utf8');
  };
  const boxes = Promise.all(['data/chantiers.json', join(ssrDir, 'autre.json'), 'data/chantiers.json'].map(fragment)).then((parts) =>
    writeFileSync(
      join(ssrDir, 'boxes.html'),
      `<!doctype html>\n<html lang="fr">\n<head>\n<script src="/.tmp/ssr/recorder.js"></script>\n<meta charset="utf-8">\n<title>Trois boîtes</title>\n</head>\n<body>\n<main>\n${parts.join('\n')}\n</main>\n<script type="module" src="/dist/boite-a-idees-hydrate.js"></script>\n</body>\n</html>\n`,
    ),
  );
  const renders = Promise.all([
    render('box.html', ['--id', 'idees']),
    render('box-inline.html', ['--id', 'idees', '--inline-styles', '--inline-script']),
    render('chantier.html', ['--chantier', 'sante-creer-reseau-vigilance', '--collapsible', '--lang', 'en', '--heading-level', '3']),
    render('suivi.html', ['--chantier', 'logement-permanences-quartiers', '--collapsible'], 'data/exemple-suivi.json'),
    boxes,
  ]);
  renders.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile

  // --- 4. a consumer project, offline --------------------------------------------------------------
  const consumer = join(work, 'consumer');
  mkdirSync(join(consumer, 'src'), { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const needs = ['react', 'react-dom', 'vue', '@vitejs/plugin-vue', 'vite', '@types/react', '@types/react-dom', '@lit-labs/ssr'].map((name) => `${name}@${pkg.devDependencies[name]}`);
  const install = (mode) => run('npm', ['install', mode, '--no-audit', '--no-fund', '--loglevel=error', tarballPath, ...needs], { cwd: consumer });
  try {
    install('--offline');
    step(`npm install --offline: the tarball and ${needs.length} packages from npm's cache`);
  } catch (error) {
    // A cache filled by `npm ci` holds the tarballs but not the registry's metadata: ask the registry.
    if (!/ENOTCACHED|no cached data|offline/i.test(error.message)) throw error;
    install('--prefer-offline');
    step('npm install --prefer-offline (npm\'s cache lacked registry metadata; the registry answered)');
  }
  const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/boite-a-idees/package.json'), 'utf8'));
  check(installed.version === pkg.version, `installed boite-a-idees ${installed.version}, expected ${pkg.version}`);
  for (const dependency of Object.keys(pkg.dependencies)) {
    check(existsSync(join(consumer, 'node_modules', dependency, 'package.json')), `the consumer did not get the dependency ${dependency}`);
  }

  // Consumer sources: a use of every entry, the SSR entry (Node), the framework examples (docs/examples).
  writeFileSync(join(consumer, 'src/entries.ts'), entriesTs());
  writeFileSync(join(consumer, 'src/tree-shaken.ts'), treeShakenTs());
  writeFileSync(join(consumer, 'src/ssr-check.ts'), ssrCheckTs());
  // The examples as a project has them: components and modules in src/, Vite's configuration at the root.
  for (const file of readdirSync(join(root, 'docs/examples'))) {
    if (file === 'vite.config.ts') cpSync(join(root, 'docs/examples', file), join(consumer, file));
    else if (/\.(ts|tsx|vue)$/.test(file)) cpSync(join(root, 'docs/examples', file), join(consumer, 'src', file));
  }
  // What `npm create vue` gets from vue-tsc: plain tsc needs to be told what a .vue module is.
  writeFileSync(join(consumer, 'src/vue-shim.d.ts'), "declare module '*.vue' {\n  import type { DefineComponent } from 'vue';\n  const component: DefineComponent<any, any, any>;\n  export default component;\n}\n");
  // The README's npm example, as a partner would paste it, under strict TypeScript.
  const readmeExample = /## Use it from npm[\s\S]*?```ts\n([\s\S]*?)```/.exec(readFileSync(join(root, 'README.md'), 'utf8'));
  check(readmeExample, 'README.md: no ```ts block under "## Use it from npm"');
  if (readmeExample) writeFileSync(join(consumer, 'src/readme-example.ts'), readmeExample[1]);
  writeFileSync(join(consumer, 'src/frameworks.ts'), "export { mountReact } from './react-example.js';\nexport { mountVue } from './vue-example.js';\n");
  const compilerOptions = {
    target: 'es2022', lib: ['es2023', 'dom', 'dom.iterable'], strict: true, noEmit: true,
    isolatedModules: true, verbatimModuleSyntax: true, resolveJsonModule: true, jsx: 'react-jsx', types: [],
  };
  // Bundler users (Vite, webpack, esbuild) with the framework examples; and Node's own resolution
  // (`nodenext`) of the entries, with every declaration file checked (ours and Lit's; React's and Vue's
  // would take seconds more).
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true }, include: ['src', 'vite.config.ts'] }));
  writeFileSync(join(consumer, 'tsconfig.node.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false }, files: ['src/entries.ts', 'src/ssr-check.ts'] }));
  const tsc = join(root, 'node_modules/.bin/tsc');
  const typeChecks = Promise.all(
    ['tsconfig.json', 'tsconfig.node.json'].map((project) =>
      start(tsc, ['-p', project], { cwd: consumer }).catch((error) => problems.push(`tsc -p ${project} in the consumer: ${error.message}`)),
    ),
  );

  // --- 5. bundled with this project's Vite ----------------------------------------------------------
  const { build } = await import('vite');
  const bundle = async (entry, outDir, extra = {}) => {
    await build({
      root: consumer,
      configFile: false,
      logLevel: 'error',
      ...extra,
      build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, lib: { entry: `src/${entry}`, formats: ['es'], fileName: () => entry.replace(/\.tsx?$/, '.js') } },
    });
    // A library build keeps its entry's exports exact (preserveEntrySignatures 'strict'), so the code its
    // entry shares with the package's on-demand chunks goes to a chunk of its own: the consumer's output is
    // the entry and its chunks, read here as one (Lit counted once in all of them, each tag registered).
    const entryFile = entry.replace(/\.tsx?$/, '.js');
    const chunks = readdirSync(outDir, { recursive: true }).filter((file) => file.endsWith('.js') && file !== entryFile).sort();
    return [entryFile, ...chunks].map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  };
  const entriesJs = await bundle('entries.ts', join(consumer, 'dist/entries'));
  check((entriesJs.match(/reactiveElementVersions/g) ?? []).length === 1, 'the consumer bundle should hold Lit once (the package must not inline it)');
  for (const tag of tags) check(registers(entriesJs, tag), `the consumer bundle does not register <${tag}>`);
  // `sideEffects`: what only parses data takes no element, no Lit.
  const treeShaken = await bundle('tree-shaken.ts', join(consumer, 'dist/tree-shaken'));
  check(!/reactiveElementVersions|customElements/.test(treeShaken), 'importing parseDocument alone should bring neither Lit nor an element (sideEffects)');
  // The framework examples, for test/frameworks.test.ts: React and Vue as their users build them, with
  // the Vite configuration docs/frameworks.md gives (no alias: Vue's default runtime-only build).
  const frameworksDir = join(root, '.tmp/frameworks');
  await bundle('frameworks.ts', frameworksDir, {
    configFile: join(consumer, 'vite.config.ts'),
    define: { 'process.env.NODE_ENV': '"production"' }, // an application build sets it; a library build does not
  });
  // The plain HTML example, its /assets/ URLs pointing at this repository's files.
  writeFileSync(
    join(frameworksDir, 'plain.html'),
    readFileSync(join(root, 'docs/examples/plain.html'), 'utf8').replaceAll('/assets/boite-a-idees.js', '/dist/boite-a-idees.js').replaceAll('/assets/chantiers.json', '/data/chantiers.json'),
  );
  step(`vite build: every entry with its chunks (${kb(gzipSync(entriesJs).length)} gzip), parseDocument alone (${kb(gzipSync(treeShaken).length)} gzip), the framework examples`);

  await typeChecks;
  step('tsc (beside the bundling): every entry and the framework examples type-check (moduleResolution bundler and nodenext)');

  // --- 6. Node: boite-a-idees/ssr.js and the command line --------------------------------------------
  cpSync(join(root, 'data/chantiers.json'), join(consumer, 'chantiers.json'));
  const js = execFileSync('node', ['--input-type=module', '-e', ssrCheckRun()], { cwd: consumer, encoding: 'utf8' });
  check(js.trim() === 'ok', `boite-a-idees/ssr.js in Node: ${js.trim()}`);
  run(join(consumer, 'node_modules/.bin/boite-a-idees'), ['validate', 'chantiers.json'], { cwd: consumer });
  // The seed with the invented follow-up rows of test/fixtures/ (a Windows-1252 spreadsheet), merged by the
  // installed command, and its feed: test/suivi-seed.test.ts shows them in the box and on each card.
  const suiviDir = join(root, '.tmp/suivi');
  mkdirSync(suiviDir, { recursive: true });
  const command = join(consumer, 'node_modules/.bin/boite-a-idees');
  writeFileSync(join(suiviDir, 'chantiers-suivi.json'), run(command, ['suivi', join(root, 'test/fixtures/exemple-suivi-seed.csv'), 'chantiers.json'], { cwd: consumer }));
  writeFileSync(join(suiviDir, 'suivi.xml'), run(command, ['flux', join(suiviDir, 'chantiers-suivi.json'), '--base', 'https://mairie.example/idees/'], { cwd: consumer }));
  step('node: boite-a-idees/ssr.js renders the idea box; `boite-a-idees validate`, `suivi` and `flux` run (.tmp/suivi/)');

  // --- 7. the pages of `npm run render`, done --------------------------------------------------------
  await renders;
  step(`npm run render: .tmp/ssr/box.html (${kb(gzipSync(readFileSync(join(ssrDir, 'box.html'))).length)} gzip), .tmp/ssr/chantier.html, .tmp/ssr/boxes.html`);
} catch (error) {
  problems.push(error.message);
} finally {
  if (keep) console.log(`  kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  finish();
}

// --- the consumer's files ----------------------------------------------------------------------------
function entriesTs() {
  return `// Every entry of the package, used as a partner would.
import '${pkg.name}/hydrate.js'; // registers everything, with Lit's hydrate support loaded first
import '${pkg.name}/define.js';
import {
  BoiteAIdeesElement, BoiteAIdeesFilterEvent, ChantierCardElement, FreinsListElement, GouvernanceTableElement,
  FORMAT_VERSION, parseDocument, formatValidationError, describeLoadError, type IdeaBoxDocument, type Chantier, type LoadError,
} from '${pkg.name}';
import { ChantierCardElement as Card, ChantierCardLoadEvent } from '${pkg.name}/chantier-card.js';
import '${pkg.name}/chantier-card/define.js';
import { FreinsListElement as Freins } from '${pkg.name}/freins-list.js';
import '${pkg.name}/freins-list/define.js';
import { GouvernanceTableElement as Gouvernance } from '${pkg.name}/gouvernance-table.js';
import '${pkg.name}/gouvernance-table/define.js';
import { BoiteAIdeesElement as Box } from '${pkg.name}/boite-a-idees.js';
import '${pkg.name}/boite-a-idees/define.js';
import schema from '${pkg.name}/chantiers.schema.json' with { type: 'json' };
import manifest from '${pkg.name}/custom-elements.json' with { type: 'json' };

const box: BoiteAIdeesElement = document.createElement('boite-a-idees');
const card: ChantierCardElement = document.createElement('chantier-card');
const classes: (typeof HTMLElement)[] = [Box, Card, Freins, Gouvernance, FreinsListElement, GouvernanceTableElement];
box.addEventListener('boite-a-idees-filter', (event: BoiteAIdeesFilterEvent) => console.log(event.query, event.themes, event.shown));
card.addEventListener('chantier-card-load', (event: ChantierCardLoadEvent) => console.log(event.value.titre, event.origin));
card.addEventListener('chantier-card-error', (event) => console.log(describeLoadError(event.error satisfies LoadError, 'fr')));
document.querySelector('chantier-card')?.expandAll();
const parsed = parseDocument({ version: FORMAT_VERSION, chantiers: [] });
const first: Chantier | undefined = parsed.ok ? parsed.value.chantiers[0] : undefined;
const document_: IdeaBoxDocument | undefined = parsed.ok ? parsed.value : undefined;
if (!parsed.ok) console.log(parsed.errors.map((error) => formatValidationError(error, 'en')));
box.data = document_;
card.data = first;
card.headingLevel = 3;
console.log(classes, schema, manifest.schemaVersion);
document.body.append(box, card);
`;
}

function treeShakenTs() {
  return `import { parseDocument } from '${pkg.name}';
console.log(parseDocument(JSON.parse('{"version": 1, "chantiers": []}')).ok);
`;
}

function ssrCheckTs() {
  return `import { renderChantier, renderIdeaBox, renderPage, scriptTag, inlineScriptHash, InvalidDocumentError } from '${pkg.name}/ssr.js';
const html: string = await renderIdeaBox({}, { headingLevel: 2, lang: 'en', id: 'boite' }).catch((error: unknown) =>
  error instanceof InvalidDocumentError ? error.errors.map((e) => e.path).join() : '');
const card: string = await renderChantier({}, 'id', { collapsible: true });
console.log(renderPage(html + card, { title: 'Boîte à idées', script: null }));
const loader: string = scriptTag('/assets/boite-a-idees-hydrate.js', { inline: true });
const hash: string = await inlineScriptHash('/assets/boite-a-idees-hydrate.js');
console.log(renderPage(loader + card, { title: hash, script: '/assets/boite-a-idees-hydrate.js', inlineScript: true }));
`;
}

function ssrCheckRun() {
  return `
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { renderIdeaBox, renderChantier, scriptTag, inlineScriptHash } from '${pkg.name}/ssr.js';
const document = JSON.parse(readFileSync('chantiers.json', 'utf8'));
const loader = /^<script>(.*)<\\/script>\\n$/.exec(scriptTag('/assets/boite-a-idees-hydrate.js', { inline: true }))?.[1] ?? '';
const loaderHash = "'sha256-" + createHash('sha256').update(loader).digest('base64') + "'";
const box = await renderIdeaBox(document);
const card = await renderChantier(document, document.chantiers[0].id);
const missing = document.chantiers.filter((chantier) => !box.includes(chantier.titre)).map((chantier) => chantier.id);
console.log(!box.includes('shadowrootmode="open"') ? 'no declarative shadow root'
  : missing.length ? 'missing ' + missing.join(', ')
  : !card.includes(document.chantiers[0].titre) ? 'the chantier is missing'
  : !loader.includes('import(') || await inlineScriptHash('/assets/boite-a-idees-hydrate.js') !== loaderHash ? 'inlineScriptHash is not the hash of the inline loader'
  : 'ok');
`;
}

// Inserted first in the rendered pages for test/ssr.test.ts: records errors, console errors and warnings,
// and, once the parser is done but before any module script runs, every node of every shadow root.
function recorder() {
  return `window.__ssr = { errors: [], violations: [], serverNodes: [] };
document.addEventListener('securitypolicyviolation', (event) => __ssr.violations.push(event.effectiveDirective + ' ' + (event.blockedURI || event.sample)), true);
addEventListener('error', (event) => __ssr.errors.push(String(event.message || event.error)));
addEventListener('unhandledrejection', (event) => __ssr.errors.push(String(event.reason && event.reason.message || event.reason)));
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => { __ssr.errors.push(level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
}
document.addEventListener('readystatechange', () => {
  if (document.readyState !== 'interactive') return;
  const walk = (node) => { for (const child of node.childNodes) { __ssr.serverNodes.push(child); walk(child); if (child.shadowRoot) walk(child.shadowRoot); } };
  walk(document.body);
  __ssr.serverHrefs = __ssr.serverNodes.filter((node) => node.nodeType === 1 && node.hasAttribute('href')).map((node) => node.getAttribute('href'));
  __ssr.definedAtParse = !!customElements.get('boite-a-idees') || !!customElements.get('chantier-card');
});
`;
}
