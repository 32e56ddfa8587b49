// `npm start` builds dist/ as `npm run build` does, so the command line (dist/cli.mjs) is still there after
// it: the embed build empties dist/ first. Runs the real script on a free port, then stops it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm start', () => {
  it('leaves every file of dist/ that the package ships, then serves the demo', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const found = /The idea box:\s+(\S+)/.exec(output);
          if (found) resolve(found[1]);
        });
        child.on('exit', (code) => reject(new Error(`npm start ended (${code}) before serving:\n${output}`)));
      });
      for (const file of ['dist/boite-a-idees.js', 'dist/boite-a-idees-hydrate.js', 'dist/styles/chantier-card.css', 'dist/cli.mjs']) {
        assert.ok(existsSync(`${root}${file}`), `${file} after npm start`);
      }
      assert.equal((await fetch(url)).status, 200);
    } finally {
      child.kill();
    }
  });
});
