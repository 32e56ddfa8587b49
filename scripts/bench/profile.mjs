// Where the time goes: loads one benchmark page (default A with 1000 chantiers) under the CPU profiler and
// prints the functions with the most self time, grouped by function and script. For working on a figure
// of `npm run bench`; not part of it. `node scripts/bench/profile.mjs [a-1000|a-3|f-1000|…] [--search]`
// (f-N: the box with layout="full", every chantier in full, as in the benchmark's F)
// (--search also profiles a first search keystroke, --theme a theme toggle; --dist DIR profiles another build).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildRoutes } from './pages.mjs';
import { startServer } from './server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--dist') ?? 'a-1000';
const n = Number(name.split('-')[1]);
// F's page too: without it, `f-1000` (every chantier in full) loaded a 404 with no done mark and failed.
const routes = buildRoutes({ A: [n], C: [], F: [n] });
const distIndex = process.argv.indexOf('--dist');
const { server, base } = await startServer(ROOT, routes, distIndex > 0 ? resolve(process.argv[distIndex + 1]) : undefined);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`${base}/bench/${name}.html`, { waitUntil: 'commit' });
const done = await page.evaluate(() => window.__done);
let { profile } = await cdp.send('Profiler.stop');
report(`${name}: done at ${done.toFixed(0)} ms`, profile);
if (process.argv.includes('--search')) {
  await page.locator('boite-a-idees input[type="search"]').click();
  await cdp.send('Profiler.start');
  await page.keyboard.press('s');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)).then(() => window.__settle(document.querySelector('boite-a-idees'))).then(() => window.__forceLayout()));
  ({ profile } = await cdp.send('Profiler.stop'));
  report('first search keystroke', profile);
}
if (process.argv.includes('--theme')) {
  await cdp.send('Profiler.start');
  const start = Date.now();
  await page.locator('boite-a-idees button.theme-toggle').first().click();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)).then(() => window.__settle(document.querySelector('boite-a-idees'))).then(() => window.__forceLayout()));
  ({ profile } = await cdp.send('Profiler.stop'));
  report(`theme toggle (${Date.now() - start} ms wall)`, profile);
}
await browser.close();
server.close();

function report(title, profile) {
  const self = new Map();
  const dt = new Map();
  profile.samples.forEach((id, index) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0)));
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\//, '')}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
    const time = (dt.get(node.id) ?? 0) / 1000;
    total += time;
    self.set(key, (self.get(key) ?? 0) + time);
  }
  console.log(`\n${title} (profiled ${total.toFixed(0)} ms)`);
  for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${time.toFixed(1).padStart(8)} ms  ${key}`);
}
