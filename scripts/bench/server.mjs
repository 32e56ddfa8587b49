// The benchmark's HTTP server: generated pages from memory, /dist and /data from the project, cacheable
// like a real host's files (so the iframe variant's documents share one download of the bundle).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

// text/css matters: a browser applies no style sheet served under another type (a standards-mode page).
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * Serves `routes` (a Map of path → text), /dist from `dist`, /dist-compare from `compare` (another build,
 * optional) and /data from root; resolves with { server, base }.
 */
export async function startServer(root, routes, dist = join(root, 'dist'), compare = undefined) {
  const headers = (path) => ({ 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=600' });
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (routes.has(pathname)) {
      response.writeHead(200, headers(pathname)).end(routes.get(pathname));
      return;
    }
    const file = pathname.startsWith('/dist/')
      ? normalize(join(dist, pathname.slice('/dist/'.length)))
      : compare && pathname.startsWith('/dist-compare/')
        ? normalize(join(compare, pathname.slice('/dist-compare/'.length)))
        : normalize(join(root, pathname));
    const allowed = [dist, compare, join(root, 'data')].some((dir) => dir && file.startsWith(normalize(dir) + sep));
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, headers(file)).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
