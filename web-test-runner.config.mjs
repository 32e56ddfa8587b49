// Browser tests of boite-a-idees (@web/test-runner), in Chromium, Firefox ESR and WebKitGTK, the three
// side by side. Browsers come from Debian's packages; see docs/testing.md. BROWSERS=chromium,firefox,webkit
// (the default: all three) chooses the engines; `npm test` checks that they are installed first.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { buildSync } from 'esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { testServerRoutes } from './test/server-routes.mjs';
import { browserCommandsPlugin } from './test/browser-commands.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { miniBrowserPath, onPath, webkitDriverPath, webkitLauncher } from './scripts/webkit-launcher.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The engines, in the order they run. `executables()` lists what must exist (name, path, how to point
 * elsewhere); `packages` are Debian's packages that provide them; scripts/test.mjs reads both.
 */
export const engines = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    executables: () => [{ name: 'Chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium', env: 'CHROME_PATH' }],
    launcher() {
      const launcher = chromeLauncher({
        launchOptions: { executablePath: this.executables()[0].path, headless: true, args: chromiumArgs },
      });
      launcher.name = 'Chromium'; // chromeLauncher says "Chrome"; this is Debian's Chromium
      return launcher;
    },
  },
  firefox: {
    label: 'Firefox',
    packages: ['firefox-esr'],
    executables: () => [{ name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', env: 'FIREFOX_PATH' }],
    launcher() {
      // puppeteer-core drives Firefox over WebDriver BiDi; without executablePath it looks for a downloaded one.
      return chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: this.executables()[0].path, headless: true },
      });
    },
  },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    executables: () => [
      { name: 'WebKitWebDriver', path: webkitDriverPath(), env: 'WEBKITWEBDRIVER_PATH' },
      { name: 'MiniBrowser', path: miniBrowserPath(), env: 'MINIBROWSER_PATH' },
      // An X server only when there is no display to use: MiniBrowser has no headless mode.
      ...(process.env.DISPLAY ? [] : [{ name: 'Xvfb', path: onPath('Xvfb') ?? '/usr/bin/Xvfb' }]),
    ],
    launcher: () => webkitLauncher(),
  },
};

/** The engine names chosen by BROWSERS (comma- or space-separated), all of them by default. */
export function selectedEngines(value = process.env.BROWSERS) {
  const names = (value ?? '').split(/[\s,]+/).map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return Object.keys(engines);
  const unknown = names.filter((name) => !(name in engines));
  if (unknown.length > 0) {
    throw new Error(`Unknown browser ${unknown.join(', ')} in BROWSERS: choose among ${Object.keys(engines).join(', ')}.`);
  }
  return Object.keys(engines).filter((name) => names.includes(name));
}

/**
 * Serves a CommonJS/UMD package file as an ES module, converted by esbuild as Vite does when it bundles.
 * PapaParse (the follow-up's CSV reader, src/model/suivi-csv.ts) ships no ES module; its Node-only
 * `require('stream')` stays a call that only its Node stream mode would make.
 */
function commonJsAsModule(file) {
  return {
    name: 'commonjs-as-module',
    transform(context) {
      if (!context.path.endsWith(`/node_modules/${file}`)) return undefined;
      const { outputFiles } = buildSync({
        entryPoints: [fileURLToPath(new URL(`./node_modules/${file}`, import.meta.url))],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        external: ['stream'],
        write: false,
        logLevel: 'error',
      });
      return { body: outputFiles[0].text };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One test file at a time per engine (a page of its own keeps the focus, which the tests of the keyboard and
  // of `:focus-visible` need), and the engines side by side: each is its own browser with its own window
  // (WebKit in its own X server), its own storage and profile, and the test server's stateful routes are
  // keyed per test (`fail-once?key=<random>`), so no engine can see another's state. Most of a file's time is
  // spent waiting (rendering updates, timers, the network) rather than computing, so three engines on two
  // cores take about as long as the slowest alone, not the sum (issue 13). What waits for anything waits for
  // the thing itself, so a busier machine makes the run slower, never red.
  concurrency: 1,
  concurrentBrowsers: 3,
  // Time limits are hang guards only, never speed requirements (issue 13): a loaded two-core machine runs a
  // test file several times slower than an idle one, and no test may fail for that. A test that waits for
  // something waits for the thing itself (an event, a condition: `until` in test/helpers.ts), and only these
  // guards, far above any honest duration, stop a run that hangs.
  testFramework: { config: { timeout: 180_000 } },
  testsFinishTimeout: 30 * 60_000,
  browserStartTimeout: 5 * 60_000,
  middleware: [testServerRoutes],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    commonJsAsModule('papaparse/papaparse.js'),
    browserCommandsPlugin(),
  ],
  browsers: selectedEngines().map((name) => engines[name].launcher()),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
