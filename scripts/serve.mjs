// A small static file server for the demo pages and the screenshot check (`npm start`,
// scripts/screenshots.mjs): localhost only, correct types, no caching. No dependency.
//
// It serves only what the demo pages need — the folders in PUBLIC_FOLDERS — and never a dot-file or
// dot-folder (`.git/`, `.env`, `.tmp/`): `npm start` may be run in a clone holding anything. A path that is
// not valid percent-encoding gets 400, a path outside the public folders 404, and neither stops the server.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The top-level folders the demo pages load from: the pages, the built bundles, the data. */
export const PUBLIC_FOLDERS = ['demo', 'dist', 'data'];

/**
 * The file a request path names, or why not: `{ status: 400 }` for a path that is not valid percent-encoding
 * (or holds a NUL), `{ status: 404 }` for one outside the public folders or through a dot-file.
 */
export function resolveRequestPath(base, rawPath, folders = PUBLIC_FOLDERS) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawPath ?? '/', 'http://localhost').pathname);
  } catch {
    return { status: 400, message: 'Bad request: the path is not valid percent-encoding.' };
  }
  if (pathname.includes('\0')) return { status: 400, message: 'Bad request: the path holds a NUL character.' };
  const segments = pathname.split(/[/\\]+/).filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.'))) return { status: 404 };
  if (!folders.includes(segments[0] ?? '')) return { status: 404 };
  const file = normalize(join(base, ...segments));
  const folder = join(base, segments[0]);
  if (file !== folder && !file.startsWith(folder + sep)) return { status: 404 };
  return { file, pathname };
}

/**
 * Starts serving `root`; resolves with the server and its base URL. Port 0 picks a free port. `folders`
 * are the top-level folders served (the built Storybook for scripts/docs-pictures.mjs).
 */
export function serve({ root = process.cwd(), port = 8080, host = '127.0.0.1', folders = PUBLIC_FOLDERS } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const plain = { 'content-type': 'text/plain; charset=utf-8' };
    if (request.url === '/' || request.url === '') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    const target = resolveRequestPath(base, request.url, folders);
    if (!target.file) {
      response.writeHead(target.status, plain).end(target.message ?? 'Not found.');
      return;
    }
    let file = target.file;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, plain).end(`Not found: ${target.pathname}`);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  // A client that sends garbage at the HTTP level gets 400 from Node; it must not take the server down.
  server.on('clientError', (error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}` });
    });
  });
}
