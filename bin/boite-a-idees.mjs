#!/usr/bin/env node
// The `boite-a-idees` command (package.json "bin"): runs the built command line, dist/cli.mjs, which
// `npm run build` (or `npm run build:cli`) writes from src/cli/.
try {
  await import('../dist/cli.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('cli.mjs')) throw error;
  console.error('boite-a-idees: dist/cli.mjs is missing; build it with `npm run build:cli`.');
  process.exitCode = 1;
}
