// Builds the `boite-a-idees` command line into dist/cli.mjs: one ES module for Node 20 with the model and
// valibot and PapaParse bundled in, so an installed package runs it without TypeScript or any dev tool.
// bin/boite-a-idees.mjs only imports it. `node scripts/build-cli.mjs [OUTFILE]` (tests build elsewhere).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/cli/boite-a-idees.mjs', import.meta.url));
export const DEFAULT_OUTFILE = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

export async function buildCli(outfile = DEFAULT_OUTFILE) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsonc-parser's `main` is a UMD build; its ES module is under `module`.
    mainFields: ['module', 'main'],
    banner: { js: '#!/usr/bin/env node\n// boite-a-idees command line — MIT. Includes valibot, jsonc-parser and PapaParse (MIT).' },
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`wrote ${await buildCli(process.argv[2] ?? DEFAULT_OUTFILE)}`);
}
