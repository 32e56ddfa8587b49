// A web-test-runner reporter that writes how many tests passed and failed per browser to
// .tmp/test-counts.json, so `npm test` can close with the line CI reads: `tests: N passed, N failed`; and
// the time each test file took in each browser (the sum of its tests' durations) to .tmp/test-times.json,
// to see where the suite's minutes go (issue 13).
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

export function countingReporter({ file = '.tmp/test-counts.json', timesFile = '.tmp/test-times.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      const times = {};
      for (const session of sessions) {
        const seconds = session.testResults ? Math.round(duration(session.testResults) / 100) / 10 : 0;
        (times[session.browser.name] ??= {})[session.testFile.replace(/^.*?\/test\//, 'test/')] = seconds;
        const tally = (perBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        if (session.testResults) count(session.testResults, tally);
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.fileErrors += 1;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(file, JSON.stringify(perBrowser, null, 2));
      // Slowest first.
      for (const browser of Object.keys(times)) times[browser] = Object.fromEntries(Object.entries(times[browser]).sort(([, a], [, b]) => b - a));
      writeFileSync(timesFile, JSON.stringify(times, null, 2));
    },
  };
}
