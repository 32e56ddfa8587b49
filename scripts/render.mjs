// The idea box rendered on the server, as HTML that reads without JavaScript (declarative shadow DOM) and
// that dist/boite-a-idees-hydrate.js hydrates in place (then search, filters and folding work):
//   npm run render -- data/chantiers.json -o boite.html
//   npm run -s render -- data/chantiers.json > boite.html   (without -s, npm writes its banner into the file)
// Renders src/ssr/render.ts, compiled for Node here with esbuild (Lit and the other packages stay imports),
// so the output always matches the sources that the hydrating bundle is built from. `--help` for options.
import { build } from 'esbuild';
import { esbuildMinifyTemplates } from './minify-templates.mjs';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const USAGE = `Usage : npm run render -- FICHIER.json [options] -o page.html
        npm run -s render -- FICHIER.json [options] > page.html   (-s : sans la bannière de npm dans la page)

Écrit une page HTML complète (ou, avec --fragment, le morceau à coller dans une page d'un CMS) qui montre
la boîte à idées de FICHIER.json sans JavaScript ; quand la page charge dist/boite-a-idees-hydrate.js, la
recherche, les filtres et le repli des rubriques s'ajoutent sans nouveau rendu.

Options :
  --chantier ID        un seul chantier (<chantier-card>) au lieu de toute la boîte à idées
  --fragment           seulement l'élément et sa balise <script>, pour un CMS (ni <html>, ni <head>, ni <body>)
  --script URL         adresse de boite-a-idees-hydrate.js sur le site (par défaut : boite-a-idees-hydrate.js)
  --no-script          aucune balise <script> : du HTML seul, sans recherche, filtres ni repli
  --inline-script      le script demandé par une ligne de JavaScript dans la page, une fois la page lue : la
                       boîte s'affiche plus tôt ; si le site envoie une Content-Security-Policy, script-src
                       doit citer l'empreinte que la commande écrit (SECURITY.md)
  --styles URL         dossier où le site sert les feuilles de style de dist/styles/ (par défaut : le dossier
                       styles/ à côté du script) ; la page tient sous la CSP stricte (style-src 'self')
  --inline-styles      styles dans des balises <style> : il faut alors style-src 'unsafe-inline' (SECURITY.md)
  --lang en            interface en anglais (par défaut en français ; les données restent en français)
  --heading-level N    niveau (1 à 6) du titre principal (par défaut 2)
  --id ID              id de l'élément (et préfixe de ses clés dans l'adresse de la page)
  --url-key CLÉ        préfixe des clés de la boîte dans l'adresse (par défaut : l'id, sinon « boite- »
                       et cinq lettres tirées du titre de la rencontre, les mêmes à chaque rendu)
  --url-state LIEU     où la boîte garde la vue : query (par défaut, ?boite.q=…), fragment (#boite.q=…)
                       ou none (nulle part)
  --collapsible        avec --chantier : rubriques repliables (une fois le script chargé)
  -o, --out FICHIER    écrit dans FICHIER plutôt que sur la sortie standard
  --help               cette aide`;

function parseArguments(argv) {
  const options = { script: 'boite-a-idees-hydrate.js' };
  const files = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inlineValue ?? argv[++index];
      if (next === undefined) throw new Error(`${name} attend une valeur.`);
      return next;
    };
    switch (name) {
      case '--help': case '-h': options.help = true; break;
      case '--chantier': options.chantier = value(); break;
      case '--fragment': options.fragment = true; break;
      case '--script': options.script = value(); break;
      case '--no-script': options.script = null; break;
      case '--inline-script': options.inlineScript = true; break;
      case '--styles': {
        const folder = value();
        options.styles = folder.endsWith('/') ? folder : `${folder}/`;
        break;
      }
      case '--inline-styles': options.styles = 'inline'; break;
      case '--lang': {
        const lang = value();
        if (lang !== 'fr' && lang !== 'en') throw new Error(`--lang : fr ou en, pas « ${lang} ».`);
        options.lang = lang;
        break;
      }
      case '--heading-level': {
        const level = Number(value());
        if (!Number.isInteger(level) || level < 1 || level > 6) throw new Error('--heading-level : un nombre de 1 à 6.');
        options.headingLevel = level;
        break;
      }
      case '--id': options.id = value(); break;
      case '--url-key': options.urlKey = value(); break;
      case '--url-state': {
        const place = value();
        if (!['query', 'fragment', 'none'].includes(place)) throw new Error(`--url-state : query, fragment ou none, pas « ${place} ».`);
        options.urlState = place;
        break;
      }
      case '--out': case '-o': options.out = value(); break;
      case '--collapsible': options.collapsible = true; break;
      default:
        if (arg.startsWith('-')) throw new Error(`Option inconnue : ${arg}`);
        files.push(arg);
    }
  }
  if (!options.help && files.length !== 1) throw new Error('Donnez un fichier JSON, et un seul.');
  if (options.inlineScript && options.script === null) throw new Error('--inline-script et --no-script s\'excluent : sans script, rien à charger.');
  return { options, file: files[0] };
}

/** Where the style sheets are, by default: the `styles/` folder beside the hydrating script. */
export function defaultStylesFolder(script) {
  if (!script) return 'styles/';
  const slash = script.lastIndexOf('/');
  return `${slash < 0 ? '' : script.slice(0, slash + 1)}styles/`;
}

/** src/ssr/render.ts compiled for Node into a file of its own (other renders may run at the same time). */
export async function loadRenderer() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outdir = `${root}.tmp/render`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/render-${process.pid}-${Date.now()}.mjs`;
  await build({
    entryPoints: [`${root}src/ssr/render.ts`],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // The styles minified as the bundles have them; the HTML templates as written (minify-templates.mjs).
    plugins: [esbuildMinifyTemplates({ html: false })],
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

async function main() {
  const { options, file } = parseArguments(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  let document;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} : ${error.code === 'ENOENT' ? 'fichier introuvable' : error.message}`);
  }
  const ssr = await loadRenderer();
  const styles = options.styles ?? defaultStylesFolder(options.script);
  const elementOptions = { lang: options.lang, headingLevel: options.headingLevel, id: options.id, styles };
  const fragment = options.chantier
    ? await ssr.renderChantier(document, options.chantier, { ...elementOptions, collapsible: options.collapsible })
    : await ssr.renderIdeaBox(document, { ...elementOptions, urlKey: options.urlKey, urlState: options.urlState });
  // The script's tag before the element: the browser then requests the (small) script as the page starts,
  // not in the middle of the box's HTML, where its request and response interrupted the parse and cost a frame
  // of layout before the box was laid out (BENCHMARKS.md, small pages). A deferred script runs only once the
  // page is parsed, wherever its tag is.
  const inline = options.inlineScript ?? false;
  const html = options.fragment
    ? `${ssr.scriptTag(options.script, { inline })}${fragment}\n`
    : ssr.renderPage(fragment, { title: ssr.titleOf(document, options.chantier), lang: options.lang ?? 'fr', script: options.script, inlineScript: inline });
  if (options.out) writeFileSync(options.out, html);
  else process.stdout.write(html);
  // On stderr, so that `> page.html` keeps the page alone; the same hash for every page naming the same URL.
  if (inline) console.error(`render : script en ligne ; si le site envoie une Content-Security-Policy, ajoutez à script-src : ${await ssr.inlineScriptHash(options.script)}`);
}

// Run as a command (scripts/build-styles.mjs imports this module for `loadRenderer`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error; // `| head`: the reader left; nothing more to say
  });

  main().catch((error) => {
    console.error(`render : ${error.message}`);
    if (process.env.DEBUG) console.error(error.stack);
    console.error('(aide : npm run render -- --help)');
    process.exitCode = 1;
  });
}
