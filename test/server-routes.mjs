// Routes of the test server that play a failing or hostile data server, so every failure kind of the
// elements is exercised through a real fetch; and the strict Content-Security-Policy of the pages under
// /test/csp/. Used by web-test-runner.config.mjs.
import { readFileSync } from 'node:fs';

/** The header a strict host sends (SECURITY.md documents it); test/csp/*.html pages are served with it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const seed = () => JSON.parse(readFileSync(new URL('../data/chantiers.json', import.meta.url), 'utf8'));

/** Resolves after `ms`, or as soon as the client goes away (an aborted fetch), so nothing lingers here. */
const delay = (ctx, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Requests seen per `key`, for the routes that fail once and then answer (a working "Réessayer"). */
const attempts = new Map();
const attempt = (ctx) => {
  const key = String(ctx.query.key ?? '');
  const count = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, count);
  return count;
};

const json = (ctx, body) => {
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

const routes = {
  '/test-server/status/404': (ctx) => { ctx.status = 404; ctx.body = 'not here'; },
  '/test-server/status/500': (ctx) => { ctx.status = 500; ctx.body = 'boom'; },
  '/test-server/html': (ctx) => { ctx.type = 'text/html'; ctx.body = '<!doctype html><title>Accueil</title><p>Page du site</p>'; },
  '/test-server/empty': (ctx) => { ctx.type = 'application/json'; ctx.body = ''; },
  // The seed as an old server or editor writes it: Latin-1 bytes, declared as such.
  '/test-server/latin1': (ctx) => {
    ctx.type = 'application/json; charset=iso-8859-1';
    ctx.body = Buffer.from(JSON.stringify(seed()), 'latin1');
  },
  // The seed in UTF-16 with its byte order mark: read like UTF-8, as in the command line and the authoring page.
  '/test-server/utf16': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(seed()), 'utf16le')]);
  },
  '/test-server/truncated': (ctx) => { ctx.type = 'application/json'; ctx.body = '{"version": 1, "chantiers": [{"id": "a'; },
  // The follow-up spreadsheet as a French Windows saves it (Windows-1252), byte for byte: the static
  // server would read it as UTF-8 text first, losing the letters the test is about.
  '/test-server/exemple-suivi-seed.csv': (ctx) => {
    ctx.type = 'text/csv';
    ctx.body = readFileSync(new URL('./fixtures/exemple-suivi-seed.csv', import.meta.url));
  },
  '/test-server/null': (ctx) => { ctx.type = 'application/json'; ctx.body = 'null'; },
  '/test-server/array': (ctx) => { ctx.type = 'application/json'; ctx.body = '[]'; },
  // Answers only after the delay given in the query (ms), to test timeouts and races.
  '/test-server/slow': async (ctx) => {
    const ms = Math.min(Number(ctx.query.ms ?? 60_000), 60_000);
    await delay(ctx, ms);
    json(ctx, ctx.query.body ?? '{"version": 1, "chantiers": []}');
  },
  // Closes the connection without any answer: the browser sees a network error.
  '/test-server/abort': (ctx) => {
    ctx.respond = false;
    ctx.req.socket.destroy();
  },
  // Sends the headers and the start of the body, then closes the connection mid-body.
  '/test-server/abort-midway': (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    ctx.res.write('{"version": 1, "chantiers": [');
    setTimeout(() => ctx.res.socket?.destroy(), 30);
  },
  // The first request of a `key` fails as `fail` says (`slow`: never answers in time; or an HTTP status),
  // the next ones get the seed document: "Réessayer" must fetch again and show it.
  '/test-server/fail-once': async (ctx) => {
    if (attempt(ctx) === 1) {
      if (ctx.query.fail === 'slow') await delay(ctx, 60_000);
      else {
        ctx.status = Number(ctx.query.fail ?? 500);
        ctx.body = 'pas encore';
        return;
      }
    }
    json(ctx, seed());
  },
  // The seed document with one chantier (`index`) changed: the JSON object `patch` merged over it, the
  // comma-separated fields of `omit` removed.
  '/test-server/seed-patched': (ctx) => {
    const document = seed();
    const chantier = document.chantiers[Number(ctx.query.index ?? 0)];
    Object.assign(chantier, JSON.parse(String(ctx.query.patch ?? '{}')));
    for (const key of String(ctx.query.omit ?? '').split(',').filter(Boolean)) delete chantier[key];
    json(ctx, document);
  },
  // A document whose first chantier's obstacles nest `levels` deep (default 5,000), written as text so
  // that nothing here recurses.
  '/test-server/deep': (ctx) => {
    const levels = Math.min(Number(ctx.query.levels ?? 5000), 100_000);
    const open = '{"texte": "niveau", "items": ['.repeat(levels);
    const close = ']}'.repeat(levels);
    json(
      ctx,
      `{"version": 1, "chantiers": [{"id": "profond", "thematique": "Logement", "titre": "Profond", "freins": {"items": [${open}"fond"${close}]}}]}`,
    );
  },
  // A document of `n` chantiers (default 3,000) made from the seed's: several megabytes.
  '/test-server/large': (ctx) => {
    const document = seed();
    const models = document.chantiers;
    const count = Math.min(Number(ctx.query.n ?? 3000), 20_000);
    document.chantiers = Array.from({ length: count }, (_, index) => ({
      ...models[index % models.length],
      id: `chantier-${index + 1}`,
      titre: `Chantier numéro ${index + 1}`,
    }));
    json(ctx, document);
  },
  // `__proto__` and `constructor` keys at several places, written as raw JSON text (an object literal
  // would set the prototype instead). Validation names one unknown key per object, so they are spread.
  '/test-server/proto': (ctx) => {
    const text = JSON.stringify(seed())
      .replace('"version":', '"__proto__": {"polluted": "oui"}, "version":')
      .replace('"thematique":', '"constructor": {"prototype": {"polluted": "oui"}}, "thematique":')
      .replace('"texte":', '"__proto__": {"pollue": "oui"}, "texte":');
    json(ctx, text);
  },
  // A document of a format version this library does not know yet.
  '/test-server/future': (ctx) => json(ctx, { ...seed(), version: 2, nouveauChamp: { quelqueChose: true } }),
};

/**
 * The same, for a page that loads two copies of the library (two CMS blocks, or the bundle beside another
 * Lit-based widget): each copy of Lit creates a Trusted Types policy named `lit-html`.
 */
export const STRICT_CSP_TWO_COPIES = STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");

/**
 * What a server-rendered page with inline styles (`npm run render -- --inline-styles`) needs: the strict policy
 * with `'unsafe-inline'` for styles only (SECURITY.md).
 */
export const INLINE_STYLES_CSP = STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * The fast path of `npm run render -- --inline-styles --inline-script`: inline styles as above, and the inline
 * loader allowed by the hash the command printed (SECURITY.md), which scripts/check-package.mjs saved beside the
 * page. Read at each request: the page is written by the test command's pre-step.
 */
function inlineScriptCsp(path) {
  const hash = readFileSync(new URL(`..${path}.script-hash`, import.meta.url), 'utf8').trim();
  return INLINE_STYLES_CSP.replace("script-src 'self'", `script-src 'self' ${hash}`);
}

/**
 * The authoring page's strict header (SECURITY.md): the same, with its own Trusted Types policy, which
 * vouches for its analysis Worker's URL and for the text it reads with DOMParser.
 */
export const STRICT_CSP_ATELIER = STRICT_CSP.replace('trusted-types lit-html', 'trusted-types lit-html atelier-boite');

/** The policy each test page is served with: the strict one, unless the page is one of the exceptions. */
function policyFor(path, query = {}) {
  if (!path.endsWith('.html')) return undefined;
  if (path === '/test/csp/twice.html') return STRICT_CSP_TWO_COPIES;
  // test/csp/atelier.html?policy=none: the embed's header, which does not name the authoring page's policy.
  if (path === '/test/csp/atelier.html' && query.policy !== 'none') return STRICT_CSP_ATELIER;
  if (path.startsWith('/test/csp/')) return STRICT_CSP;
  // The pages of `npm run render` (scripts/check-package.mjs writes them for test/ssr.test.ts).
  if (path === '/.tmp/ssr/box-inline.html') return inlineScriptCsp(path);
  if (path.startsWith('/.tmp/ssr/')) return STRICT_CSP;
  return undefined;
}

/**
 * The embed under /test-server/<chunk>-cut/dist/: dist/ as it is, except the chunk dist/chunks/<chunk>-*.js,
 * whose connection closes without an answer (a network that drops that one file): `search-cut` for
 * test/csp/search-cut.html, `render-suivi-cut` for test/csp/suivi-cut.html, `beside-data-cut` for
 * test/csp/validate-cut.html, `overview-cut` for test/csp/overview-cut.html, `suivi-view-cut` for
 * test/csp/suivi-view-cut.html.
 */
const CHUNK_CUT = /^\/test-server\/([a-z-]+)-cut(\/.*)$/;

/** Whether `path` (under a cut prefix) is the file that the network drops. */
const isCut = (path, chunk) => path.startsWith(`/dist/chunks/${chunk}-`);

/**
 * Pages whose inline script the policy allows by its hash, answered here as written: further down, the test
 * server's esbuild plugin rewrites every inline script of the HTML it serves (its own formatting, a source map),
 * and the browser would then refuse the script whose hash no longer matches.
 */
const SERVED_AS_WRITTEN = new Set(['/.tmp/ssr/box-inline.html']);

/** Koa middleware: the routes above, and the CSP header on the strict host pages (`policyFor`). */
export async function testServerRoutes(ctx, next) {
  const route = routes[ctx.path];
  if (route) return route(ctx);
  if (SERVED_AS_WRITTEN.has(ctx.path)) {
    ctx.type = 'html';
    ctx.body = readFileSync(new URL(`..${ctx.path}`, import.meta.url), 'utf8');
    ctx.set('Content-Security-Policy', policyFor(ctx.path));
    return undefined;
  }
  const cut = CHUNK_CUT.exec(ctx.path);
  if (cut) {
    const [, chunk, path] = cut;
    if (isCut(path, chunk)) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return undefined;
    }
    ctx.path = path;
  }
  await next();
  const policy = policyFor(ctx.path, ctx.query);
  if (policy) ctx.set('Content-Security-Policy', policy);
}
