// A web-test-runner reporter that writes how many tests passed and failed per browser to
// .tmp/test-counts.json, so `npm test` can close with the line CI reads: `tests: N passed, N failed`.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, tally) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, tally);
}

export function countingReporter({ file = '.tmp/test-counts.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      for (const session of sessions) {
        const tally = (perBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        if (session.testResults) count(session.testResults, tally);
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.fileErrors += 1;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(file, JSON.stringify(perBrowser, null, 2));
    },
  };
}
