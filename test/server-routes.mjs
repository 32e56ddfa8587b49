// Routes of the test server that play a failing or hostile data server, so every failure kind of the
// elements is exercised through a real fetch. Used by web-test-runner.config.mjs.
const routes = {
  '/test-server/status/404': (ctx) => { ctx.status = 404; ctx.body = 'not here'; },
  '/test-server/status/500': (ctx) => { ctx.status = 500; ctx.body = 'boom'; },
  '/test-server/html': (ctx) => { ctx.type = 'text/html'; ctx.body = '<!doctype html><title>Accueil</title><p>Page du site</p>'; },
  '/test-server/empty': (ctx) => { ctx.type = 'application/json'; ctx.body = ''; },
  '/test-server/truncated': (ctx) => { ctx.type = 'application/json'; ctx.body = '{"version": 1, "chantiers": [{"id": "a'; },
  '/test-server/null': (ctx) => { ctx.type = 'application/json'; ctx.body = 'null'; },
  '/test-server/array': (ctx) => { ctx.type = 'application/json'; ctx.body = '[]'; },
  // Answers only after the delay given in the query (ms), to test timeouts and races.
  '/test-server/slow': async (ctx) => {
    const ms = Math.min(Number(ctx.query.ms ?? 60_000), 60_000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    ctx.type = 'application/json';
    ctx.body = ctx.query.body ?? '{"version": 1, "chantiers": []}';
  },
};

export function testServerRoutes(ctx, next) {
  const route = routes[ctx.path];
  return route ? route(ctx) : next();
}
