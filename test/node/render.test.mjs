// `npm run render`: the hydrating script's tag, and where it goes. A classic deferred script (lighter for a
// browser to start than a module's), before the box, so the browser requests the small script as the page
// starts rather than in the middle of the box's HTML (BENCHMARKS.md, small pages). Run: node --test test/node/
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './support/installed-cli.mjs';

const render = (...args) => execFileSync('node', [join(root, 'scripts/render.mjs'), join(root, 'data/chantiers.json'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const TAG = '<script defer src="/assets/boite-a-idees-hydrate.js"></script>';

describe('npm run render', () => {
  it('writes a fragment that starts with the hydrating script, then the box', () => {
    const fragment = render('--fragment', '--script', '/assets/boite-a-idees-hydrate.js');
    assert.ok(fragment.startsWith(`${TAG}\n`), fragment.slice(0, 120));
    assert.equal(fragment.split(TAG).length, 2, 'one script tag');
    assert.match(fragment.slice(TAG.length), /^\s*(<!--[^>]*-->)*<boite-a-idees[\s>]/);
  });

  it('puts the script in the head of a whole page, and none with --no-script', () => {
    const page = render('--script', '/assets/boite-a-idees-hydrate.js');
    const head = page.slice(0, page.indexOf('</head>'));
    assert.ok(head.includes(TAG), head);
    assert.equal(page.split(TAG).length, 2, 'one script tag');
    assert.ok(!render('--fragment', '--no-script').includes('<script defer'));
  });

  describe('--inline-script', () => {
    /** A render's exit status, stdout and stderr. */
    const renderRaw = (...args) => spawnSync('node', [join(root, 'scripts/render.mjs'), join(root, 'data/chantiers.json'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    /** stdout and stderr of a render that must succeed. */
    const renderBoth = (...args) => {
      const result = renderRaw(...args);
      assert.equal(result.status, 0, result.stderr);
      return result;
    };
    /** The hash a browser computes for an inline script: SHA-256 of its text, as written in the page. */
    const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    /** The text of every script without attributes: the inline loader (the data's has a type). */
    const inlineScripts = (html) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);

    it('writes a classic script that imports the file once the page is parsed, and prints the hash script-src needs', () => {
      const { stdout, stderr } = renderBoth('--fragment', '--inline-script', '--script', '/assets/boite-a-idees-hydrate.js');
      assert.ok(stdout.startsWith('<script>'), stdout.slice(0, 120));
      assert.ok(!/<script[^>]* src=/.test(stdout), 'no tag with src: its request would come during the parse');
      const [loader, ...others] = inlineScripts(stdout);
      assert.deepEqual(others, []);
      assert.match(loader, /import\("\/assets\/boite-a-idees-hydrate\.js"\)/);
      assert.match(loader, /DOMContentLoaded/);
      assert.ok(stderr.includes(hashOf(loader)), stderr);
      // The same for a whole page, in its head, with the same hash: it depends on the URL alone.
      const page = renderBoth('--inline-script', '--script', '/assets/boite-a-idees-hydrate.js');
      assert.deepEqual(inlineScripts(page.stdout.slice(0, page.stdout.indexOf('</head>'))), [loader]);
      assert.ok(page.stderr.includes(hashOf(loader)), page.stderr);
    });

    it('keeps a URL that could close the script inside it, and hashes what it wrote', () => {
      const url = '/a</script><script>alert(1)</script>.js';
      const { stdout, stderr } = renderBoth('--fragment', '--inline-script', '--script', url);
      const [text] = inlineScripts(stdout);
      assert.ok(text.includes('import("/a\\u003c/script>\\u003cscript>alert(1)\\u003c/script>.js")'), text);
      assert.equal(stdout.split('<script').length, 3, 'the loader and the data, nothing more'); // and the data's own
      assert.ok(stderr.includes(hashOf(text)), stderr);
    });

    it('refuses --no-script with it', () => {
      const result = renderRaw('--inline-script', '--no-script');
      assert.equal(result.status, 1);
      assert.match(result.stderr, /--inline-script et --no-script s'excluent/);
      assert.equal(result.stdout, '');
    });
  });
});
