// The `boite-a-idees` command as an installed package runs it: the bin launcher and the built dist/cli.mjs
// copied into a temporary folder with no node_modules and no TypeScript. Building there (not into dist/)
// keeps the Node tests apart from a concurrent `vite build`, which empties dist/.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../../scripts/build-cli.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds the command into a fresh folder (`bin`: its launcher). `run(...args)` runs it from that folder (`dir`), so file
 * arguments can be given relative to it; `remove()` deletes the folder.
 */
export async function installedCli(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dir, 'package/bin'), { recursive: true });
  await copyFile(join(root, 'bin/boite-a-idees.mjs'), join(dir, 'package/bin/boite-a-idees.mjs'));
  await buildCli(join(dir, 'package/dist/cli.mjs'));
  const bin = join(dir, 'package/bin/boite-a-idees.mjs');
  return {
    dir,
    bin,
    run(...args) {
      const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
