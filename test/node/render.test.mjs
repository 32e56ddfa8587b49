// `npm run render`: the hydrating script's tag, and where it goes. A classic deferred script (lighter for a
// browser to start than a module's), before the box, so the browser requests the small script as the page
// starts rather than in the middle of the box's HTML (BENCHMARKS.md, small pages). Run: node --test test/node/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
});
