// `node scripts/size.mjs --analyze` attributes every byte of the embed bundle to its module (decoding the
// source map with @jridgewell/trace-mapping) to measure gzip contributions. Its bytes per module must be
// source-map-explorer's, the reference tool for bundle anatomy.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { explore } from 'source-map-explorer';
import { build } from 'vite';
import { ownerOfEveryByte } from '../../scripts/size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir;
let code;
let map;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'boite-a-idees-size-'));
  await build({ root, logLevel: 'silent', build: { outDir: dir, emptyOutDir: true, sourcemap: true } });
  code = await readFile(join(dir, 'boite-a-idees.js'));
  map = await readFile(join(dir, 'boite-a-idees.js.map'));
});
after(() => rm(dir, { recursive: true, force: true }));

describe('size.mjs --analyze', () => {
  it('gives every module the bytes source-map-explorer gives it', async () => {
    const owners = ownerOfEveryByte(code, JSON.parse(map.toString('utf8')), dir);
    const ours = new Map();
    for (const owner of owners) ours.set(owner, (ours.get(owner) ?? 0) + 1);

    const result = await explore({ code, map }, { noBorderChecks: true, noRoot: true, output: { format: 'json' } });
    const theirs = new Map();
    for (const [file, { size }] of Object.entries(result.bundles[0].files)) {
      if (file.startsWith('[')) continue; // [unmapped], [EOLs]…: not modules
      // Sources as the map names them, relative to its folder: made project-relative as size.mjs does.
      theirs.set(relative(root, resolve(dir, file)).replace(/^.*node_modules\//, 'node_modules/'), size);
    }
    assert.ok(theirs.size > 20, `${theirs.size} modules`);
    for (const [module, size] of theirs) assert.equal(ours.get(module), size, module);
  });
});
