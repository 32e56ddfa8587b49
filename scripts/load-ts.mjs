// Loads a TypeScript module of src/ in Node (20 has no type stripping): esbuild bundles it to a temporary
// ES module, which is imported and then removed. Used by the scripts that share code with the elements.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadTs(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'boite-a-idees-'));
  const outfile = join(dir, 'module.mjs');
  try {
    // `module` first: jsonc-parser's `main` is a UMD build.
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], outfile, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
