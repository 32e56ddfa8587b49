// The entry of the `boite-a-idees` command: Node's file system and streams plugged into `runCli`
// (src/cli/run.ts). Plain JavaScript so the typed modules need no Node types; scripts/build-cli.mjs bundles
// it into dist/cli.mjs.
import { open } from 'node:fs/promises';
import { runCli } from './run.ts';

/** The bytes of a file, refused before reading when it holds more than `maxBytes` (a 200 MB file would fill the memory). */
async function readBytes(path, maxBytes) {
  const file = await open(path, 'r');
  try {
    const stats = await file.stat();
    if (stats.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
    if (stats.size > maxBytes) throw Object.assign(new Error(path), { code: 'EFBIG', size: stats.size });
    return await file.readFile();
  } finally {
    await file.close();
  }
}

// `validate … | head -1`: the reader has what it wanted and closed the pipe; stop quietly, as `cat` does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  readBytes,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
