// Preloaded into web-test-runner by `npm test` (NODE_OPTIONS=--require): says why the runner's process ends
// early. Twice a fresh machine's run stopped midway with exit status 1 and not a word (1 Dec: 36 of 42 test
// files done in each engine, no test failed). web-test-runner exits 1 silently when something stops it
// (its `stop()` then `process.exit`), so this prints, only on an early end: the error that stopped it, who
// called `stop()` or `process.exit` (a stack), the signals the process received, and an emptied event loop.
'use strict';
const { createRequire } = require('node:module');
const { join } = require('node:path');

const say = (message) => process.stderr.write(`\nweb-test-runner (exit reason): ${message}\n`);
let finished = false;

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  // Others handle these signals already (web-test-runner, puppeteer, the WebKit launcher): a listener that
  // only speaks changes nothing of what they do.
  process.on(signal, () => say(`received ${signal} (from outside the runner: a terminal, a parent, a kill)`));
}

// web-test-runner's own handler prints the error with console.error, a line that never reached the log before
// the exit: that is how a promise rejected in the runner's process ended the run in silence
// (1 Dec, 17:38: stop() from its 'uncaughtException' handler, raised from an unhandled rejection). Written
// here, straight to stderr. A listener more changes nothing: the runner's own already replaces Node's default.
process.on('uncaughtException', (error, origin) => {
  say(`${origin === 'unhandledRejection' ? 'a promise rejected and not handled' : 'an uncaught exception'} in the runner's process:\n${error?.stack ?? String(error)}`);
});

process.on('beforeExit', (code) => {
  if (!finished) say(`the event loop emptied before the run finished (exit code ${code}); handles left: ${activeHandles()}`);
});

const exit = process.exit.bind(process);
process.exit = (code) => {
  if ((code ?? process.exitCode ?? 0) !== 0 && !finished) say(`process.exit(${code}) before the run finished, from:\n${new Error().stack}`);
  return exit(code);
};

function activeHandles() {
  const resources = typeof process.getActiveResourcesInfo === 'function' ? process.getActiveResourcesInfo() : [];
  const counts = {};
  for (const name of resources) counts[name] = (counts[name] ?? 0) + 1;
  return Object.entries(counts).map(([name, count]) => `${name} ×${count}`).join(', ') || 'none';
}

// The runner itself: who stops it, and whether the run had finished by then (its `finished` event).
try {
  const requireHere = createRequire(join(process.cwd(), 'package.json'));
  const { TestRunner } = requireHere('@web/test-runner-core');
  const emit = TestRunner.prototype.emit;
  TestRunner.prototype.emit = function (name, ...args) {
    if (name === 'finished') finished = true;
    return emit.call(this, name, ...args);
  };
  const stop = TestRunner.prototype.stop;
  TestRunner.prototype.stop = function (error) {
    if (!finished && !this.stopped) say(`stop(${error === undefined ? '' : String(error)}) before the run finished, from:\n${new Error().stack}`);
    return stop.call(this, error);
  };
} catch (error) {
  say(`could not watch the runner (${error.message})`);
}
