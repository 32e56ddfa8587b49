// A web-test-runner reporter that writes how many tests passed and failed per browser to
// .tmp/test-counts.json, so `npm test` can close with the line CI reads: `tests: N passed, N failed`; and
// the time each test file took in each browser (the sum of its tests' durations) to .tmp/test-times.json,
// to see where the suite's minutes go (issue 13). The run's test files, as the runner found them, and each
// one's tallies as soon as every engine has finished it, are written to .tmp/test-progress.json: should the
// runner stop before the end, `npm test` knows which files ran and runs only the others again
// (scripts/test.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';

function duration(suite) {
  let total = 0;
  for (const test of suite.tests ?? []) total += test.duration ?? 0;
  for (const child of suite.suites ?? []) total += duration(child);
  return total;
}

function count(suite, tally) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, tally);
}

/** Adds one session (a test file in one browser) to `perBrowser`'s tally of its browser. */
function tallySession(session, perBrowser) {
  const tally = (perBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
  if (session.testResults) count(session.testResults, tally);
  if (!session.passed && (session.errors?.length ?? 0) > 0) tally.fileErrors += 1;
}

const relative = (testFile) => testFile.replace(/^.*?\/test\//, 'test/');

export function countingReporter({ file = '.tmp/test-counts.json', timesFile = '.tmp/test-times.json', progressFile = '.tmp/test-progress.json' } = {}) {
  /** `files`: every test file of the run; `done`: test file → browser → tally, for those every engine finished. */
  const progress = { files: [], done: {} };
  const save = () => writeFileSync(progressFile, JSON.stringify(progress, null, 2));
  return {
    start({ testFiles }) {
      mkdirSync('.tmp', { recursive: true });
      progress.files = testFiles.map(relative).sort();
      save();
    },
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      const perBrowser = {};
      for (const session of sessionsForTestFile) tallySession(session, perBrowser);
      progress.done[relative(testFile)] = perBrowser;
      save();
    },
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      const times = {};
      for (const session of sessions) {
        const seconds = session.testResults ? Math.round(duration(session.testResults) / 100) / 10 : 0;
        (times[session.browser.name] ??= {})[relative(session.testFile)] = seconds;
        tallySession(session, perBrowser);
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(file, JSON.stringify(perBrowser, null, 2));
      // Slowest first.
      for (const browser of Object.keys(times)) times[browser] = Object.fromEntries(Object.entries(times[browser]).sort(([, a], [, b]) => b - a));
      writeFileSync(timesFile, JSON.stringify(times, null, 2));
    },
  };
}
