// The demo server behind `npm start` (scripts/serve.mjs): it serves the demo pages, the built bundles and the
// data, nothing else of the clone, and survives malformed requests. Run: node --test test/node/
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let url;

before(async () => {
  ({ server, url } = await serve({ root, port: 0 }));
});
after(() => server.close());

/** The raw status of a request for `path`, sent exactly as written (fetch would normalise it). */
function rawStatus(path) {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

describe('the demo server', () => {
  it('serves the demo page, the data and the seed text', async () => {
    for (const path of ['/demo/', '/demo/index.html', '/data/chantiers.json', '/data/restitution.txt']) {
      const response = await fetch(url + path);
      assert.equal(response.status, 200, path);
      await response.arrayBuffer();
    }
    const home = await fetch(url + '/', { redirect: 'manual' });
    assert.equal(home.status, 302);
    assert.equal(home.headers.get('location'), '/demo/');
  });

  it('answers 400 to a path that is not valid percent-encoding, and keeps serving', async () => {
    assert.equal(await rawStatus('/demo/%E0%A4%A'), 400);
    assert.equal(await rawStatus('/%'), 400);
    assert.equal(await rawStatus('/demo/a%00b'), 400);
    assert.equal((await fetch(url + '/demo/')).status, 200);
  });

  it('never serves dot-files, the project files or anything outside the public folders', async () => {
    const refused = [
      '/.git/config', '/.git/HEAD', '/demo/../.git/config', '/demo/%2e%2e/.git/HEAD', '/demo/..%2f.git%2fHEAD',
      '/dist/..%5c.git%5cHEAD', '/package.json', '/src/define.ts', '/node_modules/lit/package.json', '/.ci/run',
      '/demo/.hidden', '/%2e%2e/%2e%2e/etc/passwd',
    ];
    for (const path of refused) assert.equal(await rawStatus(path), 404, path);
    assert.equal((await fetch(url + '/demo/')).status, 200, 'still serving');
  });

  it('survives a request that is not HTTP', async () => {
    const { port } = new URL(url);
    await new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('\x00\x01 not http at all\r\n\r\n'));
      socket.on('close', resolve);
      socket.on('error', resolve);
      socket.resume();
    });
    assert.equal((await fetch(url + '/demo/')).status, 200);
  });
});
