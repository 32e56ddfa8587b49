// The entry of the `boite-a-idees` command: Node's file system and streams plugged into `runCli`
// (src/cli/run.ts). Plain JavaScript so the typed modules need no Node types; scripts/build-cli.mjs bundles
// it into dist/cli.mjs.
import { readFile } from 'node:fs/promises';
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
