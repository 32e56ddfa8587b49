// The model (src/model/) is the data format, its parser, the importer and where things are in an author's
// text: the command line, the authoring page and the elements build on it, so it depends on none of them.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const modelDir = fileURLToPath(new URL('../../src/model/', import.meta.url));

describe('src/model', () => {
  it('imports nothing from the elements, src/shared/ or the tools', async () => {
    const files = (await readdir(modelDir)).filter((name) => name.endsWith('.ts'));
    assert.ok(files.length > 3, 'the model files are found');
    for (const file of files) {
      const text = await readFile(modelDir + file, 'utf8');
      const imports = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]);
      for (const path of imports) assert.ok(!path.startsWith('..'), `src/model/${file} imports ${path}`);
    }
  });
});
